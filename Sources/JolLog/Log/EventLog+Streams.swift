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
    let escaped = JSONString.escaped(stream)
    var found = try streamRecords(escaped, through: through)
    if found == nil {
      core.withLock { $0.resetStreamIndex() }
      found = try streamRecords(escaped, through: through)
    }
    guard let found else {
      // Rebuilt from the segments and still wrong: the segments themselves disagree.
      throw LogError(
        .corrupt(
          segment: "stream \(stream)", offset: 0,
          what: "its records are not versions 1, 2, 3… in log order (run jol log verify)"))
    }
    for record in found { try body(record) }
  }

  /// Brings the stream index up to the log now (a writer saves the tables), so that later
  /// lookups — by readers, which never write tables — read only what they need.
  /// - Complexity: O(records the saved tables do not cover).
  public func updateStreamIndex() throws {
    try core.withLock { core throws(LogError) in
      if core.closed { throw LogError(.closed) }
      _ = try core.streamLocations(hash: 0)
    }
  }

  /// The records of the stream with this escaped name, or nil when what the index points at
  /// is not the stream's versions in order.
  private func streamRecords(_ escaped: [UInt8], through: UInt64?) throws -> [StoredRecord]? {
    let (locations, view) = try core.withLock { core throws(LogError) in
      if core.closed { throw LogError(.closed) }
      let locations = try core.streamLocations(hash: IDTable.hash(escaped))
      let view = LogView(
        directory: core.directory, fileSystem: core.fileSystem, segments: core.segments,
        lastSegmentEnd: core.committedEnd, lastSequence: core.lastSequence)
      return (locations, view)
    }
    let upper = min(through ?? view.lastSequence, view.lastSequence)
    var records: [StoredRecord] = []
    var descriptors: [Int: Int32] = [:]
    defer { for descriptor in descriptors.values { view.fileSystem.close(descriptor) } }
    for location in locations {
      let segment = view.segments[location.segment]
      let descriptor = try mappingErrors {
        if let open = descriptors[location.segment] { return open }
        let opened = try view.fileSystem.open(view.path(of: segment), .read)
        descriptors[location.segment] = opened
        return opened
      }
      let record = try RecordLine.readRecord(
        fileSystem: view.fileSystem, descriptor: descriptor, path: view.path(of: segment),
        name: segment.name, offset: location.offset)
      guard record.streamBytes.elementsEqual(escaped) else { continue }  // a hash collision
      guard record.sequence <= upper else { break }
      guard record.streamVersion == UInt64(records.count + 1) else { return nil }
      records.append(record)
    }
    return records
  }
}
