import JolModel

/// `jol policy …`: check, test, evaluate, compare and show the policies in `Policies/`.
enum PolicyCommands {
  static let group = CommandGroup(
    name: "policy",
    summary: PolicyCommandText.policyGroup.text(),
    children: [
      .command(PolicyCheckCommand()), .command(PolicyTestCommand()), .command(PolicyEvalCommand()),
      .command(PolicyDiffCommand()), .command(PolicyShowCommand()),
    ])
}
