/// The log's state and every operation on it, without locking: `EventLog` wraps one in a
/// mutex. Invariants between calls: `segments` are sorted by first sequence; the last segment's
/// bytes `0..<committedEnd` hold whole batches only; `lastSequence` is the last record in them.
struct LogCore {
  /// One segment file.
  struct Segment: Equatable {
    let firstSequence: UInt64
    /// The file name, e.g. `00000000000000000001.jsonl`.
    let name: String
    /// The file's path.
    let path: String

    init(firstSequence: UInt64, in directory: String) {
      self.firstSequence = firstSequence
      name = SegmentName.fileName(firstSequence: firstSequence)
      path = directory + "/" + name
    }
  }

  let directory: String
  let writable: Bool
  let fileSystem: any FileSystem
  let segmentSize: UInt64
  /// Bytes a group gathers before its writer thread starts (``GroupWriter``).
  let chunkBytes: Int

  var segments: [Segment] = []
  /// The writer's read-write descriptor of the last segment.
  var activeDescriptor: Int32?
  /// Bytes of the last segment that hold whole batches.
  var committedEnd: UInt64 = 0
  var lastSequence: UInt64 = 0
  /// Where the last committed record starts (in the segment holding it), and its line checksum.
  var lastRecord = Location(segment: 0, offset: 0)
  var lastRecordChecksum: UInt32 = 0
  /// The writer's descriptor of the `commit` file, and the generation last written to it.
  var markerDescriptor: Int32?
  var markerGeneration: UInt64 = 0
  /// Loaded on first need (an append, `streamVersion`, `contains`, `stats`).
  var index: LogIndex?
  /// The sequence covered by the index file on disk.
  var indexFileSequence: UInt64 = 0
  /// Whether a sealed segment was found changed and checked whole: the index file is re-saved
  /// with its new identity.
  var sealedIdentitiesChanged = false
  /// The stream index, per segment ordinal; extended on first use (`LogCore+Streams.swift`).
  var streamSegments: [StreamSegment] = []
  /// Set by a fatal error: no write is accepted after it.
  var refusal: LogError?
  var lockDescriptor: Int32?
  /// This writer's entry in `WriterRegistry`.
  var registryKey: String?
  var readDescriptors: [Int: Int32] = [:]
  var closed = false

  func path(_ name: String) -> String { directory + "/" + name }
  func path(of segment: Segment) -> String { segment.path }

  /// A descriptor to read segment `ordinal`, opened once and kept.
  mutating func readDescriptor(_ ordinal: Int) throws -> Int32 {
    if ordinal == segments.count - 1, let active = activeDescriptor { return active }
    if let descriptor = readDescriptors[ordinal] { return descriptor }
    let descriptor = try fileSystem.open(path(of: segments[ordinal]), .read)
    readDescriptors[ordinal] = descriptor
    return descriptor
  }

  /// Releases descriptors and the lock; the core is unusable afterwards.
  mutating func releaseResources() {
    closeStreamTables()
    for descriptor in readDescriptors.values { fileSystem.close(descriptor) }
    readDescriptors = [:]
    if let active = activeDescriptor { fileSystem.close(active) }
    activeDescriptor = nil
    if let marker = markerDescriptor { fileSystem.close(marker) }
    markerDescriptor = nil
    if let lock = lockDescriptor { fileSystem.close(lock) }
    lockDescriptor = nil
    if let registryKey { WriterRegistry.remove(registryKey) }
    registryKey = nil
    closed = true
  }

  /// Throws unless writes are allowed now.
  func checkWritable() throws(LogError) {
    if closed { throw LogError(.closed) }
    if !writable { throw LogError(.readOnly) }
    if let refusal {
      // Corruption is reported as itself, with the same exit code as every reader gives it.
      if case .corrupt = refusal.kind { throw refusal }
      throw LogError(.writesRefused(reason: refusal.description))
    }
  }
}
