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
    Facts(
      learner: learner, asOf: asOf, birthDate: vault.people[learner.id]?.iin.birthDate,
      policy: policy)
  }

  /// Learners who can be decided on: every learner of the state whose data was not erased, in
  /// id order (deterministic, whatever the order of the log).
  var learners: [LearnerState] {
    state.learners.filter { $0.erased == nil }.sorted { $0.id < $1.id }
  }
}
