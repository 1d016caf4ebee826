import JolModel

extension PathwayTally {
  /// Every count grid of the tally, in the order a merge file lists them: what a merge adds up
  /// cell by cell.
  static var grids: [WritableKeyPath<PathwayTally, CountGrid>] {
    [
      \.grade9ByDistrict, \.grade9BySchool, \.leaversBySpecialty, \.leaversByCollege,
      \.studentsDual, \.studentsFunding, \.expectedGraduates, \.studentsMentored, \.mentorLoad,
      \.pupilsByDirection, \.awardsByDistrict, \.awardsByCategory,
    ]
  }

  /// Adds `other`'s counts, amounts and demand to these (both of one date, cohort and district):
  /// the tally of the two regions' learners taken together, as long as no learner, mentor or
  /// enterprise is in both — each region's own log holds its own.
  mutating func add(_ other: PathwayTally) {
    for grid in Self.grids { self[keyPath: grid].add(other[keyPath: grid]) }
    for (policy, sums) in other.awardAmounts {
      let total = awardAmounts[policy] ?? (.zero, .zero)
      awardAmounts[policy] = (total.granted + sums.granted, total.paid + sums.paid)
    }
    for (district, granted) in other.awardAmountsByDistrict {
      awardAmountsByDistrict[district, default: .zero] =
        awardAmountsByDistrict[district, default: .zero] + granted
    }
    for (specialty, years) in other.demand {
      for (year, count) in years { demand[specialty, default: [:]][year, default: 0] += count }
    }
    hasDiagnostics = hasDiagnostics || other.hasDiagnostics
    hasMentorships = hasMentorships || other.hasMentorships
    regions.formUnion(other.regions)
  }
}

extension CountGrid {
  /// Adds every cell of `other` (a cell it holds with 0 too, so the rows and columns are the
  /// union of both grids').
  mutating func add(_ other: CountGrid) {
    for (row, cells) in other.counts {
      for (column, count) in cells { add(row, column, count) }
    }
  }
}
