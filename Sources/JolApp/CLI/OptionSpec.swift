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
      help: CLIText.languageOption.text()),
    OptionSpec(
      "data", value: "DIR",
      help: CLIText.dataOption.text()),
    OptionSpec(
      "policies", value: "DIR",
      help: CLIText.policiesOption.text()),
    OptionSpec(
      "help",
      help: CLIText.helpOption.text()),
  ]

  /// `--format` with the given choices.
  public static func format(_ choices: [OutputFormat]) -> OptionSpec {
    OptionSpec(
      "format", value: choices.map(\.rawValue).joined(separator: "|"),
      help: CLIText.formatOption.text())
  }

  /// `--as-of YYYY-MM-DD`.
  public static let asOf = OptionSpec(
    "as-of", value: "YYYY-MM-DD",
    help: CLIText.asOfOption.text())
}
