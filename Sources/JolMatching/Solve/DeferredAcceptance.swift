/// Student-proposing deferred acceptance with mentor and enterprise capacities, on a
/// ``MatchingMarket``: the rule written on ``MatchingInstance``.
enum DeferredAcceptance {
  /// The contract each student holds at the end (-1: unmatched).
  /// - Complexity: O(P log P) for P proposals (at most the number of contracts).
  static func run(_ market: MatchingMarket, order: ContractOrder) -> [Int32] {
    let studentCount = market.studentCount
    var held = [Int32](repeating: -1, count: studentCount)
    var next = Array(market.choiceStart.dropLast())
    var mentorHeaps = [[Int32]](repeating: [], count: market.mentorCount)
    var mentorLoad = [Int32](repeating: 0, count: market.mentorCount)
    var enterpriseHeaps = [[Int32]](repeating: [], count: market.enterpriseCapacity.count)
    var enterpriseLoad = [Int32](repeating: 0, count: market.enterpriseCapacity.count)
    // Students without a held proposal and with choices left; the order of proposals does not
    // change the result (the student-optimal stable matching is unique).
    var free = (0..<Int32(studentCount)).reversed().map { $0 }
    while let student = free.popLast() {
      let s = Int(student)
      var c = Int(next[s])
      let end = Int(market.choiceStart[s + 1])
      // A mentor that does not accept the student would reject the proposal at once.
      while c < end && market.contractPriority[c] == MatchingMarket.unacceptable { c += 1 }
      guard c < end else {
        next[s] = Int32(end)
        continue
      }
      next[s] = Int32(c + 1)
      let contract = Int32(c)
      let m = Int(market.contractMentor[c])
      let e = Int(market.mentorEnterprise[m])
      held[s] = contract
      WorstFirstHeap.push(contract, &mentorHeaps[m], order)
      mentorLoad[m] += 1
      if e >= 0 {
        WorstFirstHeap.push(contract, &enterpriseHeaps[e], order)
        enterpriseLoad[e] += 1
      }
      var rejected: Int32 = -1
      if mentorLoad[m] > market.mentorCapacity[m] {
        rejected = WorstFirstHeap.popWorst(&mentorHeaps[m], order, held: held)
        mentorLoad[m] -= 1
        if e >= 0 { enterpriseLoad[e] -= 1 }
      } else if e >= 0 && enterpriseLoad[e] > market.enterpriseCapacity[e] {
        rejected = WorstFirstHeap.popWorst(&enterpriseHeaps[e], order, held: held)
        mentorLoad[Int(market.contractMentor[Int(rejected)])] -= 1
        enterpriseLoad[e] -= 1
      }
      if rejected >= 0 {
        let loser = market.contractStudent[Int(rejected)]
        held[Int(loser)] = -1
        free.append(loser)
      }
    }
    return held
  }
}
