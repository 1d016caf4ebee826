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

  /// `YYYY-N`: the school year's first calendar year (2000–2100) and the term 1–4, in ASCII
  /// digits. Tested byte by byte: every row of a grades file has one.
  static func isTerm(_ text: String) -> Bool {
    guard text.utf8.count == 6 else { return false }
    var year = 0
    for (position, byte) in text.utf8.enumerated() {
      switch position {
      case 0..<4:
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
        year = year * 10 + Int(byte - UInt8(ascii: "0"))
      case 4:
        guard byte == UInt8(ascii: "-") else { return false }
      default:
        guard (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(byte) else { return false }
      }
    }
    return (2000...2100).contains(year)
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
