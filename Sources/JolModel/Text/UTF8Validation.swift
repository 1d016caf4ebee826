/// Checks that bytes are well-formed UTF-8, for every reader of text files (CSV, policies,
/// test and facts files): a byte that is not is reported where it is, never decoded into `�`.
public enum UTF8Validation {
  /// The byte-order mark some editors (Notepad, Excel) put at the start of UTF-8 text.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The offset of the first byte at or after `start` that does not begin a well-formed UTF-8
  /// sequence (overlong forms, surrogates and values past U+10FFFF are not well-formed), or nil.
  /// - Complexity: O(n); ASCII bytes take one comparison each.
  public static func firstInvalidByte(in bytes: [UInt8], from start: Int = 0) -> Int? {
    CSVReader.firstInvalidUTF8(in: bytes, from: start)
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
