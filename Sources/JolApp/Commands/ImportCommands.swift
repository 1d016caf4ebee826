import JolModel

/// `jol import learners|stages|grades|demand|institutions|applications|diagnostics FILE`: one
/// command per kind of file.
struct ImportCommand<Kind: ImportKind>: Command {
  let name: String
  let summary: LocalizedText
  var synopsis: String {
    Kind.synopsis + "FILE [--dry-run] [--\(Kind.dateOption) YYYY-MM-DD] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "dry-run",
        help: CommandText.dryRunOption.text()),
      OptionSpec(
        Kind.dateOption, value: "YYYY-MM-DD",
        help: CommandText.rowDateOption.text()),
      .format([.text, .json]),
    ] + Kind.options
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    try ImportRun<Kind>(kindName: name, arguments: arguments, context: context).run()
  }
}

/// `jol import …`: intake from the spreadsheets schools, colleges and enterprises send.
enum ImportCommands {
  static let group = CommandGroup(
    name: "import",
    summary: CommandText.importGroup.text(),
    children: [
      .command(
        ImportCommand<InstitutionImport>(
          name: "institutions",
          summary: CommandText.importInstitutions.text())),
      .command(
        ImportCommand<LearnerImport>(
          name: "learners",
          summary: CommandText.importLearners.text())),
      .command(
        ImportCommand<StageImport>(
          name: "stages",
          summary: CommandText.importStages.text())),
      .command(
        ImportCommand<GradeImport>(
          name: "grades",
          summary: CommandText.importGrades.text())),
      .command(
        ImportCommand<DemandImport>(
          name: "demand",
          summary: CommandText.importDemand.text())),
      .command(
        ImportCommand<ApplicationImport>(
          name: "applications",
          summary: CommandText.importApplications.text())),
      .command(
        ImportCommand<MentorImport>(
          name: "mentors",
          summary: CommandText.importMentors.text())),
      .command(
        ImportCommand<MentorPreferenceImport>(
          name: "mentor-preferences",
          summary: CommandText.importMentorPreferences.text())),
      .command(
        ImportCommand<DiagnosticImport>(
          name: "diagnostics",
          summary: DiagnosticsText.importDiagnostics.text())),
    ])
}
