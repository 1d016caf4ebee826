import Foundation
import JolLog
import JolModel

/// `jol demo`: Jol end to end on the built-in sample region. Generates the region's spreadsheets,
/// imports them through the real intake into a fresh data directory, and runs what the cluster's
/// people do: look up a learner's path, check and test the policies, decide eligibility, run a
/// scholarship round and replay it, erase a person on request — each step a real `jol` command,
/// shown with its output.
struct DemoCommand: Command {
  var name: String { "demo" }
  var summary: LocalizedText {
    CommandText.demoSummary.text()
  }
  var synopsis: String { "[--dir DIR] [--learners N] [--data DIR] [--out DIR] [--lang kk|ru|en]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "dir", value: "DIR",
        help: CommandText.demoDirectory.text()),
      OptionSpec(
        "learners", value: "N",
        help: CommandText.demoLearners.text()),
      OptionSpec("out", value: "DIR", help: DemoText.outHelp.text()),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  /// The roster with mistakes, in the intake.
  static let brokenRoster = "roster-with-mistakes.csv"
  /// The what-if facts for `jol policy eval`, in the intake.
  static let whatIf = "what-if.jsonl"

  /// `--learners N`: 20 to 1 000 000, 2000 when not given.
  static func learnerCount(_ arguments: ParsedArguments) throws -> Int {
    guard let text = arguments.value("learners") else { return 2000 }
    guard let value = Int(text), (20...1_000_000).contains(value) else {
      throw CommandError.usage(Texts.badCount(text))
    }
    return value
  }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let directory = context.console.resolve(arguments.value("dir") ?? "jol-demo")
    let count = try Self.learnerCount(arguments)
    let sample = SampleRegion.generate(learners: count)
    let demo = DemoDirectory(
      path: directory,
      intakeFiles: sample.files.map(\.name) + [Self.brokenRoster, Self.whatIf])
    let kept = try demo.prepare()
    // Whatever happens next, the marker lists what this run wrote, for the next one to remove.
    defer { try? demo.record(keeping: kept) }
    let intake = DemoDirectory.intake + "/"
    for file in sample.files {
      try demo.write(file.text, to: intake + file.name)
    }
    try demo.write(sample.brokenRoster, to: intake + Self.brokenRoster)
    try demo.write(Self.whatIfFacts, to: intake + Self.whatIf)

    let show = DemoRunner(context: context, directory: directory)
    show.say(context.text(Texts.title(Jol.version)))
    show.say(context.text(Texts.introduction(sample, directory: directory)))
    // `--data` names the data directory to fill and keep (empty or new); by default the
    // demo's own, which its next run replaces.
    var dataDirectory = DemoDirectory.data
    if let given = arguments.value("data") {
      dataDirectory = context.console.resolve(given)
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory)) ?? []
      guard entries.isEmpty else {
        throw CommandError(
          DemoText.dataNotEmpty.text(["directory": dataDirectory]), exitCode: .cannotCreate)
      }
    }
    let reports = arguments.value("out").map { context.console.resolve($0) } ?? "reports"
    let data = ["--data", dataDirectory, "--policies", context.policiesDirectory]
    let lang = ["--lang", context.language.rawValue]

    show.step(Texts.initStep, ["init"] + data + lang)
    for file in sample.files {
      show.step(
        Texts.importStep(file.kind), ["import", file.kind, "intake/" + file.name] + data + lang)
    }
    show.step(
      Texts.mistakesStep, ["import", "learners", "intake/" + Self.brokenRoster] + data + lang,
      expect: .dataError)
    show.step(Texts.againStep, ["import", "learners", "intake/roster.csv"] + data + lang)
    show.step(Texts.statsStep, ["log", "stats"] + data + lang)
    show.step(Texts.verifyStep, ["log", "verify"] + data + lang)
    show.step(Texts.idStep, ["id", "check", sample.featured.iin, "940140000385"] + lang)
    show.step(
      Texts.learnerStep(sample.featured.name),
      ["learner", "show", sample.featured.iin] + data + lang)
    show.step(Texts.policyCheckStep, ["policy", "check"] + data + lang)
    show.step(Texts.policyTestStep, ["policy", "test"] + data + lang, tail: 3)
    show.step(
      Texts.whatIfStep,
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", "intake/" + Self.whatIf,
        "--as-of", "2026-10-01", "--explain",
      ] + data + lang)
    show.step(
      Texts.eligibilityStep,
      ["eligibility", "check", sample.featured.iin, "--as-of", "2026-10-01", "--explain"] + data
        + lang)
    show.step(
      Texts.roundStep,
      ["round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-01"] + data
        + lang, tail: 12)
    show.step(
      Texts.replayStep, ["round", "replay", "akim-named-scholarship-2026-10-01"] + data + lang,
      tail: 3)
    show.step(
      Texts.forgetStep,
      ["forget", sample.featured.iin, "--reason", "өтініш / заявление №17"] + data
        + lang)
    show.step(
      Texts.afterForgetStep, ["learner", "show", sample.featured.iin] + data + lang,
      expect: .noInput)
    show.step(Texts.verifyStep, ["log", "verify"] + data + lang)
    let absolute = { (path: String) in path.hasPrefix("/") ? path : directory + "/" + path }
    let reportsPath = absolute(reports)
    do {
      try PosixFileSystem().makeDirectory(reportsPath)
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: Texts.cannotCreate(reportsPath))
    }
    show.step(
      DemoText.reportStep.text(),
      [
        "report", "pathways", "--as-of", "2026-10-01", "--format", "html", "--out",
        reports + "/pathways.html",
      ] + data + lang)

    if show.failures.isEmpty {
      show.say(
        context.text(Texts.done(data: absolute(dataDirectory), reports: absolute(reports))))
      return .ok
    }
    show.say(context.text(Texts.failed(show.failures)))
    return .failure
  }

  /// Two what-if learners for `jol policy eval`: an excellent state-funded specialist and a
  /// paid student.
  static let whatIfFacts = """
    {"id": "what-if-1", "stage": "college", "funding": "state_order", "form": "full_time", "qualification_level": "specialist", "gpa": 5, "lowest_grade": 5, "attendance": 98}
    {"id": "what-if-2", "stage": "college", "funding": "paid", "form": "full_time", "qualification_level": "worker", "gpa": 4.2, "lowest_grade": 4, "attendance": 91}

    """
}
