import JolModel
import JolPolicy

/// `jol policy diff OLD NEW --as-of DATE --facts FILE`: who gains, who loses and how the money
/// changes when policy OLD is replaced by NEW, over one population on one date.
struct PolicyDiffCommand: Command {
  var name: String { "diff" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "екі ереже нұсқасын салыстыру: кім ұтады, кім ұтылады, сома қалай өзгереді",
      ru: "сравнить две версии политики: кто выигрывает, кто теряет, как меняется сумма",
      en: "compare two policy versions: who gains, who loses, how the money changes")
  }
  var synopsis: String {
    "OLD NEW --facts FILE.jsonl [--as-of YYYY-MM-DD] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "facts", value: "FILE.jsonl",
        help: LocalizedText(
          kk: "салыстырылатын білім алушылар: фактілер файлы (JSON Lines)",
          ru: "с кем сравнивать: файл фактов (JSON Lines)",
          en: "the population to compare over: a facts file (JSON Lines)")),
      .asOf, .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 2...2 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let date = try arguments.date("as-of", default: context.console.today)
    let old = try PolicyFiles.policy(arguments.positionals[0], on: date, context)
    let new = try PolicyFiles.policy(arguments.positionals[1], on: date, context)
    let diff = PolicyDiff.compare(
      old: old, new: new, population: try Self.population(arguments, context), asOf: date)
    var output = PolicyOutput(context)
    switch format {
    case .json:
      for line in diff.json() { output.line(line) }
    default:
      output.line(diff.text(language: context.language))
    }
    output.flush()
    return .ok
  }

  /// The learners the two versions are compared over: the `--facts` file. This is the one place
  /// a population comes from; the data directory's learners as of the date plug in here.
  static func population(_ arguments: ParsedArguments, _ context: Context) throws -> [Facts] {
    guard let path = arguments.value("facts") else {
      throw CommandError.usage(Self.needsFacts)
    }
    return try PolicyFiles.facts(path, context)
  }
}

extension PolicyDiffCommand {
  fileprivate static let needsFacts = LocalizedText(
    kk:
      "--facts FILE.jsonl опциясы міндетті: салыстыру қай білім алушылар бойынша жүретінін көрсетіңіз",
    ru: "нужен параметр --facts FILE.jsonl: укажите, на ком сравнивать версии",
    en: "--facts FILE.jsonl is required: the population to compare the versions over")
}
