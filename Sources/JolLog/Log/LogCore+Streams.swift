/// The stream index: which records of the log belong to a stream, without reading the others.
///
/// Kept per segment (`StreamTable`): a saved table covering the segment up to some byte, plus
/// entries scanned from what the table does not cover yet. Tables are loaded and extended on
/// first use, never on append, so appends and bulk imports do not pay for them; the writer
/// saves a segment's table once the segment is closed, and the last segment's table whenever
/// at least `StreamSegment.saveThreshold` records are not in the saved file.
extension LogCore {
  /// The index state of one segment.
  struct StreamSegment {
    /// Unsaved entries above this many make the writer save the last segment's table.
    static let saveThreshold = 4096

    /// Whether the saved table was looked at (and `table` set if usable).
    var loaded = false
    /// The saved table (header and fences) and an open descriptor on its file.
    var table: StreamTable?
    var tableDescriptor: Int32?
    /// Entries for records after the saved table's coverage, sorted.
    var tail: [StreamTable.Entry] = []
    /// What table and tail cover together.
    var coverage: StreamTable.Coverage
  }

  /// The path of the stream table of segment `ordinal`.
  func streamTablePath(_ ordinal: Int) -> String {
    let segment = segments[ordinal]
    return path(String(segment.name.dropLast(SegmentName.suffix.utf8.count)) + StreamTable.suffix)
  }

  /// Where the records of the streams whose escaped names hash to one of `hashes` start, each
  /// with its hash, in log order. Each block of a saved table is read once for all the hashes.
  /// Hash collisions are possible: the caller compares stream names.
  mutating func streamLocations(hashes: some Sequence<UInt64>) throws(LogError)
    -> [(hash: UInt64, location: Location)]
  {
    let hashes = Array(Set(hashes)).sorted()
    var locations: [(hash: UInt64, location: Location)] = []
    for ordinal in segments.indices {
      let limit = try streamLimit(ordinal)
      try extendStreams(ordinal, limit: limit)
      var entries: [StreamTable.Entry]
      if let found = try? streamEntries(ordinal, hashes: hashes) {
        entries = found
      } else {
        // A damaged block: forget the saved table, rebuild from the segment, ask again.
        discardStreams(ordinal)
        streamSegments[ordinal].loaded = true
        try extendStreams(ordinal, limit: limit)
        entries = try mappingErrors { try streamEntries(ordinal, hashes: hashes) }
      }
      entries.sort { $0.offset < $1.offset }
      for entry in entries where entry.offset < limit {
        locations.append((entry.hash, Location(segment: ordinal, offset: entry.offset)))
      }
    }
    return locations
  }

  /// Forgets every segment's stream index (and, for the writer, deletes the saved tables), so
  /// the next lookup rebuilds it from the segments.
  mutating func resetStreamIndex() {
    for ordinal in streamSegments.indices {
      discardStreams(ordinal)
      if writable { try? fileSystem.unlink(streamTablePath(ordinal)) }
    }
    streamSegments = []
  }

  /// Closes the descriptors of the stream tables.
  mutating func closeStreamTables() {
    for ordinal in streamSegments.indices { discardStreams(ordinal) }
  }

  /// Bytes of segment `ordinal` that hold committed records.
  private mutating func streamLimit(_ ordinal: Int) throws(LogError) -> UInt64 {
    if ordinal == segments.count - 1 { return committedEnd }
    return try mappingErrors {
      try fileSystem.size(try readDescriptor(ordinal), path: path(of: segments[ordinal]))
    }
  }

  private mutating func discardStreams(_ ordinal: Int) {
    guard ordinal < streamSegments.count else { return }
    if let descriptor = streamSegments[ordinal].tableDescriptor { fileSystem.close(descriptor) }
    streamSegments[ordinal] = StreamSegment(coverage: emptyCoverage(ordinal))
  }

  private func emptyCoverage(_ ordinal: Int) -> StreamTable.Coverage {
    StreamTable.Coverage(
      segmentFirstSequence: segments[ordinal].firstSequence, end: 0, lastSequence: 0,
      lastOffset: 0, lastChecksum: 0)
  }

  /// Makes segment `ordinal`'s index cover its bytes up to `limit`: loads the saved table on
  /// first use, scans what it does not cover, and saves (writer) when due.
  private mutating func extendStreams(_ ordinal: Int, limit: UInt64) throws(LogError) {
    while streamSegments.count <= ordinal {
      streamSegments.append(StreamSegment(coverage: emptyCoverage(streamSegments.count)))
    }
    if !streamSegments[ordinal].loaded {
      streamSegments[ordinal].loaded = true
      loadStreamTable(ordinal, limit: limit)
    }
    var state = streamSegments[ordinal]
    guard state.coverage.end < limit else { return }
    let added = try scanStreams(ordinal, from: state.coverage, to: limit)
    state.tail.append(contentsOf: added.entries)
    state.tail.sort()
    state.coverage = added.coverage
    streamSegments[ordinal] = state
    let closed = ordinal < segments.count - 1
    if writable && !state.tail.isEmpty
      && (closed || state.tail.count >= StreamSegment.saveThreshold)
    {
      saveStreamTable(ordinal)
    }
  }

  /// Loads the saved table of segment `ordinal` if it is whole and still matches the segment.
  private mutating func loadStreamTable(_ ordinal: Int, limit: UInt64) {
    let tablePath = streamTablePath(ordinal)
    // Only a plain file: a FIFO or device there would block the reader for ever.
    guard (try? fileSystem.status(tablePath))??.kind == .regular,
      let descriptor = try? fileSystem.open(tablePath, .read)
    else { return }
    guard
      let table = try? StreamTable.readHeader(
        fileSystem: fileSystem, descriptor: descriptor, path: tablePath),
      streamTableMatches(table.coverage, ordinal: ordinal, limit: limit)
    else {
      fileSystem.close(descriptor)
      return
    }
    streamSegments[ordinal].table = table
    streamSegments[ordinal].tableDescriptor = descriptor
    streamSegments[ordinal].coverage = table.coverage
  }

  /// Whether a saved table describes this segment: same first sequence, and the record it ends
  /// with is there with the same checksum. A reader may find a table that covers more than it
  /// has seen committed; lookups then ignore the entries past its committed end.
  private mutating func streamTableMatches(
    _ coverage: StreamTable.Coverage, ordinal: Int, limit: UInt64
  ) -> Bool {
    guard coverage.segmentFirstSequence == segments[ordinal].firstSequence,
      !writable || coverage.end <= limit
    else { return false }
    guard coverage.lastSequence > 0 else { return coverage.end == 0 }
    return coverage.lastOffset < coverage.end
      && holdsRecord(
        coverage.lastSequence, checksum: coverage.lastChecksum,
        at: Location(segment: ordinal, offset: coverage.lastOffset))
  }

  /// Scans segment bytes from `coverage.end` to `limit`: one entry per record, CRC-checked,
  /// sequences checked to follow on.
  private mutating func scanStreams(
    _ ordinal: Int, from coverage: StreamTable.Coverage, to limit: UInt64
  ) throws(LogError) -> (entries: [StreamTable.Entry], coverage: StreamTable.Coverage) {
    let segment = segments[ordinal]
    var coverage = coverage
    var entries: [StreamTable.Entry] = []
    try mappingErrors {
      let descriptor = try readDescriptor(ordinal)
      let scanner = LineScanner(
        fileSystem: fileSystem, descriptor: descriptor, path: path(of: segment))
      var failure: LogError?
      var expected =
        coverage.lastSequence == 0 ? segment.firstSequence : coverage.lastSequence + 1
      let end = try scanner.scan(from: coverage.end, to: limit) { line in
        switch RecordLine.parseOrDiagnose(line.base, line.start, line.end, checksum: line.checksum)
        {
        case .failure(let problem):
          failure = LogError(
            .corrupt(segment: segment.name, offset: line.offset, what: problem.description))
        case .success(let record):
          guard record.sequence == expected else {
            failure = LogError(
              .corrupt(
                segment: segment.name, offset: line.offset,
                what: "sequence \(record.sequence) where \(expected) was expected"))
            return false
          }
          expected += 1
          entries.append(
            StreamTable.Entry(hash: IDTable.hash(line.chunk[record.stream]), offset: line.offset))
          coverage.lastSequence = record.sequence
          coverage.lastOffset = line.offset
          coverage.lastChecksum = record.checksum
        }
        return failure == nil
      }
      if let failure { throw failure }
      if end < limit {
        throw LogError(
          .corrupt(segment: segment.name, offset: end, what: "incomplete line at segment end"))
      }
    }
    coverage.end = limit
    return (entries, coverage)
  }

  /// Writes segment `ordinal`'s table with every entry known (saved and scanned), atomically;
  /// then reads lookups from it. Failure is harmless: the entries stay in memory.
  private mutating func saveStreamTable(_ ordinal: Int) {
    var state = streamSegments[ordinal]
    var entries = state.tail
    if let table = state.table, let descriptor = state.tableDescriptor {
      let tablePath = streamTablePath(ordinal)
      for block in 0..<table.blockCount {
        guard
          let saved = try? table.readBlock(
            block, fileSystem: fileSystem, descriptor: descriptor, path: tablePath)
        else { return }  // damaged: the next lookup finds it and rebuilds
        entries.append(contentsOf: saved)
      }
      entries.sort()
    }
    let bytes = StreamTable.encode(coverage: state.coverage, entries: entries)
    let tablePath = streamTablePath(ordinal)
    guard (try? AtomicFile.write(bytes, to: tablePath, fileSystem: fileSystem)) != nil,
      let descriptor = try? fileSystem.open(tablePath, .read),
      let table = try? StreamTable.readHeader(
        fileSystem: fileSystem, descriptor: descriptor, path: tablePath)
    else { return }
    if let old = state.tableDescriptor { fileSystem.close(old) }
    state.table = table
    state.tableDescriptor = descriptor
    state.tail = []
    streamSegments[ordinal] = state
  }

  /// The entries in segment `ordinal` with one of `hashes` (ascending, each once), from the
  /// saved table — each block that may hold one read once, its entries (sorted by hash) walked
  /// beside the hashes — and the tail. Throws when a block of the saved table is damaged.
  private func streamEntries(_ ordinal: Int, hashes: [UInt64]) throws -> [StreamTable.Entry] {
    let state = streamSegments[ordinal]
    var found: [StreamTable.Entry] = []
    /// Appends the entries of `entries` (sorted by hash) whose hash is one of `hashes`: the two
    /// walked side by side, each skipping by binary search to the other's next value.
    func match(_ entries: [StreamTable.Entry]) {
      var index = 0
      var next = 0
      while index < entries.count && next < hashes.count {
        let hash = entries[index].hash
        if hash == hashes[next] {
          found.append(entries[index])
          index += 1
        } else if hash < hashes[next] {
          index = Self.firstPosition(from: index, to: entries.count) {
            entries[$0].hash >= hashes[next]
          }
        } else {
          next = Self.firstPosition(from: next, to: hashes.count) { hashes[$0] >= hash }
        }
      }
    }
    if let table = state.table, let descriptor = state.tableDescriptor {
      let tablePath = streamTablePath(ordinal)
      // The hashes ascend, and so do their candidate blocks: each block once.
      var blocks: [Int] = []
      for hash in hashes {
        for block in table.candidateBlocks(hash) where blocks.last.map({ $0 < block }) ?? true {
          blocks.append(block)
        }
      }
      for block in blocks {
        guard
          let entries = try table.readBlock(
            block, fileSystem: fileSystem, descriptor: descriptor, path: tablePath)
        else { throw StreamTableDamaged() }
        match(entries)
      }
    }
    match(state.tail)
    return found
  }

  /// The first position in `start..<end` where `reached` holds, given that it holds from some
  /// position on (`end` if none).
  private static func firstPosition(from start: Int, to end: Int, _ reached: (Int) -> Bool)
    -> Int
  {
    var low = start
    var high = end
    while low < high {
      let middle = (low + high) / 2
      if reached(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}

/// A block of a saved stream table failed its checksum.
private struct StreamTableDamaged: Error {}
