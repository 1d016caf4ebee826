/// The stream-version and id index: loaded from the `index` file and extended from where it
/// ends, or rebuilt by scanning when the file is missing, damaged or stale; saved at rollover
/// (when enough is new) and at close.
extension LogCore {
  /// Makes `index` available, covering every committed record.
  mutating func loadIndex() throws(LogError) {
    if index != nil { return }
    var loaded = LogIndex()
    // Only a plain file: a FIFO or device there would block the reader for ever.
    if (try? fileSystem.status(path(LogIndex.fileName)))??.kind == .regular,
      let bytes = try? fileSystem.readFile(path(LogIndex.fileName)),
      let (saved, firsts, sealed) = LogIndex.decode(bytes),
      matches(saved, segmentFirstSequences: firsts)
    {
      loaded = saved
      indexFileSequence = saved.coveredSequence
      // The saved index vouches for what the sealed segments held; one changed since (the
      // writer never changes a sealed segment) is read whole again before anything is written.
      if writable { try recheckChangedSegments(covered: saved.coveredEnd.segment, sealed: sealed) }
    }
    let fromSequence = loaded.coveredSequence
    try extend(&loaded)
    index = loaded
    if writable && lastSequence - fromSequence >= 100_000 { saveIndex() }
  }

  /// Loads the index; on failure records the error as the reason to refuse writes.
  mutating func loadIndexOrRefuse() -> Bool {
    do {
      try loadIndex()
      return true
    } catch {
      refusal = refusal ?? error
      return false
    }
  }

  /// Whether a saved index still describes these segments: same segment list prefix, and the
  /// record it ends with is there, with the same checksum.
  private mutating func matches(_ saved: LogIndex, segmentFirstSequences firsts: [UInt64]) -> Bool {
    guard firsts.count <= segments.count,
      zip(firsts, segments).allSatisfy({ $0 == $1.firstSequence }),
      saved.coveredSequence <= lastSequence, saved.coveredEnd.segment < max(1, segments.count)
    else { return false }
    if saved.coveredSequence == 0 { return true }
    guard saved.lastRecord.segment < segments.count,
      saved.coveredEnd.segment < segments.count,
      saved.coveredEnd.segment < segments.count - 1 || saved.coveredEnd.offset <= committedEnd
    else { return false }
    return holdsRecord(
      saved.coveredSequence, checksum: saved.lastRecordChecksum, at: saved.lastRecord)
  }

  /// Adds the records after `index.coveredEnd` to the index, checking stream versions and ids.
  private mutating func extend(_ index: inout LogIndex) throws(LogError) {
    guard !segments.isEmpty else { return }
    var expected = index.coveredSequence + 1
    for ordinal in index.coveredEnd.segment..<segments.count {
      let segment = segments[ordinal]
      let start = ordinal == index.coveredEnd.segment ? index.coveredEnd.offset : 0
      if start == 0 && segment.firstSequence != expected {
        throw LogError(
          .corrupt(
            segment: segment.name, offset: 0,
            what: "segment starts at sequence \(segment.firstSequence), \(expected) expected"))
      }
      try mappingErrors {
        let descriptor = try readDescriptor(ordinal)
        let limit =
          ordinal == segments.count - 1
          ? committedEnd : try fileSystem.size(descriptor, path: path(of: segment))
        var failure: LogError? = nil
        let scanner = LineScanner(
          fileSystem: fileSystem, descriptor: descriptor, path: path(of: segment))
        let end = try scanner.scan(from: start, to: limit) { line in
          switch RecordLine.parseOrDiagnose(
            line.base, line.start, line.end, checksum: line.checksum)
          {
          case .failure(let problem):
            failure = LogError(
              .corrupt(segment: segment.name, offset: line.offset, what: problem.description))
          case .success(let record):
            let streamKey = JSONString.decode(line.chunk[record.stream])
            let previous = index.streams[streamKey] ?? 0
            if record.sequence != expected {
              failure = LogError(
                .corrupt(
                  segment: segment.name, offset: line.offset,
                  what: "sequence \(record.sequence) where \(expected) was expected"))
            } else if record.streamVersion != previous + 1 {
              failure = LogError(
                .corrupt(
                  segment: segment.name, offset: line.offset,
                  what: "stream \(streamKey) version \(record.streamVersion) after \(previous)"))
            } else {
              expected += 1
              index.streams[streamKey] = record.streamVersion
              let location = Location(segment: ordinal, offset: line.offset)
              index.ids.insert(hash: IDTable.hash(line.chunk[record.id]), at: location)
              index.coveredSequence = record.sequence
              index.lastRecord = location
              index.lastRecordChecksum = record.checksum
            }
          }
          return failure == nil
        }
        if let failure { throw failure }
        if end < limit {
          throw LogError(
            .corrupt(segment: segment.name, offset: end, what: "incomplete line at segment end"))
        }
        index.coveredEnd = Location(segment: ordinal, offset: limit)
      }
    }
  }

  /// Checks every record of each sealed segment below `covered` whose identity differs from
  /// the one the index was saved with (or that was not sealed then).
  ///
  /// - Throws: `LogError.corrupt` naming the first damaged record.
  private mutating func recheckChangedSegments(covered: Int, sealed: [FileIdentity])
    throws(LogError)
  {
    for ordinal in 0..<min(covered + 1, segments.count - 1) {
      let segment = segments[ordinal]
      let next = segments[ordinal + 1].firstSequence
      try mappingErrors {
        let descriptor = try readDescriptor(ordinal)
        let identity = try fileSystem.identity(descriptor, path: path(of: segment))
        if ordinal < sealed.count && sealed[ordinal] == identity { return }
        let scan = try TailScan.run(
          fileSystem: fileSystem, descriptor: descriptor, path: path(of: segment),
          firstSequence: segment.firstSequence, from: 0, limit: identity.size)
        if let damage = scan.damage {
          throw LogError(.corrupt(segment: segment.name, offset: damage.offset, what: damage.what))
        }
        if scan.lastWholeSequence + 1 != next {
          throw LogError(
            .corrupt(
              segment: segment.name, offset: scan.wholeEnd,
              what:
                "the segment ends at sequence \(scan.lastWholeSequence), the next starts at \(next)"
            ))
        }
        sealedIdentitiesChanged = true
      }
    }
  }

  /// Saves the index at a rollover when what it does not cover is at least a quarter of what it
  /// does: total index writes stay within a few times the final index size, and a restart after
  /// a crash rescans at most about a fifth of the log.
  mutating func saveIndexIfDue() {
    let uncovered = lastSequence - indexFileSequence
    if uncovered > 0 && uncovered * 4 >= indexFileSequence { saveIndex() }
  }

  /// Writes the index file atomically. Failure is harmless (the index is rebuilt from the
  /// segments), so it is not reported.
  mutating func saveIndex() {
    guard writable, let index,
      index.coveredSequence > indexFileSequence || sealedIdentitiesChanged
    else { return }
    var sealed: [FileIdentity] = []
    for ordinal in 0..<max(0, segments.count - 1) {
      guard let descriptor = try? readDescriptor(ordinal),
        let identity = try? fileSystem.identity(descriptor, path: path(of: segments[ordinal]))
      else { break }
      sealed.append(identity)
    }
    let bytes = index.encoded(segmentFirstSequences: segments.map(\.firstSequence), sealed: sealed)
    if (try? AtomicFile.write(bytes, to: path(LogIndex.fileName), fileSystem: fileSystem)) != nil {
      indexFileSequence = index.coveredSequence
      sealedIdentitiesChanged = false
    }
  }

  /// Whether the log holds a record whose escaped id is `id` (`hash` is its hash).
  mutating func containsID(_ id: [UInt8], hash: UInt64) throws(LogError) -> Bool {
    try loadIndex()
    return try mappingErrors {
      try index!.ids.contains(hash: hash) { location in
        let line = try readLine(at: location)
        return line.id == id
      }
    }
  }

  /// Whether the record line at `location` is intact and the one with `sequence` and line
  /// `checksum`: how every derived file (index, stream table, snapshot) and the commit marker
  /// are tied to the exact log content they describe.
  mutating func holdsRecord(_ sequence: UInt64, checksum: UInt32, at location: Location) -> Bool {
    guard location.segment < segments.count, let line = try? readLine(at: location) else {
      return false
    }
    return line.sequence == sequence && line.checksum == checksum
  }

  /// The envelope of the record line at `location` (checksum verified).
  mutating func readLine(at location: Location) throws -> RecordLine.EnvelopeRead {
    let segment = segments[location.segment]
    return try RecordLine.read(
      fileSystem: fileSystem, descriptor: try readDescriptor(location.segment),
      path: path(of: segment), name: segment.name, offset: location.offset)
  }
}
