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
}
