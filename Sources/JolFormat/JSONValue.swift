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
    var output = JSONBytes(capacity: 256)
    write(to: &output)
    return output.string
  }

  /// JSON text indented by two spaces, for people. Never for `--format json`, which is JSON
  /// Lines: one ``compact`` object per line.
  public var pretty: String {
    var output = JSONBytes(capacity: 256)
    write(to: &output, indent: "  ", depth: 0)
    return output.string
  }

  /// Appends the value as compact JSON (or indented by `indent`) to `output`.
  public func write(to output: inout JSONBytes, indent: StaticString? = nil, depth: Int = 0) {
    switch self {
    case .null: output.raw("null")
    case .bool(let value): output.raw(value ? "true" : "false")
    case .number(let text): output.content(text)
    case .string(let text): Self.writeString(text, to: &output)
    case .array(let items):
      output.byte(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        Self.separate(index, indent: indent, depth: depth + 1, &output)
        item.write(to: &output, indent: indent, depth: depth + 1)
      }
      Self.close(UInt8(ascii: "]"), empty: items.isEmpty, indent: indent, depth: depth, &output)
    case .object(let members):
      output.byte(UInt8(ascii: "{"))
      for (index, (key, value)) in members.enumerated() {
        Self.separate(index, indent: indent, depth: depth + 1, &output)
        Self.writeString(key, to: &output)
        output.byte(UInt8(ascii: ":"))
        if indent != nil { output.byte(UInt8(ascii: " ")) }
        value.write(to: &output, indent: indent, depth: depth + 1)
      }
      Self.close(UInt8(ascii: "}"), empty: members.isEmpty, indent: indent, depth: depth, &output)
    }
  }

  private static func separate(
    _ index: Int, indent: StaticString?, depth: Int, _ output: inout JSONBytes
  ) {
    if index > 0 { output.byte(UInt8(ascii: ",")) }
    newline(indent, depth, &output)
  }

  private static func close(
    _ bracket: UInt8, empty: Bool, indent: StaticString?, depth: Int, _ output: inout JSONBytes
  ) {
    if !empty { newline(indent, depth, &output) }
    output.byte(bracket)
  }

  private static func newline(_ indent: StaticString?, _ depth: Int, _ output: inout JSONBytes) {
    guard let indent else { return }
    output.byte(UInt8(ascii: "\n"))
    for _ in 0..<depth { output.raw(indent) }
  }

  /// A string escaped by ``JSONEscape``, and beyond what JSON requires, every other character
  /// that acts on a terminal (C1 controls, DEL, bidirectional overrides: ``TextSafety``) as a
  /// `\u` escape too, so no command's output can carry one.
  static func writeString(_ text: String, to output: inout JSONBytes) {
    output.openString()
    let scalars = text.unicodeScalars
    var run = scalars.startIndex
    for index in scalars.indices {
      let scalar = scalars[index]
      guard scalar.value >= 0x7F, TextSafety.isForbidden(scalar) else { continue }
      output.content(Substring(scalars[run..<index]))
      if let units = UTF16.encode(scalar) { for unit in units { unicodeEscape(unit, &output) } }
      run = scalars.index(after: index)
    }
    output.content(Substring(scalars[run...]))
    output.closeString()
  }

  private static func unicodeEscape(_ unit: UInt16, _ output: inout JSONBytes) {
    let hex: StaticString = "0123456789abcdef"
    output.raw("\\u")
    for shift in stride(from: 12, through: 0, by: -4) {
      output.byte(hex.utf8Start[Int(unit >> UInt16(shift) & 0xF)])
    }
  }
}
