import JolModel

/// `jol match …`: the pure matching engine on instance files, with no data directory.
enum MatchCommands {
  static let group = CommandGroup(
    name: "match",
    summary: MatchCommandText.matchGroup.text(),
    children: [.command(MatchSolveCommand())])
}
