import JolModel

/// `jol diagnose …`: early career diagnostics — check the instruments, score answer
/// sheets, re-score stored results, recommend, report on a class or a pupil.
enum DiagnoseCommands {
  static let group = CommandGroup(
    name: "diagnose",
    summary: DiagnoseText.diagnoseGroup.text(),
    children: [
      .command(DiagnoseCheckCommand()), .command(DiagnoseScoreCommand()),
      .command(DiagnoseRescoreCommand()), .command(DiagnoseRecommendCommand()),
      .command(DiagnoseReportCommand()),
    ])
}
