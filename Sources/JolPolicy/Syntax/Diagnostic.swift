import JolModel

/// A place in a policy or test file: 1-based line and column (columns count characters, so a
/// Kazakh letter is one column).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file's path as the caller named it (`Policies/grants/rural-quota-grant.policy`).
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }

  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a policy, list, test or facts file: where, what was wrong and what would
/// be accepted. Every diagnostic is an error: nothing in a policy is ever silently ignored.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
  /// A diagnostic's text in kk, ru and en. Each check builds its own messages with a
  /// `fileprivate static func` at the end of its file; names and keywords stay as written.
  public typealias Message = LocalizedText

  public var location: SourceLocation
  /// What was wrong and what would be accepted, in every language.
  public var message: Message

  public init(_ location: SourceLocation, _ message: Message) {
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message` in English, for logs and tests.
  public var description: String { description(in: .en) }

  /// `file:line:column: қате: message`, the form editors and CI understand, in `language`.
  public func description(in language: Language) -> String {
    "\(location): \(Self.errorWord[language]): \(message[language])"
  }

  private static let errorWord = LocalizedText(kk: "қате", ru: "ошибка", en: "error")
}

/// Collects diagnostics while a pass runs.
struct DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []

  mutating func error(_ location: SourceLocation, _ message: Diagnostic.Message) {
    diagnostics.append(Diagnostic(location, message))
  }

  mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

  var isEmpty: Bool { diagnostics.isEmpty }
}
