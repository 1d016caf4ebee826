import JolFormat
import JolModel

/// A command's arguments after parsing: positionals in order, options by name.
public struct ParsedArguments: Sendable {
  public var positionals: [String]
  /// Values of options by name; a flag has one empty value per occurrence.
  public var options: [String: [String]]

  public init(positionals: [String] = [], options: [String: [String]] = [:]) {
    self.positionals = positionals
    self.options = options
  }

  /// The last value given for an option.
  public func value(_ name: String) -> String? { options[name]?.last }

  /// Every value given for a repeatable option.
  public func values(_ name: String) -> [String] { options[name] ?? [] }

  /// Whether a flag was given.
  public func flag(_ name: String) -> Bool { options[name] != nil }

  /// `--format`, one of `allowed`; the first of them when absent.
  public func format(_ allowed: [OutputFormat]) throws -> OutputFormat {
    guard let text = value("format") else { return allowed[0] }
    guard let format = OutputFormat(rawValue: text), allowed.contains(format) else {
      throw CommandError.usage(Self.unknownChoice("--format", text, allowed.map(\.rawValue)))
    }
    return format
  }

  /// A date option (`--as-of`); `fallback` when absent.
  public func date(_ name: String, default fallback: CivilDate) throws -> CivilDate {
    try date(name) ?? fallback
  }

  /// A date option; nil when absent.
  public func date(_ name: String) throws -> CivilDate? {
    guard let text = value(name) else { return nil }
    guard let date = CivilDate(text) else {
      throw CommandError.usage(
        CLIText.notADate.text(["name": name, "text": text]))
    }
    return date
  }

  static func unknownChoice(_ option: String, _ value: String, _ choices: [String]) -> LocalizedText
  {
    let list = choices.joined(separator: ", ")
    return CLIText.unknownValue.text([
      "option": option, "value": value, "list": list,
    ])
  }
}
