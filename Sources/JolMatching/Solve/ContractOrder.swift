/// The order of contracts (student, mentor) that mentors and enterprises choose by (see
/// ``MatchingInstance``): higher priority first, then the lower lottery number, then the
/// student listed first, then — a student's own contracts — the one the student prefers.
/// A strict total order, so every choice is determined.
struct ContractOrder {
  let priority: [Int64]
  let student: [Int32]
  let lottery: [Int]

  init(_ market: MatchingMarket, lottery: [Int]) {
    priority = market.contractPriority
    student = market.contractStudent
    self.lottery = lottery
  }

  /// Whether contract `a` ranks above contract `b`.
  @inline(__always)
  func isBetter(_ a: Int32, than b: Int32) -> Bool {
    let pa = priority[Int(a)]
    let pb = priority[Int(b)]
    if pa != pb { return pa > pb }
    let sa = Int(student[Int(a)])
    let sb = Int(student[Int(b)])
    if sa != sb {
      let la = lottery[sa]
      let lb = lottery[sb]
      return la != lb ? la < lb : sa < sb
    }
    return a < b
  }
}
