extension KeptEvent {
  /// The thing in a collection that a kept event starts or ends: a stage, a category, a
  /// consent's reference, a mentor, an award's policy and round, or a mentoring programme.
  struct Thing: Comparable {
    /// The collection of the state that holds it.
    var collection: Collection
    /// Its name in the collection; an award's policy.
    var key: String
    /// An award's round; empty for the others.
    var round: String

    init(_ collection: Collection, _ key: String, _ round: String = "") {
      self.collection = collection
      self.key = key
      self.round = round
    }

    /// By collection, then key and round by their UTF-8 bytes (the order does not depend on
    /// the locale or on Unicode normalisation).
    static func < (a: Self, b: Self) -> Bool {
      guard a.collection == b.collection else { return a.collection < b.collection }
      guard a.key == b.key else { return a.key.utf8.lexicographicallyPrecedes(b.key.utf8) }
      return a.round.utf8.lexicographicallyPrecedes(b.round.utf8)
    }
  }
}
