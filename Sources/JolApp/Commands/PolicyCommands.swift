import JolModel

/// `jol policy …`: check, test, evaluate, compare and show the policies in `Policies/`.
enum PolicyCommands {
  static let group = CommandGroup(
    name: "policy",
    summary: LocalizedText(
      kk: "ережелер: тексеру, сынау, есептеу, салыстыру",
      ru: "политики: проверка, тесты, расчёт, сравнение",
      en: "policies: check, test, evaluate, compare"),
    children: [
      .command(PolicyCheckCommand()), .command(PolicyTestCommand()), .command(PolicyEvalCommand()),
      .command(PolicyDiffCommand()), .command(PolicyShowCommand()),
    ])
}
