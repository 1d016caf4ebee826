/// A consistent view of the committed log, taken under the lock and read without it: appends
/// only add bytes after the view's end, so readers and the writer never block each other.
struct LogView {
  let directory: String
  let fileSystem: any FileSystem
  let segments: [LogCore.Segment]
  /// Committed bytes of the last segment.
  let lastSegmentEnd: UInt64
  let lastSequence: UInt64

  func path(of segment: LogCore.Segment) -> String { segment.path }

  /// The sequence range of segment `ordinal`, as its name and its successor's name claim.
  func claimedRange(_ ordinal: Int) -> (first: UInt64, next: UInt64) {
    let next =
      ordinal + 1 < segments.count ? segments[ordinal + 1].firstSequence : lastSequence + 1
    return (segments[ordinal].firstSequence, next)
  }

  /// Calls `body` for each line of segment `ordinal` (whole segment, or up to the committed end
  /// for the last), with its parse result (nil: damaged, `RecordLine.diagnose` tells why). Throws `corrupt` for a partial line at the end.
  func scanSegment(
    _ ordinal: Int, from offset: UInt64 = 0,
    _ body: (LineScanner.Line, RecordLine.Parsed?) throws -> Bool
  ) throws {
    let segment = segments[ordinal]
    let segmentPath = path(of: segment)
    let descriptor = try fileSystem.open(segmentPath, .read)
    defer { fileSystem.close(descriptor) }
    let limit =
      ordinal == segments.count - 1
      ? lastSegmentEnd : try fileSystem.size(descriptor, path: segmentPath)
    let scanner = LineScanner(fileSystem: fileSystem, descriptor: descriptor, path: segmentPath)
    var finished = false
    let end = try scanner.scan(from: offset, to: limit) { line in
      let keepGoing = try body(line, RecordLine.parse(line))
      finished = !keepGoing
      return keepGoing
    }
    if !finished && end < limit {
      throw LogError(
        .corrupt(segment: segment.name, offset: end, what: "incomplete line at segment end"))
    }
  }

  /// Replays records `from...through` in order; see `EventLog.forEach`.
  func forEach(
    from first: UInt64, through last: UInt64?, _ body: (StoredRecord) throws -> Void
  ) throws {
    let upper = min(last ?? lastSequence, lastSequence)
    guard first <= upper else { return }
    for ordinal in segments.indices {
      let range = claimedRange(ordinal)
      if range.next <= first { continue }
      if range.first > upper { break }
      let name = segments[ordinal].name
      // The records before `first` are not read: the scan starts at a checked line at most
      // `first` (the segment's start when no nearer one is found).
      let start =
        first > range.first ? seekStart(ordinal, before: first) : (offset: 0, sequence: range.first)
      var expected = start.sequence
      try scanSegment(ordinal, from: start.offset) { line, parsed in
        guard let record = parsed else {
          let problem = RecordLine.diagnose(line.base, line.start, line.end)
          throw LogError(.corrupt(segment: name, offset: line.offset, what: problem.description))
        }
        if record.sequence != expected {
          throw LogError(
            .corrupt(
              segment: name, offset: line.offset,
              what: "sequence \(record.sequence) where \(expected) was expected"))
        }
        expected += 1
        if record.sequence < first { return true }
        try body(
          StoredRecord(
            sequence: record.sequence, streamVersion: record.streamVersion,
            batchEnd: record.batchEnd, buffer: line.chunk, streamRange: record.stream,
            idRange: record.id, payloadRange: record.payload))
        return record.sequence < upper
      }
    }
  }
}
