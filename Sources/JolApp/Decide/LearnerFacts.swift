import JolModel
import JolPolicy

/// A learner to decide on: their state from the log, and the birth date `age` is counted from
/// (the vault's recorded one, else the IIN's hint: ``Person/birthDateOrHint``), which yields
/// nothing else.
struct LearnerFacts {
  let learner: LearnerState
  let birthDate: CivilDate?

  /// The learner's facts on the date for `policy`.
  func facts(asOf: CivilDate, policy: PolicyID?) -> Facts {
    Facts(learner: learner, asOf: asOf, birthDate: birthDate, policy: policy)
  }

  /// Every learner of `state` who can be decided on (``ClusterState/decidableLearners``), with
  /// their birth dates from `vault`.
  static func all(_ state: ClusterState, vault: Vault) -> [LearnerFacts] {
    state.decidableLearners.map {
      LearnerFacts(learner: $0, birthDate: vault.birthDate(of: $0.id))
    }
  }
}

extension Vault {
  /// The birth date `age` is counted from: the recorded one, else the IIN's hint
  /// (``Person/birthDateOrHint``); nil when the vault does not hold the learner or knows neither.
  func birthDate(of learner: LearnerID) -> CivilDate? { people[learner]?.birthDateOrHint }
}
