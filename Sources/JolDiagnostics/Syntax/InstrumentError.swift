import JolModel

/// A problem in an instrument or texts file: where (file, line, column) and what was wrong and
/// what would be accepted, in kk, ru and en. Every problem is an error: an instrument with one
/// is not used.
public struct InstrumentError: Error, Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file's path as the caller named it (`Policies/diagnostics/five-types/1/kk.texts`).
  public let file: String
  /// 1-based line.
  public let line: Int
  /// 1-based column, in characters.
  public let column: Int
  /// What was wrong and what would be accepted.
  public let message: LocalizedText

  public init(file: String, line: Int, column: Int, message: LocalizedText) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }

  /// `file:line:column: error: message` in English, for logs and tests.
  public var description: String { description(in: .en) }

  /// `file:line:column: қате: message`, the form editors and CI understand, in `language`.
  public func description(in language: Language) -> String {
    let place = "\(TextSafety.displayable(file)):\(line):\(column)"
    return "\(place): \(InstrumentMessage.errorWord.text(in: language)): \(message[language])"
  }
}
