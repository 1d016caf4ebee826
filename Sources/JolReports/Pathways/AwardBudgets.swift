import JolModel
import JolPolicy

/// The budgets the pathway report sets the awards in force against, read from the policy texts
/// the log recorded (`policy.published`), as the rounds read them.
///
/// **Which budget.** For each policy, the newest round whose awards are in force on the date:
/// the budget its policy version states, with its parameters as of that round's decision date
/// (the award's date when the round is not in the log). A policy that states no budget, or
/// whose text the log does not hold, has none here; the report says so.
///
/// **Per year.** A budget is stated per the policy's amount period; the report shows it per
/// year (× 12 for a month, × 2 for a semester), as an award covers at most one year and its
/// amount is for the whole of it (``AwardPeriod``).
enum AwardBudgets {
  /// The decision behind an award: its round's decision date (the award's date when the round
  /// is not in the log) and the policy version that decided it. The newest of a policy's awards
  /// in force names its budget.
  struct Decision: Comparable {
    var date: CivilDate
    var version: Int

    init(of award: AwardRecord, rounds: [RoundID: RunState<RoundRun>]) {
      date = rounds[award.grant.round]?.run?.asOf ?? award.granted
      version = award.grant.policyVersion
    }

    static func < (a: Decision, b: Decision) -> Bool { (a.date, a.version) < (b.date, b.version) }
  }

  /// The yearly budget of each policy of `newest` that states one: its newest decision behind
  /// awards in force, among every learner of the region (``PathwayTally`` notes them whatever
  /// the report's district).
  /// - Complexity: compiling one policy text per policy.
  static func budgets(_ state: ClusterState, newest: [PolicyID: Decision]) -> [PolicyID: Money] {
    var budgets: [PolicyID: Money] = [:]
    for (policy, decision) in newest {
      guard
        let record = state.policies[policy]?.first(where: {
          $0.publication.version == decision.version
        }),
        let budget = yearlyBudget(
          text: record.publication.text, file: "\(policy.rawValue).policy", on: decision.date)
      else { continue }
      if budget > .zero { budgets[policy] = budget }
    }
    return budgets
  }

  /// The budget a policy text states, on `date`, per year; nil when it states none (or does not
  /// compile: the report shows no budget rather than a guessed one).
  static func yearlyBudget(text: String, file: String, on date: CivilDate) -> Money? {
    guard let policy = PolicySet.compile(path: file, text: text).0 else { return nil }
    let outline = policy.outline
    let value: Value?
    switch outline.budget {
    case .constant(let constant)?: value = constant
    case .parameter(let name)?:
      value = outline.parameters.first { $0.name == name }?.values.last { $0.from <= date }?.value
    case nil: value = nil
    }
    guard case .money(let money)? = value else { return nil }
    let perYear: Int64 =
      switch outline.period {
      case .month?: 12
      case .semester?: 2
      case .year?, nil: 1
      }
    return money * perYear
  }
}
