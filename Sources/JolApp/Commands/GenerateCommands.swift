import JolFormat
import JolModel

/// `jol generate …`: synthetic data made by the shared generator, for trying Jol at any size.
enum GenerateCommands {
  static let group = CommandGroup(
    name: "generate", summary: GenerateText.group.text(),
    children: [.command(GenerateRegionCommand())])
}

/// `jol generate region --out DIR [--learners N] [--seed S]`: the sample region (``SampleRegion``:
/// schools, colleges, enterprises, learners with unique IINs, their paths, grades, applications,
/// employers' demand, mentors and students' mentor lists, then the pupils' diagnostic answer
/// sheets) written as the spreadsheets the imports accept, in `DIR/intake/` in import order, with
/// the policies it is decided by in `DIR/Policies/` and a `README.txt` saying it is fictional. The same seed and size
/// write the same bytes. The directory follows `jol demo`'s rule: a later run replaces only what
/// an earlier one wrote (``DemoDirectory``).
struct GenerateRegionCommand: Command {
  var name: String { "region" }
  var summary: LocalizedText { GenerateText.regionSummary.text() }
  var synopsis: String { "--out DIR [--learners N] [--seed S] [--format text|json|csv]" }
  var options: [OptionSpec] {
    [
      OptionSpec("out", value: "DIR", help: GenerateText.outHelp.text()),
      OptionSpec("learners", value: "N", help: CommandText.demoLearners.text()),
      OptionSpec("seed", value: "S", help: GenerateText.seedHelp.text()),
      .format([.text, .json, .csv]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  /// The policies directory inside the output directory.
  static let policies = "Policies"
  /// The import kind of the diagnostics files (`jol import diagnostics --instrument ID FILE`).
  static let diagnostics = "diagnostics"

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    guard let out = arguments.value("out") else {
      throw CommandError.usage(GenerateText.needsOut.text())
    }
    let count = try DemoCommand.learnerCount(arguments)
    var seed: UInt64 = 2026
    if let text = arguments.value("seed") {
      guard let value = UInt64(text) else {
        throw CommandError.usage(GenerateText.badSeed.text(["text": text]))
      }
      seed = value
    }
    context.message(context.text(GenerateText.generating.text(["count": String(count)])))
    let sample = SampleRegion.generate(learners: count, seed: seed)
    let files =
      sample.files.map { (kind: $0.kind, instrument: "", name: $0.name, text: $0.text) }
      + sample.diagnostics.map {
        (kind: Self.diagnostics, instrument: $0.instrument, name: $0.name, text: $0.text)
      }
    let directory = DemoDirectory(
      path: context.console.resolve(out), intakeFiles: files.map(\.name))
    let kept = try directory.prepare()
    defer { try? directory.record(keeping: kept) }
    var written: [(path: String, kind: String, instrument: String, rows: Int)] = []
    for file in files {
      let path = DemoDirectory.intake + "/" + file.name
      try directory.write(file.text, to: path)
      written.append((path, file.kind, file.instrument, file.text.utf8.count { $0 == 0x0A } - 1))
    }
    for file in BuiltInPolicies.files {
      try directory.write(file.text, to: Self.policies + "/" + file.path)
    }
    try directory.write(
      [Language.kk, .ru, .en].map { GenerateText.fictional.text()[$0] }.joined(separator: "\n\n")
        + "\n", to: "README.txt")
    let table = DataTable(
      columns: [
        .init("file", GenerateText.fileColumn.text()),
        .init("import", GenerateText.importColumn.text()),
        .init("instrument", GenerateText.instrumentColumn.text()),
        .init("rows", GenerateText.rowsColumn.text()),
      ],
      rows: written.map {
        [.string($0.path), .string($0.kind), .string($0.instrument), .number(String($0.rows))]
      })
    context.output(table.rendered(format, language: context.language))
    context.message(
      context.text(
        GenerateText.wrote.text(["directory": directory.path, "files": String(written.count)])))
    return .ok
  }
}
