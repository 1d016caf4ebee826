import JolFormat
import JolModel

/// `jol mentors show [--enterprise BIN] [--run RUN-ID] [--names] [--format text|json]`: the
/// latest run's mentors (of one enterprise), each with seats, load and cutoff, then its ranked
/// applicants with their scores and the score's components. Mentors are shown by code; only
/// `--names` adds a column with each mentor's name from the vault (the code when the vault has
/// none), so personal data is printed only when asked for.
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
    let state = try store.currentState()
    guard
      let run = try arguments.value("run").map({ try MentorRunStore.load($0, store) })
        ?? MentorRunStore.latest(store, state: state)
    else { throw CommandError(MentorsText.noRuns.text(), exitCode: .noInput) }
    let result = try run.solve()
    let assigned = Dictionary(
      result.assignments.map { ($0.mentor, Set($0.students)) }, uniquingKeysWith: { a, _ in a })
    let enterprise = arguments.value("enterprise")
    // Read only when asked: without --names the vault is not opened.
    let contacts = arguments.flag("names") ? try store.loadVault().mentors : nil
    var table = DataTable(columns: [
      .init("mentor", MatchCommandText.mentorColumn.text())
    ])
    if contacts != nil { table.columns.append(.init("name", MentorsText.nameColumn.text())) }
    table.columns += [
      .init("enterprise", MatchCommandText.enterpriseColumn.text()),
      .init("capacity", MatchCommandText.capacityColumn.text()),
      .init("rank", MentorsText.rankColumn.text()),
      .init("student", MatchCommandText.studentColumn.text()),
      .init("score", MentorsText.scoreColumn.text()),
      .init("components", MentorsText.componentsColumn.text()),
      .init("assigned", MentorsText.assignedColumn.text()),
    ]
    for mentor in run.mentors where enterprise == nil || mentor.enterprise == enterprise {
      let load = assigned[mentor.id]?.count ?? 0
      let name: [JSONValue] =
        contacts.map { contacts in
          let full = contacts[MentorID(mentor.id)]?.fullName ?? ""
          return [.string(full.isEmpty ? mentor.id : full)]
        } ?? []
      table.rows.append(
        [.string(mentor.id)] + name + [
          .string(mentor.enterprise),
          .string(
            "\(LocalNumber.integer(load, language))/\(LocalNumber.integer(mentor.capacity, language))"
          ),
          .null, .null, .null, .null, .null,
        ])
      for (rank, applicant) in mentor.ranking.enumerated() {
        let components = applicant.components.map {
          "\($0.name) \(LocalNumber.decimal($0.value, language))"
        }.joined(separator: ", ")
        table.rows.append(
          [.string(mentor.id)] + name + [
            .string(mentor.enterprise), .null, .int(rank + 1),
            .string(applicant.student), .string(LocalNumber.decimal(applicant.score, language)),
            .string(components), .bool(assigned[mentor.id]?.contains(applicant.student) == true),
          ])
      }
    }
    context.output(table.rendered(format == .json ? .jsonl : .text, language: language))
    return .ok
  }
}
