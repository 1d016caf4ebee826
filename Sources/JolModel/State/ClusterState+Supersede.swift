extension ClusterState {
  /// The rounds some later round superseded (`RoundRun.supersedes`).
  public var supersededRounds: Set<RoundID> {
    Set(rounds.values.compactMap { $0.run?.supersedes })
  }

  /// The learners holding an award of `round` not yet revoked, with that award.
  public func unrevokedAwards(of round: RoundID) -> [(learner: LearnerID, award: AwardRecord)] {
    learners.flatMap { learner in
      learner.awards.filter { $0.grant.round == round && $0.revoked == nil }
        .map { (learner.id, $0) }
    }
  }

  /// The state as if every award of `round` had been revoked from its start: what a round
  /// that supersedes `round` decides from (its revocations are recorded with it).
  public mutating func revokeAwards(of round: RoundID, reason: String) {
    for index in learners.indices {
      for award in learners[index].awards.indices
      where learners[index].awards[award].grant.round == round
        && learners[index].awards[award].revoked == nil
      {
        learners[index].awards[award].revoked = learners[index].awards[award].grant.periodStart
        learners[index].awards[award].revocationReason = reason
      }
    }
  }
}
