import JolModel

extension Vault {
  /// Checks the vault against the log's state before anything is written: every learner stream
  /// of the log has a vault entry, unless the learner was erased — and then the erasure
  /// register has theirs. A vault that lost entries (a deleted or older `people.csv`) would make
  /// an import register the same people again under new ids and orphan their histories; one
  /// that lost erasures (a deleted `erasures.csv`) would let an erased person back in. Jol
  /// refuses to write until it is restored. (Entries without events are allowed: a crash
  /// between the vault and the log leaves them, and importing the file again completes them.)
  /// - Throws: ``CommandError`` 65 with how many learners lack an entry and the first ids.
  func checkCovers(_ state: ClusterState) throws {
    try Self.checkCovers(
      state, directory: directory, erased: erasedLearners,
      hasEntry: { people[$0] != nil })
  }

  /// ``checkCovers(_:)`` of the vault in `directory` whose erasure register lists the learners
  /// `erased` and whose people are those `hasEntry` says (``VaultKeys`` checks through the
  /// vault's index).
  static func checkCovers(
    _ state: ClusterState, directory: String, erased registered: Set<LearnerID>,
    hasEntry: (LearnerID) -> Bool
  ) throws {
    var missing: [LearnerID] = []
    var count = 0
    var erasedMissing: [LearnerID] = []
    var erasedCount = 0
    state.forEachLearner { learner in
      // (A learner the register says was erased needs no entry: a salvaged log may have lost
      // the erasure event.)
      if learner.erased == nil && !hasEntry(learner.id) && !registered.contains(learner.id) {
        count += 1
        if missing.count < 5 { missing.append(learner.id) }
      } else if learner.erased != nil && !registered.contains(learner.id) {
        erasedCount += 1
        if erasedMissing.count < 5 { erasedMissing.append(learner.id) }
      }
    }
    if erasedCount > 0 {
      let ids =
        erasedMissing.map(\.rawValue).joined(separator: ", ")
        + (erasedCount > erasedMissing.count ? ", …" : "")
      let path = directory + "/" + erasuresFile
      throw CommandError(
        StoreText.erasuresMissing.text([
          "path": path, "erased_count": String(erasedCount), "ids": ids,
        ]),
        exitCode: .dataError)
    }
    guard count > 0 else { return }
    let ids = missing.map(\.rawValue).joined(separator: ", ") + (count > missing.count ? ", …" : "")
    let path = directory + "/" + peopleFile
    throw CommandError(
      StoreText.entriesMissing.text([
        "path": path, "count": String(count), "ids": ids,
      ]),
      exitCode: .dataError)
  }
}
