import Foundation
import JolLog
import JolModel

/// The `jol` command line: the command tree and the entry point the executable calls.
public enum Jol {
  /// Version of this build of Jol.
  public static let version = "0.1.0"

  /// Every command, by noun and verb.
  static let commands = CommandGroup(
    name: "jol",
    summary: CLIText.jolSummary.text(),
    children: [
      // In the order of the work: try it, set up, take in data, look, decide, maintain.
      .command(DemoCommand()),
      .command(InitCommand()),
      .group(GenerateCommands.group),
      .group(ImportCommands.group),
      .group(LearnerCommands.group),
      .group(IDCommands.group),
      .group(ReferenceCommands.group),
      .group(PolicyCommands.group),
      .group(DiagnoseCommands.group),
      .group(EligibilityCommands.group),
      .group(RoundCommands.group),
      .group(MatchCommands.group),
      .group(MentorsCommands.group),
      .group(ReportCommands.group),
      .group(LogCommands.group),
      .command(ForgetCommand()),
    ])

  /// Runs the command line with `arguments` (without the program name) and returns the exit code.
  public static func run(_ arguments: [String], console: Console) -> Int32 {
    // Nothing on standard error shows a whole IIN, whatever a user typed into whatever field.
    var console = console
    let writeError = console.writeError
    console.writeError = { writeError(IIN.maskingAll(in: $0)) }
    let environment = console.environment
    // A usage error can come before `--lang` is parsed; look for it first so it speaks the
    // language asked for.
    let fallbackLanguage = requestedLanguage(arguments) ?? defaultLanguage(environment)
    do {
      let request = try CommandLineParser(root: commands).parse(arguments)
      switch request {
      case .version:
        console.writeOut("jol \(version)\n")
        return ExitCode.ok.rawValue
      case .help(let node, let path, let parsed):
        let context = try makeContext(parsed, console: console, fallback: fallbackLanguage)
        context.output(Help.render(node, path: path, language: context.language))
        return ExitCode.ok.rawValue
      case .run(let command, let parsed, let path):
        let context = try makeContext(parsed, console: console, fallback: fallbackLanguage)
        do {
          return try command.run(parsed, context).rawValue
        } catch let error as CommandError {
          report(error, path: path, language: context.language, console: console)
          return error.exitCode.rawValue
        }
      }
    } catch let error as CommandError {
      report(error, path: ["jol"], language: fallbackLanguage, console: console)
      return error.exitCode.rawValue
    } catch let error as FileSystemError {
      // A failed system call no command put into words: still 73 or 74 by the one rule.
      console.writeError("jol: \(error)\n")
      return ExitCode.forFailedCall(error.operation, errno: error.code).rawValue
    } catch {
      console.writeError("jol: \(error)\n")
      return ExitCode.ioError.rawValue
    }
  }

  /// Runs with the process's real streams, environment and clock.
  public static func run(_ arguments: [String]) -> Int32 {
    Allocator.configureForBulkWork()
    var console = Console(
      writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
      writeError: { FileHandle.standardError.write(Data($0.utf8)) },
      environment: ProcessInfo.processInfo.environment,
      now: { Int64(Date().timeIntervalSince1970) },
      workingDirectory: FileManager.default.currentDirectoryPath,
      writeOutBytes: { FileHandle.standardOutput.write(Data($0)) })
    console.keepUntilExit = { Leftovers.process.keep($0) }
    return run(arguments, console: console)
  }

  private static func report(
    _ error: CommandError, path: [String], language: Language, console: Console
  ) {
    var text = path.joined(separator: " ") + ": " + error.message[language] + "\n"
    if error.exitCode == .usage {
      text +=
        CLIText.helpHint.text(["path": "\(path.joined(separator: " "))"], in: language) + "\n"
    }
    console.writeError(text)
  }

  /// The valid language of a `--lang X` or `--lang=X` anywhere on the command line.
  static func requestedLanguage(_ arguments: [String]) -> Language? {
    for (index, word) in arguments.enumerated() {
      if word == "--lang", index + 1 < arguments.count {
        return Language(rawValue: arguments[index + 1])
      }
      if word.hasPrefix("--lang=") { return Language(rawValue: String(word.dropFirst(7))) }
    }
    return nil
  }

  /// `JOL_LANG`, else the language of `LC_ALL`/`LANG` (`ru_KZ.UTF-8` → ru), else Kazakh.
  static func defaultLanguage(_ environment: [String: String]) -> Language {
    for key in ["JOL_LANG", "LC_ALL", "LANG"] {
      if let value = environment[key], let language = Language(rawValue: String(value.prefix(2))) {
        return language
      }
    }
    return .kk
  }

  private static func makeContext(
    _ parsed: ParsedArguments, console: Console, fallback: Language
  ) throws -> Context {
    var language = fallback
    if let text = parsed.value("lang") {
      guard let chosen = Language(rawValue: text) else {
        throw CommandError.usage(ParsedArguments.unknownChoice("--lang", text, ["kk", "ru", "en"]))
      }
      language = chosen
    }
    let data = parsed.value("data") ?? console.environment["JOL_DATA"] ?? "jol-data"
    // Policies: given, else $JOL_POLICIES, else ./Policies, else the built-in copy.
    let policies =
      parsed.value("policies") ?? console.environment["JOL_POLICIES"]
      ?? (FileManager.default.fileExists(atPath: console.resolve("Policies"))
        ? "Policies" : ReferenceData.builtInRoot)
    // An empty path would read as "here": a mistyped variable must not pass for a directory.
    for (name, value) in [("--data / JOL_DATA", data), ("--policies", policies)]
    where value.allSatisfy(\.isWhitespace) {
      throw CommandError.usage(
        CLIText.emptyPath.text(["name": name]))
    }
    return Context(
      console: console, language: language, dataDirectory: console.resolve(data),
      policiesDirectory: isBuiltIn(policies) ? policies : console.resolve(policies))
  }
}
