import JolModel

/// `jol import mentor-preferences`: each student's ranked choices for a mentoring programme —
/// mentor codes or enterprises' BINs (an enterprise stands for its mentors, in the programme's
/// order), best first, at most the programme's `list` many, in one cell separated by `>` or in
/// the columns `choice1` … `choice20`. An empty list is allowed: the programme may build one.
/// Rows are planned by ``MentorPreferencePlanner``.
struct MentorPreferenceImport: ImportKind {
  typealias C = ImportColumns.MentorPreferences

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }
  static var readsProgrammes: Bool { true }

  var planner = MentorPreferencePlanner()

  static func column(_ field: MentorPreferencePlanner.Field) -> CSVColumn {
    switch field {
    case .iin: ImportColumns.iin
    case .choices: C.choices
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> MentorPreferenceRow? {
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
    for (column, code) in named where !code.isEmpty {
      if choices.contains(code) {
        reader.fail(column, ImportMessages.repeatedChoice(code))
      }
      choices.append(code)
    }
    if let programme, choices.count > programme.listLimit {
      reader.fail(
        C.choices,
        ImportMessages.programmeListTooLong(choices.count, programme.listLimit, programme.id))
    }
    guard let iin, let programme, let date else { return nil }
    return MentorPreferenceRow(iin: iin, date: date, programme: programme.id, choices: choices)
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
