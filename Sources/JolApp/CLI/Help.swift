import JolModel

/// `--help` text for a group or a command, in the context's language.
enum Help {
  static func render(_ node: CommandNode, path: [String], language: Language) -> String {
    let title = path.joined(separator: " ")
    var lines = [title + " — " + node.summary[language], ""]
    switch node {
    case .group(let group):
      lines.append(usageWord(language) + ": \(title) <" + commandWord(language) + "> [--help]")
      lines.append("")
      lines.append(commandsWord(language) + ":")
      let width = group.children.map(\.name.count).max() ?? 0
      for child in group.children {
        lines.append("  " + pad(child.name, width) + "  " + child.summary[language])
      }
    case .command(let command):
      lines.append(usageWord(language) + ": \(title) \(command.synopsis)")
      lines.append("")
      lines.append(optionsWord(language) + ":")
      // A command that says what a shared option means for it (the demo's `--data`) is heard.
      let own = Set(command.options.map(\.name))
      let options = command.options + OptionSpec.global.filter { !own.contains($0.name) }
      let labels = options.map { "--" + $0.name + ($0.valueName.map { " " + $0 } ?? "") }
      let width = labels.map(\.count).max() ?? 0
      for (label, option) in zip(labels, options) {
        lines.append("  " + pad(label, width) + "  " + option.help[language])
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  private static func usageWord(_ language: Language) -> String {
    CLIText.usage.text(in: language)
  }
  private static func commandWord(_ language: Language) -> String {
    CLIText.command.text(in: language)
  }
  private static func commandsWord(_ language: Language) -> String {
    CLIText.commands.text(in: language)
  }
  private static func optionsWord(_ language: Language) -> String {
    CLIText.options.text(in: language)
  }
}
