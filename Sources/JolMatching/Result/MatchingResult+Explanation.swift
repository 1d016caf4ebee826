extension MatchingResult {
  public typealias Explanation = StudentExplanation<MentorID, EnterpriseID>

  /// Why the student at `index` (in instance order) got their outcome, from the final
  /// assignment and cutoffs: each preferred mentor either does not accept them, or is full
  /// (itself or its enterprise) with contracts ranked above theirs — what stability means.
  /// - Complexity: O(length of the student's list).
  public func explanation(ofStudentAt index: Int) -> Explanation {
    let start = Int(market.choiceStart[index])
    let end = Int(market.choiceStart[index + 1])
    let contract = Int(held[index])
    var preferred: [Explanation.PreferredChoice] = []
    for c in start..<(contract >= 0 ? contract : end) {
      let m = Int(market.contractMentor[c])
      preferred.append(
        .init(choice: c - start + 1, mentor: instance.mentors[m].id, reason: reason(Int32(c))))
    }
    let outcome: Explanation.Outcome
    if contract >= 0 {
      let m = Int(market.contractMentor[contract])
      outcome = .assigned(choice: contract - start + 1, mentor: instance.mentors[m].id)
    } else if (start..<end).contains(where: {
      market.contractPriority[$0] != MatchingMarket.unacceptable
    }) {
      outcome = .everyAcceptableMentorFull
    } else {
      outcome = .noAcceptableMentor
    }
    return Explanation(outcome: outcome, preferred: preferred)
  }

  /// Every student's explanation, in instance order.
  public var explanations: [Explanation] {
    (0..<instance.students.count).map { explanation(ofStudentAt: $0) }
  }

  /// Why the mentor of contract `c`, which the student preferred, did not take them.
  private func reason(_ c: Int32) -> Explanation.Reason {
    let priority = market.contractPriority[Int(c)]
    guard priority != MatchingMarket.unacceptable else { return .unacceptable }
    let m = Int(market.contractMentor[Int(c)])
    let scored = market.mentorScored[m]
    if market.mentorCapacity[m] == 0 { return .mentorHasNoSeats }
    let worst = mentorWorst[m]
    if mentorLoad[m] >= Int(market.mentorCapacity[m]) && order.isBetter(worst, than: c) {
      return .mentorFull(
        cutoff: PriorityValue(market.contractPriority[Int(worst)], scored: scored),
        yours: PriorityValue(priority, scored: scored))
    }
    let e = Int(market.mentorEnterprise[m])
    precondition(e >= 0, "a stable matching leaves no preferred mentor with a free seat")
    let enterprise = instance.enterprises[e].id
    if market.enterpriseCapacity[e] == 0 { return .enterpriseHasNoSeats(enterprise) }
    let enterpriseWorst = enterpriseWorst[e]
    precondition(
      enterpriseLoad[e] >= Int(market.enterpriseCapacity[e])
        && order.isBetter(enterpriseWorst, than: c),
      "a stable matching leaves no preferred enterprise with a free seat")
    return .enterpriseFull(
      enterprise,
      cutoff: PriorityValue(market.contractPriority[Int(enterpriseWorst)], scored: scored),
      yours: PriorityValue(priority, scored: scored))
  }
}
