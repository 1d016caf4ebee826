/// Facts that code names by hand (checks particular to one fact, tests). They are handles on the
/// vocabulary's entries, not a second list: a name missing from ``FactVocabulary`` traps on first
/// use, which every test run reaches.
extension Fact {
  public static let stage = Fact(named: "stage")
  public static let grade = Fact(named: "grade")
  public static let institution = Fact(named: "institution")
  public static let specialty = Fact(named: "specialty")
  public static let qualification = Fact(named: "qualification")
  public static let qualificationLevel = Fact(named: "qualification_level")
  public static let form = Fact(named: "form")
  public static let funding = Fact(named: "funding")
  public static let course = Fact(named: "course")
  public static let gpa = Fact(named: "gpa")
  public static let attendance = Fact(named: "attendance")
  public static let lowestGrade = Fact(named: "lowest_grade")
  public static let categories = Fact(named: "categories")
  public static let region = Fact(named: "region")
  public static let district = Fact(named: "district")
  public static let age = Fact(named: "age")
  public static let birthDate = Fact(named: "birth_date")
  public static let diagnosticDirection = Fact(named: "diagnostic_direction")
  public static let mentorship = Fact(named: "mentorship")
  public static let awards = Fact(named: "awards")
  public static let appliedOn = Fact(named: "applied_on")
  public static let employer = Fact(named: "employer")
  public static let enterpriseAgreement = Fact(named: "enterprise_agreement")
  public static let workObligationYears = Fact(named: "work_obligation_years")

  private init(named name: String) {
    guard let fact = Fact(rawValue: name) else {
      preconditionFailure("fact '\(name)' is not in FactVocabulary.entries")
    }
    self = fact
  }
}
