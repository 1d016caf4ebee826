import JolModel

/// A byte buffer that JSON is written into without building intermediate strings: the hot path
/// of `jol policy eval --format json` over millions of fact records.
///
/// Strings are written in three steps (`openString`, content, `closeString`) so that a reason
/// text can be assembled from its template, fact titles and formatted values straight into the
/// output, escaped once. The storage is raw memory that grows by doubling: each append is a
/// bounds check and a copy, with none of an array's uniqueness checks (a line is a few hundred
/// small appends). A reference type, so that one buffer is reused chunk after chunk.
public final class JSONBytes {
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
  public func removeAll() { count = 0 }

  @inline(__always) private func reserve(_ extra: Int) {
    if count + extra > capacity { grow(count + extra) }
  }

  private func grow(_ needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always) func byte(_ value: UInt8) {
    reserve(1)
    base[count] = value
    count += 1
  }

  /// Appends a line of text as it is (no escaping) and a newline: for text output that shares
  /// the buffer.
  public func appendLine(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    byte(UInt8(ascii: "\n"))
  }

  /// Appends raw UTF-8 bytes.
  @inline(__always) func append(_ source: UnsafeRawBufferPointer) {
    guard let address = source.baseAddress, source.count > 0 else { return }
    reserve(source.count)
    (base + count).update(from: address.assumingMemoryBound(to: UInt8.self), count: source.count)
    count += source.count
  }

  /// Appends ASCII or UTF-8 text that needs no escaping (keys, punctuation, literals).
  @inline(__always) func raw(_ text: StaticString) {
    reserve(text.utf8CodeUnitCount)
    (base + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    count += text.utf8CodeUnitCount
  }

  /// Appends `"key":`.
  @inline(__always) func key(_ text: StaticString) {
    byte(UInt8(ascii: "\""))
    raw(text)
    raw("\":")
  }

  /// Appends a whole JSON string, escaped.
  func string(_ text: String) {
    openString()
    content(text)
    closeString()
  }

  @inline(__always) func openString() { byte(UInt8(ascii: "\"")) }
  @inline(__always) func closeString() { byte(UInt8(ascii: "\"")) }

  /// Appends text inside an open string, escaped per RFC 8259 exactly as ``JSONText`` does.
  func content(_ text: String) {
    var text = text
    text.withUTF8 { content($0) }
  }

  /// Appends a substring inside an open string, escaped.
  func content(_ text: Substring) {
    var text = text
    text.withUTF8 { content($0) }
  }

  func content(_ utf8: UnsafeBufferPointer<UInt8>) {
    var start = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        continue
      }
      if start < index { append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start..<index]))) }
      start = index + 1
      escape(byte)
    }
    if start < utf8.count { append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start...]))) }
  }

  private func escape(_ byte: UInt8) {
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
  func integer(_ value: Int64) {
    if value < 0 { byte(UInt8(ascii: "-")) }
    digits(value.magnitude, minimumWidth: 1)
  }

  /// Appends the decimal digits of `value`, left-padded with zeros to `minimumWidth`.
  func digits(_ value: UInt64, minimumWidth: Int) {
    var width = 1
    var limit: UInt64 = 10
    while width < 20 && value >= limit {
      width += 1
      limit = limit &* 10
    }
    width = max(width, minimumWidth)
    reserve(width)
    var rest = value
    var position = count + width
    while position > count {
      position -= 1
      base[position] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    count += width
  }

  /// Appends a fixed-point number of `scale` decimal places (4 for FixedDecimal, 2 for Money)
  /// without trailing zeros: `3.4`, `35000`, `-0.05`; `comma` writes a decimal comma.
  func fixed(_ units: Int64, places: Int, comma: Bool = false) {
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
  func money(_ money: Money) {
    let magnitude = money.tiyn.magnitude
    if money.tiyn < 0 { byte(UInt8(ascii: "-")) }
    digits(magnitude / 100, minimumWidth: 1)
    guard magnitude % 100 != 0 else { return }
    byte(UInt8(ascii: "."))
    digits(magnitude % 100, minimumWidth: 2)
  }

  /// Appends `YYYY-MM-DD`.
  func date(_ date: CivilDate) {
    let (year, month, day) = date.components
    digits(UInt64(year), minimumWidth: 4)
    byte(UInt8(ascii: "-"))
    digits(UInt64(month), minimumWidth: 2)
    byte(UInt8(ascii: "-"))
    digits(UInt64(day), minimumWidth: 2)
  }

  /// Appends tenge as people read them, like `Money.formatted`: `350 000 ₸`, `37 392,25 ₸`
  /// (no-break spaces; `.` instead of `,` in English, as `Value.formatted` does).
  func formattedMoney(_ money: Money, english: Bool) {
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
