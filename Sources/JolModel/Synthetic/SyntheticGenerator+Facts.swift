extension SyntheticGenerator {
  /// A learner's facts as a decision sees them, around the thresholds of the shipped policies
  /// (GPA 3–5, attendance 60–100%, session grades 3–5, the social categories in plausible
  /// shares), each fact known `known` times in a hundred — for policy tests (some unknowns) and
  /// the evaluation benchmark (`known: 100`). Consumes the same draws whichever facts are known.
  public mutating func facts(id: String, known: Int = 90) -> Facts {
    var facts = Facts(id: id)
    func maybe() -> Bool { chance(known) }
    if maybe() { facts.stage = chance(85) ? .college : .school }
    if maybe() { facts.form = pick([.fullTime, .fullTime, .evening, .extramural]) }
    if maybe() { facts.dualTraining = chance(30) }
    if maybe() { facts.funding = pick([.stateOrder, .targetedOrder, .paid, .stateOrder]) }
    if maybe() { facts.gpa = FixedDecimal(units: Int64(30_000 + below(20_001))) }
    if maybe() { facts.attendance = FixedDecimal(units: Int64(600_000 + below(400_001))) }
    if maybe() { facts.lowestGrade = 3 + below(3) }
    if maybe() { facts.qualificationLevel = pick([.worker, .specialist, .appliedBachelor]) }
    if maybe() {
      var set: Set<Category> = []
      if chance(30) { set.insert(.rural) }
      if chance(5) { set.insert(.orphan) }
      if chance(5) { set.insert(.disability) }
      if chance(10) { set.insert(.largeFamily) }
      if chance(10) { set.insert(.lowIncome) }
      facts.categories = set
    }
    if maybe() {
      facts.specialty = SpecialtyCode(
        rawValue: pick(["07150500", "07320100", "06130100", "10130100", "07130100"]))
    }
    if maybe() { facts.age = 15 + below(12) }
    if maybe() { facts.awards = chance(10) ? [PolicyID("state-tvet-scholarship")] : [] }
    if maybe() { facts.appliedOn = CivilDate("2026-08-20")!.adding(days: below(40)) }
    if maybe() { facts.region = chance(90) ? "35" : "55" }
    if maybe() { facts.enterpriseAgreement = chance(70) }
    if maybe() { facts.employer = "980640000123" }
    if maybe() { facts.workObligationYears = below(5) }
    if maybe() { facts.course = 1 + below(4) }
    return facts
  }
}
