import JolModel

/// A recorded round replaced by a new round of the same policy and period: the earlier round's
/// awards still held are revoked, from their start, in the same atomic batch as the new round.
public struct RoundSupersession: Sendable {
  /// The round replaced.
  public let round: RoundID
  /// The operator's reason (`--reason`).
  public let reason: String
  /// The earlier round's awards still held, to revoke.
  public let awards: [(learner: LearnerID, award: AwardRecord)]

  /// The supersession of `round` for `reason`, revoking `awards`.
  public init(round: RoundID, reason: String, awards: [(learner: LearnerID, award: AwardRecord)]) {
    self.round = round
    self.reason = reason
    self.awards = awards
  }

  /// The reason code recorded on each revoked award.
  public static func revocationReason(by newRound: RoundID) -> String {
    "superseded-by:\(newRound)"
  }

  /// The `award_revoked` events, one per award still held, effective from the award's start.
  public func drafts(newRound: RoundID) -> [EventDraft] {
    awards.map { learner, award in
      EventDraft(
        stream: .learner(learner), effective: award.grant.periodStart,
        event: .awardRevoked(
          AwardRevoked(
            policy: award.grant.policy, round: round,
            reason: Self.revocationReason(by: newRound))))
    }
  }
}
