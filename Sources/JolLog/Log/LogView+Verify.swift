/// `verify`: every checksum and every invariant, over the whole log.
extension LogView {
  /// Checks, in one pass: each line's checksum and envelope; sequences dense from 1 across
  /// segments, each segment starting at the sequence its name gives; batches whole and never
  /// split across segments; `durable` before each record; stream versions dense from 1; ids
  /// unique.
  ///
  /// - Throws: `LogError.corrupt` naming the segment file and byte offset of the first problem.
  func verify() throws -> VerifyReport {
    var streams: [String: UInt64] = [:]
    var ids = IDTable()
    var expected: UInt64 = 1
    var batches: UInt64 = 0
    var bytes: UInt64 = 0
    var descriptors: [Int: Int32] = [:]
    defer { for descriptor in descriptors.values { fileSystem.close(descriptor) } }
    for ordinal in segments.indices {
      let segment = segments[ordinal]
      if segment.firstSequence != expected {
        throw LogError(
          .corrupt(
            segment: segment.name, offset: 0,
            what: "segment named for sequence \(segment.firstSequence), \(expected) expected"))
      }
      var batchEnd: UInt64? = nil
      var segmentEnd: UInt64 = 0
      try scanSegment(ordinal) { line, parsed in
        func corrupt(_ what: String) -> LogError {
          LogError(.corrupt(segment: segment.name, offset: line.offset, what: what))
        }
        guard let record = parsed else {
          throw corrupt(RecordLine.diagnose(line.base, line.start, line.end).description)
        }
        if let problem = RecordLine.envelopeProblem(record, expected: expected, batchEnd: batchEnd)
        {
          throw corrupt(problem)
        }
        let streamKey = JSONString.decode(line.chunk[record.stream])
        let previous = streams[streamKey] ?? 0
        if record.streamVersion != previous + 1 {
          throw corrupt(
            "stream \(streamKey) at version \(record.streamVersion) after version \(previous)")
        }
        streams[streamKey] = record.streamVersion
        let id = Array(line.chunk[record.id])
        let hash = IDTable.hash(id)
        let duplicate = try ids.contains(hash: hash) { location in
          if descriptors[location.segment] == nil {
            descriptors[location.segment] = try fileSystem.open(
              path(of: segments[location.segment]), .read)
          }
          let other = try RecordLine.read(
            fileSystem: fileSystem, descriptor: descriptors[location.segment]!,
            path: path(of: segments[location.segment]), name: segments[location.segment].name,
            offset: location.offset)
          return other.id == id
        }
        if duplicate { throw corrupt("id \(JSONString.decode(line.chunk[record.id])) repeated") }
        ids.insert(hash: hash, at: Location(segment: ordinal, offset: line.offset))
        expected += 1
        batchEnd = record.batchEnd
        if record.sequence == record.batchEnd {
          batchEnd = nil
          batches += 1
        }
        segmentEnd = line.offset + UInt64(line.end - line.start + 1)
        return true
      }
      if let batchEnd {
        throw LogError(
          .corrupt(
            segment: segment.name, offset: segmentEnd,
            what: "segment ends inside the batch ending at sequence \(batchEnd)"))
      }
      bytes += segmentEnd
    }
    return VerifyReport(
      segments: segments.count, records: expected - 1, batches: batches, streams: streams.count,
      bytes: bytes)
  }
}
