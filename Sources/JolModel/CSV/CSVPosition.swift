/// A place in a text file: 1-based line and column. Lines are physical lines (a field with line
/// breaks spans several); columns count characters (Unicode scalars), not bytes, so `Тегі`
/// moves the column by four as an editor shows it. A byte-order mark is not counted.
public struct CSVPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// 1-based physical line.
  public let line: Int
  /// 1-based column, in Unicode scalars from the start of the line.
  public let column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: CSVPosition, rhs: CSVPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}
