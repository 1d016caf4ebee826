#if canImport(Glibc)
  import Glibc
#endif

/// Opening: directory, lock, leftovers, segment list, and recovery of the last segment.
extension LogCore {
  static let lockFileName = "lock"

  /// Opens the log in `directory`; see `EventLog.open`.
  static func open(
    directory: String, writable: Bool, fileSystem: any FileSystem, segmentSize: UInt64
  ) throws(LogError) -> LogCore {
    var core = LogCore(
      directory: directory, writable: writable, fileSystem: fileSystem,
      segmentSize: segmentSize)
    do {
      try mappingErrors {
        if writable {
          if !fileSystem.exists(directory) {
            try fileSystem.makeDirectory(directory)
            // The new directory entry must survive a power loss along with what goes in it.
            let parent = parentDirectory(of: directory)
            try fileSystem.syncDirectory(parent.isEmpty ? "." : parent)
          }
          try core.takeLock()
          try AtomicFile.removeLeftovers(in: directory, fileSystem: fileSystem)
        } else if !fileSystem.exists(directory) {
          throw FileSystemError(operation: "open", path: directory, code: 2)
        }
        core.segments = try fileSystem.listDirectory(directory)
          .compactMap(SegmentName.firstSequence(of:)).sorted()
          .map { Segment(firstSequence: $0, in: directory) }
      }
      try core.recoverTail()
      return core
    } catch {
      core.releaseResources()
      throw error
    }
  }

  /// Takes the write lock (`flock` on `lock`, which then holds our pid) or fails at once.
  ///
  /// One wrinkle: while this process forks a child (Foundation's `Process`), the child holds
  /// copies of our descriptors until it execs, and with them our lock. A writer that closes and
  /// reopens in that window finds its own pid in the lock file although no writer of this
  /// process is open (`WriterRegistry`): then it retries for up to a second instead of failing.
  private mutating func takeLock() throws {
    let lockPath = path(Self.lockFileName)
    let key = WriterRegistry.key(for: directory)
    var delay: UInt32 = 1_000
    while true {
      let descriptor = try fileSystem.open(lockPath, .createOrOpen)
      if try fileSystem.tryLock(descriptor, path: lockPath) {
        lockDescriptor = descriptor
        break
      }
      fileSystem.close(descriptor)
      let text = (try? fileSystem.readFile(lockPath)).map { String(decoding: $0, as: UTF8.self) }
      let pid = text.flatMap { Int32($0.trimmingWhitespace) }
      guard pid == currentProcessID(), !WriterRegistry.contains(key), delay < 1_000_000 else {
        throw LogError(.busy(pid: pid))
      }
      usleep(delay)
      delay *= 2
    }
    WriterRegistry.insert(key)
    registryKey = key
    let pid = Array("\(currentProcessID())\n".utf8)
    try fileSystem.truncate(lockDescriptor!, to: 0, path: lockPath)
    try pid.withUnsafeBytes { try fileSystem.write(lockDescriptor!, $0, at: 0, path: lockPath) }
  }

  /// Scans the last segment, truncates a torn tail (writer) or stops before it (reader), and
  /// sets `lastSequence` and `committedEnd`.
  private mutating func recoverTail() throws(LogError) {
    guard let last = segments.last else { return }
    if segments.count == 1 && last.firstSequence != 1 {
      throw LogError(
        .corrupt(segment: last.name, offset: 0, what: "the first segment must start at sequence 1"))
    }
    let segmentPath = path(of: last)
    try mappingErrors {
      let descriptor = try fileSystem.open(segmentPath, writable ? .readWrite : .read)
      if writable {
        activeDescriptor = descriptor
      } else {
        readDescriptors[segments.count - 1] = descriptor
      }
      let size = try fileSystem.size(descriptor, path: segmentPath)
      let tail = try TailScan.run(
        fileSystem: fileSystem, descriptor: descriptor, path: segmentPath, name: last.name,
        firstSequence: last.firstSequence, from: 0, limit: size)
      if writable {
        if tail.wholeEnd < size {
          try fileSystem.truncate(descriptor, to: tail.wholeEnd, path: segmentPath)
        }
        // What a killed writer wrote but never flushed is whole yet maybe still only in the page
        // cache; flush it before new lines declare it durable.
        try fileSystem.fdatasync(descriptor, path: segmentPath)
      }
      committedEnd = tail.wholeEnd
      lastSequence = tail.lastWholeSequence
    }
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
