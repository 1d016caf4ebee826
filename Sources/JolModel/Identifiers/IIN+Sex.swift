/// Sex as an IIN encodes it (the seventh digit: odd male, even female).
public enum Sex: String, CaseIterable, Codable, Sendable {
  case male
  case female

}
