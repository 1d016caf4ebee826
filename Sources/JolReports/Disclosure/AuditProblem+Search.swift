extension AuditProblem {
  /// The most search nodes one ``range(of:)`` may visit. The exact search is exponential in
  /// the worst case (small regions and districts leave many hidden cells in one line); past
  /// the budget the range is the one bound propagation gives, which always contains the exact
  /// range: a cell it pins to one value is derivable, and one it leaves open is reported as
  /// safe without the exact proof (a documented limit).
  static let searchBudget = 20_000

  /// The least and greatest value of `variable` over all whole, in-bounds solutions, by binary
  /// search over feasibility (bounded by ``searchBudget``).
  func range(of variable: Int) -> (Int, Int) {
    guard let start = tightened(lower, upper) else { return (lower[variable], upper[variable]) }
    var budget = Self.searchBudget
    var (low, high) = (start.lower[variable], start.upper[variable])
    // Least: the smallest t with a solution where variable ≤ t.
    var (from, to) = (low, high)
    while from < to {
      let middle = from + (to - from) / 2
      var bounds = start
      bounds.upper[variable] = middle
      switch solution(bounds.lower, bounds.upper, &budget) {
      case .found: to = middle
      case .none: from = middle + 1
      case .outOfBudget: return (start.lower[variable], start.upper[variable])
      }
    }
    low = from
    (from, to) = (low, high)
    while from < to {
      let middle = from + (to - from + 1) / 2
      var bounds = start
      bounds.lower[variable] = middle
      switch solution(bounds.lower, bounds.upper, &budget) {
      case .found: from = middle
      case .none: to = middle - 1
      case .outOfBudget: return (start.lower[variable], start.upper[variable])
      }
    }
    high = from
    return (low, high)
  }

  /// What a bounded search found.
  private enum Search {
    case found
    case none
    case outOfBudget
  }

  /// Whether a whole solution lies within the bounds: propagate, then split the narrowest open
  /// interval in two and search each half, one node of `budget` per call.
  private func solution(_ lower: [Int], _ upper: [Int], _ budget: inout Int) -> Search {
    guard budget > 0 else { return .outOfBudget }
    budget -= 1
    guard let bounds = tightened(lower, upper) else { return .none }
    let open = bounds.lower.indices.filter { bounds.lower[$0] < bounds.upper[$0] }
    guard
      let split = open.min(by: {
        bounds.upper[$0] - bounds.lower[$0] < bounds.upper[$1] - bounds.lower[$1]
      })
    else {
      let fits = equations.allSatisfy { equation in
        equation.terms.reduce(0) { $0 + $1.coefficient * bounds.lower[$1.variable] }
          == equation.constant
      }
      return fits ? .found : .none
    }
    let middle = bounds.lower[split] + (bounds.upper[split] - bounds.lower[split]) / 2
    var left = bounds.upper
    left[split] = middle
    let first = solution(bounds.lower, left, &budget)
    guard first == .none else { return first }
    var right = bounds.lower
    right[split] = middle + 1
    return solution(right, bounds.upper, &budget)
  }

  /// The bounds narrowed by every equation until nothing changes; nil when they contradict.
  private func tightened(_ lower: [Int], _ upper: [Int]) -> (lower: [Int], upper: [Int])? {
    var (lower, upper) = (lower, upper)
    var changed = true
    while changed {
      changed = false
      for equation in equations {
        // Σ cᵢxᵢ = b: each term lies in [b − max(others), b − min(others)].
        var minimum = 0
        var maximum = 0
        for (variable, coefficient) in equation.terms {
          minimum += coefficient > 0 ? lower[variable] : -upper[variable]
          maximum += coefficient > 0 ? upper[variable] : -lower[variable]
        }
        for (variable, coefficient) in equation.terms {
          let termMinimum = coefficient > 0 ? lower[variable] : -upper[variable]
          let termMaximum = coefficient > 0 ? upper[variable] : -lower[variable]
          let low = equation.constant - (maximum - termMaximum)
          let high = equation.constant - (minimum - termMinimum)
          // The term is coefficient × x with coefficient ±1.
          let (newLower, newUpper) = coefficient > 0 ? (low, high) : (-high, -low)
          if newLower > lower[variable] {
            lower[variable] = newLower
            changed = true
          }
          if newUpper < upper[variable] {
            upper[variable] = newUpper
            changed = true
          }
          if lower[variable] > upper[variable] { return nil }
        }
      }
    }
    return (lower, upper)
  }
}
