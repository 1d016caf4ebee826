import JolModel

extension ClusterState {
  /// Learners who can be decided on: every learner whose data was not erased, in id order
  /// (deterministic, whatever the order of the log).
  /// - Complexity: O(learners · log learners).
  public var decidableLearners: [LearnerState] {
    learners.filter { $0.erased == nil }.sorted { $0.id < $1.id }
  }
}
