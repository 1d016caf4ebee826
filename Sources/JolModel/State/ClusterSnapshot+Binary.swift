/// The binary snapshot format (``ClusterSnapshot/currentFormatVersion``), little-endian. Version 5
/// added a college placement's dual-training flag, version 6 mentors' districts and learners'
/// lists for mentor assignment, version 7 an enterprise's optional capacity, version 8 stored
/// diagnostic results (bands, leading scales, flags), version 9 what recognises a recorded
/// result (a diagnostic's answers digest, a learner's recorded terms), version 10 the same bytes
/// with digests taken a word at a time, version 11 how a stage period ended (by leaving, and
/// whether after its date's entry) and a learner's kept events with their places, version 12 a
/// 64-bit checksum taken in blocks (`SnapshotChecksum`) instead of CRC-32C, version 13 the latest
/// effective date, and the organisations' events instead of their states, version 14 each
/// learner's first sequence and latest effective date, version 15 how many learners have their
/// latest event on each date, version 16 each organisation named by its stream, version 17 the
/// date a snapshot of the state as of a date is of (a checkpoint), version 18 the state's latest
/// date in the tables too, version 19 a learner's last term as its summary (no grades); a
/// snapshot of another version is rebuilt from the log.
///
///     offset  size
///      0       8   magic "JOLSNAP\0"
///      8       4   u32 format version
///     12       8   u64 covered sequence
///     20       8   u64 offset of the tables (after the body)
///     28       8   u64 total length of the file, checksum included
///     36      20   the covered record's place in the log (`LogAnchor`): u64 segment first
///                  sequence, u64 byte offset, u32 line checksum
///     56       …   body: learners in chunks (`LearnerChunks`), in state order; the latest
///                  effective date; the organisations' events (a count of organisations,
///                  then each sorted by stream name: the name, a count of events, then each in
///                  date order as its sequence and payload JSON), from which institutions,
///                  enterprises, mentors, policies, rounds and matchings are folded
///      …       …   tables: the date the state is as of, for a checkpoint (an optional date,
///                  none for the current state), the state's latest effective date (optional;
///                  both `SnapshotSummary`), how many learners have their latest event on
///                  each date (`LatestDates`), the closed sets' case names (`SnapshotEnums`),
///                  then the shared strings (count, then each as length + UTF-8)
///     end-8    8   u64 checksum of every byte before it (`SnapshotChecksum`)
///
/// Values inside are varints (`SnapshotWriter`); the layout of each state type is beside it in
/// `Snapshot/`. The tables come after the body because the writer learns them while writing
/// it; the reader reads them first.
extension ClusterSnapshot {
  static let magic: [UInt8] = Array("JOLSNAP\0".utf8)
  /// Bytes of the header: magic, format version, covered sequence, tables offset, length, anchor.
  public static let headerSize = 56

  /// The state as a binary snapshot, tied to the log record it covers last.
  /// - Parameter asOf: the date `state` is the state as of, when it is not the current state
  ///   (a checkpoint: ``SnapshotSummary/asOf``). Its header states `state`'s covered sequence:
  ///   for a checkpoint, the caller sets that to the last record of the log it was read from.
  /// - Complexity: O(size of the state); about 0.1 µs per learner event folded in.
  public static func encode(
    _ state: ClusterState, anchor: LogAnchor = LogAnchor(), asOf: CivilDate? = nil
  ) -> [UInt8] {
    encode(state, anchor: anchor, asOf: asOf, learnersPerChunk: LearnerChunks.learnersPerChunk)
  }

  /// ``encode(_:anchor:asOf:)`` with chunks of another size (tests).
  static func encode(
    _ state: ClusterState, anchor: LogAnchor = LogAnchor(), asOf: CivilDate? = nil,
    learnersPerChunk: Int
  ) -> [UInt8] {
    var w = SnapshotWriter(capacity: 4096 + state.learners.count * 192)
    magic.withUnsafeBytes { w.raw($0) }
    w.fixed(UInt32(currentFormatVersion))
    w.fixed(state.coveredSequence)
    w.fixed(UInt64(0))  // tables offset, patched below
    w.fixed(UInt64(0))  // total length, patched below
    w.fixed(anchor.segmentFirstSequence)
    w.fixed(anchor.offset)
    w.fixed(anchor.checksum)
    LearnerChunks.write(state.learners, to: &w, learnersPerChunk: learnersPerChunk)
    w.date(state.latestEffective)
    w.count(state.organisationEvents.count)
    for stream in state.organisationEvents.keys.sorted() {
      w.inline(stream.description)
      let events = state.organisationEvents[stream]!
      w.count(events.count)
      for event in events {
        w.varint(event.sequence)
        w.inline(event.json)
      }
    }
    let tables = w.length
    w.date(asOf)
    w.date(state.latestEffective)
    LatestDates(state).write(to: &w)
    SnapshotEnums.write(to: &w)
    let strings = w.sharedStrings
    w.count(strings.count)
    for string in strings { w.inline(string) }
    w.patch(UInt64(tables), at: 20)
    w.patch(UInt64(w.length + SnapshotChecksum.size), at: 28)
    w.fixed(SnapshotChecksum.checksum(w.written, cores: LearnerChunks.defaultWorkers))
    return w.finish()
  }

  /// `bytes`, a snapshot ``encode(_:anchor:asOf:)`` made, tied to another log record: the anchor in
  /// its header replaced and its checksum taken again. A writer encodes the state while the log
  /// appends the records it covers, and learns the last one's place only once they are durable.
  public static func anchoring(_ bytes: [UInt8], to anchor: LogAnchor) -> [UInt8] {
    precondition(bytes.count >= headerSize + SnapshotChecksum.size, "not a snapshot")
    var bytes = bytes
    bytes.withUnsafeMutableBytes { raw in
      raw.storeBytes(
        of: anchor.segmentFirstSequence.littleEndian, toByteOffset: 36, as: UInt64.self)
      raw.storeBytes(of: anchor.offset.littleEndian, toByteOffset: 44, as: UInt64.self)
      raw.storeBytes(of: anchor.checksum.littleEndian, toByteOffset: 52, as: UInt32.self)
      let end = raw.count - SnapshotChecksum.size
      let checksum = SnapshotChecksum.checksum(
        UnsafeRawBufferPointer(rebasing: raw[..<end]), cores: LearnerChunks.defaultWorkers)
      raw.storeBytes(of: checksum.littleEndian, toByteOffset: end, as: UInt64.self)
    }
    return bytes
  }

  /// `bytes`, a snapshot of the log's current state (``encode(_:anchor:asOf:)`` without a
  /// date), made the checkpoint as of `date`: the same state, tied to the same record, said to
  /// be as of `date`. It is that state only when none of its events is dated after `date`
  /// (``SnapshotSummary/latestEffective``); the caller checks.
  /// - Throws: as ``verify(_:)``, and `malformed` for a snapshot that is already a checkpoint:
  ///   a damaged snapshot never becomes a checkpoint with a right checksum.
  public static func checkpoint(_ bytes: UnsafeRawBufferPointer, asOf date: CivilDate)
    throws(SnapshotError) -> [UInt8]
  {
    let (_, tables, length) = try checkedHeader(bytes)
    var r = SnapshotReader(bytes, from: tables, to: length - SnapshotChecksum.size)
    guard try r.optionalDate() == nil else { throw r.malformed("a snapshot of the current state") }
    // The body as it is; the tables with the date in place of none; the checksum anew.
    var w = SnapshotWriter(capacity: length + 8)
    w.raw(UnsafeRawBufferPointer(rebasing: bytes[..<tables]))
    // As an optional date, as `encode` writes it.
    w.date(Optional(date))
    w.raw(UnsafeRawBufferPointer(rebasing: bytes[r.position..<(length - SnapshotChecksum.size)]))
    w.patch(UInt64(w.length + SnapshotChecksum.size), at: 28)
    w.fixed(SnapshotChecksum.checksum(w.written, cores: LearnerChunks.defaultWorkers))
    return w.finish()
  }

  /// Restores the state from binary snapshot bytes.
  /// - Throws: ``SnapshotError``: `badMagic`, `unsupportedFormatVersion`, `truncated`,
  ///   `checksumMismatch`, `inconsistent` (a learner folded past the covered sequence),
  ///   `malformed` (checksum right, content not what this Jol writes).
  /// - Complexity: O(bytes); every byte is checksummed before anything is built.
  public static func decode(_ bytes: [UInt8]) throws(SnapshotError) -> ClusterState {
    try decode(bytes, workers: LearnerChunks.defaultWorkers)
  }

  /// ``decode(_:)-([UInt8])`` with the learners read by `workers` threads (tests: one reads in
  /// order).
  static func decode(_ bytes: [UInt8], workers: Int) throws(SnapshotError) -> ClusterState {
    // `withUnsafeBytes` rethrows untyped errors: carry the typed one out in a Result.
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(SnapshotError) in try decode(buffer, workers: workers) }
    }.get()
  }

  /// Restores the state from snapshot bytes in memory (e.g. a mapped file); see
  /// ``decode(_:)-([UInt8])``.
  public static func decode(_ bytes: UnsafeRawBufferPointer) throws(SnapshotError)
    -> ClusterState
  {
    try decode(bytes, workers: LearnerChunks.defaultWorkers)
  }

  private static func decode(_ bytes: UnsafeRawBufferPointer, workers: Int)
    throws(SnapshotError) -> ClusterState
  {
    let tables = try Tables(bytes)
    return try tables.withBodyReader(bytes) { r throws(SnapshotError) in
      let state = try ClusterState(reading: &r, covered: tables.covered, workers: workers)
      guard r.position == tables.offset else { throw r.malformed("the tables after the body") }
      return state
    }
  }

  /// What reading a snapshot's body needs from its tables, read after its header and checksum
  /// are checked.
  struct Tables {
    /// The sequence the snapshot covers.
    var covered: UInt64
    /// Where the tables start: the end of the body.
    var offset: Int
    var enums: [UInt8]
    var strings: [String]

    /// Checks the snapshot's header, length and checksum, and reads its tables.
    init(_ bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
      let length: Int
      (covered, offset, length) = try checkedHeader(bytes)
      let end = length - SnapshotChecksum.size
      var r = SnapshotReader(bytes, from: offset, to: end)
      _ = try SnapshotSummary(reading: &r)
      enums = try SnapshotEnums.readTable(from: &r)
      let stringCount = try r.count()
      strings = []
      strings.reserveCapacity(stringCount)
      for _ in 0..<stringCount { strings.append(try r.inline()) }
      guard r.position == end else { throw r.malformed("the checksum after the tables") }
    }

    /// Calls `body` with a reader of the snapshot's body, from its start. The reader sees the
    /// tables through pointers, so that none of the tens of millions of lookups needs to retain
    /// the arrays.
    func withBodyReader<Value>(
      _ bytes: UnsafeRawBufferPointer,
      _ body: (inout SnapshotReader) throws(SnapshotError) -> Value
    ) throws(SnapshotError) -> Value {
      var r = SnapshotReader(bytes, from: headerSize, to: offset)
      return try enums.withUnsafeBufferPointer { enums in
        strings.withUnsafeBufferPointer { strings in
          Result { () throws(SnapshotError) in
            r.enumTable = enums
            r.sharedStrings = strings
            return try body(&r)
          }
        }
      }.get()
    }
  }

  /// What a snapshot says of its state — the date it is as of, its learners' latest dates —
  /// read without checking its checksum or reading its learners: what a command decides from
  /// whether the snapshot is worth reading (it is checked whole when it is read).
  /// - Throws: as ``header(of:)``, and `malformed` for a section this Jol did not write.
  public static func summary(of bytes: UnsafeRawBufferPointer) throws(SnapshotError)
    -> SnapshotSummary
  {
    let (_, tables, length) = try checkedHeader(bytes, verifyChecksum: false)
    var r = SnapshotReader(bytes, from: tables, to: length - SnapshotChecksum.size)
    return try SnapshotSummary(reading: &r)
  }

  /// Checks a snapshot's header, length and checksum, without reading its state (every byte is
  /// read).
  /// - Throws: as ``decode(_:)-([UInt8])`` does for them.
  public static func verify(_ bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
    _ = try checkedHeader(bytes)
  }

  /// The covered sequence a snapshot's header states, without checking or reading the rest.
  /// - Throws: as ``header(of:)``.
  public static func coveredSequence(of bytes: [UInt8]) throws(SnapshotError) -> UInt64 {
    try header(of: bytes).coveredSequence
  }

  /// The covered sequence and log anchor a snapshot's header states, without checking or
  /// reading the rest (to decide whether a snapshot is worth reading).
  /// - Throws: `badMagic`, `unsupportedFormatVersion`, `truncated`.
  /// `bytes` may be the whole snapshot or only its first ``headerSize`` bytes.
  public static func header(of bytes: [UInt8]) throws(SnapshotError)
    -> (coveredSequence: UInt64, anchor: LogAnchor)
  {
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(SnapshotError) in try header(of: buffer) }
    }.get()
  }

  /// ``header(of:)-([UInt8])`` of snapshot bytes in memory (e.g. a mapped file).
  public static func header(of bytes: UnsafeRawBufferPointer) throws(SnapshotError)
    -> (coveredSequence: UInt64, anchor: LogAnchor)
  {
    guard bytes.starts(with: magic) else { throw .badMagic }
    guard bytes.count >= headerSize else {
      throw .truncated(expected: headerSize, found: bytes.count)
    }
    var r = SnapshotReader(bytes, from: magic.count, to: headerSize)
    let version = try r.fixed(UInt32.self)
    guard version == currentFormatVersion else {
      throw .unsupportedFormatVersion(Int(version))
    }
    let covered = try r.fixed(UInt64.self)
    _ = try r.fixed(UInt64.self)  // tables offset
    _ = try r.fixed(UInt64.self)  // length
    let anchor = LogAnchor(
      segmentFirstSequence: try r.fixed(UInt64.self), offset: try r.fixed(UInt64.self),
      checksum: try r.fixed(UInt32.self))
    return (covered, anchor)
  }

  /// Checks magic, version, length and (unless told not to) checksum; returns the covered
  /// sequence, the tables' offset and the length.
  private static func checkedHeader(_ bytes: UnsafeRawBufferPointer, verifyChecksum: Bool = true)
    throws(SnapshotError) -> (covered: UInt64, tables: Int, length: Int)
  {
    let magicPrefix = min(bytes.count, magic.count)
    guard magic.prefix(magicPrefix).elementsEqual(bytes.prefix(magicPrefix)) else {
      throw .badMagic
    }
    guard bytes.count >= headerSize + SnapshotChecksum.size else {
      throw .truncated(expected: headerSize + SnapshotChecksum.size, found: bytes.count)
    }
    var r = SnapshotReader(bytes, from: magic.count, to: headerSize)
    let version = try r.fixed(UInt32.self)
    guard version == currentFormatVersion else { throw .unsupportedFormatVersion(Int(version)) }
    let covered = try r.fixed(UInt64.self)
    let tables = try r.fixed(UInt64.self)
    let length = try r.fixed(UInt64.self)
    guard length <= UInt64(Int.max), Int(length) <= bytes.count else {
      throw .truncated(expected: Int(clamping: length), found: bytes.count)
    }
    guard Int(length) == bytes.count else {
      throw .malformed(offset: Int(length), expected: "the end of the snapshot")
    }
    if verifyChecksum {
      let end = bytes.count - SnapshotChecksum.size
      let stored = bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self).littleEndian
      let computed = SnapshotChecksum.checksum(
        UnsafeRawBufferPointer(rebasing: bytes[..<end]), cores: LearnerChunks.defaultWorkers)
      guard stored == computed else { throw .checksumMismatch(stored: stored, computed: computed) }
    }
    guard tables >= UInt64(headerSize), tables <= length - UInt64(SnapshotChecksum.size) else {
      throw .malformed(offset: 20, expected: "a tables offset within the snapshot")
    }
    return (covered, Int(tables), Int(length))
  }
}

extension ClusterState {
  /// Reads the body of a snapshot covering `covered`.
  init(reading r: inout SnapshotReader, covered: UInt64, workers: Int) throws(SnapshotError) {
    self.init()
    let read = try LearnerChunks.read(from: &r, covered: covered, workers: workers)
    learners = read.learners
    // A snapshot is refused at its first learner in order that repeats an id or has folded
    // events beyond the covered sequence: the index is built up to the latter.
    let beyond = read.firstBeyondCovered
    // Through pointers, not `for learner in learners`: that would copy (retain and release)
    // every field of every learner.
    let capacity = learners.capacity
    let built = learners.withUnsafeBufferPointer { learners in
      read.hashes.withUnsafeBufferPointer { hashes in
        LearnerIndex.build(
          learners, hashes: hashes, upTo: beyond?.position ?? learners.count,
          capacity: capacity, workers: workers)
      }
    }
    switch built {
    case .success(let index):
      if let beyond { throw .inconsistent(header: covered, state: beyond.lastSequence) }
      learnerIndex = index
    case .failure(let repeated):
      let id = learners[repeated.position].id
      throw .malformed(offset: 0, expected: "learner ids seen once, not \(id) twice")
    }
    try readAfterLearners(from: &r, covered: covered)
  }

  /// Reads what follows the learners in a snapshot's body covering `covered`: the latest
  /// effective date and the organisations.
  mutating func readAfterLearners(from r: inout SnapshotReader, covered: UInt64)
    throws(SnapshotError)
  {
    latestEffective = try r.optionalDate()
    // The organisations are folded from their events, as the log's fold would.
    var previous: StreamName?
    for _ in 0..<(try r.count()) {
      guard let stream = StreamName(try r.inline()), stream.kind != .learner else {
        throw r.malformed("an organisation's stream name")
      }
      guard previous.map({ $0 < stream }) ?? true else {
        throw r.malformed("organisations sorted by stream name, each once")
      }
      previous = stream
      var events: [OrganisationEvent] = []
      let count = try r.count()
      guard count > 0 else { throw r.malformed("an organisation's events, one at least") }
      for _ in 0..<count {
        let sequence = try r.varint()
        let event = try OrganisationEvent(json: try r.inline(), sequence: sequence, at: r)
        guard event.event.streamKind == stream.kind,
          events.last.map({ event.follows($0) }) ?? true
        else {
          throw r.malformed("the organisation's events, in date order")
        }
        guard sequence <= covered else {
          throw .inconsistent(header: covered, state: sequence)
        }
        events.append(event)
      }
      organisationEvents[stream] = events
      refold(stream)
    }
    coveredSequence = covered
  }
}
