import Foundation
import JolModel
import Testing

@testable import JolApp

/// Rows are read on every core, in pieces: the result must be the one reading row after row
/// gives — the same records, errors, warnings and notices, in the same order — wherever the
/// pieces happen to end.
@Suite struct ImportParallelReadTests {
  @Test func piecesJoinInOrder() {
    for count in [0, 1, 255, 256, 1_000, 10_007] {
      let pieces = Parallel.map(slicing: 0..<count, minimumPiece: 10) { Array($0) }
      #expect(pieces.flatMap { $0 } == Array(0..<count))
      if count >= 1_000 && Parallel.cores > 1 {
        #expect(pieces.count > 1)
      }
    }
  }

  /// A roster of learners where rows spread over the file have errors (a bad IIN, an unknown
  /// language), warnings (a birth date unlike the IIN's) and notices (an old district code).
  static func roster(rows: Int) -> String {
    var generator = SyntheticGenerator(seed: 21)
    let region = generator.region(learners: rows)
    // Columns as `SyntheticCSV.roster` writes them: IIN first, language 7th, district 8th,
    // birth date 12th; with commas, no field of it is quoted.
    let writer = CSVWriter(
      delimiter: .comma, lineEnding: .lf, writesByteOrderMark: false, escapesFormulas: false)
    var lines = SyntheticCSV(writer: writer).roster(region.learners)
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    for line in 1..<lines.count {
      if line % 97 == 0 { lines[line][0] = "123" }
      if line % 89 == 0 { lines[line][6] = "xx" }
      if line % 83 == 0 {
        // An old code of the 2022 reform, with the region it is in now.
        lines[line][7] = "632800000"
        lines[line][8] = "10"
      }
      if line % 79 == 0 { lines[line][11] = "01.01.1990" }
    }
    return lines.map { $0.joined(separator: ",") }.joined(separator: "\n")
  }

  /// The roster planned in pieces of `rowsPerPiece` rows (read on the other cores while the
  /// pieces before are planned), against a state with the roster's institutions.
  static func planned(rowsPerPiece: Int, progress: inout [Int]) throws -> ImportPlan {
    let testbed = try ImportTestbed()
    var generator = SyntheticGenerator(seed: 21)
    let region = generator.region(learners: 10)
    try testbed.write("institutions.csv", Array(SyntheticCSV().institutions(region).utf8))
    let imported = testbed.jol(["import", "institutions", "institutions.csv"])
    guard imported.exitCode == 0 else { throw TestbedError(imported.stderr) }
    let (state, vault) = try testbed.stateAndVault()
    let table = try CSVReader.parse(Self.roster(rows: 12_000), fileName: "roster.csv")
    let rows = try table.bind(columns: LearnerImport.columns)
    var base = ImportBase(effective: CivilDate("2026-09-01")!, classifier: nil)
    base.kato = KATOTable.builtIn
    var kind = LearnerImport()
    var random = SplitMix64(seed: 5)
    var seen: [Int] = []
    defer { progress = seen }
    return try Importer.plan(
      &kind, rows: rows, against: { (state, .whole(vault)) }, base: base, random: &random,
      progress: { seen.append($0) }, rowsPerPiece: rowsPerPiece)
  }

  /// Rows are read in pieces on the other cores while the pieces before are planned: the plan
  /// is the one reading every row, then planning row after row gives (one piece), whatever
  /// the pieces' size.
  @Test(arguments: [10, 250, 1_000])
  func planningWhileReadingIsReadingThenPlanning(rowsPerPiece: Int) throws {
    var progress: [Int] = []
    let whole = try Self.planned(rowsPerPiece: 20_000, progress: &progress)
    #expect(progress.isEmpty)  // one piece of 12 000 rows ends at no multiple of 10 000
    let pieces = try Self.planned(rowsPerPiece: rowsPerPiece, progress: &progress)
    #expect(progress == [10_000])
    #expect(!whole.errors.isEmpty && !whole.warnings.isEmpty && !whole.notices.isEmpty)
    #expect(whole.batches.count > 10_000)
    #expect(pieces.errors == whole.errors)
    #expect(pieces.warnings == whole.warnings)
    #expect(pieces.notices.map(\.text) == whole.notices.map(\.text))
    #expect(pieces.notices.map(\.rows) == whole.notices.map(\.rows))
    #expect(pieces.batches == whole.batches)
    #expect(
      (pieces.rows, pieces.duplicates, pieces.learnersAdded) == (
        whole.rows, whole.duplicates, whole.learnersAdded
      ))
    #expect(pieces.state?.learners.count == whole.state?.learners.count)
  }
}
