import JolModel

/// Splits a command line into the command it selects and that command's arguments.
///
/// `jol <noun> <verb> [positionals] [--option value | --option=value | --flag] [-- positionals]`.
/// Options may stand anywhere after the command words. `--help` (or `-h`) at any level asks for
/// help on the deepest command or group reached.
struct CommandLineParser {
  let root: CommandGroup

  /// What a command line asks for.
  enum Request {
    case run(any Command, ParsedArguments, path: [String])
    case help(CommandNode, path: [String], ParsedArguments)
    case version(ParsedArguments)
  }

  func parse(_ arguments: [String]) throws -> Request {
    var node = CommandNode.group(root)
    var path = [root.name]
    var index = 0
    var wantsHelp = false
    var wantsVersion = false
    var globals = ParsedArguments()

    // Walk down the groups; global options may come before the command words.
    while case .group(let group) = node, index < arguments.count {
      let word = arguments[index]
      if word == "--help" || word == "-h" || word == "help" {
        wantsHelp = true
        index += 1
        continue
      }
      if word == "--version" {
        wantsVersion = true
        index += 1
        continue
      }
      if word.hasPrefix("--") {
        index = try parseOption(arguments, at: index, specs: OptionSpec.global, into: &globals)
        continue
      }
      guard let child = group.children.first(where: { $0.name == word }) else {
        throw CommandError.usage(Self.unknownCommand(word, in: group))
      }
      node = child
      path.append(word)
      index += 1
    }
    if wantsVersion && path.count == 1 { return .version(globals) }

    guard case .command(let command) = node else {
      return .help(node, path: path, globals)
    }
    var parsed = globals
    let specs = OptionSpec.global + command.options
    var onlyPositionals = false
    while index < arguments.count {
      let word = arguments[index]
      if !onlyPositionals && word == "--" {
        onlyPositionals = true
        index += 1
      } else if !onlyPositionals && (word == "--help" || word == "-h") {
        wantsHelp = true
        index += 1
      } else if !onlyPositionals && word.hasPrefix("--") {
        index = try parseOption(arguments, at: index, specs: specs, into: &parsed)
      } else {
        parsed.positionals.append(word)
        index += 1
      }
    }
    if wantsHelp { return .help(node, path: path, parsed) }
    let count = parsed.positionals.count
    if !command.positionalCount.contains(count) {
      throw CommandError.usage(
        Self.wrongArgumentCount(
          count, expected: command.positionalCount,
          usage: path.joined(separator: " ") + " "
            + command.synopsis))
    }
    return .run(command, parsed, path: path)
  }

  private func parseOption(
    _ arguments: [String], at index: Int, specs: [OptionSpec], into parsed: inout ParsedArguments
  ) throws -> Int {
    let word = arguments[index]
    var name = String(word.dropFirst(2))
    var inlineValue: String?
    if let equals = name.firstIndex(of: "=") {
      inlineValue = String(name[name.index(after: equals)...])
      name = String(name[..<equals])
    }
    guard let spec = specs.first(where: { $0.name == name }) else {
      throw CommandError.usage(Self.unknownOption(name, among: specs.map(\.name)))
    }
    if !spec.repeatable, parsed.options[name] != nil {
      throw CommandError.usage(Self.repeatedOption(name))
    }
    guard spec.valueName != nil else {
      if inlineValue != nil { throw CommandError.usage(Self.flagWithValue(name)) }
      parsed.options[name, default: []].append("")
      return index + 1
    }
    if let inlineValue {
      parsed.options[name, default: []].append(inlineValue)
      return index + 1
    }
    guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
      throw CommandError.usage(Self.missingValue(name, placeholder: spec.valueName ?? ""))
    }
    parsed.options[name, default: []].append(arguments[index + 1])
    return index + 2
  }
}

extension CommandLineParser {
  fileprivate static func unknownCommand(_ word: String, in group: CommandGroup) -> LocalizedText {
    let names = group.children.map(\.name)
    let hint = ClosestMatch.suggestion(for: word, among: names)
    let list = names.joined(separator: ", ")
    let near = hint.map { CLIText.didYouMeanWord.text(["near": $0]) } ?? .same("")
    return CLIText.unknownCommand.text(["word": word, "hint": near, "list": list])
  }

  fileprivate static func unknownOption(_ name: String, among names: [String]) -> LocalizedText {
    let hint = ClosestMatch.suggestion(for: name, among: names)
    let near = hint.map { CLIText.didYouMeanOption.text(["near": $0]) } ?? .same("")
    return CLIText.unknownOption.text(["name": name, "hint": near])
  }

  fileprivate static func repeatedOption(_ name: String) -> LocalizedText {
    CLIText.repeatedOption.text(["name": name])
  }

  fileprivate static func flagWithValue(_ name: String) -> LocalizedText {
    CLIText.flagWithValue.text(["name": name])
  }

  fileprivate static func missingValue(_ name: String, placeholder: String) -> LocalizedText {
    CLIText.missingValue.text(["name": name, "placeholder": placeholder])
  }

  fileprivate static func wrongArgumentCount(
    _ count: Int, expected: ClosedRange<Int>, usage: String
  ) -> LocalizedText {
    let range =
      expected.lowerBound == expected.upperBound
      ? "\(expected.lowerBound)"
      : expected.upperBound == Int.max
        ? "≥ \(expected.lowerBound)" : "\(expected.lowerBound)–\(expected.upperBound)"
    return CLIText.argumentCount.text([
      "count": String(count), "range": range, "usage": usage,
    ])
  }
}
