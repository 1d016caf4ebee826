/// A reading of a log that may be damaged, without opening it: which batches are intact, what is
/// damaged, which acknowledged records are lost. `jol log verify` says so; `jol log salvage`
/// copies the intact batches into a new log. Reads only; takes no lock.
///
/// A batch is intact when all its lines are there, each passing its checksum, with dense
/// sequences and the same batch end. Intact batches are kept in log order, each after the last
/// one kept (a batch that repeats or goes back in sequence is left out). Lost are the
/// sequences up to the acknowledged end (or the highest intact one) that no kept batch holds.
public struct LogSurvey: Sendable {
  /// The stream of the placeholder records a salvaged log holds where records were lost, one
  /// per lost sequence, so every other record keeps its sequence number (round replays and
  /// "as known at" read positions). Readers of events skip it.
  public static let lostStream = "log/lost"
  static let lostStreamBytes = Array(lostStream.utf8)

  /// One intact batch: where it is and which sequences it holds.
  public struct Batch: Sendable, Equatable {
    /// The segment's file name.
    public var segment: String
    /// Byte range of its lines in the segment.
    public var offset: UInt64
    public var length: UInt64
    public var sequences: ClosedRange<UInt64>
  }

  /// A damaged byte range of a segment.
  public struct Damage: Sendable, Equatable {
    public var segment: String
    public var offset: UInt64
    public var length: UInt64
    /// What is wrong at its start.
    public var what: String
    /// Whether it lies after the acknowledged end: bytes of a write never acknowledged (a torn
    /// tail), not a loss.
    public var unacknowledged: Bool
  }

  /// The intact batches kept, in sequence order.
  public internal(set) var batches: [Batch] = []
  /// Every damaged range, in file order.
  public internal(set) var damage: [Damage] = []
  /// The acknowledged end the commit marker states; nil without a readable marker.
  public internal(set) var acknowledgedThrough: UInt64?
  /// Sequences no kept batch holds, up to the acknowledged end or the highest kept sequence.
  public internal(set) var lost: [ClosedRange<UInt64>] = []
  /// Segment files listed.
  public internal(set) var segments: [String] = []

  /// Records in the kept batches.
  public var intactRecords: UInt64 {
    batches.reduce(0) { $0 + UInt64($1.sequences.count) }
  }

  /// Records lost.
  public var lostRecords: UInt64 { lost.reduce(0) { $0 + UInt64($1.count) } }

  /// Whether nothing is damaged (a torn tail aside) and nothing is lost.
  public var isIntact: Bool { lost.isEmpty && damage.allSatisfy(\.unacknowledged) }

  /// Surveys the log in `directory`.
  /// - Throws: file-system errors only (damage is reported, not thrown).
  public static func run(directory: String, fileSystem: any FileSystem = PosixFileSystem())
    throws -> LogSurvey
  {
    var survey = LogSurvey()
    var marker: CommitMarker? = nil
    if case .marker(let found, _)? = try? CommitMarker.read(
      directory: directory, fileSystem: fileSystem)
    {
      marker = found
      survey.acknowledgedThrough = found.lastSequence
    }
    let firsts = try fileSystem.listDirectory(directory).compactMap(SegmentName.firstSequence(of:))
      .sorted()
    survey.segments = firsts.map { SegmentName.fileName(firstSequence: $0) }
    var found: [Batch] = []
    for first in firsts {
      let name = SegmentName.fileName(firstSequence: first)
      let path = directory + "/" + name
      let descriptor = try fileSystem.open(path, .read)
      defer { fileSystem.close(descriptor) }
      let size = try fileSystem.size(descriptor, path: path)
      let afterEnd: (UInt64) -> Bool = { offset in
        guard let marker else { return false }
        if first > marker.segmentFirstSequence { return true }
        return first == marker.segmentFirstSequence && marker.end > 0 && offset >= marker.end
      }
      var scan = SegmentScan(name: name, firstSequence: first, unacknowledged: afterEnd)
      let scanner = LineScanner(fileSystem: fileSystem, descriptor: descriptor, path: path)
      let end = try scanner.scan(from: 0, to: size) { line in
        scan.take(line)
        return true
      }
      scan.finish(partialLineAt: end < size ? end : nil, size: size)
      found += scan.batches
      survey.damage += scan.damage
    }
    // In sequence order (a stray copy of a later batch, wherever it lies, sorts where it
    // belongs), each batch after the last one kept.
    found.sort { $0.sequences.lowerBound < $1.sequences.lowerBound }
    var next: UInt64 = 1
    for batch in found where batch.sequences.lowerBound >= next {
      if batch.sequences.lowerBound > next {
        survey.lost.append(next...(batch.sequences.lowerBound - 1))
      }
      survey.batches.append(batch)
      next = batch.sequences.upperBound + 1
    }
    if let acknowledged = survey.acknowledgedThrough, acknowledged >= next {
      survey.lost.append(next...acknowledged)
    }
    return survey
  }

  /// Calls `body` with the records of each kept batch, in order (read back and checked again).
  public func forEachBatch(
    directory: String, fileSystem: any FileSystem = PosixFileSystem(),
    _ body: ([StoredRecord]) throws -> Void
  ) throws {
    var descriptors: [String: Int32] = [:]
    defer { for descriptor in descriptors.values { fileSystem.close(descriptor) } }
    for batch in batches {
      let path = directory + "/" + batch.segment
      if descriptors[batch.segment] == nil {
        descriptors[batch.segment] = try fileSystem.open(path, .read)
      }
      var records: [StoredRecord] = []
      let scanner = LineScanner(
        fileSystem: fileSystem, descriptor: descriptors[batch.segment]!, path: path)
      try scanner.scan(from: batch.offset, to: batch.offset + batch.length) { line in
        guard let record = RecordLine.parse(line) else {
          throw LogError(
            .corrupt(segment: batch.segment, offset: line.offset, what: "changed while read"))
        }
        records.append(
          StoredRecord(
            sequence: record.sequence, streamVersion: record.streamVersion,
            batchEnd: record.batchEnd, buffer: line.chunk, streamRange: record.stream,
            idRange: record.id, payloadRange: record.payload))
        return true
      }
      try body(records)
    }
  }
}

/// The scan of one segment: lines grouped into intact batches, the rest into damaged ranges.
///
/// A batch is intact only from its first record: after damage, the records that follow may be
/// the rest of the damaged batch. A record begins a batch only where that is certain — the
/// record after the highest batch end of the run of consecutive records it follows (the
/// segment's first record to begin with), the record right after one that ended its batch, or
/// one whose `durable` is its own sequence minus one (the first of a flush); the records before
/// the next such start are damage, never copied as a batch. A stray line out of sequence
/// neither starts a run nor moves where the next batch is expected.
private struct SegmentScan {
  let name: String
  let unacknowledged: (UInt64) -> Bool
  var batches: [LogSurvey.Batch] = []
  var damage: [LogSurvey.Damage] = []
  /// The batch being read: its first line's offset, sequences so far, batch end.
  private var open: (offset: UInt64, first: UInt64, last: UInt64, batchEnd: UInt64)? = nil
  /// The highest batch end of the valid lines that follow on each other (the segment's first
  /// sequence - 1 at first).
  private var knownEnd: UInt64
  /// The sequence and batch end of the line just read, when it was valid.
  private var previous: (sequence: UInt64, batchEnd: UInt64)? = nil

  init(name: String, firstSequence: UInt64, unacknowledged: @escaping (UInt64) -> Bool) {
    self.name = name
    self.knownEnd = firstSequence - 1
    self.unacknowledged = unacknowledged
  }

  mutating func take(_ line: LineScanner.Line) {
    let end = line.offset + UInt64(line.end - line.start + 1)
    guard let record = RecordLine.parse(line), record.batchEnd >= record.sequence else {
      abandonOpenBatch(at: line.offset)
      let problem = RecordLine.diagnose(line.base, line.start, line.end).description
      addDamage(line.offset, end - line.offset, problem)
      previous = nil
      return
    }
    let chained = previous.map { record.sequence == $0.sequence + 1 } ?? false
    let afterBatchEnd = chained && previous.map { $0.sequence == $0.batchEnd } == true
    let expected = record.sequence == knownEnd + 1
    defer { previous = (record.sequence, record.batchEnd) }
    if chained || expected { knownEnd = max(knownEnd, record.batchEnd) }
    if let current = open,
      record.sequence != current.last + 1 || record.batchEnd != current.batchEnd
    {
      abandonOpenBatch(at: line.offset)
    }
    if let current = open {
      open = (current.offset, current.first, record.sequence, current.batchEnd)
    } else if expected || afterBatchEnd || record.durable + 1 == record.sequence {
      open = (line.offset, record.sequence, record.sequence, record.batchEnd)
    } else {
      addDamage(
        line.offset, end - line.offset,
        "record \(record.sequence) after damage: where its batch began is unknown")
      return
    }
    if record.sequence == record.batchEnd, let current = open {
      batches.append(
        LogSurvey.Batch(
          segment: name, offset: current.offset, length: end - current.offset,
          sequences: current.first...current.last))
      open = nil
    }
  }

  mutating func finish(partialLineAt partial: UInt64?, size: UInt64) {
    abandonOpenBatch(at: partial ?? size)
    if let partial {
      addDamage(partial, size - partial, "incomplete line at the segment's end")
    }
  }

  /// The open batch never reached its end: its lines are damage.
  private mutating func abandonOpenBatch(at offset: UInt64) {
    guard let current = open else { return }
    open = nil
    addDamage(
      current.offset, offset - current.offset,
      "batch of sequences \(current.first)…\(current.batchEnd) incomplete: only up to \(current.last)"
    )
  }

  /// Adds a damaged range, merged with the previous one when adjacent.
  private mutating func addDamage(_ offset: UInt64, _ length: UInt64, _ what: String) {
    if let last = damage.last, last.segment == name, last.offset + last.length == offset {
      damage[damage.count - 1].length += length
      return
    }
    damage.append(
      LogSurvey.Damage(
        segment: name, offset: offset, length: length, what: what,
        unacknowledged: unacknowledged(offset)))
  }
}
