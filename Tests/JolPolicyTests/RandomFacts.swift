import JolModel

@testable import JolPolicy

/// Random facts with some unknowns, around the thresholds of the shipped policies.
func randomFacts(_ rng: inout SplitMix64, id: String) -> Facts {
  var facts = Facts(id: id)
  func maybe(_ percent: UInt64 = 90) -> Bool { rng.next() % 100 < percent }
  if maybe() { facts.stage = maybe(85) ? .college : .school }
  if maybe() { facts.form = [.fullTime, .evening, .extramural][Int(rng.next() % 3)] }
  if maybe() { facts.dualTraining = rng.next() % 2 == 0 }
  if maybe() {
    facts.funding = [.stateOrder, .targetedOrder, .paid, .stateOrder][Int(rng.next() % 4)]
  }
  if maybe() { facts.gpa = FixedDecimal(units: Int64(30_000 + rng.next() % 20_001)) }
  if maybe() { facts.attendance = FixedDecimal(units: Int64(600_000 + rng.next() % 400_001)) }
  if maybe() { facts.lowestGrade = 3 + Int(rng.next() % 3) }
  if maybe() {
    facts.qualificationLevel = [.worker, .specialist, .appliedBachelor][Int(rng.next() % 3)]
  }
  if maybe() {
    var set: Set<Category> = []
    if maybe(30) { set.insert(.rural) }
    if maybe(5) { set.insert(.orphan) }
    if maybe(5) { set.insert(.disability) }
    if maybe(10) { set.insert(.largeFamily) }
    if maybe(10) { set.insert(.lowIncome) }
    facts.categories = set
  }
  if maybe() {
    facts.specialty = SpecialtyCode(
      rawValue: ["07150500", "07320100", "06130100", "10130100", "07130100"][Int(rng.next() % 5)])
  }
  if maybe() { facts.age = 15 + Int(rng.next() % 12) }
  if maybe() { facts.awards = maybe(10) ? [PolicyID("state-tvet-scholarship")] : [] }
  if maybe() { facts.appliedOn = CivilDate("2026-08-20")!.adding(days: Int(rng.next() % 40)) }
  if maybe() { facts.region = maybe(90) ? "35" : "55" }
  if maybe() { facts.enterpriseAgreement = maybe(70) }
  if maybe() { facts.workObligationYears = Int(rng.next() % 5) }
  if maybe() { facts.course = 1 + Int(rng.next() % 4) }
  return facts
}
