import JolModel

/// `jol import learners|stages|grades|demand|institutions FILE`: one command per kind of file.
struct ImportCommand<Kind: ImportKind>: Command {
  let name: String
  let summary: LocalizedText
  var synopsis: String { "FILE [--dry-run] [--effective YYYY-MM-DD] [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "dry-run",
        help: CommandText.optionsCheckOnlyWriteNothing.text()),
      OptionSpec(
        "effective", value: "YYYY-MM-DD",
        help: CommandText.optionsTheDateOfRows.text()),
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
    summary: CommandText.groupIntakeFromSpreadsheetsCsv.text(),
    children: [
      .command(
        ImportCommand<InstitutionImport>(
          name: "institutions",
          summary: CommandText.groupTheRegionSSchools.text())),
      .command(
        ImportCommand<LearnerImport>(
          name: "learners",
          summary: CommandText.groupASchoolRosterLearners.text())),
      .command(
        ImportCommand<StageImport>(
          name: "stages",
          summary: CommandText.groupTransitionsAdmissionGraduationEmployment.text())),
      .command(
        ImportCommand<GradeImport>(
          name: "grades",
          summary: CommandText.groupTermResultsGpaAttendance.text())),
      .command(
        ImportCommand<DemandImport>(
          name: "demand",
          summary: CommandText.groupEmployersDemandForSpecialists.text())),
      .command(
        ImportCommand<ApplicationImport>(
          name: "applications",
          summary: CommandText.groupApplicationsToGrantsAnd.text())),
    ])
}
