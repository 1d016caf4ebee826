/// The one rule for text inside a JSON string, shared by the event codec's ``JSONWriter`` and
/// every command's output: `"`, `\` and control characters below U+0020 are escaped (RFC 8259;
/// `\n`, `\r`, `\t` by name, the rest as `\u00XX`), everything else is written as its UTF-8.
///
/// The event log's bytes depend on this rule: changing it changes how new events are written.
public enum JSONEscape {
  /// Whether `byte` must be escaped inside a JSON string.
  @inlinable @inline(__always)
  public static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C
  }

  /// Whether any of the eight bytes of `word` must be escaped (exact, branch-free bit tests;
  /// bytes of multi-byte UTF-8 sequences, ≥ 0x80, never match).
  @inlinable @inline(__always)
  public static func needsEscape(word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- 0x20 &* ones) & ~word & highs
    let quote = word ^ (0x22 &* ones)
    let backslash = word ^ (0x5C &* ones)
    let zeros = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
    return below | zeros != 0
  }

  /// Splits `utf8` into runs written as they are (`verbatim`) and single bytes to escape
  /// (`escaped`), in order. Most text needs no escape and is skipped eight bytes at a time.
  @inlinable @inline(__always)
  public static func scan(
    _ utf8: UnsafeBufferPointer<UInt8>, verbatim: (UnsafeBufferPointer<UInt8>) -> Void,
    escaped: (UInt8) -> Void
  ) {
    guard let start = utf8.baseAddress else { return }
    let count = utf8.count
    var from = 0
    var index = 0
    while index < count {
      while index + 8 <= count,
        !needsEscape(word: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
      guard index < count else { break }
      let byte = start[index]
      if needsEscape(byte) {
        if index > from { verbatim(UnsafeBufferPointer(start: start + from, count: index - from)) }
        escaped(byte)
        from = index + 1
      }
      index += 1
    }
    if count > from { verbatim(UnsafeBufferPointer(start: start + from, count: count - from)) }
  }

  /// Emits the escape sequence of a byte that ``needsEscape(_:)``, byte by byte.
  @inlinable
  public static func escape(_ byte: UInt8, _ emit: (UInt8) -> Void) {
    emit(UInt8(ascii: "\\"))
    switch byte {
    case 0x22: emit(0x22)
    case 0x5C: emit(0x5C)
    case 0x0A: emit(UInt8(ascii: "n"))
    case 0x0D: emit(UInt8(ascii: "r"))
    case 0x09: emit(UInt8(ascii: "t"))
    default:
      let hex: StaticString = "0123456789abcdef"
      emit(UInt8(ascii: "u"))
      emit(UInt8(ascii: "0"))
      emit(UInt8(ascii: "0"))
      emit(hex.utf8Start[Int(byte >> 4)])
      emit(hex.utf8Start[Int(byte & 0xF)])
    }
  }
}
