import JolModel

/// Everything a funding round decides from — the policy, the decision date, the log position
/// and the seed — and the population built from them. `jol round run` and `jol round replay`
/// both build it the same way from the state as known at the log position, so a replay rebuilds
/// exactly the inputs of the run.
public struct RoundInputs: Sendable {
  /// The policy the round decides.
  public let policy: CompiledPolicy
  /// The decision date: facts are as of this day.
  public let asOf: CivilDate
  /// The last global sequence of the log the round reads (events recorded later are unseen).
  public let logPosition: UInt64
  /// The seed added to the policy's lottery seed; empty for none.
  public let seed: String
  /// The earlier round this one supersedes: its awards count as revoked.
  public let supersedes: RoundID?
  /// The population, in learner id order.
  public let applicants: [Applicant]

  /// The inputs of a round decided from `state`, the state as of `asOf` as known at
  /// `logPosition`.
  ///
  /// The population: with `consider applicants`, the learners who applied to the policy on or
  /// before the date (with their first application's date); otherwise every learner. Learners
  /// whose data was erased are left out. Facts are those of `state`, with the awards of the
  /// round superseded (if any) revoked from their start; `age` comes from `birthDate` (the
  /// vault's recorded birth date, else the IIN's hint; nil when unknown).
  /// - Complexity: O(learners · log learners).
  public init(
    policy: CompiledPolicy, asOf: CivilDate, logPosition: UInt64, seed: String,
    supersedes: RoundID? = nil, state: ClusterState, birthDate: (LearnerID) -> CivilDate?
  ) {
    self.policy = policy
    self.asOf = asOf
    self.logPosition = logPosition
    self.seed = seed
    self.supersedes = supersedes
    var state = state
    if let supersedes { state.revokeAwards(of: supersedes, reason: "superseded") }
    // In id order, by the learners' positions: the states are not copied to be sorted. With
    // `consider applicants`, only those who applied (`applied_on` is their first application on
    // or before the date) have their facts built.
    applicants = state.learners.withUnsafeBufferPointer { learners in
      state.decidablePositions.compactMap { position -> Applicant? in
        let learner = learners[position]
        var appliedOn: CivilDate?
        if policy.consider == .applicants {
          guard let application = learner.application(to: policy.id, onOrBefore: asOf) else {
            return nil
          }
          appliedOn = application.appliedOn
        }
        return Applicant(
          facts: Facts(
            learner: learner, asOf: asOf, birthDate: birthDate(learner.id), policy: policy.id),
          appliedOn: appliedOn)
      }
    }
  }

  /// Ranks and allocates (pure: the same inputs give the same result).
  public func run() -> RoundResult {
    Round.run(policy: policy, applicants: applicants, asOf: asOf, seed: seed.isEmpty ? nil : seed)
  }
}
