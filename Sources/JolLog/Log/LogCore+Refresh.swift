/// A reader catching up with the writer.
extension LogCore {
  /// Picks up new segments and whole batches committed since the reader's view was taken.
  mutating func refresh() throws(LogError) {
    if closed { throw LogError(.closed) }
    guard !writable else { return }
    let listed = try mappingErrors {
      try fileSystem.listDirectory(directory).compactMap(SegmentName.firstSequence(of:)).sorted()
    }
    let known = Set(segments.map(\.firstSequence))
    let added = listed.filter { !known.contains($0) && $0 > (segments.last?.firstSequence ?? 0) }
    // The current last segment may have grown before the writer moved on: finish it first.
    if let last = segments.last {
      try scanTail(ordinal: segments.count - 1, from: committedEnd, firstSequence: lastSequence + 1)
      if !added.isEmpty, lastSequence + 1 != added[0] {
        throw LogError(
          .corrupt(
            segment: last.name, offset: committedEnd,
            what: "segment ends at sequence \(lastSequence), next segment starts at \(added[0])"))
      }
    }
    for first in added {
      segments.append(Segment(firstSequence: first, in: directory))
      committedEnd = 0
      try scanTail(ordinal: segments.count - 1, from: 0, firstSequence: first)
    }
    if index != nil {
      index = nil
      try loadIndex()
    }
  }

  private mutating func scanTail(ordinal: Int, from start: UInt64, firstSequence: UInt64)
    throws(LogError)
  {
    let segment = segments[ordinal]
    try mappingErrors {
      let descriptor = try readDescriptor(ordinal)
      let size = try fileSystem.size(descriptor, path: path(of: segment))
      let tail = try TailScan.run(
        fileSystem: fileSystem, descriptor: descriptor, path: path(of: segment),
        firstSequence: firstSequence, from: start, limit: size)
      if let damage = tail.damage, tail.vouched {
        throw LogError(.corrupt(segment: segment.name, offset: damage.offset, what: damage.what))
      }
      committedEnd = tail.wholeEnd
      if tail.lastWholeSequence >= firstSequence {
        lastSequence = tail.lastWholeSequence
        lastRecord = Location(segment: ordinal, offset: tail.lastWholeOffset)
        lastRecordChecksum = tail.lastWholeChecksum
      }
    }
  }
}
