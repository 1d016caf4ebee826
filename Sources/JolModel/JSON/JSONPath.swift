/// Where a value sits inside a JSON document, as messages about it name it:
/// `students.s1[0]`, `mentors.m1.ranking[2]`, `enterprises["e 1"].capacity`.
///
/// A key made only of ASCII letters, digits, `_` and `-` is written after a dot; any other key
/// is written in brackets as a JSON string, so every path reads back unambiguously. The empty
/// path (the document itself) is written `$`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  /// One step down: a member of an object or an element of an array (0-based).
  public enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  /// The path of `components`, outermost first; none is the document itself.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The path one member further down.
  public func appending(key: String) -> JSONPath { JSONPath(components + [.key(key)]) }

  /// The path one element further down.
  public func appending(index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  public var description: String {
    guard !components.isEmpty else { return "$" }
    var text = ""
    for component in components {
      switch component {
      case .index(let index): text += "[\(index)]"
      case .key(let key) where Self.isPlain(key):
        text += text.isEmpty ? key : "." + key
      case .key(let key):
        var quoted = JSONWriter()
        quoted.string(key)
        text += "[" + String(decoding: quoted.bytes, as: UTF8.self) + "]"
      }
    }
    return text
  }

  /// Whether `key` can be written after a dot and read back as the same key.
  private static func isPlain(_ key: String) -> Bool {
    !key.isEmpty
      && key.utf8.allSatisfy { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: "-")
      }
  }
}
