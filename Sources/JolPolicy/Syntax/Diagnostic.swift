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

/// A problem found in a policy, list or test file: where, what was wrong and what would be
/// accepted. Every diagnostic is an error: nothing in a policy is ever silently ignored.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
  public var location: SourceLocation
  /// What was wrong and what would be accepted, in English (the language of the methodologist's
  /// tools; policy texts themselves are trilingual).
  public var message: String

  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message`, the form editors and CI understand.
  public var description: String { "\(location): error: \(message)" }
}

/// Collects diagnostics while a pass runs.
struct DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []

  mutating func error(_ location: SourceLocation, _ message: String) {
    diagnostics.append(Diagnostic(location, message))
  }

  mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

  var isEmpty: Bool { diagnostics.isEmpty }
}
