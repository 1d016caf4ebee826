/// Reading one stream without reading the log: the stream index.
extension EventLog {
  /// Calls `body` with each record of `stream` up to sequence `through` (default: the last
  /// record committed when the call starts), in order, checking every record's checksum.
  ///
  /// Only that stream's records are read, found through the stream index — per segment, a
  /// table of (stream hash, offset) saved beside it as `NNNNNNNNNNNNNNNNNNNN.streams`. The
  /// index is derived: the first call scans what no saved table covers (the whole log, the
  /// first time), and the writer saves the tables; a table that is missing, damaged or does
  /// not match its segment is rebuilt. The records found are checked to be the stream's
  /// versions 1, 2, 3… in order; if not (an index that does not describe the log), the index
  /// is rebuilt from the segments and the lookup repeated.
  ///
  /// `body` is called after the lock is released and may call other methods of the log.
  ///
  /// - Complexity: O(records of the stream + segments) reads once the index is saved; O(log)
  ///   for the first call on a log without saved tables.
  /// - Throws: `corrupt` for a damaged record (segment and offset); `io`; `closed`; whatever
  ///   `body` throws.
  public func records(
    inStream stream: String, through: UInt64? = nil, _ body: (StoredRecord) throws -> Void
  ) throws {
    try records(inStreams: [stream], through: through) { _, record in try body(record) }
  }

  /// ``records(inStream:through:_:)`` for several streams at once: `body` is called with each
  /// stream's records, stream by stream in the order of `streams` (with its place in them),
  /// each stream's in order. The index is read once for all: each block of a segment's saved
  /// table that may hold one of them is read once, and the records are read in log order, one
  /// descriptor per segment — far less than a lookup per stream when there are thousands.
  /// - Complexity: O(records of the streams + blocks of the tables that may hold them).
  /// - Throws: as ``records(inStream:through:_:)``; `corrupt` names the first stream whose
  ///   records are not its versions 1, 2, 3… in log order.
  public func records(
    inStreams streams: [String], through: UInt64? = nil,
    _ body: (_ stream: Int, StoredRecord) throws -> Void
  ) throws {
    let escaped = streams.map { JSONString.escaped($0) }
    var found = try streamRecords(escaped, through: through)
    if case .failure = found {
      core.withLock { $0.resetStreamIndex() }
      found = try streamRecords(escaped, through: through)
    }
    switch found {
    case .success(let records):
      for (stream, records) in records.enumerated() {
        for record in records { try body(stream, record) }
      }
    case .failure(let failed):
      // Rebuilt from the segments and still wrong: the segments themselves disagree.
      throw LogError(
        .corrupt(
          segment: "stream \(streams[failed.stream])", offset: 0,
          what: "its records are not versions 1, 2, 3… in log order (run jol log verify)"))
    }
  }

  /// A stream's place in the stream index's order. A lookup of several streams
  /// (``records(inStreams:through:_:)``) reads each segment's table only between the places of
  /// its streams: thousands of streams in one lookup read most of it, and lookups of streams
  /// close in this order read only their part.
  public static func indexOrder(ofStream stream: String) -> UInt64 {
    IDTable.hash(JSONString.escaped(stream))
  }

  /// Brings the stream index up to the log now (a writer saves the tables), so that later
  /// lookups — by readers, which never write tables — read only what they need.
  /// - Complexity: O(records the saved tables do not cover).
  public func updateStreamIndex() throws {
    try core.withLock { core throws(LogError) in
      if core.closed { throw LogError(.closed) }
      _ = try core.streamLocations(hashes: [0])
    }
  }

  /// The records of the streams with these escaped names, each stream's in log order; a
  /// failure naming the first stream whose records the index points at are not its versions in
  /// order.
  private func streamRecords(_ escaped: [[UInt8]], through: UInt64?) throws -> Result<
    [[StoredRecord]], StreamOutOfOrder
  > {
    let hashes = escaped.map { IDTable.hash($0) }
    let (locations, view) = try core.withLock { core throws(LogError) in
      if core.closed { throw LogError(.closed) }
      let locations = try core.streamLocations(hashes: hashes)
      let view = LogView(
        directory: core.directory, fileSystem: core.fileSystem, segments: core.segments,
        lastSegmentEnd: core.committedEnd, lastSequence: core.lastSequence)
      return (locations, view)
    }
    // The streams asked for by hash: several may share one.
    var streamsOfHash: [UInt64: [Int]] = [:]
    for (stream, hash) in hashes.enumerated() { streamsOfHash[hash, default: []].append(stream) }
    let upper = min(through ?? view.lastSequence, view.lastSequence)
    var records = [[StoredRecord]](repeating: [], count: escaped.count)
    // Each segment's path and descriptor, made once.
    var opened: [Int: (path: String, descriptor: Int32)] = [:]
    defer { for file in opened.values { view.fileSystem.close(file.descriptor) } }
    var window = RecordWindow()
    for (index, (hash, location)) in locations.enumerated() {
      let segment = view.segments[location.segment]
      let (path, descriptor) = try mappingErrors {
        if let open = opened[location.segment] { return open }
        let path = view.path(of: segment)
        let file = (path: path, descriptor: try view.fileSystem.open(path, .read))
        opened[location.segment] = file
        return file
      }
      // Through the window of the records close together; a line longer than its room alone.
      var found = try window.record(at: location, segmentName: segment.name)
      if found == nil {
        try mappingErrors {
          try window.read(
            for: index, of: locations, fileSystem: view.fileSystem, descriptor: descriptor,
            path: path)
        }
        found = try window.record(at: location, segmentName: segment.name)
      }
      let record =
        try found
        ?? RecordLine.readRecord(
          fileSystem: view.fileSystem, descriptor: descriptor, path: path, name: segment.name,
          offset: location.offset)
      // The locations are in log order: the records after `upper` come last.
      guard record.sequence <= upper else { break }
      // A stream of another name with the same hash (a collision) is none of them.
      for stream in streamsOfHash[hash] ?? []
      where record.streamBytes.elementsEqual(escaped[stream]) {
        guard record.streamVersion == UInt64(records[stream].count + 1) else {
          return .failure(StreamOutOfOrder(stream: stream))
        }
        records[stream].append(record)
      }
    }
    return .success(records)
  }
}

/// The stream whose records the index pointed at are not its versions 1, 2, 3… in log order.
private struct StreamOutOfOrder: Error {
  let stream: Int
}
