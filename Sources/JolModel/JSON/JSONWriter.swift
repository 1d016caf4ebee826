/// Writes compact, single-line JSON into a byte buffer: the encoder of the event codec.
///
/// Values are written in call order; the writer places commas itself. Strings are escaped by
/// ``JSONEscape`` (RFC 8259: `"`, `\`, control characters), everything else is written as UTF-8, so the output
/// never holds a raw line break and one event stays one line of a JSON Lines file.
public struct JSONWriter {
  /// The bytes written so far.
  public var bytes: [UInt8]
  private var needsComma = false

  /// A writer appending to `bytes` (pass a buffer with capacity to avoid growth).
  public init(bytes: [UInt8] = []) {
    self.bytes = bytes
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  /// Writes `{`; then keys and values; then ``endObject()``.
  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Writes `[`; then values; then ``endArray()``.
  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes a key (an ASCII name needing no escapes) and the colon.
  public mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes a key given as text (dictionary keys), escaped, and the colon.
  public mutating func key(_ name: String) {
    string(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes a string value, escaped.
  public mutating func string(_ value: String) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      JSONEscape.scan(
        utf8, verbatim: { bytes.append(contentsOf: $0) },
        escaped: { byte in JSONEscape.escape(byte) { bytes.append($0) } })
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes an integer number.
  public mutating func int<T: BinaryInteger>(_ value: T) {
    separate()
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = UInt64(value.magnitude)
    appendDigits(magnitude, width: DecimalDigits.width(magnitude))
  }

  /// Writes a decimal as a string (`"3.45"`), as ``FixedDecimal``'s `Codable` does.
  public mutating func decimal(_ value: FixedDecimal) { string(value.description) }

  /// Writes an amount as a string in tenge (`"350000"`), as ``Money``'s `Codable` does.
  public mutating func money(_ value: Money) { string(value.description) }

  /// Writes a date as `"YYYY-MM-DD"`.
  public mutating func date(_ value: CivilDate) {
    separate()
    let (year, month, day) = value.components
    bytes.append(UInt8(ascii: "\""))
    appendDigits(year, width: 4)
    bytes.append(UInt8(ascii: "-"))
    appendDigits(month, width: 2)
    bytes.append(UInt8(ascii: "-"))
    appendDigits(day, width: 2)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends exactly `width` decimal digits of a non-negative number (zero-padded).
  mutating func appendDigits(_ value: Int, width: Int) {
    appendDigits(UInt64(value), width: width)
  }

  private mutating func appendDigits(_ value: UInt64, width: Int) {
    var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any UInt64
    withUnsafeMutableBytes(of: &scratch) { scratch in
      let start = scratch.baseAddress!.assumingMemoryBound(to: UInt8.self)
      DecimalDigits.write(value, width: width, to: start)
      bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: width))
    }
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    raw(value ? "true" : "false")
  }

  /// Writes bytes that are already a JSON value.
  mutating func raw(_ json: StaticString) {
    separate()
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: json.utf8Start, count: json.utf8CodeUnitCount))
  }
}
