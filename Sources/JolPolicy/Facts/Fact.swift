import JolModel

/// The type of a fact: what values it takes and what a policy may compare it with.
public enum FactType: String, Sendable, Hashable {
  /// One of a closed set of words (`stage`: school, college, …).
  case enumeration
  /// A classifier or register code, kept as text (`06130100`, `3W07130101`).
  case code
  /// A whole number (`lowest_grade` 2–5, `age`).
  case integer
  /// A decimal number (`gpa` 3.45).
  case decimal
  /// A percent (`attendance` 92.5%); written with `%` in policies.
  case percent
  /// A calendar date `YYYY-MM-DD`.
  case date
  /// yes / no.
  case bool
  /// A set of words (`categories`, `awards`).
  case set
}

/// A fact a policy can name: the shared vocabulary of policies, `jol policy eval` fact files,
/// test files and reports. The raw value is the name written in all of them.
public enum Fact: String, CaseIterable, Sendable, Hashable, Codable {
  case stage
  case grade
  case institution
  case specialty
  case qualification
  case qualificationLevel = "qualification_level"
  case form
  case funding
  case course
  case gpa
  case attendance
  case lowestGrade = "lowest_grade"
  case categories
  case region
  case district
  case age
  case birthDate = "birth_date"
  case diagnosticDirection = "diagnostic_direction"
  case mentorship
  case awards
  case appliedOn = "applied_on"
  case employer
  case enterpriseAgreement = "enterprise_agreement"
  case workObligationYears = "work_obligation_years"

  /// The fact's type.
  public var type: FactType {
    switch self {
    case .stage, .form, .funding, .qualificationLevel: .enumeration
    case .institution, .specialty, .qualification, .region, .district, .diagnosticDirection,
      .employer:
      .code
    case .grade, .course, .lowestGrade, .age, .workObligationYears: .integer
    case .gpa: .decimal
    case .attendance: .percent
    case .birthDate, .appliedOn: .date
    case .mentorship, .enterpriseAgreement: .bool
    case .categories, .awards: .set
    }
  }

  /// The words an enumeration fact takes, in their canonical order.
  public var enumerationValues: [String] {
    switch self {
    case .stage: Stage.allCases.map(\.rawValue)
    case .form: StudyForm.allCases.map(\.rawValue)
    case .funding: Funding.allCases.map(\.rawValue)
    case .qualificationLevel: QualificationLevel.allCases.map(\.rawValue)
    default: []
    }
  }

  /// Allowed range for numbers, checked when facts are read (nil: no bound).
  var range: ClosedRange<Int64>? {
    switch self {
    case .grade: 0...12
    case .course: 1...6
    case .lowestGrade: 2...5
    case .age: 0...120
    case .workObligationYears: 0...20
    default: nil
    }
  }

  /// The known fact names, for suggestions.
  public static let names = Fact.allCases.map(\.rawValue)
}
