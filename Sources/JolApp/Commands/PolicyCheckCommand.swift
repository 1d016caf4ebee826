import JolModel
import JolPolicy

/// `jol policy check [DIR|FILE…]`: checks every policy (names, types, units, dates, reason
/// texts, quotas, specialty and qualification codes against the TVET classifier of
/// `reference/`) and lists each problem as `file:line:column: error: message`. Exit 0 when
/// clean, 65 on any error. Without a `reference/` (a bare policy file elsewhere) the codes are
/// not checked; see ``PolicyFiles/classifier(for:_:)``.
struct PolicyCheckCommand: Command {
  var name: String { "check" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "ережелерді тексеру: атаулар, түрлер, күндер, мәтіндер",
      ru: "проверить политики: имена, типы, даты, тексты",
      en: "check policies: names, types, dates, texts")
  }
  var synopsis: String { "[DIR|FILE…] [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 0...Int.max }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let paths =
      arguments.positionals.isEmpty
      ? [context.policiesDirectory] : arguments.positionals.map(context.console.resolve)
    let files = try PolicyFiles.find(paths, suffix: "policy", context)
    guard !files.isEmpty else {
      throw CommandError(
        Self.noPolicies(paths.map { PolicyFiles.display($0, context) }), exitCode: .noInput)
    }
    let texts = try PolicyFiles.read(files, context)
    // One classifier for the run: the first path's (see PolicyFiles.classifier).
    let codes = try PolicyFiles.classifier(for: paths[0], context)
    let (set, diagnostics) = PolicySet.load(files: texts, codes: codes)
    var output = PolicyOutput(context)
    for diagnostic in diagnostics {
      switch format {
      case .json:
        output.line(
          JSONValue.object([
            ("file", .string(diagnostic.location.file)), ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)), ("severity", .string("error")),
            ("message", .string(diagnostic.message[context.language])),
          ]).compact)
      default:
        output.line(diagnostic.description(in: context.language))
      }
    }
    let summary = Self.summary(
      files: texts.count, valid: set.policies.count, errors: diagnostics.count)
    // JSON output stays one diagnostic per line; the summary goes to standard error.
    if format == .json {
      context.message(context.text(summary))
    } else {
      output.line(context.text(summary))
    }
    output.flush()
    return diagnostics.isEmpty ? .ok : .dataError
  }
}

extension PolicyCheckCommand {
  fileprivate static func summary(files: Int, valid: Int, errors: Int) -> LocalizedText {
    guard errors > 0 else {
      return LocalizedText(
        kk: "\(files) ереже тексерілді: қате жоқ",
        ru: "проверено политик: \(files); ошибок нет",
        en: "\(files) policies checked: no errors")
    }
    return LocalizedText(
      kk: "\(files) ереже тексерілді: \(errors) қате, \(files - valid) ереже қолданысқа жарамсыз",
      ru: "проверено политик: \(files); ошибок: \(errors), непригодных политик: \(files - valid)",
      en: "\(files) policies checked: \(errors) error(s), \(files - valid) policies unusable")
  }

  fileprivate static func noPolicies(_ paths: [String]) -> LocalizedText {
    let list = paths.joined(separator: ", ")
    return LocalizedText(
      kk: "\(list) ішінде .policy файлдары жоқ",
      ru: "в \(list) нет файлов .policy",
      en: "no .policy files in \(list)")
  }
}
