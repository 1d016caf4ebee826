/// The raw text of a top-level member's value in a JSON object, found by scanning structure
/// (strings, escapes, nesting) without decoding: `{"a":1,"data":{"x":[1]}}` → `{"x":[1]}` for
/// `data`. Used to pass event data through exports byte for byte.
enum RawJSONMember {
  /// The value's bytes, or nil when the object has no such top-level member.
  static func value(of key: String, in json: some Collection<UInt8>) -> String? {
    let bytes = Array(json)
    let wanted = Array(("\"" + key + "\"").utf8)
    var depth = 0
    var index = 0
    var inString = false
    var stringStart = 0
    var lastString: Range<Int>?
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 2
          continue
        }
        if byte == UInt8(ascii: "\"") {
          inString = false
          lastString = stringStart..<(index + 1)
        }
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        stringStart = index
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
      case UInt8(ascii: ":") where depth == 1:
        if let key = lastString, bytes[key].elementsEqual(wanted) {
          let start = index + 1
          guard let end = endOfValue(bytes, from: start) else { return nil }
          return String(decoding: bytes[start..<end], as: UTF8.self)
        }
      default: break
      }
      index += 1
    }
    return nil
  }

  /// The index just past the value starting at `start` (at depth 1 of its object).
  private static func endOfValue(_ bytes: [UInt8], from start: Int) -> Int? {
    var depth = 0
    var index = start
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 2
          continue
        }
        if byte == UInt8(ascii: "\"") { inString = false }
      } else {
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          if depth == 0 { return index }
          depth -= 1
        case UInt8(ascii: ",") where depth == 0: return index
        default: break
        }
      }
      index += 1
    }
    return nil
  }
}
