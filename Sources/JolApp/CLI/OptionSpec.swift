import JolFormat
import JolModel

/// An option a command accepts: `--format json`, `--dry-run`.
public struct OptionSpec: Sendable {
  /// The name without dashes (`format`).
  public var name: String
  /// The value's placeholder (`text|json`); nil for a flag that takes no value.
  public var valueName: String?
  public var help: LocalizedText
  /// Whether it may be given more than once.
  public var repeatable: Bool

  public init(_ name: String, value: String? = nil, help: LocalizedText, repeatable: Bool = false) {
    self.name = name
    self.valueName = value
    self.help = help
    self.repeatable = repeatable
  }
}

/// Options every command shares.
extension OptionSpec {
  static let global: [OptionSpec] = [
    OptionSpec(
      "lang", value: "kk|ru|en",
      help: LocalizedText(
        kk: "хабарлар мен есептердің тілі", ru: "язык сообщений и отчётов",
        en: "language of messages and reports")),
    OptionSpec(
      "data", value: "DIR",
      help: LocalizedText(
        kk: "деректер каталогы (әдепкі: $JOL_DATA, әйтпесе ./jol-data)",
        ru: "каталог данных (по умолчанию $JOL_DATA, иначе ./jol-data)",
        en: "data directory (default: $JOL_DATA, else ./jol-data)")),
    OptionSpec(
      "policies", value: "DIR",
      help: LocalizedText(
        kk: "ережелер каталогы (әдепкі: $JOL_POLICIES, әйтпесе ./Policies, әйтпесе кірістірілген)",
        ru: "каталог политик (по умолчанию $JOL_POLICIES, иначе ./Policies, иначе встроенные)",
        en: "policies directory (default: $JOL_POLICIES, else ./Policies, else the built-in ones)")),
    OptionSpec(
      "help",
      help: LocalizedText(
        kk: "осы анықтаманы көрсету", ru: "показать эту справку", en: "show this help")),
  ]

  /// `--format` with the given choices.
  public static func format(_ choices: [OutputFormat]) -> OptionSpec {
    OptionSpec(
      "format", value: choices.map(\.rawValue).joined(separator: "|"),
      help: LocalizedText(kk: "шығыс пішімі", ru: "формат вывода", en: "output format"))
  }

  /// `--as-of YYYY-MM-DD`.
  public static let asOf = OptionSpec(
    "as-of", value: "YYYY-MM-DD",
    help: LocalizedText(
      kk: "қай күнгі жағдай бойынша (әдепкі: бүгін)", ru: "на какую дату (по умолчанию: сегодня)",
      en: "the date to decide as of (default: today)"))
}
