import JolModel
import Testing

@testable import JolPolicy

/// Round properties over random populations: limits never exceeded, quotas honoured and spilled
/// as written, same seed same result, one award per learner.
struct RoundTests {
  // The engine is tested on fixture policies of its own, so that editing the shipped ones in
  // `Policies/` never breaks these tests (ShippedPoliciesTests checks those by their .tests).
  let rural = RoundFixtures.compile("rural.policy", RoundFixtures.ruralGrant)
  let dual = RoundFixtures.compile("budget.policy", RoundFixtures.budgetGrant)

  func population(_ count: Int, seed: UInt64, rural share: UInt64 = 30) -> [Applicant] {
    var rng = SyntheticGenerator(seed: seed)
    return (0..<count).map { index in
      var facts = rng.facts(id: "S\(index)")
      // Shape towards the rural grant: pupils after grade 9.
      if rng.random.next() % 100 < 70 {
        facts.stage = .school
        facts.grade = 9 + Int(rng.random.next() % 3)
        facts.age = 15 + Int(rng.random.next() % 4)
      }
      facts.categories = rng.random.next() % 100 < share ? [.rural] : []
      if rng.random.next() % 100 < 4 { facts.categories?.insert(.orphan) }
      return Applicant(
        facts: facts, appliedOn: CivilDate("2026-07-01")!.adding(days: Int(rng.random.next() % 30)))
    }
  }

  @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
  func seatsAndQuotasAreHonoured(seed: UInt64) {
    let share = [2, 10, 30, 60, 90][Int(seed) - 1] as UInt64
    let applicants = population(600, seed: seed, rural: share)
    let result = Round.run(policy: rural, applicants: applicants, asOf: date("2026-08-25"))
      .policies[0]
    let awarded = result.entries.filter { $0.status == .awarded }
    #expect(awarded.count <= 100)
    let eligible = result.entries.filter { $0.rank != nil }
    #expect(awarded.count == min(100, eligible.count))
    let facts = Dictionary(uniqueKeysWithValues: applicants.map { ($0.subject, $0.facts) })
    let ruralEligible = eligible.filter { facts[$0.subject]!.categories!.contains(.rural) }
    let quota = result.pools.first { $0.name == "rural" }!
    #expect(quota.seats == 30)
    // Quota filled by rural applicants up to its size; unused seats released to general.
    #expect(quota.awarded == min(30, ruralEligible.count))
    #expect(quota.released == 30 - quota.awarded)
    let orphans = result.pools.first { $0.name == "orphans" }!
    #expect(result.pools[0].seats == 65 + quota.released + orphans.released)
    for entry in awarded where entry.pool == "rural" {
      #expect(facts[entry.subject]!.categories!.contains(.rural))
    }
    // Quota seats go to the best-ranked rural applicants.
    let ruralRanks = ruralEligible.compactMap(\.rank).sorted()
    let quotaRanks = awarded.filter { $0.pool == "rural" }.compactMap(\.rank).sorted()
    #expect(quotaRanks == Array(ruralRanks.prefix(quotaRanks.count)))
    // General seats go in rank order to those not awarded by a quota.
    let notQuota = eligible.filter { $0.pool == nil || $0.pool == "general" }.compactMap(\.rank)
      .sorted()
    let general = awarded.filter { $0.pool == "general" }.compactMap(\.rank).sorted()
    #expect(general == Array(notQuota.prefix(general.count)))
  }

  @Test func vacantQuotaSeatsStayEmpty() {
    let text = RoundFixtures.quotaPolicy(unused: "vacant")
    let (policy, diagnostics) = PolicySet.compile(path: "vacant.policy", text: text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let applicants = population(200, seed: 9, rural: 2)
    let result = Round.run(policy: policy!, applicants: applicants, asOf: date("2026-08-25"))
      .policies[0]
    let quota = result.pools[1]
    #expect(quota.vacant == 4 - quota.awarded)
    #expect(result.pools[0].seats == 6)
    #expect(result.entries.filter { $0.status == .awarded }.count == 6 + quota.awarded)
  }

  @Test(arguments: [11 as UInt64, 12, 13])
  func budgetIsNeverExceeded(seed: UInt64) {
    var rng = SyntheticGenerator(seed: seed)
    let applicants = (0..<800).map { index -> Applicant in
      var facts = rng.facts(id: "D\(index)")
      facts.stage = .college
      facts.form = .fullTime
      facts.dualTraining = true
      facts.employer = "980640000123"
      facts.enterpriseAgreement = true
      facts.workObligationYears = 3
      facts.age = 19
      facts.awards = []
      return Applicant(facts: facts, appliedOn: date("2026-07-01"))
    }
    let result = Round.run(policy: dual, applicants: applicants, asOf: date("2026-09-01")).policies[
      0]
    let awarded = result.entries.filter { $0.status == .awarded }
    let total = awarded.reduce(Money.zero) { $0 + $1.amount!.value }
    #expect(total == result.spent)
    #expect(total <= Money(tenge: 30_000_000))
    // Strict rank order: everyone after the first budget stop is stopped by the budget too.
    let stopped = result.entries.filter { $0.status == .notAwarded }
    #expect(!stopped.isEmpty)
    #expect(stopped.allSatisfy { $0.limit == .budget })
    if let firstStop = stopped.compactMap(\.rank).min() {
      #expect(awarded.allSatisfy { $0.rank! < firstStop })
    }
  }

  @Test func sameSeedSameResultOtherSeedOtherTies() {
    // Everyone equal: only the lottery orders them.
    let applicants = (0..<300).map { index in
      Applicant(
        facts: facts("T\(index)") {
          $0.stage = .school
          $0.grade = 9
          $0.gpa = FixedDecimal("4")
          $0.age = 15
          $0.categories = []
        }, appliedOn: date("2026-07-01"))
    }
    let a = Round.run(policy: rural, applicants: applicants, asOf: date("2026-08-25"))
    let b = Round.run(
      policy: rural, applicants: applicants.shuffled(using: &SplitMixBox.rng),
      asOf: date("2026-08-25"))
    let c = Round.run(
      policy: rural, applicants: applicants, asOf: date("2026-08-25"), seed: "another")
    func awarded(_ round: RoundResult) -> [String] {
      round.policies[0].entries.filter { $0.status == .awarded }.map(\.subject)
    }
    #expect(awarded(a) == awarded(b))
    #expect(
      RoundRenderer.json(a)
        == RoundRenderer.json(
          Round.run(policy: rural, applicants: applicants, asOf: date("2026-08-25"))))
    #expect(Set(awarded(a)) != Set(awarded(c)))
    #expect(awarded(a).count == 100)
  }

  @Test func oneAwardPerLearnerAcrossAGroupWithPreferences() {
    let (set, diagnostics) = PolicySet.load(files: [
      ("a.policy", RoundFixtures.groupPolicy(id: "prog-a", seats: 20)),
      ("b.policy", RoundFixtures.groupPolicy(id: "prog-b", seats: 30)),
    ])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    var rng = SplitMix64(seed: 77)
    let applicants = (0..<150).map { index -> Applicant in
      let prefersA = rng.next() % 2 == 0
      return Applicant(
        facts: facts("G\(index)") {
          $0.stage = .college
          $0.gpa = FixedDecimal(units: Int64(30_000 + rng.next() % 20_001))
          $0.awards = []
        }, appliedOn: date("2026-09-05"),
        preferences: prefersA ? ["prog-a", "prog-b"] : ["prog-b", "prog-a"])
    }
    let round = Round.run(policies: set.policies, applicants: applicants, asOf: date("2026-10-01"))
    var awards: [String: Int] = [:]
    for result in round.policies {
      let awarded = result.entries.filter { $0.status == .awarded }
      #expect(awarded.count == result.seats)
      for entry in awarded { awards[entry.subject, default: 0] += 1 }
    }
    #expect(awards.values.allSatisfy { $0 == 1 })
    #expect(awards.count == 50)
    // Stability: nobody prefers a programme that awarded someone ranked below them.
    let gpa = Dictionary(uniqueKeysWithValues: applicants.map { ($0.subject, $0.facts.gpa!) })
    for (position, result) in round.policies.enumerated() {
      let worst = result.entries.filter { $0.status == .awarded }.map { gpa[$0.subject]! }.min()!
      for applicant in applicants where applicant.preferences.first == set.policies[position].id {
        if gpa[applicant.subject]! > worst {
          #expect(result.entries.first { $0.subject == applicant.subject }?.status == .awarded)
        }
      }
    }
  }

  @Test func duplicatesCountOnce() {
    let one = facts("X") {
      $0.stage = .school
      $0.grade = 9
      $0.gpa = FixedDecimal("4.5")
      $0.age = 15
      $0.categories = [.rural]
    }
    let applicants = [
      Applicant(facts: one, appliedOn: date("2026-07-10")),
      Applicant(facts: one, appliedOn: date("2026-07-01")),
    ]
    let entries = Round.run(policy: rural, applicants: applicants, asOf: date("2026-08-25"))
      .policies[0].entries
    #expect(entries.map(\.status) == [.awarded, .duplicate])
  }

  @Test func whyTextsNameRankSeatsAndCutoff() {
    let applicants = population(600, seed: 3)
    let result = Round.run(policy: rural, applicants: applicants, asOf: date("2026-08-25"))
      .policies[0]
    let missed = result.entries.first { $0.status == .notAwarded }!
    let text = RoundRenderer.why(missed, in: result, language: .en)
    #expect(text.hasPrefix("rank \(missed.rank!); 100 seats; no seat left; cutoff GPA "))
    let ru = RoundRenderer.why(missed, in: result, language: .ru)
    #expect(ru.contains("мест не хватило; проходной: средний балл "))
    let ineligible = result.entries.first { $0.status == .ineligible }!
    #expect(RoundRenderer.why(ineligible, in: result, language: .kk).contains("тағайындалмайды"))
  }
}

/// Shared generator for shuffles.
enum SplitMixBox {
  nonisolated(unsafe) static var rng = SplitMix64(seed: 5)
}

enum RoundFixtures {
  /// `text` compiled; a fixture that does not check is a failed test.
  static func compile(_ path: String, _ text: String) -> CompiledPolicy {
    let (policy, diagnostics) = PolicySet.compile(path: path, text: text)
    precondition(diagnostics.isEmpty, "\(path): \(diagnostics)")
    return policy!
  }

  /// A college grant for school leavers after grade 9, 100 seats, 30% reserved for rural
  /// applicants and 5% for orphans, unused reserved seats going to the general pool.
  static let ruralGrant = """
    policy fixture-rural-grant
    version 1
    title kk "а" ru "б" en "c"
    basis "test"
    effective 2026-06-01 .. 2027-08-31
    consider applicants
    applications 2026-06-20 .. 2026-08-20
    parameter min_gpa
      from 2026-06-01 = 3.5
    require stage = school because not-a-school-leaver
    require grade >= 9 because grade-too-low
    require gpa >= min_gpa because gpa-below-minimum
    require age <= 24 because too-old
    amount 560000 KZT per year
    rank by gpa desc
    tiebreak lottery "fixture 2026"
    seats 100
    reserve 30% for rural when categories has rural unused to general
    reserve 5% for orphans when categories has any [orphan, without_parental_care] unused to general
    reason not-a-school-leaver kk "а" ru "б" en "Not a school leaver"
    reason grade-too-low kk "а" ru "б" en "Grade too low"
    reason gpa-below-minimum kk "а" ru "б" en "GPA {gpa} < {min_gpa}"
    reason too-old kk "а" ru "б" en "Too old"
    """

  /// A dual-training grant limited by a budget of 30 000 000 ₸ a year.
  static let budgetGrant = """
    policy fixture-budget-grant
    version 1
    title kk "а" ru "б" en "c"
    basis "test"
    effective 2026-06-01 .. 2027-08-31
    consider applicants
    require stage = college because not-in-college
    require dual_training = yes because not-dual
    amount 500000 KZT per year
    rank by gpa desc, attendance desc
    tiebreak lottery "fixture budget"
    budget 30000000 KZT per year
    reason not-in-college kk "а" ru "б" en "c"
    reason not-dual kk "а" ru "б" en "c"
    """

  static func quotaPolicy(unused: String) -> String {
    """
    policy small-quota
    version 1
    title kk "а" ru "б" en "c"
    basis "test"
    effective 2026-06-01 .. 2027-08-31
    consider all
    require gpa >= 3.5 because low
    rank by gpa desc
    tiebreak lottery "s"
    seats 10
    reserve 40% for rural when categories has rural unused \(unused)
    reason low kk "а" ru "б" en "c"
    """
  }

  static func groupPolicy(id: String, seats: Int) -> String {
    """
    policy \(id)
    version 1
    title kk "а" ru "б" en "c"
    basis "test"
    effective 2026-09-01 .. 2027-08-31
    consider applicants
    require stage = college because not-college
    amount 10000 KZT per month
    rank by gpa desc
    tiebreak lottery "\(id)"
    seats \(seats)
    exclusive group-1
    reason not-college kk "а" ru "б" en "c"
    """
  }
}
