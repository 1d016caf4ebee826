import JolFormat
import JolModel

extension JSONValue {
  /// A value in JSON output: null if unknown, a boolean, an array for sets, else the canonical
  /// text as a string (exact decimals).
  public init(_ value: Value?) {
    switch value {
    case nil: self = .null
    case .bool(let flag): self = .bool(flag)
    case .set(let items): self = .array(items.map(JSONValue.string))
    case .some(let value): self = .string(value.canonical)
    }
  }
}
