/// A scan of a segment's lines: where the last whole batch ends, and the first damage after it.
/// Callers decide what the damage is: a torn tail (bytes after the last acknowledged batch,
/// truncated by the writer) or corruption (reported) — see `LogCore.recover`.
struct TailScan {
  /// Offset just after the last whole batch.
  var wholeEnd: UInt64
  /// Sequence of the last record of the last whole batch (first sequence - 1 when none).
  var lastWholeSequence: UInt64
  /// Where the last record of the last whole batch starts, and its line checksum.
  var lastWholeOffset: UInt64 = 0
  var lastWholeChecksum: UInt32 = 0
  /// The first damaged line, or the first line that breaks the envelope invariants.
  var damage: (offset: UInt64, what: String)? = nil
  /// Whether a valid line written after the damage vouches, through its `durable` field, that
  /// the damaged records had already been flushed (so they cannot be a torn write).
  var vouched = false

  /// Scans `[start, limit)` of a segment whose record at `start` has sequence `firstSequence`.
  ///
  /// - Throws: file-system errors only.
  static func run(
    fileSystem: any FileSystem, descriptor: Int32, path: String,
    firstSequence: UInt64, from start: UInt64, limit: UInt64
  ) throws -> TailScan {
    var scan = TailScan(wholeEnd: start, lastWholeSequence: firstSequence - 1)
    var expected = firstSequence
    var batchEnd: UInt64? = nil
    var vouchedThrough: UInt64 = 0
    let scanner = LineScanner(fileSystem: fileSystem, descriptor: descriptor, path: path)
    let end = try scanner.scan(from: start, to: limit) { line in
      let parsed = RecordLine.parse(line)
      if scan.damage != nil {
        if let parsed { vouchedThrough = max(vouchedThrough, parsed.durable) }
        return true
      }
      guard let record = parsed else {
        scan.damage = (
          line.offset, RecordLine.diagnose(line.base, line.start, line.end).description
        )
        return true
      }
      if let problem = RecordLine.envelopeProblem(record, expected: expected, batchEnd: batchEnd) {
        scan.damage = (line.offset, problem)
        return true
      }
      expected += 1
      batchEnd = record.batchEnd
      if record.sequence == record.batchEnd {
        batchEnd = nil
        scan.wholeEnd = line.offset + UInt64(line.end - line.start + 1)
        scan.lastWholeSequence = record.sequence
        scan.lastWholeOffset = line.offset
        scan.lastWholeChecksum = record.checksum
      }
      return true
    }
    if scan.damage == nil, batchEnd != nil || end < limit {
      // A batch left open, or a line without its newline: what follows the last whole batch.
      scan.damage = (
        scan.wholeEnd,
        end < limit ? "incomplete line at the segment's end" : "the segment ends inside a batch"
      )
    }
    scan.vouched = scan.damage != nil && vouchedThrough > scan.lastWholeSequence
    return scan
  }
}

extension RecordLine {
  /// Why a checksum-valid record breaks the envelope invariants, or nil: the sequence must be
  /// the next one, the batch end the same as its batch's, and `durable` before the record.
  static func envelopeProblem(_ record: Parsed, expected: UInt64, batchEnd: UInt64?) -> String? {
    if record.sequence != expected {
      return "sequence \(record.sequence) where \(expected) was expected"
    }
    if let batchEnd, record.batchEnd != batchEnd {
      return "batch end \(record.batchEnd) inside a batch ending at \(batchEnd)"
    }
    if record.batchEnd < record.sequence {
      return "batch end \(record.batchEnd) before the record's sequence \(record.sequence)"
    }
    if record.durable >= record.sequence {
      return "durable point \(record.durable) not before the record's sequence \(record.sequence)"
    }
    if record.streamVersion == 0 { return "stream version 0 (versions start at 1)" }
    return nil
  }
}
