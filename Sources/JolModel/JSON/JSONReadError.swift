/// Why a JSON text could not be read into a value: where (byte offset from the start of the
/// payload) and what was wrong. Every failure of ``JSONReader`` and of the event codec is one of
/// these, so a corrupt or hand-edited record can be found and fixed.
public struct JSONReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong at ``offset``.
  public enum Reason: Hashable, Sendable {
    /// The bytes are not the JSON that was expected here ("a string", "',' or '}'").
    case malformed(expected: String)
    /// The event type is not one this version of Jol knows.
    case unknownEventType(String)
    /// The event type is known, but not in this schema version.
    case unsupportedSchemaVersion(type: String, version: Int)
    /// The object has a key its schema does not define (nothing is silently ignored).
    case unknownField(String)
    /// A key the schema requires is absent.
    case missingField(String)
    /// A key appears twice in one object.
    case duplicateField(String)
    /// The value is well-formed JSON but not acceptable for the field.
    case invalidValue(field: String, expected: String)
  }

  /// Byte offset in the payload where the problem was found.
  public var offset: Int
  public var reason: Reason

  public init(offset: Int, reason: Reason) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .malformed(let expected): "byte \(offset): expected \(expected)"
    case .unknownEventType(let type): "byte \(offset): unknown event type '\(type)'"
    case .unsupportedSchemaVersion(let type, let version):
      "byte \(offset): event type '\(type)' has no schema version \(version)"
    case .unknownField(let name): "byte \(offset): unknown field '\(name)'"
    case .missingField(let name): "byte \(offset): missing field '\(name)'"
    case .duplicateField(let name): "byte \(offset): field '\(name)' appears twice"
    case .invalidValue(let field, let expected):
      "byte \(offset): field '\(field)': expected \(expected)"
    }
  }
}
