import JolModel

/// A byte buffer that JSON is written into without building intermediate strings: the hot path
/// of `jol policy eval --format json` over millions of fact records.
///
/// Strings are written in three steps (`openString`, content, `closeString`) so that a reason
/// text can be assembled from its template, fact titles and formatted values straight into the
/// output, escaped once. The storage is raw memory that grows by doubling; the buffer cannot be
/// copied, so an append is a bounds check and a copy, with no uniqueness or exclusivity checks
/// (a line is a few hundred small appends).
public struct JSONBytes: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written so far.
  public private(set) var count = 0

  /// An empty buffer with room for `capacity` bytes.
  public init(capacity: Int = 4096) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A copy of the bytes written (UTF-8).
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written, as text.
  public var string: String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }

  /// Forgets the bytes but keeps the storage, for the next chunk.
  public mutating func removeAll() { count = 0 }

  /// Where the next `extra` bytes go, after making room for them.
  @inline(__always) private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if count + extra > capacity { grow(count + extra) }
    return base + count
  }

  private mutating func grow(_ needed: Int) {
    var grown = capacity
    while grown < needed { grown *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = grown
  }

  @inline(__always) mutating func byte(_ value: UInt8) {
    reserve(1).pointee = value
    count += 1
  }

  /// Appends a line of text as it is (no escaping) and a newline: for text output that shares
  /// the buffer.
  public mutating func appendLine(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    byte(UInt8(ascii: "\n"))
  }

  /// Appends raw UTF-8 bytes.
  @inline(__always) mutating func append(_ source: UnsafeRawBufferPointer) {
    guard let address = source.baseAddress, source.count > 0 else { return }
    reserve(source.count).update(
      from: address.assumingMemoryBound(to: UInt8.self), count: source.count)
    count += source.count
  }

  /// Appends ASCII or UTF-8 text that needs no escaping (keys, punctuation, literals).
  @inline(__always) mutating func raw(_ text: StaticString) {
    reserve(text.utf8CodeUnitCount).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    count += text.utf8CodeUnitCount
  }

  /// Appends `"key":`.
  @inline(__always) mutating func key(_ text: StaticString) {
    byte(UInt8(ascii: "\""))
    raw(text)
    raw("\":")
  }

  /// Appends a whole JSON string, escaped.
  mutating func string(_ text: String) {
    openString()
    content(text)
    closeString()
  }

  @inline(__always) mutating func openString() { byte(UInt8(ascii: "\"")) }
  @inline(__always) mutating func closeString() { byte(UInt8(ascii: "\"")) }

  /// Appends text inside an open string, escaped per RFC 8259 exactly as ``JSONText`` does.
  mutating func content(_ text: String) {
    var text = text
    text.withUTF8 { content($0) }
  }

  /// Appends a substring inside an open string, escaped.
  mutating func content(_ text: Substring) {
    var text = text
    text.withUTF8 { content($0) }
  }

  mutating func content(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let start = utf8.baseAddress else { return }
    let count = utf8.count
    var from = 0
    var index = 0
    while index < count {
      // Most text needs no escape: skip it eight bytes at a time.
      while index + 8 <= count,
        !Self.needsEscape(UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
      guard index < count else { break }
      let byte = start[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        append(UnsafeRawBufferPointer(start: start + from, count: index - from))
        escape(byte)
        from = index + 1
      }
      index += 1
    }
    append(UnsafeRawBufferPointer(start: start + from, count: count - from))
  }

  /// Whether any of the eight bytes is a control character, `"` or `\\` (exact, branch-free
  /// bit tests; bytes of multi-byte UTF-8 sequences, ≥ 0x80, never match).
  @inline(__always) static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- 0x20 &* ones) & ~word & highs
    let quote = word ^ (0x22 &* ones)
    let backslash = word ^ (0x5C &* ones)
    let zeros = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
    return below | zeros != 0
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): raw("\\\"")
    case UInt8(ascii: "\\"): raw("\\\\")
    case 10: raw("\\n")
    case 13: raw("\\r")
    case 9: raw("\\t")
    default:
      let hex: StaticString = "0123456789abcdef"
      raw("\\u00")
      self.byte(hex.utf8Start[Int(byte >> 4)])
      self.byte(hex.utf8Start[Int(byte & 0xF)])
    }
  }

  /// Appends a whole number in decimal.
  mutating func integer(_ value: Int64) {
    if value < 0 { byte(UInt8(ascii: "-")) }
    digits(value.magnitude, minimumWidth: 1)
  }

  /// Appends the decimal digits of `value`, left-padded with zeros to `minimumWidth`.
  mutating func digits(_ value: UInt64, minimumWidth: Int) {
    var width = 1
    var limit: UInt64 = 10
    while width < 20 && value >= limit {
      width += 1
      limit = limit &* 10
    }
    width = max(width, minimumWidth)
    let start = reserve(width)
    var rest = value
    var position = width
    while position > 0 {
      position -= 1
      start[position] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    count += width
  }

  /// Appends a fixed-point number of `scale` decimal places (4 for FixedDecimal, 2 for Money)
  /// without trailing zeros: `3.4`, `35000`, `-0.05`; `comma` writes a decimal comma.
  mutating func fixed(_ units: Int64, places: Int, comma: Bool = false) {
    var divisor: UInt64 = 1
    for _ in 0..<places { divisor *= 10 }
    let magnitude = units.magnitude
    if units < 0 { byte(UInt8(ascii: "-")) }
    digits(magnitude / divisor, minimumWidth: 1)
    var fraction = magnitude % divisor
    guard fraction != 0 else { return }
    var width = places
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    byte(comma ? UInt8(ascii: ",") : UInt8(ascii: "."))
    digits(fraction, minimumWidth: width)
  }

  /// Appends tenge as `Money.description` writes them: `35000`, `37392.25`, `0.50`.
  mutating func money(_ money: Money) {
    let magnitude = money.tiyn.magnitude
    if money.tiyn < 0 { byte(UInt8(ascii: "-")) }
    digits(magnitude / 100, minimumWidth: 1)
    guard magnitude % 100 != 0 else { return }
    byte(UInt8(ascii: "."))
    digits(magnitude % 100, minimumWidth: 2)
  }

  /// Appends `YYYY-MM-DD`.
  mutating func date(_ date: CivilDate) {
    let (year, month, day) = date.components
    digits(UInt64(year), minimumWidth: 4)
    byte(UInt8(ascii: "-"))
    digits(UInt64(month), minimumWidth: 2)
    byte(UInt8(ascii: "-"))
    digits(UInt64(day), minimumWidth: 2)
  }

  /// Appends tenge as people read them, like `Money.formatted`: `350 000 ₸`, `37 392,25 ₸`
  /// (no-break spaces; `.` instead of `,` in English, as `Value.formatted` does).
  mutating func formattedMoney(_ money: Money, english: Bool) {
    let magnitude = money.tiyn.magnitude
    if money.tiyn < 0 { byte(UInt8(ascii: "-")) }
    let whole = magnitude / 100
    var groups: [UInt64] = []
    var rest = whole
    repeat {
      groups.append(rest % 1000)
      rest /= 1000
    } while rest > 0
    for index in stride(from: groups.count - 1, through: 0, by: -1) {
      digits(groups[index], minimumWidth: index == groups.count - 1 ? 1 : 3)
      if index > 0 { raw("\u{00A0}") }
    }
    let fraction = magnitude % 100
    if fraction != 0 {
      byte(english ? UInt8(ascii: ".") : UInt8(ascii: ","))
      // Money.description drops no zeros: 0.50 tenge reads "0,50".
      digits(fraction, minimumWidth: 2)
    }
    raw("\u{00A0}₸")
  }
}
