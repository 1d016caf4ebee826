/// Schema version 1 of `learner.term_result`, as written before 2026-09: `attendance` was a
/// fraction 0–1 (`"0.925"`), which policies kept misreading as "0.9 %". Version 2 writes a
/// percentage. Old events stay in the log as they were; they are upgraded each time they are
/// read.
struct TermResultV1: OlderEventData {
  var term: String
  var institution: InstitutionID?
  var gpa: FixedDecimal
  /// Fraction 0–1.
  var attendance: FixedDecimal
  var grades: [String: Int]

  /// The version 2 event: attendance × 100.
  var upgraded: TermResult {
    TermResult(
      term: term, institution: institution, gpa: gpa,
      attendance: TermResult.upgradeAttendance(attendance),
      grades: grades.map { SubjectGrade(subject: $0.key, grade: $0.value) })
  }
}

extension TermResult {
  /// Attendance of a version 1 event (fraction 0–1) as a version 2 percentage (exact).
  static func upgradeAttendance(_ fraction: FixedDecimal) -> FixedDecimal {
    FixedDecimal(units: fraction.units * 100)
  }

  /// Range of `attendance` accepted in each schema version.
  static func attendanceRange(schemaVersion: Int) -> ClosedRange<FixedDecimal> {
    schemaVersion == 1 ? FixedDecimal(0)...FixedDecimal(1) : FixedDecimal(0)...FixedDecimal(100)
  }
}
