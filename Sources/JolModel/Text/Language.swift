/// A language Jol speaks to people in, and a language of instruction. Kazakh is first: it is the
/// state language and the default for every text Jol writes.
public enum Language: String, CaseIterable, Codable, Sendable {
  case kk
  case ru
  case en
}

/// A text a person reads, in every language Jol speaks. Every user-facing text has all three;
/// there is no silent fallback from Kazakh to Russian.
public struct LocalizedText: Hashable, Codable, Sendable {
  public var kk: String
  public var ru: String
  public var en: String

  public init(kk: String, ru: String, en: String) {
    self.kk = kk
    self.ru = ru
    self.en = en
  }

  /// The text in `language`.
  public subscript(language: Language) -> String {
    switch language {
    case .kk: kk
    case .ru: ru
    case .en: en
    }
  }

  /// The same text in every language (codes, numbers, proper names).
  public static func same(_ text: String) -> LocalizedText {
    LocalizedText(kk: text, ru: text, en: text)
  }
}

extension LocalizedText {
  /// A text built once per language (a number or an amount as each language writes it).
  public static func each(_ text: (Language) -> String) -> LocalizedText {
    LocalizedText(kk: text(.kk), ru: text(.ru), en: text(.en))
  }
}
