import JolModel

/// `jol report …`: the akimat's reports, derived from the log as of a date.
enum ReportCommands {
  static let group = CommandGroup(
    name: "report", summary: ReportCommandText.group.text(),
    children: [
      .command(ReportPathwaysCommand()), .command(ReportPassportCommand()),
      .command(ReportMergeCommand()),
    ])
}
