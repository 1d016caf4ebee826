/// Reading a single line at a known offset (to confirm an id on a hash hit, or the index's
/// last record).
extension RecordLine {
  /// What is read back of one line.
  struct EnvelopeRead {
    var sequence: UInt64
    var checksum: UInt32
    /// The id as escaped JSON string content.
    var id: [UInt8]
  }

  /// Reads and checks the line starting at `offset`.
  ///
  /// - Throws: `LogError.corrupt` when the line is damaged or incomplete; file-system errors.
  static func read(
    fileSystem: any FileSystem, descriptor: Int32, path: String, name: String, offset: UInt64
  ) throws -> EnvelopeRead {
    var buffer = [UInt8](repeating: 0, count: 1024)
    var filled = 0
    while true {
      if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
      let count = try buffer.withUnsafeMutableBytes {
        try fileSystem.read(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]),
          at: offset + UInt64(filled), path: path)
      }
      let newline = buffer[filled..<(filled + count)].firstIndex(of: 0x0A)
      filled += count
      if let newline {
        let parsed = buffer.withUnsafeBufferPointer { parseOrDiagnose($0.baseAddress!, 0, newline) }
        switch parsed {
        case .success(let record):
          return EnvelopeRead(
            sequence: record.sequence, checksum: record.checksum, id: Array(buffer[record.id]))
        case .failure(let problem):
          throw LogError(.corrupt(segment: name, offset: offset, what: problem.description))
        }
      }
      if count == 0 {
        throw LogError(.corrupt(segment: name, offset: offset, what: "incomplete line"))
      }
    }
  }
}

extension RecordLine {
  /// Reads and checks the whole record line starting at `offset` (a stream index lookup).
  ///
  /// - Throws: `LogError.corrupt` when the line is damaged or incomplete; file-system errors.
  static func readRecord(
    fileSystem: any FileSystem, descriptor: Int32, path: String, name: String, offset: UInt64
  ) throws -> StoredRecord {
    var buffer = [UInt8](repeating: 0, count: 2048)
    var filled = 0
    while true {
      if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
      let count = try buffer.withUnsafeMutableBytes {
        try fileSystem.read(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]),
          at: offset + UInt64(filled), path: path)
      }
      let newline = buffer[filled..<(filled + count)].firstIndex(of: 0x0A)
      filled += count
      if let newline {
        let parsed = buffer.withUnsafeBufferPointer { parseOrDiagnose($0.baseAddress!, 0, newline) }
        switch parsed {
        case .success(let record):
          return StoredRecord(
            sequence: record.sequence, streamVersion: record.streamVersion,
            batchEnd: record.batchEnd, buffer: Array(buffer[..<newline]),
            streamRange: record.stream, idRange: record.id, payloadRange: record.payload)
        case .failure(let problem):
          throw LogError(.corrupt(segment: name, offset: offset, what: problem.description))
        }
      }
      if count == 0 {
        throw LogError(.corrupt(segment: name, offset: offset, what: "incomplete line"))
      }
    }
  }
}
