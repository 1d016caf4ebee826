import JolFormat
import JolModel

/// One figure a pathway report publishes, after disclosure control: a count (shown, zero or
/// hidden), a rate, an amount of money, a number that counts no learners (employers' declared
/// demand), or a figure withheld because it rests on a hidden count.
public enum ReportFigure: Hashable, Sendable {
  case count(CellStatus)
  case rate(PublishedRate)
  /// Tenge.
  case amount(Money)
  /// Not a count of learners: published as it is.
  case number(Int)
  /// Rests on a hidden count; shown as `—`.
  case withheld
  /// A calendar year: a number in JSON and CSV, written without grouping for a reader.
  case year(Int)
  /// A word that stands beside figures (a KPI's status): its key in JSON and CSV, its title
  /// for a reader.
  case word(key: String, title: LocalizedText)

  /// The figure as a data table and the JSON report hold it: a number, or its symbol.
  public func json(minimumCellSize: Int) -> JSONValue {
    switch self {
    case .count(let status): status.json(minimumCellSize: minimumCellSize)
    case .rate(let rate): rate.json
    case .amount(let money): .number(money.description)
    case .number(let value): .int(value)
    case .withheld: .string(PublishedRate.withheldSymbol)
    case .year(let year): .int(year)
    case .word(let key, _): .string(key)
    }
  }

  /// The figure as a reader sees it in `language` (HTML, Markdown): ``json(minimumCellSize:)``,
  /// a word by its title.
  func cell(minimumCellSize: Int, language: Language) -> JSONValue {
    switch self {
    case .word(_, let title): .string(title[language])
    case .year(let year): .string(String(year))
    default: json(minimumCellSize: minimumCellSize)
    }
  }

  /// The figure as a spreadsheet cell in `language`: whole numbers plain, decimals with the
  /// language's decimal mark and no grouping (a spreadsheet reads `45,5` in kk and ru), symbols
  /// as they are.
  public func csv(minimumCellSize: Int, language: Language) -> String {
    switch json(minimumCellSize: minimumCellSize) {
    case .number(let text): language == .en ? text : text.replacingOccurrences(".", ",")
    case .string(let text): text
    default: ""
    }
  }

  /// Whether the figure hides something (for the legend under its table).
  var isWithheldRate: Bool {
    switch self {
    case .rate(.withheld), .withheld: true
    default: false
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}

/// The published status of a sum of published counts (graduates: the sum of their
/// destinations): nil when a part is hidden; a sum between 1 and k − 1 is itself a small count,
/// published as `<k`, so no rate is built on it.
func summedStatus(_ parts: [CellStatus], minimumCellSize: Int) -> CellStatus? {
  guard let sum = knownSum(parts) else { return nil }
  if sum == 0 { return .zero }
  return sum < minimumCellSize ? .suppressed(.primary) : .shown(sum)
}

/// The sum of published counts; nil when one is hidden.
func knownSum(_ parts: [CellStatus]) -> Int? {
  var sum = 0
  for part in parts {
    guard let count = part.count else { return nil }
    sum += count
  }
  return sum
}

/// A row or column of a published table: its key (codes, for CSV and JSON) and its title.
public struct TableLabel: Hashable, Sendable {
  public var key: String
  public var title: LocalizedText

  public init(_ key: String, _ title: LocalizedText) {
    self.key = key
    self.title = title
  }
}

/// A table of a pathway report as published: labelled rows and columns of figures, totals
/// included as a last row and column where the table has them.
public struct PublishedTable: Sendable {
  /// The table's id in JSON and CSV (`grade9_by_district`).
  public var id: String
  public var caption: LocalizedText
  /// The heading of the rows' labels ("District").
  public var rowHeading: LocalizedText
  public var rows: [TableLabel]
  public var columns: [TableLabel]
  /// `cells[row][column]`.
  public var cells: [[ReportFigure]]

  public init(
    id: String, caption: LocalizedText, rowHeading: LocalizedText, rows: [TableLabel],
    columns: [TableLabel], cells: [[ReportFigure]]
  ) {
    self.id = id
    self.caption = caption
    self.rowHeading = rowHeading
    self.rows = rows
    self.columns = columns
    self.cells = cells
  }

  /// The table for ``ReportDocument``: the rows' labels, then a column per figure.
  func dataTable(_ language: Language, minimumCellSize: Int) -> DataTable {
    DataTable(
      columns: [DataTable.Column("row", rowHeading)]
        + columns.map { DataTable.Column($0.key, $0.title) },
      rows: zip(rows, cells).map { label, figures in
        [.string(label.title[language])]
          + figures.map { $0.cell(minimumCellSize: minimumCellSize, language: language) }
      })
  }

  /// The table as the JSON reports hold it (snake_case keys, titles in `language`): its id,
  /// caption, columns, and each row's figures by column key.
  func json(_ language: Language, minimumCellSize: Int) -> JSONValue {
    func label(_ label: TableLabel) -> [(String, JSONValue)] {
      [("key", .string(label.key)), ("title", .string(label.title[language]))]
    }
    return .object([
      ("id", .string(id)), ("caption", .string(caption[language])),
      ("row_heading", .string(rowHeading[language])),
      ("columns", .array(columns.map { .object(label($0)) })),
      (
        "rows",
        .array(
          zip(rows, cells).map { row, figures in
            .object(
              label(row) + [
                (
                  "values",
                  .object(
                    zip(columns, figures).map {
                      ($0.key, $1.json(minimumCellSize: minimumCellSize))
                    })
                )
              ])
          })
      ),
    ])
  }

  /// Every count status in the table.
  var statuses: [CellStatus] {
    cells.joined().compactMap { figure in
      if case .count(let status) = figure { return status }
      return nil
    }
  }

  /// Whether a rate or figure of the table is withheld.
  var hasWithheld: Bool { cells.joined().contains(where: \.isWithheldRate) }
}
