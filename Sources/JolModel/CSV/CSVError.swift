/// A problem in a CSV file, with the file, line and column where it is, the field (number and
/// header name) when it is about one, and a message in kk/ru/en that says what was expected.
public struct CSVError: Error, Hashable, Sendable {
  /// What is wrong; each case's message says what would be accepted.
  public enum Problem: Hashable, Sendable {
    /// The bytes are not UTF-8; `utf16` when the file starts with a UTF-16 byte-order mark.
    case invalidUTF8(utf16: Bool)
    /// A quoted field is never closed; the position is its opening quote.
    case unterminatedQuote
    /// A quote inside an unquoted field (`ab"c`).
    case strayQuote
    /// Something other than a delimiter or a line break follows a closing quote (`"ab"c`).
    case textAfterClosingQuote
    /// A record has `found` fields where the header has `expected`.
    case raggedRecord(expected: Int, found: Int)
    /// The file has no header line (empty, or blank lines only).
    case noHeader
    /// A required column is absent; `accepted` lists the header names that would match.
    case missingColumn(name: String, accepted: [String])
    /// Several header fields match one column (`ИИН` and `ЖСН` both present).
    case ambiguousColumn(name: String, fields: [Int])
    /// A required value is empty.
    case missingValue
    /// A value is present but not acceptable; `reason` says why and what would be.
    case invalidValue(reason: LocalizedText)
    /// A value holds a character ``TextSafety`` forbids (a control character, a bidirectional
    /// override); messages name it by code point only.
    case forbiddenCharacter(Unicode.Scalar)
    /// A value has `length` characters, more than the `maximum` a field may have.
    case tooLong(length: Int, maximum: Int)
  }

  /// The file name given to the reader.
  public let file: String
  /// Where the problem is.
  public let position: CSVPosition
  /// The 1-based field number within the record, when the problem is about one field.
  public let field: Int?
  /// The header name of that field, when known.
  public let fieldName: String?
  /// What is wrong.
  public let problem: Problem

  public init(
    file: String, position: CSVPosition, field: Int? = nil, fieldName: String? = nil,
    problem: Problem
  ) {
    self.file = file
    self.position = position
    self.field = field
    self.fieldName = fieldName
    self.problem = problem
  }

  /// 1-based line of the problem.
  public var line: Int { position.line }
  /// 1-based column of the problem (Unicode scalars).
  public var column: Int { position.column }

  /// What is wrong, without the location.
  public var reason: LocalizedText { problem.reason }

  /// `file:line:column: [field N «name»:] reason`, in each language.
  public var message: LocalizedText {
    let place = "\(TextSafety.displayable(file)):\(position.line):\(position.column): "
    let reason = problem.reason
    // A value asked of a column the file does not have is named by the column alone.
    guard let field else {
      guard let fieldName else {
        return CSVMessage.atPlace.text(["place": place, "reason": reason])
      }
      return CSVMessage.atAbsentColumn.text([
        "place": place, "name": TextSafety.displayable(fieldName), "reason": reason,
      ])
    }
    guard let fieldName else {
      return CSVMessage.atField.text(["place": place, "field": String(field), "reason": reason])
    }
    return CSVMessage.atNamedField.text([
      "place": place, "field": String(field), "name": TextSafety.displayable(fieldName),
      "reason": reason,
    ])
  }
}

extension CSVError: CustomStringConvertible {
  /// The English ``message``.
  public var description: String { message.en }
}
