/// Awards, whatever order their events arrive in. A policy's round grants a learner one award:
/// the earliest grant of that policy and round (on one date, the one recorded first) is the
/// award; a later grant of it is a repeat. The award is revoked from the earliest revocation
/// dated on or after its grant, and has been paid the sum of the payments dated on or after its
/// grant. Repeats, later revocations, and revocations and payments dated before any grant are
/// kept aside (``LearnerState/kept``), to count if an earlier grant or revocation is recorded
/// later.
extension LearnerState {
  /// Folds in a grant, revocation or payment of the award of `policy` in `round`.
  /// - Complexity: O(awards) for an event dated on or after the award's grant; O(n log n) in
  ///   the award's events otherwise.
  mutating func applyAward(
    _ event: DomainEvent, policy: PolicyID, round: RoundID, on date: CivilDate
  ) {
    let index = awards.firstIndex { $0.grant.policy == policy && $0.grant.round == round }
    guard let index, awards[index].granted <= date else {
      if index == nil, case .awardGranted(let grant) = event,
        kept.isEmpty || !kept.contains(where: { $0.isOfAward(policy, round) })
      {
        insertAward(AwardRecord(grant: grant, granted: date))
      } else {
        deriveAward(adding: event, policy: policy, round: round, on: date, replacing: index)
      }
      return
    }
    switch event {
    case .awardPaid(let e): awards[index].paid = awards[index].paid + e.amount
    case .awardGranted(let e) where awards[index].granted == date && awards[index].grant == e:
      break  // The same grant again.
    case .awardRevoked(let e)
    where awards[index].revoked == date
      && awards[index].revocationReason == e.reason:
      break  // The same revocation again.
    case .awardRevoked(let e) where awards[index].revoked == nil:
      awards[index].revoked = date
      awards[index].revocationReason = e.reason
    case .awardRevoked where awards[index].revoked.map({ $0 > date }) ?? false:
      deriveAward(adding: event, policy: policy, round: round, on: date, replacing: index)
    default: kept.keep(event, on: date)
    }
  }

  /// The award again from its grant, its revocation, its sum paid, the kept events of its
  /// policy and round, and `event` (recorded after all of them).
  private mutating func deriveAward(
    adding event: DomainEvent, policy: PolicyID, round: RoundID, on date: CivilDate,
    replacing index: Int?
  ) {
    var events: [KeptEvent] = []
    var paid = Money.zero
    if let index {
      // Its payments are dated on or after its grant, so on or after any earlier one: they
      // stay counted, as the sum.
      let award = awards.remove(at: index)
      events.append(KeptEvent(effective: award.granted, event: .awardGranted(award.grant)))
      if let revoked = award.revoked {
        let revocation = AwardRevoked(
          policy: policy, round: round, reason: award.revocationReason ?? "")
        events.append(KeptEvent(effective: revoked, event: .awardRevoked(revocation)))
      }
      paid = award.paid
    }
    events += kept.take { $0.isOfAward(policy, round) }
    events.append(KeptEvent(effective: date, event: event))
    events = events.withoutRepeats()
    // The earliest grant and revocation; on one date the first listed, recorded first.
    var grant: Int?
    for (offset, event) in events.enumerated() {
      guard case .awardGranted = event.event else { continue }
      if grant.map({ event.effective < events[$0].effective }) ?? true { grant = offset }
    }
    guard let grant, case .awardGranted(let granted) = events[grant].event else {
      for event in events { kept.keep(event.event, on: event.effective) }
      return
    }
    var award = AwardRecord(grant: granted, granted: events[grant].effective, paid: paid)
    var revocation: Int?
    for (offset, event) in events.enumerated() {
      guard case .awardRevoked = event.event, event.effective >= award.granted else { continue }
      if revocation.map({ event.effective < events[$0].effective }) ?? true { revocation = offset }
    }
    if let revocation, case .awardRevoked(let e) = events[revocation].event {
      award.revoked = events[revocation].effective
      award.revocationReason = e.reason
    }
    // The rest kept in the order listed, which is the order they were recorded in.
    for (offset, event) in events.enumerated() where offset != grant && offset != revocation {
      if case .awardPaid(let e) = event.event, event.effective >= award.granted {
        award.paid = award.paid + e.amount
      } else {
        kept.keep(event.event, on: event.effective)
      }
    }
    insertAward(award)
  }

  /// Inserts an award in order of grant date, then policy and round.
  private mutating func insertAward(_ award: AwardRecord) {
    let (date, policy, round) = (award.granted, award.grant.policy, award.grant.round)
    awards.insertInOrder(award) {
      ($0.granted, $0.grant.policy.rawValue, $0.grant.round.rawValue)
        > (date, policy.rawValue, round.rawValue)
    }
  }
}
