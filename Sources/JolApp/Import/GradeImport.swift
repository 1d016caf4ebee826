import JolModel

/// `jol import grades`: a term's results per learner — GPA, attendance and the session's
/// grades (`Математика:5; Физика:4`), planned by ``GradePlanner``.
struct GradeImport: ImportKind {
  typealias C = ImportColumns.Grades

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }

  var planner = GradePlanner()

  static func column(_ field: GradePlanner.Field) -> CSVColumn {
    switch field {
    case .iin: ImportColumns.iin
    case .institution: C.institution
    case .term: C.term
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> GradeRow? {
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
    return GradeRow(
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

}
