import JolModel
import JolPolicy

/// `jol import mentor-preferences`: each student's ranked choices for a mentoring programme —
/// mentor codes or enterprises' BINs (an enterprise stands for its mentors, in the programme's
/// order), best first, at most the programme's `list` many, in one cell separated by `>` or in
/// the columns `choice1` … `choice20`. An empty list is allowed: the programme may build one.
/// Rows are planned by ``MentorPreferencePlanner``. A choice the programme's hard constraints
/// rule out for the student (``MentorConstraints``) is recorded as handed in — it is the
/// student's list — with a warning in the summary: the run will never assign it.
struct MentorPreferenceImport: ImportKind {
  typealias C = ImportColumns.MentorPreferences

  /// A row: the planner's row, the programme it names, and the column each choice came from.
  struct Record {
    var row: MentorPreferenceRow
    var programme: MentoringProgramme
    var columns: [CSVColumn]
  }

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }
  static var readsProgrammes: Bool { true }

  var planner = MentorPreferencePlanner()
  /// The registered mentors of each enterprise, gathered once per file (a preferences file
  /// registers no mentor).
  private var mentorsByEnterprise: [EnterpriseID: [MentorRegistered]]?

  static func column(_ field: MentorPreferencePlanner.Field) -> CSVColumn {
    switch field {
    case .iin: ImportColumns.iin
    case .choices: C.choices
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> Record? {
    let iin = reader.iin(ImportColumns.iin)
    let programmeID = reader.required(C.programme)
    let programmes = base.programmes ?? [:]
    let programme = programmeID.flatMap { programmes[$0] }
    if let programmeID, programme == nil {
      reader.fail(C.programme, ProgrammeDirectory.unknownProgramme(programmeID, in: programmes))
    }
    let date = reader.date(C.date, default: base.effective)
    let named: [(CSVColumn, String)] =
      (reader.optional(C.choices).map { text in
        text.split(separator: ">").map { (C.choices, $0.trimmingCharacters(in: .whitespaces)) }
      } ?? []) + C.numbered.compactMap { column in reader.optional(column).map { (column, $0) } }
    var choices: [String] = []
    var columns: [CSVColumn] = []
    for (column, code) in named where !code.isEmpty {
      if choices.contains(code) {
        reader.fail(column, ImportMessages.repeatedChoice(code))
      }
      choices.append(code)
      columns.append(column)
    }
    if let programme, choices.count > programme.listLimit {
      reader.fail(
        C.choices,
        ImportMessages.programmeListTooLong(choices.count, programme.listLimit, programme.id))
    }
    guard let iin, let programme, let date else { return nil }
    return Record(
      row: MentorPreferenceRow(iin: iin, date: date, programme: programme.id, choices: choices),
      programme: programme, columns: columns)
  }

  /// The planner's plan; a planned list's choices the programme rules out are warned about.
  mutating func plan(
    _ record: Record, row: CSVRow, working: inout IntakeState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    let planned = Self.located(
      planner.plan(record.row, line: row.line, in: working), row: row)
    if case .success = planned, let id = working.learner(record.row.iin),
      let learner = working.state.learner(id)
    {
      let byEnterprise =
        mentorsByEnterprise
        ?? Dictionary(grouping: working.state.mentors.values.compactMap(\.registration)) {
          $0.enterprise
        }
      mentorsByEnterprise = byEnterprise
      plan.warnings += Self.unacceptable(record, learner, working.state, byEnterprise).map {
        index, reason in row.error(in: record.columns[index], reason: reason)
      }
    }
    return planned
  }

  /// The choices (by index) no acceptable mentor stands for on the list's date, and why: a
  /// mentor that breaks one of the programme's hard constraints, or an enterprise none of whose
  /// mentors keeps them all.
  static func unacceptable(
    _ record: Record, _ learner: LearnerState, _ state: ClusterState,
    _ mentorsByEnterprise: [EnterpriseID: [MentorRegistered]]
  ) -> [(Int, LocalizedText)] {
    let constraints = MentorConstraints(state: state, programme: record.programme)
    let profile = constraints.profile(learner, asOf: record.row.date)
    var found: [(Int, LocalizedText)] = []
    for (index, code) in record.row.choices.enumerated() {
      var values: [String: any MessageValue] = ["choice": code, "programme": record.programme.id]
      if let registration = state.mentors[MentorID(code)]?.registration {
        let broken = constraints.violations(profile, registration)
        guard !broken.isEmpty else { continue }
        values["constraints"] = LocalizedText.each { language in
          broken.map { Self.constraintName($0)[language] }.joined(separator: ", ")
        }
        found.append((index, MentorsText.choiceUnacceptable.text(values)))
      } else {
        let own = mentorsByEnterprise[EnterpriseID(code)] ?? []
        if !own.isEmpty && own.allSatisfy({ !constraints.violations(profile, $0).isEmpty }) {
          found.append((index, MentorsText.enterpriseUnacceptable.text(values)))
        }
      }
    }
    return found
  }

  private static func constraintName(_ constraint: MentoringProgramme.Constraint) -> LocalizedText {
    switch constraint {
    case .specialty: MentorsText.constraintSpecialty.text()
    case .language: MentorsText.constraintLanguage.text()
    case .district: MentorsText.constraintDistrict.text()
    case .shift: MentorsText.constraintShift.text()
    }
  }
}

extension ImportColumns {
  /// The columns of `jol import mentor-preferences`.
  enum MentorPreferences {
    static let programme = CSVColumn(
      "programme", aliases: ["program", "Бағдарлама", "Программа", "programme_id"])
    static let date = CSVColumn(
      "date", aliases: ["applied_on", "Өтініш күні", "Дата заявки"] + ImportColumns.date.aliases,
      required: false)
    static let choices = CSVColumn(
      "choices", aliases: ["Таңдау", "Таңдаулар", "Выбор", "Приоритеты", "preferences"],
      required: false)
    static let numbered = (1...20).map { CSVColumn("choice\($0)", required: false) }

    static let all = [ImportColumns.iin, programme, date, choices] + numbered
  }
}
