/// Sex as an IIN encodes it (the seventh digit: odd male, even female).
public enum Sex: String, CaseIterable, Codable, Sendable {
  case male
  case female

  /// The word for it in each language.
  public var title: LocalizedText {
    switch self {
    case .male: LocalizedText(kk: "ер", ru: "мужской", en: "male")
    case .female: LocalizedText(kk: "әйел", ru: "женский", en: "female")
    }
  }
}
