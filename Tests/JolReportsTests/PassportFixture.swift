import JolModel

@testable import JolReports

/// Passports for the tests: the shipped sample, a small valid one to break on purpose, and the
/// reference data they are checked against (the built-in copy of `Policies/reference/`).
enum PassportFixture {
  static let classifier: SpecialtyClassifier = {
    func text(_ name: String) -> String { BuiltInPolicies.text("reference/" + name)! }
    do {
      return try SpecialtyClassifier(
        specialtiesCSV: text(SpecialtyClassifier.specialtiesFileName),
        qualificationsCSV: text(SpecialtyClassifier.qualificationsFileName),
        legacyCSV: text(SpecialtyClassifier.legacyFileName))
    } catch {
      fatalError("built-in classifier: \(error)")
    }
  }()

  static func parse(_ text: String, file: String = "test.passport")
    -> Result<ClusterPassport, ReportingErrors>
  {
    PassportParser.parse(text, file: file, classifier: classifier, kato: .builtIn)
  }

  /// The shipped sample passport, checked.
  static var sample: ClusterPassport {
    get throws {
      try parse(BuiltInPolicies.text("reporting/kostanay.passport")!, file: "kostanay.passport")
        .get()
    }
  }

  /// A text in the three languages.
  static func text(_ words: String) -> String {
    "kk \"\(words) kk\" ru \"\(words) ru\" en \"\(words)\""
  }

  /// A small passport with every section; tests replace its lines to break it.
  static let minimal = """
    passport test-cluster
    version 2
    region 39

    name
      title \(text("Test cluster"))
    participants
      founder state_body akimat
        title \(text("Akimat"))
        role \(text("Coordinates"))
        commitment \(text("Reviews the KPIs"))
      participant college KST-COL-01
        title \(text("College"))
        role \(text("Trains"))
        commitment \(text("Dual training"))
    legal
      status \(text("Agreement"))
      basis \(text("Roadmap"))
    geography
      district 391000000
    strategy
      goal jobs
        title \(text("Jobs"))
        kpi employment
    specialisations
      specialty 07150500
    action_plan
      measure places
        title \(text("Places"))
        deadline 2027-09-01
        responsible akimat KST-COL-01
        result \(text("More places"))
    innovation
      text \(text("A laboratory"))
    funding
      source budget
        title \(text("Budget"))
        amount 2026 1000000
    infrastructure
      text \(text("Workshops"))
    monitoring
      kpi employment
        metric employment_share
        unit percent
        baseline 2025 62
        short_term 2027 68
        long_term 2030 75

    """
}
