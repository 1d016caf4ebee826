import JolFormat
import JolModel
import Testing

/// The one digit writer under the event writer and the output buffer.
@Suite struct DecimalDigitsTests {
  @Test func bothWritersWriteNumbersAsSwiftDoes() {
    var values: [Int64] = [0, 1, 9, 10, 99, 100, -1, -10, .max, .min + 1]
    var seed: UInt64 = 42
    for _ in 0..<300 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Int64(bitPattern: seed) >> Int64(seed % 63))
    }
    for value in values {
      var writer = JSONWriter()
      writer.int(value)
      #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
      var buffer = JSONBytes(capacity: 8)
      buffer.integer(value)
      #expect(buffer.string == String(value))
    }
  }

  @Test func paddedToTheWidthAsked() {
    var buffer = JSONBytes()
    buffer.digits(7, minimumWidth: 3)
    buffer.byte(UInt8(ascii: " "))
    buffer.date(CivilDate("0987-01-02")!)
    #expect(buffer.string == "007 0987-01-02")
    #expect(DecimalDigits.width(UInt64.max) == 20)
  }
}
