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
      OptionSpec("data", value: "DIR", help: DemoText.dataHelp.text()),
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
      intakeFiles: sample.files.map(\.name) + sample.diagnostics.map(\.name) + [
        Self.brokenRoster, Self.whatIf,
      ])
    let kept = try demo.prepare()
    // Whatever happens next, the marker lists what this run wrote, for the next one to remove.
    defer { try? demo.record(keeping: kept) }
    let intake = DemoDirectory.intake + "/"
    for file in sample.files {
      try demo.write(file.text, to: intake + file.name)
    }
    for file in sample.diagnostics {
      try demo.write(file.text, to: intake + file.name)
    }
    try demo.write(sample.brokenRoster, to: intake + Self.brokenRoster)
    try demo.write(Self.whatIfFacts, to: intake + Self.whatIf)

    let show = DemoRunner(context: context, demo: demo)
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
    let absolute = { (path: String) in path.hasPrefix("/") ? path : directory + "/" + path }
    let reportsPath = absolute(reports)
    do {
      try PosixFileSystem().makeDirectory(reportsPath)
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: Texts.cannotCreate(reportsPath))
    }
    let steps = DemoSteps(
      sample: sample, data: ["--data", dataDirectory, "--policies", context.policiesDirectory],
      lang: ["--lang", context.language.rawValue], reports: reports)
    steps.intake(show)
    steps.decisions(show)
    steps.diagnosticsAndMentors(show)
    steps.reportsAndErasure(show)

    if show.failures.isEmpty {
      var summaryContext = context
      summaryContext.dataDirectory = absolute(dataDirectory)
      let figures = try? DemoSummary(context: summaryContext, reports: reportsPath)
      show.say(
        context.text(Texts.done(data: absolute(dataDirectory), reports: reportsPath))
          + (figures.map { "\n" + $0.text(context.language) } ?? ""))
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
