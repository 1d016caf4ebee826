/// Recovery's reading of a segment's end: where the last whole batch ends, and whether damage
/// after it is a torn write (truncate) or corruption (report).
///
/// Damage is corruption when a valid line written after it vouches, through its `durable`
/// field, that the damaged bytes had already been flushed; otherwise it lies in the last,
/// unacknowledged write and is torn.
struct TailScan {
  /// Offset just after the last whole batch.
  var wholeEnd: UInt64
  /// Sequence of the last record of the last whole batch (first sequence - 1 when none).
  var lastWholeSequence: UInt64

  /// Scans `[start, limit)` of a segment whose record at `start` has sequence `firstSequence`.
  ///
  /// - Throws: `LogError.corrupt` for vouched-for damage; file-system errors.
  static func run(
    fileSystem: any FileSystem, descriptor: Int32, path: String, name: String,
    firstSequence: UInt64, from start: UInt64, limit: UInt64
  ) throws -> TailScan {
    var scan = TailScan(wholeEnd: start, lastWholeSequence: firstSequence - 1)
    var expected = firstSequence
    var batchEnd: UInt64? = nil
    var damage: (offset: UInt64, what: String)? = nil
    var vouchedThrough: UInt64 = 0
    let scanner = LineScanner(fileSystem: fileSystem, descriptor: descriptor, path: path)
    try scanner.scan(from: start, to: limit) { line in
      let parsed = RecordLine.parse(line)
      if damage != nil {
        if let parsed { vouchedThrough = max(vouchedThrough, parsed.durable) }
        return true
      }
      guard let record = parsed else {
        damage = (line.offset, RecordLine.diagnose(line.base, line.start, line.end).description)
        return true
      }
      if let problem = RecordLine.envelopeProblem(record, expected: expected, batchEnd: batchEnd) {
        damage = (line.offset, problem)
        return true
      }
      expected += 1
      batchEnd = record.batchEnd
      if record.sequence == record.batchEnd {
        batchEnd = nil
        scan.wholeEnd = line.offset + UInt64(line.end - line.start + 1)
        scan.lastWholeSequence = record.sequence
      }
      return true
    }
    if let damage, vouchedThrough > scan.lastWholeSequence {
      throw LogError(.corrupt(segment: name, offset: damage.offset, what: damage.what))
    }
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
