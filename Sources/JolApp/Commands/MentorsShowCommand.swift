import JolFormat
import JolModel
import JolPolicy

/// `jol mentors show [--enterprise BIN] [--run RUN-ID] [--names] [--format text|json]`: the
/// latest run's mentors (of one registered enterprise: another BIN is an error, exit 65), each
/// with its seats for the run and the students it took, then its ranked applicants with their
/// scores and the score's components. Mentors are shown by code; only `--names` adds a column
/// with each mentor's name from the vault (the code when the vault has none), so personal data
/// is printed only when asked for.
struct MentorsShowCommand: Command {
  var name: String { "show" }
  var summary: LocalizedText { MentorsText.showSummary.text() }
  var synopsis: String { "[--enterprise BIN] [--run RUN-ID] [--names] [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec("enterprise", value: "BIN", help: MentorsText.enterpriseOption.text()),
      OptionSpec("run", value: "RUN-ID", help: MentorsText.runOption.text()),
      OptionSpec("names", help: MentorsText.namesOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let language = context.language
    let store = try Store.openForReading(context)
    guard
      let run = try arguments.value("run").map({ try MentorRunStore.load($0, store) })
        ?? MentorRunStore.latest(store)
    else { throw CommandError(MentorsText.noRuns.text(), exitCode: .noInput) }
    let result = try run.solve()
    let assigned = Dictionary(
      result.assignments.map { ($0.mentor, Set($0.students)) }, uniquingKeysWith: { a, _ in a })
    let enterprise = arguments.value("enterprise")
    // The enterprises only: no learner is read.
    if let enterprise,
      try store.organisations().enterprises[EnterpriseID(enterprise)]?.registration == nil
    {
      throw CommandError(
        MentorsText.unknownEnterprise.text(["bin": enterprise]), exitCode: .dataError)
    }
    // Read only when asked: without --names the vault is not opened, and its people never.
    let contacts = arguments.flag("names") ? try store.mentorContacts() : nil
    var table = DataTable(columns: [
      .init("mentor", MatchCommandText.mentorColumn.text())
    ])
    if contacts != nil { table.columns.append(.init("name", MentorsText.nameColumn.text())) }
    table.columns += [
      .init("enterprise", MatchCommandText.enterpriseColumn.text()),
      .init("capacity", MatchCommandText.capacityColumn.text()),
      .init("load", MentorsText.loadColumn.text()),
      .init("rank", MentorsText.rankColumn.text()),
      .init("student", MatchCommandText.studentColumn.text()),
      .init("score", MentorsText.scoreColumn.text()),
      .init("components", MentorsText.componentsColumn.text()),
      .init("assigned", MentorsText.assignedColumn.text()),
    ]
    let cells = Cells(json: format == .json, language: language)
    for mentor in run.mentors where enterprise == nil || mentor.enterprise == enterprise {
      let name: [JSONValue] =
        contacts.map { contacts in
          let full = contacts[MentorID(mentor.id)]?.fullName ?? ""
          return [.string(full.isEmpty ? mentor.id : full)]
        } ?? []
      table.rows.append(
        [.string(mentor.id)] + name + [
          .string(mentor.enterprise), cells.integer(mentor.capacity),
          cells.integer(assigned[mentor.id]?.count ?? 0), .null, .null, .null, .null, .null,
        ])
      for (rank, applicant) in mentor.ranking.enumerated() {
        table.rows.append(
          [.string(mentor.id)] + name + [
            .string(mentor.enterprise), .null, .null, cells.integer(rank + 1),
            .string(applicant.student), cells.decimal(applicant.score),
            cells.components(applicant.components),
            cells.flag(assigned[mentor.id]?.contains(applicant.student) == true),
          ])
      }
    }
    context.output(table.rendered(format == .json ? .jsonl : .text, language: language))
    return .ok
  }

  /// A table's cells as each format wants them: JSON keeps numbers as numbers (decimals exact,
  /// with a dot), components as `[{"name", "value"}]` and flags as booleans; text writes them
  /// in the reader's language.
  struct Cells {
    let json: Bool
    let language: Language

    func integer(_ value: Int) -> JSONValue {
      json ? .int(value) : .string(LocalNumber.integer(value, language))
    }

    func decimal(_ value: FixedDecimal) -> JSONValue {
      .string(json ? value.description : LocalNumber.decimal(value, language))
    }

    func components(_ components: [MentorRun.Component]) -> JSONValue {
      guard json else {
        return .string(
          components.map { "\($0.name) \(LocalNumber.decimal($0.value, language))" }
            .joined(separator: ", "))
      }
      return .array(
        components.map {
          .object([("name", .string($0.name)), ("value", .string($0.value.description))])
        })
    }

    func flag(_ value: Bool) -> JSONValue {
      json ? .bool(value) : .string(Value.bool(value).formatted(language))
    }
  }
}
