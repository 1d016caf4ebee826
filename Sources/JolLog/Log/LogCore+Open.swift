#if canImport(Glibc)
  import Glibc
#endif

/// Opening: directory, lock, leftovers, segment list, and recovery of the last segment.
extension LogCore {
  static let lockFileName = "lock"

  /// Opens the log in `directory`; see `EventLog.open`.
  static func open(
    directory: String, writable: Bool, fileSystem: any FileSystem, segmentSize: UInt64,
    chunkBytes: Int
  ) throws(LogError) -> LogCore {
    var core = LogCore(
      directory: directory, writable: writable, fileSystem: fileSystem,
      segmentSize: segmentSize, chunkBytes: chunkBytes)
    var reading = CommitMarker.Reading.absent
    do {
      try OwnDirectory.check(directory, creating: writable, fileSystem: fileSystem)
      try mappingErrors {
        if writable {
          if !fileSystem.exists(directory) {
            try fileSystem.makeDirectory(directory)
            // The new directory entry must survive a power loss along with what goes in it.
            let parent = parentDirectory(of: directory)
            try fileSystem.syncDirectory(parent.isEmpty ? "." : parent)
          }
          try core.takeLock()
          try AtomicFile.removeLeftovers(in: directory, fileSystem: fileSystem)
        } else if !fileSystem.exists(directory) {
          throw FileSystemError(operation: "open", path: directory, code: 2)
        }
        // The marker before the segments: a reader racing a writer then sees at least the
        // segments the marker names (records reach their segment before the marker).
        reading = try CommitMarker.read(directory: directory, fileSystem: fileSystem)
        core.segments = try fileSystem.listDirectory(directory)
          .compactMap(SegmentName.firstSequence(of:)).sorted()
          .map { Segment(firstSequence: $0, in: directory) }
      }
      try core.recover(reading)
      return core
    } catch {
      core.releaseResources()
      throw error
    }
  }

  /// Takes the write lock (`flock` on `lock`, which then holds our pid) or fails at once.
  ///
  /// One wrinkle: while this process forks a child (Foundation's `Process`), the child holds
  /// copies of our descriptors until it execs, and with them our lock. A writer that closes and
  /// reopens in that window finds its own pid in the lock file although no writer of this
  /// process is open (`WriterRegistry`): then it retries for up to a second instead of failing.
  private mutating func takeLock() throws {
    let lockPath = path(Self.lockFileName)
    let key = WriterRegistry.key(for: directory)
    var delay: UInt32 = 1_000
    while true {
      let descriptor = try fileSystem.open(lockPath, .createOrOpen)
      if try fileSystem.tryLock(descriptor, path: lockPath) {
        lockDescriptor = descriptor
        break
      }
      fileSystem.close(descriptor)
      let pid = readLockHolder(lockPath)
      guard pid == currentProcessID(), !WriterRegistry.contains(key), delay < 1_000_000 else {
        throw LogError(.busy(pid: pid))
      }
      usleep(delay)
      delay *= 2
    }
    WriterRegistry.insert(key)
    registryKey = key
    // The pid, right-aligned in a fixed width: written over the old one in one write, never
    // after a truncation, so a process refused at that moment still reads a whole pid.
    let text = String(currentProcessID())
    let pid = Array((String(repeating: " ", count: max(0, 11 - text.count)) + text + "\n").utf8)
    try pid.withUnsafeBytes { try fileSystem.write(lockDescriptor!, $0, at: 0, path: lockPath) }
    try fileSystem.truncate(lockDescriptor!, to: UInt64(pid.count), path: lockPath)
  }

  /// The pid in the lock file; a file just created by the holder may not have it yet, so an
  /// unreadable one is read again a few times, a millisecond apart.
  private func readLockHolder(_ lockPath: String) -> Int32? {
    for _ in 0..<20 {
      let text = (try? fileSystem.readFile(lockPath)).map { String(decoding: $0, as: UTF8.self) }
      if let pid = text.flatMap({ Int32($0.trimmingWhitespace) }) { return pid }
      usleep(1_000)
    }
    return nil
  }

  /// Checks the log against its acknowledged end and recovers the last segment: every sealed
  /// segment must chain to the next (first and last record where their names say), the
  /// acknowledged records (`CommitMarker`) must all be there, intact; a torn tail after them is
  /// cut off (writer) or not read (reader); damage anywhere else is corruption, reported with
  /// segment and offset. Sets `lastSequence`, `committedEnd` and `lastRecord`; the writer then
  /// brings the marker up to date.
  ///
  /// A reader, which may race a writer in the middle of its next write, takes nothing after the
  /// marker's end for damage unless a later line vouches for it; it still reports acknowledged
  /// records that are missing or damaged.
  mutating func recover(_ reading: CommitMarker.Reading) throws(LogError) {
    var marker: CommitMarker? = nil
    var strict = false
    if case .marker(let found, let isStrict) = reading {
      marker = found
      strict = isStrict
      markerGeneration = found.generation
    }
    let acknowledged = marker?.lastSequence ?? 0
    guard let last = segments.last else {
      if acknowledged > 0, let marker {
        throw LogError(
          .corrupt(
            segment: SegmentName.fileName(firstSequence: marker.segmentFirstSequence), offset: 0,
            what:
              "no segment is left, yet records through sequence \(acknowledged) were acknowledged"))
      }
      try writeMarkerIfNeeded(marker, strict: strict)
      return
    }
    // Segments without a marker: it was deleted (or the log predates markers). The acknowledged
    // end is unknown, so no tail may be taken for torn: the operator decides (verify, salvage).
    guard let marker else {
      throw LogError(
        .corrupt(
          segment: CommitMarker.fileName, offset: 0,
          what: "the commit marker is missing, so the acknowledged end of the log is unknown"))
    }
    if segments[0].firstSequence != 1 {
      throw LogError(
        .corrupt(
          segment: segments[0].name, offset: 0,
          what: "the first segment must start at sequence 1 (is a segment missing?)"))
    }
    for ordinal in 0..<(segments.count - 1) {
      let end = try checkSealed(ordinal)
      lastRecord = Location(segment: ordinal, offset: end.offset)
      lastRecordChecksum = end.checksum
    }
    var acknowledgedOrdinal: Int? = nil
    if acknowledged > 0 {
      guard
        let found = segments.firstIndex(where: { $0.firstSequence == marker.segmentFirstSequence })
      else {
        throw LogError(
          .corrupt(
            segment: SegmentName.fileName(firstSequence: marker.segmentFirstSequence), offset: 0,
            what: "segment missing: it holds acknowledged records up to sequence \(acknowledged)"))
      }
      acknowledgedOrdinal = found
    }
    let lastOrdinal = segments.count - 1
    let segmentPath = path(of: last)
    let (tail, size) = try mappingErrors {
      let descriptor = try fileSystem.open(segmentPath, writable ? .readWrite : .read)
      if writable {
        activeDescriptor = descriptor
      } else {
        readDescriptors[lastOrdinal] = descriptor
      }
      let size = try fileSystem.size(descriptor, path: segmentPath)
      let tail = try TailScan.run(
        fileSystem: fileSystem, descriptor: descriptor, path: segmentPath,
        firstSequence: last.firstSequence, from: 0, limit: size)
      return (tail, size)
    }
    if acknowledgedOrdinal == lastOrdinal, tail.lastWholeSequence < acknowledged {
      let what =
        tail.damage?.what ?? "the segment ends at byte \(size), before the acknowledged end"
      throw LogError(
        .corrupt(
          segment: last.name, offset: tail.damage?.offset ?? tail.wholeEnd,
          what: "\(what); records up to sequence \(acknowledged) (byte \(marker.end)) were "
            + "acknowledged, the intact ones end at sequence \(tail.lastWholeSequence)"))
    }
    if let ordinal = acknowledgedOrdinal {
      try checkAcknowledgedRecord(marker, ordinal: ordinal)
    }
    // A segment after the marker's was created whole (atomically): it begins with a whole batch.
    let beyondMarker = acknowledgedOrdinal != lastOrdinal
    if beyondMarker && tail.lastWholeSequence < last.firstSequence {
      throw LogError(
        .corrupt(
          segment: last.name, offset: tail.damage?.offset ?? 0,
          what: tail.damage?.what ?? "an empty segment, which Jol never creates"))
    }
    if let damage = tail.damage {
      // Only the last, unacknowledged write can be torn: after the marker's end in the segment
      // it names; a segment created after it was written whole, or it is damaged. (A reader
      // allows what a writer's write in progress may show.)
      let tornAllowed = !tail.vouched && (!writable || (!strict && !beyondMarker))
      if !tornAllowed {
        throw LogError(
          .corrupt(
            segment: last.name, offset: damage.offset,
            what: "\(damage.what) (not a torn write: the damaged bytes were already durable)"))
      }
    }
    if tail.lastWholeSequence >= last.firstSequence {
      lastRecord = Location(segment: lastOrdinal, offset: tail.lastWholeOffset)
      lastRecordChecksum = tail.lastWholeChecksum
    }
    committedEnd = tail.wholeEnd
    lastSequence = tail.lastWholeSequence
    guard writable, let descriptor = activeDescriptor else { return }
    try mappingErrors {
      if tail.wholeEnd < size {
        try fileSystem.truncate(descriptor, to: tail.wholeEnd, path: segmentPath)
      }
      // What a killed writer wrote but never flushed is whole yet maybe still only in the page
      // cache; flush it before the marker or new lines declare it durable.
      try fileSystem.fdatasync(descriptor, path: segmentPath)
    }
    try writeMarkerIfNeeded(marker, strict: strict)
  }

  /// Checks that sealed segment `ordinal` starts and ends where its name and its successor's
  /// name say, with a whole batch last; returns where its last record starts and its checksum.
  private mutating func checkSealed(_ ordinal: Int) throws(LogError) -> (
    offset: UInt64, checksum: UInt32
  ) {
    let segment = segments[ordinal]
    let next = segments[ordinal + 1].firstSequence
    return try mappingErrors {
      let descriptor = try readDescriptor(ordinal)
      let size = try fileSystem.size(descriptor, path: path(of: segment))
      let first = try readLine(at: Location(segment: ordinal, offset: 0))
      if first.sequence != segment.firstSequence {
        throw LogError(
          .corrupt(
            segment: segment.name, offset: 0,
            what:
              "first record has sequence \(first.sequence), the name says \(segment.firstSequence)")
        )
      }
      let lastLine = try RecordLine.readLast(
        fileSystem: fileSystem, descriptor: descriptor, path: path(of: segment),
        name: segment.name, size: size)
      if lastLine.sequence + 1 != next || lastLine.batchEnd != lastLine.sequence {
        throw LogError(
          .corrupt(
            segment: segment.name, offset: lastLine.offset,
            what:
              "the segment ends at sequence \(lastLine.sequence) (batch end \(lastLine.batchEnd)), "
              + "the next one starts at \(next): records are missing"))
      }
      return (lastLine.offset, lastLine.checksum)
    }
  }

  /// Checks that the record the marker names as the last acknowledged one is there, unchanged.
  private mutating func checkAcknowledgedRecord(_ marker: CommitMarker, ordinal: Int)
    throws(LogError)
  {
    let location = Location(segment: ordinal, offset: marker.lastRecordOffset)
    if holdsRecord(marker.lastSequence, checksum: marker.lastRecordChecksum, at: location) {
      return
    }
    throw LogError(
      .corrupt(
        segment: segments[ordinal].name, offset: marker.lastRecordOffset,
        what:
          "the last acknowledged record (sequence \(marker.lastSequence)) is not there as written"
      ))
  }

  /// The marker for the current end of the log.
  func currentMarker(generation: UInt64) -> CommitMarker {
    CommitMarker(
      generation: generation, lastSequence: lastSequence,
      segmentFirstSequence: lastSequence == 0 ? 0 : segments[lastRecord.segment].firstSequence,
      end: lastSequence > 0 && lastRecord.segment == segments.count - 1 ? committedEnd : 0,
      lastRecordOffset: lastRecord.offset, lastRecordChecksum: lastRecordChecksum)
  }

  /// The writer makes the marker say what recovery found (records after the old marker that a
  /// killed writer had flushed are now acknowledged) and keeps the file open for commits.
  private mutating func writeMarkerIfNeeded(_ marker: CommitMarker?, strict: Bool) throws(LogError)
  {
    guard writable else { return }
    try mappingErrors {
      let markerPath = path(CommitMarker.fileName)
      if let marker {
        markerDescriptor = try fileSystem.open(markerPath, .readWrite)
        if strict || marker.lastSequence != lastSequence {
          try writeMarker()
        }
      } else {
        markerGeneration = 0
        try currentMarker(generation: 0).create(directory: directory, fileSystem: fileSystem)
        markerDescriptor = try fileSystem.open(markerPath, .readWrite)
      }
    }
  }

  /// Writes the next generation of the marker for the current end, durably.
  mutating func writeMarker() throws {
    let next = currentMarker(generation: markerGeneration + 1)
    try next.write(descriptor: markerDescriptor!, directory: directory, fileSystem: fileSystem)
    markerGeneration = next.generation
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
