import JolModel

/// `jol import grades`: a term's results per learner — GPA, attendance and the session's
/// grades (`Математика:5; Физика:4`). A term already recorded with the same results is a
/// duplicate; with other results, the new row is appended as its correction.
struct GradeImport: ImportKind {
  typealias C = ImportColumns.Grades

  struct Record {
    var iin: IIN
    var date: CivilDate
    var result: TermResult
  }

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }

  /// The results recorded per learner and term (state keeps only the latest term, so they are
  /// read from the log), with this file's rows added as they are planned.
  private var recorded: [LearnerID: [String: TermResult]] = [:]
  /// Line on which each learner's term first appears in this file.
  private var firstLine: [String: Int] = [:]

  init(store: Store) throws {}

  static var observesLog: Bool { true }

  mutating func observe(_ envelope: EventEnvelope) {
    if case .termResult(let result) = envelope.event {
      recorded[LearnerID(envelope.stream.id), default: [:]][result.term] = result
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> Record? {
    let iin = reader.iin(ImportColumns.iin)
    let term = reader.required(C.term)
    if let term, !Self.isTerm(term) { reader.fail(C.term, ImportMessages.notATerm(term)) }
    let gpa = reader.decimal(C.gpa, in: FixedDecimal(0)...FixedDecimal(5))
    let attendance = reader.decimal(C.attendance, in: FixedDecimal(0)...FixedDecimal(100))
    let grades = Self.grades(&reader)
    let institution = reader.optional(C.institution).map(InstitutionID.init(rawValue:))
    let date = reader.date(ImportColumns.date, default: base.effective)
    guard let iin, let term, Self.isTerm(term), let gpa, let attendance, let grades, let date else {
      return nil
    }
    return Record(
      iin: iin, date: date,
      result: TermResult(
        term: term, institution: institution, gpa: gpa, attendance: attendance, grades: grades))
  }

  /// `YYYY-N`: the school year's first calendar year and the term 1–4.
  private static func isTerm(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let term = Int(parts[1])
    else { return false }
    return (2000...2100).contains(year) && (1...4).contains(term) && parts[1].count == 1
  }

  private static func grades(_ reader: inout RowReader) -> [SubjectGrade]? {
    guard let text = reader.optional(C.grades) else { return [] }
    var grades: [SubjectGrade] = []
    for item in ImportValues.list(text) {
      guard let (subject, value) = ImportValues.pair(item), let grade = Int(value),
        (2...5).contains(grade)
      else {
        reader.fail(C.grades, ImportMessages.badSubjectGrade(item))
        return nil
      }
      if grades.contains(where: { $0.subject == subject }) {
        reader.fail(C.grades, ImportMessages.repeatedSubject(subject))
        return nil
      }
      grades.append(SubjectGrade(subject: subject, grade: grade))
    }
    return grades
  }

  mutating func plan(
    _ record: Record, row: CSVRow, working: inout WorkingState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    var errors: [CSVError] = []
    let learner = ImportChecks.learner(record.iin, row: row, in: plan.vault, errors: &errors)
    if let institution = record.result.institution,
      working.state.institutions[institution]?.registration == nil
    {
      errors.append(
        row.error(
          in: C.institution, reason: ImportMessages.unknownInstitution(institution.rawValue, nil)))
    }
    let key = record.iin.value + "/" + record.result.term
    if let first = firstLine[key] {
      errors.append(
        row.error(in: C.term, reason: ImportMessages.repeatedTerm(record.result.term, first)))
    } else {
      firstLine[key] = row.line
    }
    guard let learner, errors.isEmpty else { return .failure(RowErrors(errors)) }
    if recorded[learner]?[record.result.term] == record.result { return .success([]) }
    recorded[learner, default: [:]][record.result.term] = record.result
    return .success([
      EventDraft(
        stream: .learner(learner), effective: record.date, event: .termResult(record.result))
    ])
  }
}
