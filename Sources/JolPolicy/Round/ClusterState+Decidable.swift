import JolModel

extension ClusterState {
  /// Learners who can be decided on: every learner whose data was not erased, in id order
  /// (deterministic, whatever the order of the log).
  /// - Complexity: as ``decidablePositions``, and a copy of each learner.
  public var decidableLearners: [LearnerState] { decidablePositions.map { learners[$0] } }

  /// The positions in ``learners`` of the learners who can be decided on, in their ids' order:
  /// positions are sorted (``StringOrder``), not the learners (a million states are not moved
  /// about).
  /// - Complexity: O(learners · log learners).
  public var decidablePositions: [Int] {
    learners.withUnsafeBufferPointer { learners in
      StringOrder.sorted(learners.indices.filter { learners[$0].erased == nil }) {
        learners[$0].id.rawValue
      }
    }
  }
}
