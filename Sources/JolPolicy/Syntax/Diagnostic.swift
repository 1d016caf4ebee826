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
/// be accepted. Nearly every diagnostic is an error: nothing in a policy is ever silently
/// ignored. A warning is for what is legal but probably not meant (a quota that rounds to 0
/// seats): it is shown by `jol policy check` and does not stop the policy from being used.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
  /// Whether the diagnostic stops the file from being used.
  public enum Severity: String, Hashable, Sendable {
    /// The file is not used until it is fixed.
    case error
    /// Shown, but the file is used.
    case warning
  }

  /// A diagnostic's text in kk, ru and en. Each check builds its own messages with a
  /// `fileprivate static func` at the end of its file, from the keys of the `SyntaxMessage` and
  /// `CheckMessage` catalogues (`Messages/`); names and keywords stay as written.
  public typealias Message = LocalizedText

  public var location: SourceLocation
  /// What was wrong and what would be accepted, in every language.
  public var message: Message
  public var severity: Severity

  public init(_ location: SourceLocation, _ message: Message, severity: Severity = .error) {
    self.location = location
    self.message = message
    self.severity = severity
  }

  /// Whether this is an error (not a warning).
  public var isError: Bool { severity == .error }

  /// `file:line:column: error: message` in English, for logs and tests.
  public var description: String { description(in: .en) }

  /// `file:line:column: қате: message`, the form editors and CI understand, in `language`.
  public func description(in language: Language) -> String {
    let word = severity == .error ? Self.errorWord : Self.warningWord
    return "\(location): \(word[language]): \(message[language])"
  }

  private static let errorWord = SyntaxMessage.errorWord.text()
  private static let warningWord = SyntaxMessage.warningWord.text()
}

/// Collects diagnostics while a pass runs.
struct DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []

  mutating func error(_ location: SourceLocation, _ message: Diagnostic.Message) {
    diagnostics.append(Diagnostic(location, message))
  }

  mutating func warning(_ location: SourceLocation, _ message: Diagnostic.Message) {
    diagnostics.append(Diagnostic(location, message, severity: .warning))
  }

  mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

  /// Whether no error was found (warnings may have been).
  var isEmpty: Bool { !diagnostics.contains(where: \.isError) }
}
