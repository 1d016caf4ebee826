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
  /// vault's index). The learners are looked at on every core: `hasEntry` must only read.
  static func checkCovers(
    _ state: ClusterState, directory: String, erased registered: Set<LearnerID>,
    hasEntry: (LearnerID) -> Bool
  ) throws {
    /// The learners of a share lacking an entry, and those erased lacking their erasure: the
    /// first few of each, and how many.
    struct Lacking {
      var missing: [LearnerID] = []
      var count = 0
      var erasedMissing: [LearnerID] = []
      var erasedCount = 0
    }
    let shares = state.learners.withUnsafeBufferPointer { learners in
      Parallel.map(slicing: learners.indices, minimumPiece: 8192) { range in
        var lacking = Lacking()
        for position in range {
          // Read in place: a copy of the learner would count a reference on each of its parts.
          let id = learners[position].id
          let isErased = learners[position].erased != nil
          // (A learner the register says was erased needs no entry: a salvaged log may have
          // lost the erasure event.)
          if !isErased && !hasEntry(id) && !registered.contains(id) {
            lacking.count += 1
            if lacking.missing.count < 5 { lacking.missing.append(id) }
          } else if isErased && !registered.contains(id) {
            lacking.erasedCount += 1
            if lacking.erasedMissing.count < 5 { lacking.erasedMissing.append(id) }
          }
        }
        return lacking
      }
    }
    // The shares in order: the first ids are those one pass in the state's order finds.
    let missing = Array(shares.lazy.flatMap(\.missing).prefix(5))
    let count = shares.reduce(0) { $0 + $1.count }
    let erasedMissing = Array(shares.lazy.flatMap(\.erasedMissing).prefix(5))
    let erasedCount = shares.reduce(0) { $0 + $1.erasedCount }
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
