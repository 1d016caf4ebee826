import JolModel

extension PathwayTally {
  /// Every count grid of the tally, in the order a merge file lists them: what a merge adds up
  /// cell by cell.
  static var grids: [WritableKeyPath<PathwayTally, CountGrid>] {
    [
      \.grade9ByDistrict, \.grade9BySchool, \.leaversBySpecialty, \.leaversByCollege,
      \.leaversByDistrict,
      \.studentsDual, \.studentsFunding, \.expectedGraduates, \.studentsMentored, \.mentorLoad,
      \.pupilsByDirection, \.awardsByDistrict, \.awardsByCategory,
    ]
  }

  /// Adds `other`'s counts, amounts and demand to these (both of one date, cohort and district):
  /// the tally of the two regions' learners taken together, as long as no learner, mentor or
  /// enterprise is in both — each region's own log holds its own.
  mutating func add(_ other: PathwayTally) {
    for grid in Self.grids { self[keyPath: grid].add(other[keyPath: grid]) }
    awardBudgets = Self.addedBudgets(self, other)
    for (policy, sums) in other.awardAmounts {
      let total = awardAmounts[policy] ?? (.zero, .zero)
      awardAmounts[policy] = (total.granted + sums.granted, total.paid + sums.paid)
    }
    awardPolicyVersions.formUnion(other.awardPolicyVersions)
    newestDecisions.merge(other.newestDecisions, uniquingKeysWith: max)
    grantedByDistrict.add(other.grantedByDistrict)
    grantedByCategory.add(other.grantedByCategory)
    for (specialty, years) in other.demand {
      for (year, count) in years { demand[specialty, default: [:]][year, default: 0] += count }
    }
    hasDiagnostics = hasDiagnostics || other.hasDiagnostics
    hasMentorships = hasMentorships || other.hasMentorships
    regions.formUnion(other.regions)
  }

  /// The budgets of two tallies taken together: a policy's is the sum of both regions' when
  /// each region with awards of it states one; when one of them states none, the sum would
  /// understate the budget, so the merged policy has none.
  private static func addedBudgets(_ a: PathwayTally, _ b: PathwayTally) -> [PolicyID: Money] {
    var budgets: [PolicyID: Money] = [:]
    for policy in Set(a.awardAmounts.keys).union(b.awardAmounts.keys) {
      let parts = [a, b].filter { $0.awardAmounts[policy] != nil }.map { $0.awardBudgets[policy] }
      guard parts.allSatisfy({ $0 != nil }) else { continue }
      budgets[policy] = parts.reduce(Money.zero) { $0 + $1! }
    }
    return budgets
  }
}
