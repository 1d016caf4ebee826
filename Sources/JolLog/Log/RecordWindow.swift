/// Records read at increasing offsets of a log's segments through a window: the bytes from one
/// record to the last of those close after it in the same segment, read at once. A lookup of
/// thousands of streams finds their records close together in places (a learner read again per
/// few kilobytes of the log); one read each would be a system call each.
struct RecordWindow {
  /// What a window reads past the last record it is read for: more than most records take.
  static let recordRoom = 2048
  /// The gap between two records, in bytes, beyond which the second is read apart: reading the
  /// bytes between costs about what another read would.
  static let largestGap: UInt64 = 8192
  /// The most a window holds.
  static let largestWindow = 256 * 1024

  private var bytes: [UInt8] = []
  private var length = 0
  private var segment = -1
  private var start: UInt64 = 0

  /// The record at `location`, read from the window; nil when the window does not hold its
  /// whole line.
  /// - Throws: `corrupt` for a line that is not a record.
  func record(at location: Location, segmentName: String) throws(LogError) -> StoredRecord? {
    guard location.segment == segment, location.offset >= start,
      location.offset < start + UInt64(length)
    else { return nil }
    let from = Int(location.offset - start)
    guard let newline = bytes[from..<length].firstIndex(of: 0x0A) else { return nil }
    let parsed = bytes.withUnsafeBufferPointer {
      RecordLine.parseOrDiagnose($0.baseAddress!, from, newline)
    }
    switch parsed {
    case .success(let record):
      return StoredRecord(
        sequence: record.sequence, streamVersion: record.streamVersion,
        batchEnd: record.batchEnd, buffer: Array(bytes[from..<newline]),
        streamRange: record.stream.shifted(by: -from), idRange: record.id.shifted(by: -from),
        payloadRange: record.payload.shifted(by: -from))
    case .failure(let problem):
      throw LogError(
        .corrupt(segment: segmentName, offset: location.offset, what: problem.description))
    }
  }

  /// Reads the window for the record at `locations[index]` and those after it in its segment
  /// that each follow the one before within ``largestGap``.
  mutating func read(
    for index: Int, of locations: [(hash: UInt64, location: Location)],
    fileSystem: any FileSystem, descriptor: Int32, path: String
  ) throws {
    let first = locations[index].location
    var end = first.offset + UInt64(Self.recordRoom)
    for (_, next) in locations[(index + 1)...] {
      guard next.segment == first.segment, next.offset <= end + Self.largestGap,
        next.offset + UInt64(Self.recordRoom) - first.offset <= UInt64(Self.largestWindow)
      else { break }
      end = max(end, next.offset + UInt64(Self.recordRoom))
    }
    let count = Int(end - first.offset)
    if bytes.count < count { bytes = [UInt8](repeating: 0, count: count) }
    segment = -1  // until it is read whole
    length = try bytes.withUnsafeMutableBytes {
      try fileSystem.fill(
        UnsafeMutableRawBufferPointer(rebasing: $0[..<count]), from: descriptor,
        at: first.offset, path: path)
    }
    (segment, start) = (first.segment, first.offset)
  }
}

extension Range<Int> {
  fileprivate func shifted(by distance: Int) -> Range<Int> {
    (lowerBound + distance)..<(upperBound + distance)
  }
}
