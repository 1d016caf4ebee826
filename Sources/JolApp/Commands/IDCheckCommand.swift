import JolFormat
import JolModel

/// `jol id check VALUE…`: whether each value is a valid IIN or BIN, why not, and what it encodes.
/// Exit 0 when all are valid, 65 otherwise. An IIN's date and sex are shown as a hint (the
/// digits are not bound to the person's data since 2013); digits that name no calendar day are
/// a warning, not an error (``IIN/impossibleDateWarning``).
struct IDCheckCommand: Command {
  var name: String { "check" }
  var summary: LocalizedText {
    IDCheckText.idCheckSummary.text()
  }
  var synopsis: String { "VALUE… [--format text|json|csv]" }
  var options: [OptionSpec] { [.format([.text, .json, .csv])] }
  var positionalCount: ClosedRange<Int> { 1...Int.max }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let checks = arguments.positionals.map { ($0, IdentifierCheck.check($0)) }
    var table = DataTable(columns: Self.columns)
    for (value, check) in checks {
      table.rows.append(
        Self.row(
          value, check, forPeople: format == .text, today: context.console.today,
          context.language))
    }
    context.output(table.rendered(format, language: context.language))
    return checks.allSatisfy { $0.1.isValid } ? .ok : .dataError
  }

  private static let columns: [DataTable.Column] = [
    .init("value", IDCheckText.valueColumn.text()),
    .init("valid", IDCheckText.validColumn.text()),
    .init("kind", IDCheckText.kindColumn.text()),
    .init("reason", IDCheckText.reasonColumn.text()),
    .init("birth_date", IDCheckText.birthDateColumn.text()),
    .init("sex", IDCheckText.sexColumn.text()),
    .init("registered", IDCheckText.registeredColumn.text()),
    .init("entity", IDCheckText.entityColumn.text()),
    .init("warning", IDCheckText.warningColumn.text()),
  ]

  /// The row for one value; `forPeople` puts words in the language instead of keys; an IIN's
  /// date is weighed against `today`.
  private static func row(
    _ value: String, _ check: IdentifierCheck, forPeople: Bool, today: CivilDate,
    _ language: Language
  ) -> [JSONValue] {
    var birthDate = JSONValue.null
    var sex = JSONValue.null
    var registered = JSONValue.null
    var entity = JSONValue.null
    var warning = JSONValue.null
    switch check {
    case .validIIN(let iin):
      birthDate = .optional(iin.birthDateHint?.description)
      warning = .optional(
        iin.unusableDateWarning(today: today).map { iin.writtenDate + ": " + $0[language] })
      sex = .string(forPeople ? iin.sex.title[language] : iin.sex.rawValue)
    case .validBIN(let bin):
      let month =
        bin.registrationMonth < 10 ? "0\(bin.registrationMonth)" : "\(bin.registrationMonth)"
      registered = .string("\(bin.registrationYear)-\(month)")
      entity = .string(bin.entityKind.title[language] + ", " + bin.attribute.title[language])
    case .invalidIIN, .invalidBIN, .unrecognized: break
    }
    let kind = check.kind.map { forPeople ? kindTitle($0)[language] : $0.rawValue }
    return [
      .string(value), forPeople ? .string(check.isValid ? "✓" : "✗") : .bool(check.isValid),
      .optional(kind),
      .optional(check.reason?[language]), birthDate, sex, registered, entity, warning,
    ]
  }
}

extension IDCheckCommand {
  fileprivate static func kindTitle(_ kind: IdentifierKind) -> LocalizedText {
    switch kind {
    case .iin: IDCheckText.iin.text()
    case .bin: IDCheckText.bin.text()
    }
  }
}

/// `jol id …`: Kazakhstan's identifiers.
enum IDCommands {
  static let group = CommandGroup(
    name: "id",
    summary: IDCheckText.idGroup.text(),
    children: [.command(IDCheckCommand())])
}
