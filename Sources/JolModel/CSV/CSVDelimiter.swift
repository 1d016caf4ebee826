/// The character between fields. Spreadsheets in Kazakh and Russian locales save with
/// semicolons (the comma is their decimal separator); most other tools write commas.
public enum CSVDelimiter: String, CaseIterable, Codable, Sendable {
  case comma = ","
  case semicolon = ";"
  case tab = "\t"

  /// The delimiter's single ASCII byte.
  public var byte: UInt8 {
    switch self {
    case .comma: UInt8(ascii: ",")
    case .semicolon: UInt8(ascii: ";")
    case .tab: UInt8(ascii: "\t")
    }
  }

  /// The delimiter that occurs most often outside quotes in the first non-blank line of
  /// `bytes` (from `start`); comma on a tie or when there is none. A header `Тегі; Аты, жөні`
  /// is semicolon-delimited: one comma inside a name does not outvote the separators.
  /// - Complexity: O(length of the first line).
  static func detect(in bytes: [UInt8], from start: Int) -> CSVDelimiter {
    var index = start
    while index < bytes.count, bytes[index] == 10 || bytes[index] == 13 { index += 1 }
    var counts: [CSVDelimiter: Int] = [:]
    var quoted = false
    scan: while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""): quoted.toggle()
      case 10, 13:
        if !quoted { break scan }
      default:
        if !quoted, let delimiter = allCases.first(where: { $0.byte == byte }) {
          counts[delimiter, default: 0] += 1
        }
      }
      index += 1
    }
    var best = CSVDelimiter.comma
    for candidate in [CSVDelimiter.semicolon, .tab]
    where counts[candidate, default: 0] > counts[best, default: 0] {
      best = candidate
    }
    return best
  }
}
