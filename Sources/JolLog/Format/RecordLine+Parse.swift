/// Reading one line back: strict, in the fixed field order, checksum first.
extension RecordLine {
  /// A line that passed its checksum and has every envelope field; positions index the buffer
  /// the line was read from.
  struct Parsed {
    var sequence: UInt64
    var batchEnd: UInt64
    var durable: UInt64
    var streamVersion: UInt64
    var stream: Range<Int>
    var id: Range<Int>
    var payload: Range<Int>
    var checksum: UInt32
  }

  /// Why a line was rejected.
  enum Problem: Error, Equatable, CustomStringConvertible {
    case checksumMismatch(stored: UInt32, computed: UInt32)
    case malformed(String)

    var description: String {
      switch self {
      case .checksumMismatch(let stored, let computed):
        "checksum mismatch (stored \(hex(stored)), computed \(hex(computed)))"
      case .malformed(let what): "malformed record line: \(what)"
      }
    }

    private func hex(_ value: UInt32) -> String {
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 8 - digits.count) + digits
    }
  }

  /// Parses the line `base[start..<end]` (`end` at its newline); nil when it is damaged (ask
  /// `diagnose` why — the hot path does not build error values).
  @inline(__always)
  static func parse(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, checksum known: UInt32? = nil
  ) -> Parsed? {
    var cursor = Cursor(base: base, position: start, end: end)
    guard end - start > checkedStart + 2, cursor.consume(#"{"crc":""#),
      let stored = cursor.hex32(),
      stored
        == known
        ?? CRC32C.checksum(
          UnsafeRawBufferPointer(
            start: base + start + checkedStart, count: end - start - checkedStart)),
      cursor.consume(#"","seq":"#), let sequence = cursor.decimal(),
      cursor.consume(#","batch_end":"#), let batchEnd = cursor.decimal(),
      cursor.consume(#","durable":"#), let durable = cursor.decimal(),
      cursor.consume(#","stream":""#), let stream = cursor.stringContent(),
      cursor.consume(#","version":"#), let version = cursor.decimal(),
      cursor.consume(#","id":""#), let id = cursor.stringContent(),
      cursor.consume(#","data":"#)
    else { return nil }
    let payload = cursor.position..<(end - 1)
    guard payload.count >= 2, base[payload.lowerBound] == UInt8(ascii: "{"),
      base[payload.upperBound - 1] == UInt8(ascii: "}"), base[end - 1] == UInt8(ascii: "}")
    else { return nil }
    return Parsed(
      sequence: sequence, batchEnd: batchEnd, durable: durable, streamVersion: version,
      stream: stream, id: id, payload: payload, checksum: stored)
  }

  /// Why `parse` rejects a line (slow path, for error messages).
  static func diagnose(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Problem {
    var cursor = Cursor(base: base, position: start, end: end)
    guard end - start > checkedStart + 2, cursor.consume(#"{"crc":""#) else {
      return .malformed("does not start with {\"crc\":\"")
    }
    guard let stored = cursor.hex32() else { return .malformed("checksum is not 8 hex digits") }
    let computed = CRC32C.checksum(
      UnsafeRawBufferPointer(start: base + start + checkedStart, count: end - start - checkedStart))
    if computed != stored { return .checksumMismatch(stored: stored, computed: computed) }
    return .malformed("envelope fields missing or out of order, or data not a JSON object")
  }

  /// Parses a line handed out by `LineScanner` (its checksum already computed).
  @inline(__always)
  static func parse(_ line: LineScanner.Line) -> Parsed? {
    parse(line.base, line.start, line.end, checksum: line.checksum)
  }

  /// `parse` with the reason on failure.
  static func parseOrDiagnose(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, checksum: UInt32? = nil
  ) -> Result<Parsed, Problem> {
    if let parsed = parse(base, start, end, checksum: checksum) { return .success(parsed) }
    return .failure(diagnose(base, start, end))
  }
}

/// A forward-only reader over one line.
private struct Cursor {
  let base: UnsafePointer<UInt8>
  var position: Int
  let end: Int

  @inline(__always)
  mutating func consume(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard end - position >= count else { return false }
    let expected = literal.utf8Start
    for offset in 0..<count where base[position + offset] != expected[offset] { return false }
    position += count
    return true
  }

  @inline(__always)
  mutating func hex32() -> UInt32? {
    guard end - position >= 8 else { return nil }
    var value: UInt32 = 0
    for offset in 0..<8 {
      let byte = base[position + offset]
      let digit = byte &- UInt8(ascii: "0")
      let letter = byte &- UInt8(ascii: "a")
      let nibble = digit < 10 ? digit : letter < 6 ? letter &+ 10 : 0xFF
      guard nibble != 0xFF else { return nil }
      value = value &<< 4 | UInt32(nibble)
    }
    position += 8
    return value
  }

  /// A decimal of 1 to 19 digits (19 digits cannot overflow 64 bits).
  @inline(__always)
  mutating func decimal() -> UInt64? {
    let start = position
    let stop = min(end, start + 19)
    var value: UInt64 = 0
    while position < stop {
      let digit = base[position] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      value = value &* 10 &+ UInt64(digit)
      position += 1
    }
    return position > start ? value : nil
  }

  /// The content of a JSON string whose opening quote was consumed; consumes the closing quote.
  @inline(__always)
  mutating func stringContent() -> Range<Int>? {
    let start = position
    // Eight bytes at a time while none is a quote or a backslash (the has-zero-byte trick on
    // the bytes xor the character); the byte loop below finds which one it was.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while end - position >= 8 {
      let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
      let quotes = word ^ (ones &* 0x22)
      let backslashes = word ^ (ones &* 0x5C)
      let found =
        ((quotes &- ones) & ~quotes & highs) | ((backslashes &- ones) & ~backslashes & highs)
      if found != 0 { break }
      position += 8
    }
    while position < end {
      let byte = base[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return start..<(position - 1)
      }
      position += byte == UInt8(ascii: "\\") ? 2 : 1
    }
    return nil
  }
}
