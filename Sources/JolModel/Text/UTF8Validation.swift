/// Checks that bytes are well-formed UTF-8, for every reader of text files (CSV, policies,
/// test and facts files): a byte that is not is reported where it is, never decoded into `�`.
public enum UTF8Validation {
  /// The byte-order mark some editors (Notepad, Excel) put at the start of UTF-8 text.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The offset of the first byte at or after `start` that does not begin a well-formed UTF-8
  /// sequence (overlong forms, surrogates and values past U+10FFFF are not well-formed), or nil.
  /// Only bytes before `end` (all when nil) are looked at: a sequence cut by it is not
  /// well-formed, as one cut by a line end is not.
  /// - Complexity: O(n); ASCII bytes take one comparison each.
  public static func firstInvalidByte(
    in bytes: [UInt8], from start: Int = 0, upTo end: Int? = nil
  ) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0, from: start, upTo: end) }
  }

  private static func firstInvalidByte(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, upTo end: Int?
  ) -> Int? {
    var index = start
    let count = min(end ?? bytes.count, bytes.count)
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      offset < count && range.contains(bytes[offset])
    }
    let raw = UnsafeRawPointer(bytes.baseAddress)
    while index < count {
      // Eight ASCII bytes at a time: most text is ASCII.
      while index + 8 <= count,
        raw!.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      switch lead {
      case 0xC2...0xDF:
        length = continuation(index + 1) ? 2 : 0
      case 0xE0:
        length = continuation(index + 1, 0xA0...0xBF) && continuation(index + 2) ? 3 : 0
      case 0xED:
        length = continuation(index + 1, 0x80...0x9F) && continuation(index + 2) ? 3 : 0
      case 0xE1...0xEF:
        length = continuation(index + 1) && continuation(index + 2) ? 3 : 0
      case 0xF0:
        length =
          continuation(index + 1, 0x90...0xBF) && continuation(index + 2)
            && continuation(index + 3) ? 4 : 0
      case 0xF1...0xF3:
        length =
          continuation(index + 1) && continuation(index + 2) && continuation(index + 3) ? 4 : 0
      case 0xF4:
        length =
          continuation(index + 1, 0x80...0x8F) && continuation(index + 2)
            && continuation(index + 3) ? 4 : 0
      default:
        length = 0
      }
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The line and column of the byte at `offset` of text starting at `start`: CRLF, LF and a
  /// lone CR end lines (the line is physical), UTF-8 lead bytes count as columns — as every
  /// message about a text file counts them.
  public static func lineAndColumn(of offset: Int, in bytes: [UInt8], from start: Int = 0)
    -> (line: Int, column: Int)
  {
    var line = 1
    var column = 1
    var index = start
    while index < offset {
      let byte = bytes[index]
      if byte == 10 || (byte == 13 && (index + 1 >= bytes.count || bytes[index + 1] != 10)) {
        line += 1
        column = 1
      } else if byte != 13 && byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return (line, column)
  }
}
