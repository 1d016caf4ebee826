/// Digests and recorded terms in the binary snapshot: a digest as its two lanes, fixed-width
/// (their bits are random, a varint would only grow them); a term as its shared text, its
/// digest and its sequence.
extension SnapshotWriter {
  mutating func digest(_ value: ContentDigest) {
    fixed(value.high)
    fixed(value.low)
  }
}

extension SnapshotReader {
  mutating func digest() throws(SnapshotError) -> ContentDigest {
    ContentDigest(high: try fixed(UInt64.self), low: try fixed(UInt64.self))
  }
}

extension RecordedTerm {
  func write(to w: inout SnapshotWriter) {
    w.shared(term)
    w.digest(digest)
    w.varint(sequence)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(term: try r.shared(), digest: try r.digest(), sequence: try r.varint())
  }
}
