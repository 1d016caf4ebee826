import JolModel
import Testing

@testable import JolApp

@Suite struct CommandLineTests {
  @Test func versionAndHelp() {
    let version = runJol(["--version"])
    #expect(version.exitCode == 0)
    #expect(version.stdout == "jol \(Jol.version)\n")

    let help = runJol(["--help", "--lang", "en"])
    #expect(help.exitCode == 0)
    #expect(help.stdout.contains("Commands:"))
    #expect(help.stdout.contains("demo"))
  }

  @Test func helpIsInTheChosenLanguage() {
    #expect(runJol(["--help"], environment: ["LANG": "ru_KZ.UTF-8"]).stdout.contains("Команды:"))
    #expect(runJol(["--help"]).stdout.contains("Командалар:"))
    #expect(
      runJol(["--help", "--lang", "en"], environment: ["JOL_LANG": "ru"]).stdout.contains(
        "Commands:"))
  }

  @Test func unknownCommandSuggestsTheClosestAndExits64() {
    let result = runJol(["deom", "--lang", "en"])
    #expect(result.exitCode == 64)
    #expect(result.stderr.contains("no command 'deom'; did you mean 'demo'?"))
    #expect(result.stdout.isEmpty)
  }

  @Test func unknownOptionAndBadLanguageAreUsageErrors() {
    let option = runJol(["demo", "--fromat", "json", "--lang", "en"])
    #expect(option.exitCode == 64)
    #expect(option.stderr.contains("unknown option --fromat"))

    let language = runJol(["demo", "--lang", "de"])
    #expect(language.exitCode == 64)
    #expect(language.stderr.contains("--lang"))
  }

  @Test func parserSeparatesOptionsAndPositionals() throws {
    struct Probe: Command {
      var name: String { "probe" }
      var summary: JolModel.LocalizedText { .same("probe") }
      var synopsis: String { "X…" }
      var options: [OptionSpec] {
        [.format([.text, .json]), OptionSpec("dry-run", help: .same("")), .asOf]
      }
      var positionalCount: ClosedRange<Int> { 1...Int.max }
      func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode { .ok }
    }
    let parser = CommandLineParser(
      root: CommandGroup(name: "jol", summary: .same(""), children: [.command(Probe())]))
    guard
      case .run(_, let parsed, _) = try parser.parse([
        "probe", "a", "--format=json", "--dry-run", "--as-of", "2026-09-01", "--", "--b",
      ])
    else {
      Issue.record("expected a run request")
      return
    }
    #expect(parsed.positionals == ["a", "--b"])
    #expect(try parsed.format([.text, .json]) == .json)
    #expect(parsed.flag("dry-run"))
    #expect(try parsed.date("as-of", default: .init(daysSinceEpoch: 0)).description == "2026-09-01")
    #expect(throws: CommandError.self) { try parser.parse(["probe"]) }
    #expect(throws: CommandError.self) { try parser.parse(["probe", "a", "--format"]) }
  }

  /// A command's own meaning of a shared option replaces the shared help, once.
  @Test func theDemosDataOptionSaysWhatTheDemoDoes() {
    let help = runJol(["demo", "--help", "--lang", "en"]).stdout
    #expect(help.contains("the data directory to fill and keep"))
    #expect(!help.contains("$JOL_DATA"))
    #expect(help.components(separatedBy: "--data DIR").count == 3)  // the synopsis and one option
    // Other commands keep the shared help.
    #expect(runJol(["log", "stats", "--help", "--lang", "en"]).stdout.contains("$JOL_DATA"))
  }
}
