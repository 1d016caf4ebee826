import JolModel
import JolPolicy

/// A round of a policy for a period is recorded once. A new round whose award period overlaps
/// that of a recorded, not superseded round of the same policy is refused, unless it names that
/// round to supersede (`--supersede ROUND-ID --reason TEXT`): then the earlier round's awards
/// are revoked, from their start, in the same atomic batch as the new round
/// (``RoundSupersession/drafts(newRound:)``).
extension RoundSupersession {
  /// Checks the new round of `policy` as of `asOf` against the rounds recorded in `state`.
  /// - Returns: the supersession to record, nil when `supersede` is nil and nothing overlaps.
  /// - Throws: ``CommandError`` 65 naming the overlapping round(s), or a `supersede` that is not
  ///   a recorded, still standing round of this policy.
  static func check(
    policy: CompiledPolicy, asOf: CivilDate, supersede: (RoundID, String)?, state: ClusterState
  ) throws -> RoundSupersession? {
    let period = AwardPeriod(policy: policy, asOf: asOf)
    let superseded = state.supersededRounds
    let standing = state.rounds.compactMap { id, runState -> (RoundID, RoundRun)? in
      guard let run = runState.run, run.policy == policy.id, !superseded.contains(id) else {
        return nil
      }
      return (id, run)
    }
    if let (target, reason) = supersede {
      guard state.rounds[target]?.run?.policy == policy.id else {
        throw CommandError(Messages.notARoundOf(target, policy.id), exitCode: .dataError)
      }
      if superseded.contains(target) {
        throw CommandError(Messages.alreadySuperseded(target), exitCode: .dataError)
      }
      let others = standing.filter { $0.0 != target && overlaps($0.1, period, policy) }
      if let other = others.map(\.0).sorted().first {
        throw CommandError(Messages.overlaps(other, period), exitCode: .dataError)
      }
      return RoundSupersession(
        round: target, reason: reason, awards: state.unrevokedAwards(of: target))
    }
    if let other = standing.filter({ overlaps($0.1, period, policy) }).map(\.0).sorted().first {
      throw CommandError(Messages.overlaps(other, period), exitCode: .dataError)
    }
    return nil
  }

  private static func overlaps(_ run: RoundRun, _ period: AwardPeriod, _ policy: CompiledPolicy)
    -> Bool
  {
    AwardPeriod(policy: policy, asOf: run.asOf).overlaps(period)
  }
}

extension Messages {
  static func overlaps(_ round: RoundID, _ period: AwardPeriod) -> LocalizedText {
    DecideText.overlaps.text([
      "round": "\(round)", "start": "\(period.start)", "end": "\(period.end)",
    ])
  }

  static func notARoundOf(_ round: RoundID, _ policy: PolicyID) -> LocalizedText {
    DecideText.notARoundOf.text(["round": "\(round)", "policy": "\(policy)"])
  }

  static func alreadySuperseded(_ round: RoundID) -> LocalizedText {
    DecideText.alreadySuperseded.text(["round": "\(round)"])
  }
}
