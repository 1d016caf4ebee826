import JolModel
import JolPolicy

/// Facts of learners from the log's state and the vault's birth dates, for decisions.
struct LearnerFacts {
  let state: ClusterState
  let vault: Vault
  let asOf: CivilDate

  /// The learner's facts on the date for `policy`; the birth date (the vault's recorded one,
  /// else the IIN's hint) only yields `age`.
  func facts(_ learner: LearnerState, policy: PolicyID?) -> Facts {
    Facts(learner: learner, asOf: asOf, birthDate: vault.birthDate(of: learner.id), policy: policy)
  }

  /// Learners who can be decided on (``ClusterState/decidableLearners``).
  var learners: [LearnerState] { state.decidableLearners }
}

extension Vault {
  /// The birth date `age` is counted from: the recorded one, else the IIN's hint
  /// (``Person/birthDateOrHint``); nil when the vault does not hold the learner or knows neither.
  func birthDate(of learner: LearnerID) -> CivilDate? { people[learner]?.birthDateOrHint }
}
