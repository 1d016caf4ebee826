import JolModel

/// Minimal JSON writing: strings escaped per RFC 8259, objects with keys in the order given.
enum JSONText {
  static func string(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

  /// A value: strings for scalars (exact decimals), arrays for sets, booleans, null if unknown.
  static func value(_ value: Value?) -> String {
    switch value {
    case nil: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .set(let items): array(items.map(string))
    case .some(let value): string(value.canonical)
    }
  }
}
