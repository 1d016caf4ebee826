import JolModel
import Testing

@testable import JolReports

/// ``CountGrid`` against a plain model of its cells (a dictionary by row and column): the same
/// counts, rows and columns — a cell added with 0 makes its row and column the grid's — for
/// cells added one by one or grids added together.
@Suite struct CountGridTests {
  /// The model: counts by (row, column), a cell present once added to.
  struct Model {
    var cells: [[String]: Int] = [:]
    mutating func add(_ row: String, _ column: String, _ amount: Int) {
      cells[[row, column], default: 0] += amount
    }
    var rows: [String] { Set(cells.keys.map { $0[0] }).sorted() }
    var columns: [String] { Set(cells.keys.map { $0[1] }).sorted() }
  }

  static func expectSame(_ grid: CountGrid, _ model: Model, fixed: [String]?) {
    #expect(grid.rowKeys == model.rows)
    #expect(grid.columnKeys == (fixed ?? model.columns))
    #expect(grid.isEmpty == model.cells.isEmpty)
    for row in model.rows + ["absent"] {
      for column in (fixed ?? model.columns) + ["absent"] {
        #expect(grid.count(row, column) == model.cells[[row, column]] ?? 0, "\(row) \(column)")
      }
    }
  }

  @Test(arguments: [nil, ["c0", "c1", "c2", "c3"]] as [[String]?])
  func cellsAddedOneByOneOrGridsAddedTogether(fixed: [String]?) {
    var random = SplitMix64(seed: 71)
    // Rows enough to make the key table grow many times; keys short, long and non-ASCII.
    let rows =
      (0..<300).map { "r\($0)" } + ["", "район-\u{4E00}", String(repeating: "x", count: 40)]
    let columns = fixed ?? (0..<9).map { "d\($0)" }
    var parts = [CountGrid](repeating: CountGrid(id: "t", columns: fixed), count: 3)
    var models = [Model](repeating: Model(), count: 3)
    for _ in 0..<5_000 {
      let part = Int.random(in: 0..<3, using: &random)
      let row = rows[Int.random(in: 0..<rows.count, using: &random)]
      let column = columns[Int.random(in: 0..<columns.count, using: &random)]
      let amount = Int.random(in: 0..<4, using: &random)
      parts[part].add(row, column, amount)
      models[part].add(row, column, amount)
    }
    for (part, model) in zip(parts, models) { Self.expectSame(part, model, fixed: fixed) }
    var whole = CountGrid(id: "t", columns: fixed)
    var model = Model()
    for (part, partModel) in zip(parts, models) {
      whole.add(part)
      for (cell, count) in partModel.cells { model.add(cell[0], cell[1], count) }
    }
    Self.expectSame(whole, model, fixed: fixed)
  }

  @Test func aCellAddedWithZeroBringsItsRowAndColumn() {
    var grid = CountGrid(id: "t")
    grid.add("a", "x", 0)
    #expect(grid.rowKeys == ["a"] && grid.columnKeys == ["x"] && !grid.isEmpty)
    var other = CountGrid(id: "t")
    other.add("b", "y", 0)
    grid.add(other)
    #expect(grid.rowKeys == ["a", "b"] && grid.columnKeys == ["x", "y"])
    #expect(grid.count("b", "x") == 0 && grid.count("a", "y") == 0)
  }
}
