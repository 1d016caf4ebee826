/// A grade on the 5-point scale of Kazakhstan (5 excellent, 4 good, 3 satisfactory,
/// 2 unsatisfactory) in one subject of a session.
public struct SubjectGrade: Hashable, Codable, Sendable {
  public var subject: String
  /// 2–5.
  public var grade: Int

  public init(subject: String, grade: Int) {
    self.subject = subject
    self.grade = grade
  }
}

/// `learner.term_result` (schema version 2): a term's results at school or college.
///
/// Version 1 wrote `attendance` as a fraction 0–1; version 2 writes a percentage 0–100, as
/// policies and reports state it. Version 1 events are upgraded on read
/// (`TermResult+Upgrade.swift`); the log is never rewritten.
public struct TermResult: Hashable, Codable, Sendable {
  /// The term, `YYYY-N` (`2026-1` is the first term of the 2026/27 year).
  public var term: String
  /// Where the results were given, when known.
  public var institution: InstitutionID?
  /// Grade point average 0–5.
  public var gpa: FixedDecimal
  /// Attendance in percent, 0–100.
  public var attendance: FixedDecimal
  /// The session's grades, one per subject, sorted by subject (UTF-8 byte order).
  public var grades: [SubjectGrade]

  public init(
    term: String, institution: InstitutionID? = nil, gpa: FixedDecimal, attendance: FixedDecimal,
    grades: [SubjectGrade]
  ) {
    self.term = term
    self.institution = institution
    self.gpa = gpa
    self.attendance = attendance
    self.grades = grades.sorted { $0.subject.utf8.lexicographicallyPrecedes($1.subject.utf8) }
  }

  /// A result whose grades are already sorted by subject (byte order), as the reader yields them.
  init(
    term: String, institution: InstitutionID?, gpa: FixedDecimal, attendance: FixedDecimal,
    sortedGrades: [SubjectGrade]
  ) {
    self.term = term
    self.institution = institution
    self.gpa = gpa
    self.attendance = attendance
    self.grades = sortedGrades
  }

  /// The lowest grade of the session; nil when there were no graded subjects.
  public var lowestGrade: Int? { grades.lazy.map(\.grade).min() }

  enum CodingKeys: String, CodingKey { case term, institution, gpa, attendance, grades }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let grades = try container.decode([String: Int].self, forKey: .grades)
    self.init(
      term: try container.decode(String.self, forKey: .term),
      institution: try container.decodeIfPresent(InstitutionID.self, forKey: .institution),
      gpa: try container.decode(FixedDecimal.self, forKey: .gpa),
      attendance: try container.decode(FixedDecimal.self, forKey: .attendance),
      grades: grades.map { SubjectGrade(subject: $0.key, grade: $0.value) })
  }

  /// Grades are written as an object, subject → grade.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(term, forKey: .term)
    try container.encodeIfPresent(institution, forKey: .institution)
    try container.encode(gpa, forKey: .gpa)
    try container.encode(attendance, forKey: .attendance)
    let grades = Dictionary(
      self.grades.map { ($0.subject, $0.grade) }, uniquingKeysWith: { a, _ in a })
    try container.encode(grades, forKey: .grades)
  }
}
