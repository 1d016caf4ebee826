/// An instant, in whole milliseconds since 1970-01-01 00:00 UTC: when an event was recorded.
///
/// Written as ISO 8601 UTC with milliseconds, always 24 characters
/// (`2026-10-15T08:30:00.000Z`), so a person reading the log sees the time and a reader parses
/// it at fixed positions.
public struct Timestamp: Hashable, Comparable, Sendable {
  public var millisecondsSinceEpoch: Int64

  public init(millisecondsSinceEpoch: Int64) {
    self.millisecondsSinceEpoch = millisecondsSinceEpoch
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
  }

  /// The civil date in Kazakhstan (UTC+5 since 2024-03-01) at this instant: the "recorded on"
  /// date of bitemporal queries.
  public var kazakhstanDate: CivilDate {
    let ms = millisecondsSinceEpoch
    let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
    return KazakhstanTime.date(atUnixSeconds: seconds)
  }
}

extension Timestamp: LosslessStringConvertible, Codable {
  /// Parses exactly `YYYY-MM-DDTHH:MM:SS.mmmZ`; nil for anything else.
  public init?(_ text: String) {
    var text = text
    guard let value = text.withUTF8({ Timestamp(iso8601: UnsafeRawBufferPointer($0)) }) else {
      return nil
    }
    self = value
  }

  /// Parses the 24 bytes of `YYYY-MM-DDTHH:MM:SS.mmmZ`.
  init?(iso8601 text: UnsafeRawBufferPointer) {
    guard text.count == 24, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"),
      text[10] == UInt8(ascii: "T"), text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"),
      text[19] == UInt8(ascii: "."), text[23] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ start: Int, _ count: Int) -> Int64? {
      var value: Int64 = 0
      for index in start..<start + count {
        guard let digit = decimalDigit(text[index]) else { return nil }
        value = value * 10 + Int64(digit)
      }
      return value
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      let millisecond = number(20, 3), hour < 24, minute < 60, second < 60,
      let date = CivilDate(year: Int(year), month: Int(month), day: Int(day))
    else { return nil }
    let seconds = Int64(date.daysSinceEpoch) * 86_400 + hour * 3600 + minute * 60 + second
    self.init(millisecondsSinceEpoch: seconds * 1000 + millisecond)
  }

  /// `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC.
  public var description: String {
    var writer = JSONWriter()
    writer.timestampDigits(self)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Timestamp(text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "expected a UTC time YYYY-MM-DDTHH:MM:SS.mmmZ, found '\(text)'")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension JSONWriter {
  /// Writes a timestamp as a JSON string.
  public mutating func timestamp(_ value: Timestamp) {
    string("")  // places the comma and the quotes
    bytes.removeLast()
    timestampDigits(value)
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func timestampDigits(_ value: Timestamp) {
    let ms = value.millisecondsSinceEpoch
    let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
    let millisecond = Int(ms - seconds * 1000)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = Int(seconds - days * 86_400)
    let (year, month, day) = CivilDate(daysSinceEpoch: Int32(days)).components
    appendDigits(year, width: 4)
    bytes.append(UInt8(ascii: "-"))
    appendDigits(month, width: 2)
    bytes.append(UInt8(ascii: "-"))
    appendDigits(day, width: 2)
    bytes.append(UInt8(ascii: "T"))
    appendDigits(secondOfDay / 3600, width: 2)
    bytes.append(UInt8(ascii: ":"))
    appendDigits(secondOfDay / 60 % 60, width: 2)
    bytes.append(UInt8(ascii: ":"))
    appendDigits(secondOfDay % 60, width: 2)
    bytes.append(UInt8(ascii: "."))
    appendDigits(millisecond, width: 3)
    bytes.append(UInt8(ascii: "Z"))
  }
}

extension JSONReader {
  /// Reads a timestamp string `YYYY-MM-DDTHH:MM:SS.mmmZ`.
  public mutating func readTimestamp() throws -> Timestamp {
    skipWhitespace()
    let start = offset
    guard let value = try withStringBytes({ Timestamp(iso8601: $0) }) else {
      throw JSONReadError(
        offset: start,
        reason: .invalidValue(field: currentKey, expected: "a UTC time YYYY-MM-DDTHH:MM:SS.mmmZ"))
    }
    return value
  }
}
