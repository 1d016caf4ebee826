/// JSON string content for the envelope's stream and id fields: escaping on write, unescaping
/// on read. Plain ASCII without quotes or control characters (the usual case) passes unchanged.
enum JSONString {
  /// Appends the escaped UTF-8 of `text` (without the surrounding quotes) to `buffer`.
  static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): buffer.append(contentsOf: [UInt8(ascii: "\\"), byte])
      case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), byte])
      case 0..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        buffer.append(contentsOf: Array("\\u00".utf8))
        buffer.append(hex[Int(byte >> 4)])
        buffer.append(hex[Int(byte & 0xF)])
      default: buffer.append(byte)
      }
    }
  }

  /// The escaped UTF-8 of `text`.
  static func escaped(_ text: String) -> [UInt8] {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(text.utf8.count)
    appendEscaped(text, to: &buffer)
    return buffer
  }

  /// The string whose escaped form is `bytes`. Invalid escapes decode as U+FFFD.
  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
    var output: [UInt8] = []
    var scalars = String.UnicodeScalarView()
    var index = bytes.startIndex
    func flush() {
      scalars.append(contentsOf: String(decoding: output, as: UTF8.self).unicodeScalars)
      output.removeAll(keepingCapacity: true)
    }
    func hexValue(at start: Int) -> UInt32? {
      guard start + 4 <= bytes.endIndex else { return nil }
      return UInt32(String(decoding: bytes[start..<start + 4], as: UTF8.self), radix: 16)
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = bytes[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "u"):
        flush()
        var value = hexValue(at: index) ?? 0xFFFD
        index += 4
        if (0xD800..<0xDC00).contains(value), index + 6 <= bytes.endIndex,
          bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
          let low = hexValue(at: index + 2), (0xDC00..<0xE000).contains(low)
        {
          value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      default: output.append(escape)
      }
    }
    flush()
    return String(scalars)
  }
}
