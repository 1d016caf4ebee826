import JolModel

/// A byte buffer that JSON is written into without building intermediate strings: the hot path
/// of `jol policy eval --format json` over millions of fact records.
///
/// Strings are written in three steps (`openString`, content, `closeString`) so that a reason
/// text can be assembled from its template, fact titles and formatted values straight into the
/// output, escaped once.
public struct JSONBytes: Sendable {
  /// The bytes written so far (UTF-8).
  public var bytes: [UInt8]

  /// An empty buffer with room for `capacity` bytes.
  public init(capacity: Int = 4096) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Forgets the bytes but keeps the storage, for the next chunk.
  public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  @inline(__always) mutating func byte(_ value: UInt8) { bytes.append(value) }

  /// Appends ASCII or UTF-8 text that needs no escaping (keys, punctuation, literals).
  @inline(__always) mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `"key":`.
  @inline(__always) mutating func key(_ text: StaticString) {
    byte(UInt8(ascii: "\""))
    raw(text)
    byte(UInt8(ascii: "\""))
    byte(UInt8(ascii: ":"))
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
    var start = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        continue
      }
      if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
      start = index + 1
      escape(byte)
    }
    if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): raw("\\\"")
    case UInt8(ascii: "\\"): raw("\\\\")
    case 10: raw("\\n")
    case 13: raw("\\r")
    case 9: raw("\\t")
    default:
      let hex: [UInt8] = Array("0123456789abcdef".utf8)
      raw("\\u00")
      self.byte(hex[Int(byte >> 4)])
      self.byte(hex[Int(byte & 0xF)])
    }
  }

  /// Appends a whole number in decimal.
  mutating func integer(_ value: Int64) {
    if value < 0 { byte(UInt8(ascii: "-")) }
    digits(value.magnitude, minimumWidth: 1)
  }

  /// Appends the decimal digits of `value`, left-padded with zeros to `minimumWidth`.
  mutating func digits(_ value: UInt64, minimumWidth: Int) {
    var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    withUnsafeMutableBytes(of: &scratch) { buffer in
      var position = buffer.count
      var rest = value
      repeat {
        position -= 1
        buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest > 0
      while buffer.count - position < minimumWidth {
        position -= 1
        buffer[position] = UInt8(ascii: "0")
      }
      bytes.append(contentsOf: buffer[position...])
    }
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
