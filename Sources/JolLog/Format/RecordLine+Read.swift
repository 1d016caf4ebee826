/// Reading a single line at a known offset (to confirm an id on a hash hit, or the index's
/// last record).
extension RecordLine {
  /// What is read back of one line.
  struct EnvelopeRead {
    var sequence: UInt64
    var batchEnd: UInt64 = 0
    var checksum: UInt32
    /// The id as escaped JSON string content.
    var id: [UInt8]
    /// Where the line starts.
    var offset: UInt64 = 0
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
            sequence: record.sequence, batchEnd: record.batchEnd, checksum: record.checksum,
            id: Array(buffer[record.id]), offset: offset)
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
  /// Reads and checks the last line of a file of `size` bytes, which must end with a newline.
  ///
  /// - Throws: `LogError.corrupt` when the file is empty, does not end with a whole line, or its
  ///   last line is damaged; file-system errors.
  static func readLast(
    fileSystem: any FileSystem, descriptor: Int32, path: String, name: String, size: UInt64
  ) throws -> EnvelopeRead {
    var window: UInt64 = 4096
    while true {
      let start = size - min(size, window)
      var buffer = [UInt8](repeating: 0, count: Int(size - start))
      var filled = 0
      while filled < buffer.count {
        let count = try buffer.withUnsafeMutableBytes {
          try fileSystem.read(
            descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]),
            at: start + UInt64(filled), path: path)
        }
        if count == 0 { break }
        filled += count
      }
      guard filled == buffer.count, buffer.last == 0x0A else {
        throw LogError(
          .corrupt(
            segment: name, offset: start + UInt64(filled),
            what: "the segment does not end with a whole line"))
      }
      if let previous = buffer.dropLast().lastIndex(of: 0x0A) {
        return try read(
          fileSystem: fileSystem, descriptor: descriptor, path: path, name: name,
          offset: start + UInt64(previous + 1))
      }
      if start == 0 {
        return try read(
          fileSystem: fileSystem, descriptor: descriptor, path: path, name: name, offset: 0)
      }
      window *= 4
    }
  }

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
