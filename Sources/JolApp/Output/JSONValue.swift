import JolModel

/// A JSON value with object keys kept in the order they were written, so that `--format json`
/// output is stable and reads in a sensible order.
public indirect enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  /// A number, kept as its exact decimal text (`3.45`, `350000`).
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// An integer number.
  public static func int(_ value: some BinaryInteger) -> JSONValue { .number(String(value)) }

  /// A string, or null when absent.
  public static func optional(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  /// Compact JSON text on one line (JSON Lines).
  public var compact: String {
    var output = ""
    write(to: &output, indent: nil, depth: 0)
    return output
  }

  /// JSON text indented by two spaces, for people. Never for `--format json`, which is JSON
  /// Lines: one ``compact`` object per line.
  public var pretty: String {
    var output = ""
    write(to: &output, indent: "  ", depth: 0)
    return output
  }

  private func write(to output: inout String, indent: String?, depth: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .array(let items):
      writeContainer(
        open: "[", close: "]", count: items.count, indent: indent, depth: depth, to: &output
      ) { index, output in
        items[index].write(to: &output, indent: indent, depth: depth + 1)
      }
    case .object(let members):
      writeContainer(
        open: "{", close: "}", count: members.count, indent: indent, depth: depth, to: &output
      ) { index, output in
        JSONValue.writeString(members[index].0, to: &output)
        output += indent == nil ? ":" : ": "
        members[index].1.write(to: &output, indent: indent, depth: depth + 1)
      }
    }
  }

  private func writeContainer(
    open: String, close: String, count: Int, indent: String?, depth: Int, to output: inout String,
    element: (Int, inout String) -> Void
  ) {
    output += open
    guard count > 0 else {
      output += close
      return
    }
    for index in 0..<count {
      if index > 0 { output += "," }
      if let indent { output += "\n" + String(repeating: indent, count: depth + 1) }
      element(index, &output)
    }
    if let indent { output += "\n" + String(repeating: indent, count: depth) }
    output += close
  }

  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case let control where TextSafety.isForbidden(control):
        // Beyond what JSON requires (below U+0020): C1 controls, DEL and bidirectional
        // overrides too, so JSON output never carries a character that acts on a terminal.
        let hex = String(control.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
