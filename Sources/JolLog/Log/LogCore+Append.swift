/// Appending: dedupe by id, check expectations, encode, write, flush once per group, and only
/// then make the records visible and acknowledge them.
extension LogCore {
  /// Records of one flush: bytes for one segment, with what to apply once they are durable.
  private struct Group {
    /// The bytes not yet handed to `writer`: `bytes[0]` is the group's byte `handed`.
    var bytes: [UInt8] = []
    var handed = 0
    /// Writes the handed bytes while the rest is encoded; nil until the group outgrows a chunk
    /// (``GroupWriter/chunkBytes``), and for every group that does not.
    var writer: GroupWriter?
    /// The new segment's file (`NAME.tmp` until the flush renames it), when `writer` writes a
    /// segment the group creates.
    var newFile: AtomicFile.Pending?
    /// Ordinal of the segment the bytes go to; `segments.count` when it is to be created.
    var segment: Int
    /// Offset of the group's first byte in that segment.
    var baseOffset: UInt64
    var createsSegment: Bool
    var firstSequence: UInt64
    var lastSequence: UInt64
    var ids: [(hash: UInt64, offset: Int)] = []
    /// How many entries of the call's ``StreamUndo`` there are up to the group's last record:
    /// they are kept once the group is durable.
    var undoEnd = 0
    var lastRecordOffset = 0
    var lastRecordChecksum: UInt32 = 0

    /// The group's bytes, handed or not.
    var count: Int { handed + bytes.count }
  }

  /// One batch encoded: its lines, and where each line starts.
  private struct EncodedBatch {
    var bytes: [UInt8] = []
    var lineOffsets: [Int] = []
    var lastChecksum: UInt32 = 0
  }

  /// The stream versions an append call has advanced in the index, each with the version it
  /// had before, in order. Versions are advanced in the index as the records are encoded (one
  /// look-up a record); the ones of records that do not become durable are put back.
  private struct StreamUndo {
    var entries: [(stream: String, previous: UInt64?)] = []
    /// Entries of groups made durable: never put back.
    var kept = 0
  }

  /// Appends `count` batches, each atomic, with one flush for all of them (more only when a
  /// segment fills up). `batch(i)` gives batch `i`, asked for once each, in order: a caller may
  /// still be making the later ones while the earlier are encoded. `expecting` applies to the
  /// first batch only (single appends); `records` is how many records the batches hold in all
  /// (room is made for them at once).
  mutating func append(
    count: Int, records: Int, expecting: [String: ExpectedVersion],
    _ batch: (Int) -> [ProposedRecord]
  ) throws(LogError) -> [AppendResult] {
    try checkWritable()
    try loadIndex()
    // Room for every record's stream up front: a bulk import names a new stream per learner,
    // and growing these tables record by record rehashes them again and again.
    var pendingIDs = PendingIDs()
    pendingIDs.reserveCapacity(records)
    var undo = StreamUndo()
    undo.entries.reserveCapacity(records)
    index!.streams.reserveCapacity(index!.streams.count + records)
    var results: [AppendResult] = []
    let segmentsBefore = segments.count
    var nextSequence = lastSequence + 1
    // The group being gathered, not yet flushed (`flush` ends a group whatever happens).
    var group: Group? = nil
    do throws(LogError) {
      for batchNumber in 0..<count {
        let batch = batch(batchNumber)
        // Records read in place: a copy would count a reference on each of their arrays.
        for position in batch.indices {
          if let problem = Self.problem(with: batch[position]) {
            let what = count > 1 ? "batch \(batchNumber): \(problem)" : problem
            throw LogError(.invalidRecord(index: position, what: what))
          }
        }
        let (appended, skipped) = try partition(batch, pendingIDs: &pendingIDs)
        if appended.isEmpty {
          results.append(AppendResult(sequences: nil, appendedIDs: [], skippedIDs: skipped))
          continue
        }
        if batchNumber == 0 {
          for (stream, expectation) in expecting {
            let actual = index!.streams[stream] ?? 0
            if !expectation.admits(actual) {
              throw LogError(
                .versionConflict(stream: stream, expected: expectation, actual: actual))
            }
          }
        }
        let batchEnd = nextSequence + UInt64(appended.count) - 1
        let encoded = encode(appended, from: nextSequence, undo: &undo)
        // Place it: the current group, or a new segment when this one would grow past the limit.
        if group == nil {
          group = startGroup(firstSequence: nextSequence, forcingNewSegment: false)
        }
        let used = group!.baseOffset + UInt64(group!.count)
        if used > 0 && used + UInt64(encoded.bytes.count) > segmentSize {
          let full = group!
          group = nil
          if full.count > 0 {
            try flush(full)
            undo.kept = full.undoEnd
          }
          group = startGroup(firstSequence: nextSequence, forcingNewSegment: true)
        }
        let base = group!.count
        group!.bytes.append(contentsOf: encoded.bytes)
        if group!.bytes.count >= chunkBytes { try handOff(&group!) }
        for (position, offset) in encoded.lineOffsets.enumerated() {
          group!.ids.append((appended[position].idHash, base + offset))
        }
        group!.undoEnd = undo.entries.count
        group!.lastSequence = batchEnd
        group!.lastRecordOffset = base + encoded.lineOffsets.last!
        group!.lastRecordChecksum = encoded.lastChecksum
        results.append(
          AppendResult(
            sequences: nextSequence...batchEnd, appendedIDs: appended.map(\.id),
            skippedIDs: skipped))
        nextSequence = batchEnd + 1
      }
      if let last = group, last.count > 0 {
        group = nil
        try flush(last)
      }
    } catch {
      if let group { abandon(group, because: error) }
      for entry in undo.entries[undo.kept...].reversed() {
        index!.streams[entry.stream] = entry.previous
      }
      throw error
    }
    // A segment was sealed: the index file may be due. Saved only now, when the index holds
    // no stream version of a record that is not durable.
    if segments.count > max(1, segmentsBefore) { saveIndexIfDue() }
    return results
  }

  /// Hands the group's gathered bytes to its writer, started on first need: for a group that
  /// creates a segment, the writer writes the new segment's temporary file.
  private func handOff(_ group: inout Group) throws(LogError) {
    if group.writer == nil {
      let (descriptor, written): (Int32, String) = try mappingErrors {
        guard group.createsSegment else {
          return (activeDescriptor!, path(of: segments[group.segment]))
        }
        let segment = Segment(firstSequence: group.firstSequence, in: directory)
        let file = try AtomicFile.Pending(replacing: path(of: segment), fileSystem: fileSystem)
        group.newFile = file
        return (file.descriptor, file.temporary)
      }
      group.writer = GroupWriter(fileSystem: fileSystem, descriptor: descriptor, path: written)
    }
    group.writer!.write(group.bytes, at: group.baseOffset + UInt64(group.handed))
    group.handed += group.bytes.count
    group.bytes = []
    group.bytes.reserveCapacity(min(chunkBytes, GroupWriter.chunkBytes) + (1 << 16))
  }

  /// Ends a group that will not be flushed (the append failed before): its writer is waited
  /// for, and what it wrote removed — a new segment's temporary file, or the bytes after the
  /// last segment's committed end. Should they stay, the log refuses writes until it is
  /// opened again (recovery then cuts them off as the torn tail they are).
  private mutating func abandon(_ group: Group, because error: LogError) {
    guard let writer = group.writer else { return }
    _ = try? writer.finish()
    if let file = group.newFile {
      file.abandon()
    } else if (try? fileSystem.truncate(
      activeDescriptor!, to: committedEnd, path: path(of: segments[group.segment]))) == nil
    {
      refusal = refusal ?? error
    }
  }

  /// Splits a batch into records to append and ids to skip (already in the log, or earlier in
  /// this call). A batch with nothing to skip, as almost all are, is returned itself: copying
  /// its records would count a reference on each of their arrays.
  private mutating func partition(_ batch: [ProposedRecord], pendingIDs: inout PendingIDs)
    throws(LogError) -> (appended: [ProposedRecord], skipped: [String])
  {
    // The records to append once one is skipped (nil: all of them so far).
    var appended: [ProposedRecord]? = nil
    var skipped: [String] = []
    for position in batch.indices {
      let hash = batch[position].idHash
      var known = pendingIDs.contains(batch[position].id, hash: hash)
      if !known { known = try containsID(batch[position].escapedID, hash: hash) }
      if known {
        if appended == nil { appended = Array(batch[..<position]) }
        skipped.append(batch[position].id)
      } else {
        pendingIDs.insert(batch[position].id, hash: hash)
        appended?.append(batch[position])
      }
    }
    return (appended ?? batch, skipped)
  }

  /// Encodes one batch's lines from sequence `first`, advancing the stream versions in the index
  /// (and noting in `undo` what they were).
  private mutating func encode(
    _ entries: [ProposedRecord], from first: UInt64, undo: inout StreamUndo
  ) -> EncodedBatch {
    var batch = EncodedBatch()
    batch.bytes.reserveCapacity(entries.reduce(0) { $0 + $1.payload.count + 160 })
    batch.lineOffsets.reserveCapacity(entries.count)
    let batchEnd = first + UInt64(entries.count) - 1
    // `durable`: everything up to `lastSequence` was flushed before these bytes are written.
    let durable = lastSequence
    // Fields read in place: copying an entry would retain each of its arrays.
    for position in entries.indices {
      let stream = entries[position].stream
      // One look-up of the stream's version in the index, advanced in place.
      let version = Self.advance(&index!.streams[stream], undo: &undo, stream: stream)
      batch.lineOffsets.append(batch.bytes.count)
      batch.lastChecksum = RecordLine.append(
        RecordLine.Envelope(
          sequence: first + UInt64(position), batchEnd: batchEnd, durable: durable,
          streamVersion: version),
        escapedStream: entries[position].escapedStream, escapedID: entries[position].escapedID,
        payload: entries[position].payload, to: &batch.bytes)
    }
    return batch
  }

  /// `version` (nil: a stream not in the index yet) plus one, which it then is; what it was is
  /// noted in `undo`.
  private static func advance(_ version: inout UInt64?, undo: inout StreamUndo, stream: String)
    -> UInt64
  {
    undo.entries.append((stream, version))
    let next = (version ?? 0) + 1
    version = next
    return next
  }

  /// A group for records from `firstSequence`: appended to the last segment, or the first bytes
  /// of a new one (no segment yet, or `forcingNewSegment`).
  private func startGroup(firstSequence: UInt64, forcingNewSegment: Bool) -> Group {
    if segments.isEmpty || forcingNewSegment {
      return Group(
        segment: segments.count, baseOffset: 0, createsSegment: true,
        firstSequence: firstSequence, lastSequence: firstSequence - 1)
    }
    return Group(
      segment: segments.count - 1, baseOffset: committedEnd, createsSegment: false,
      firstSequence: firstSequence, lastSequence: firstSequence - 1)
  }

  /// Makes a group durable, then its commit marker, then the records visible. Any failure is
  /// fatal: the log refuses later writes, because after a failed flush the state of the files
  /// is unknown.
  private mutating func flush(_ group: Group) throws(LogError) {
    let previous = (committedEnd, lastSequence, lastRecord, lastRecordChecksum)
    do {
      try mappingErrors {
        if group.createsSegment {
          let segment = Segment(firstSequence: group.firstSequence, in: directory)
          if let writer = group.writer, let file = group.newFile {
            writer.write(group.bytes, at: UInt64(group.handed))
            do {
              try writer.finish()
            } catch {
              file.abandon()
              throw error
            }
            try file.commit()
          } else {
            try AtomicFile.write(group.bytes, to: path(of: segment), fileSystem: fileSystem)
          }
          let descriptor = try fileSystem.open(path(of: segment), .readWrite)
          if let previous = activeDescriptor { fileSystem.close(previous) }
          activeDescriptor = descriptor
          segments.append(segment)
          committedEnd = 0
        } else {
          let segmentPath = path(of: segments[group.segment])
          if let writer = group.writer {
            writer.write(group.bytes, at: committedEnd + UInt64(group.handed))
            try writer.finish()
          } else {
            try group.bytes.withUnsafeBytes {
              try fileSystem.write(activeDescriptor!, $0, at: committedEnd, path: segmentPath)
            }
          }
          try fileSystem.fdatasync(activeDescriptor!, path: segmentPath)
        }
        committedEnd += UInt64(group.count)
        lastSequence = group.lastSequence
        lastRecord = Location(
          segment: group.segment, offset: group.baseOffset + UInt64(group.lastRecordOffset))
        lastRecordChecksum = group.lastRecordChecksum
        // Acknowledged only once the marker says so: see `CommitMarker`.
        try writeMarker()
      }
    } catch {
      (committedEnd, lastSequence, lastRecord, lastRecordChecksum) = previous
      refusal = error
      throw error
    }
    for (hash, offset) in group.ids {
      index!.ids.insert(
        hash: hash,
        at: Location(segment: group.segment, offset: group.baseOffset + UInt64(offset)))
    }
    index!.coveredSequence = lastSequence
    index!.coveredEnd = Location(segment: group.segment, offset: committedEnd)
    index!.lastRecord = lastRecord
    index!.lastRecordChecksum = lastRecordChecksum
  }

  /// Why a proposed record cannot be stored, or nil.
  static func problem(with record: ProposedRecord) -> String? {
    if record.id.isEmpty { return "empty id" }
    if record.stream.isEmpty { return "empty stream name for id \(record.id)" }
    let payload = record.payload
    guard payload.first == UInt8(ascii: "{"), payload.last == UInt8(ascii: "}") else {
      return "payload of \(record.id) is not a JSON object (must start with { and end with })"
    }
    if !record.payloadIsOneLine {
      return "payload of \(record.id) contains a raw line break"
    }
    return nil
  }
}

/// The ids of one append call's records so far, found by the hash the id table uses (already
/// computed for each record), so an id is hashed once, not again by a `Set<String>`.
struct PendingIDs {
  /// The first id of each hash.
  private var first: [UInt64: String] = [:]

  /// Room for `count` ids.
  mutating func reserveCapacity(_ count: Int) { first.reserveCapacity(count) }
  /// Ids whose hash an earlier, different id has (64-bit hashes: practically never).
  private var others: Set<String> = []

  /// Whether `id`, whose hash is `hash`, is pending.
  func contains(_ id: String, hash: UInt64) -> Bool {
    guard let first = first[hash] else { return false }
    return first == id || others.contains(id)
  }

  /// Adds `id`, whose hash is `hash`.
  mutating func insert(_ id: String, hash: UInt64) {
    if let existing = first[hash] {
      if existing != id { others.insert(id) }
    } else {
      first[hash] = id
    }
  }
}
