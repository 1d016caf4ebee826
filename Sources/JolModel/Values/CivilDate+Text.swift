/// `YYYY-MM-DD` text for civil dates: the only form Jol writes, and the form it reads from
/// files, options and policies.
extension CivilDate: LosslessStringConvertible, Codable {
  /// Parses exactly `YYYY-MM-DD` (four, two and two digits); nil for anything else, including
  /// dates that do not exist.
  public init?(_ text: String) {
    var text = text
    guard let date = text.withUTF8({ CivilDate(text: UnsafeRawBufferPointer($0)) }) else {
      return nil
    }
    self = date
  }

  /// ``init(_:)`` on UTF-8 bytes: exactly `YYYY-MM-DD`, a day that exists. Every reader of dates
  /// (strings, JSON, facts files) parses them here.
  public init?(text: UnsafeRawBufferPointer) {
    guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard let digit = decimalDigit(text[index]) else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a date YYYY-MM-DD, found '\(text)'")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
