/// `learner.stage_entered`: the learner is at a new place on the path from the effective
/// date. The previous placement ends on that date.
public struct StageEntered: Hashable, Codable, Sendable {
  public var placement: StagePlacement
  public var reason: TransitionReason

  public init(placement: StagePlacement, reason: TransitionReason) {
    self.placement = placement
    self.reason = reason
  }
}

/// `learner.stage_left`: the learner left a stage on the effective date, without (yet) a next
/// placement.
public struct StageLeft: Hashable, Codable, Sendable {
  public var stage: Stage
  public var reason: TransitionReason

  public init(stage: Stage, reason: TransitionReason) {
    self.stage = stage
    self.reason = reason
  }
}
