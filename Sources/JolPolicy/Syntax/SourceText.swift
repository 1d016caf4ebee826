import JolModel

/// Turns the bytes of a policy or test file into text: a byte-order mark is dropped (the lexer
/// would also skip it), and a byte that is not UTF-8 is an error at its line and column rather
/// than a silent `�` inside a name or a reason text.
public enum SourceText {
  /// The text of `bytes` read from `file`.
  /// - Throws: a ``Diagnostic`` at the first byte that is not UTF-8 (columns count characters,
  ///   as in every other message about the file).
  public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
    let start = bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0
    if let offset = UTF8Validation.firstInvalidByte(in: bytes, from: start) {
      throw Diagnostic(
        location(of: offset, in: bytes, from: start, file: file), .notUTF8(bytes[offset]))
    }
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// The place of a byte (``UTF8Validation/lineAndColumn(of:in:from:)``).
  static func location(of offset: Int, in bytes: [UInt8], from start: Int, file: String)
    -> SourceLocation
  {
    let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes, from: start)
    return SourceLocation(file: file, line: line, column: column)
  }
}

extension Diagnostic.Message {
  /// "byte 0xFF is not UTF-8": for every file Jol reads as text.
  static func notUTF8(_ byte: UInt8) -> Self {
    let hex = "0x" + String(byte, radix: 16, uppercase: true)
    return SyntaxMessage.notUTF8.text(["hex": hex])
  }
}
