import JolModel
import JolPolicy

/// Facts of learners from the log's state and the vault's birth dates, for decisions.
struct LearnerFacts {
  let state: ClusterState
  let vault: Vault
  let asOf: CivilDate

  /// The learner's facts on the date for `policy`; the birth date (from the IIN in the vault)
  /// only yields `age`.
  func facts(_ learner: LearnerState, policy: PolicyID?) -> Facts {
    Facts(learner: learner, asOf: asOf, birthDate: vault.birthDate(of: learner.id), policy: policy)
  }

  /// Learners who can be decided on (``ClusterState/decidableLearners``).
  var learners: [LearnerState] { state.decidableLearners }
}

extension Vault {
  /// The birth date of `learner`'s IIN; nil when the vault does not hold the learner.
  func birthDate(of learner: LearnerID) -> CivilDate? { people[learner]?.iin.birthDate }
}
