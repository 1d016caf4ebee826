import JolModel
import Testing

@testable import JolLog

/// ``FileSystem/readFileInHalves(_:cores:)`` gives what ``FileSystem/readFile(_:)`` gives: the
/// same bytes for a small file and a large one, on one core or two, and for a file shorter than
/// its size said, as far as it was read.
struct FileSystemHalvesTests {
  /// A file of `count` bytes of varied content in a new directory (removed by `directory`).
  static func file(_ count: Int) throws -> (path: String, directory: TemporaryDirectory) {
    var random = SplitMix64(seed: UInt64(count))
    let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    let directory = TemporaryDirectory("halves")
    try AtomicFile.write(bytes, to: directory.path + "/file", fileSystem: PosixFileSystem())
    return (directory.path + "/file", directory)
  }

  @Test(arguments: [1, 2])
  func readsWhatReadFileReads(cores: Int) throws {
    let fileSystem = PosixFileSystem()
    for count in [
      0, 17, PosixFileSystem.halvesBytes - 1, PosixFileSystem.halvesBytes + 3, 3_000_001,
    ] {
      let (path, directory) = try Self.file(count)
      defer { directory.remove() }
      let read = try fileSystem.readFileInHalves(path, cores: cores)
      #expect(read.count == count)
      #expect(read == (try fileSystem.readFile(path)), "\(count) bytes")
    }
    #expect(throws: FileSystemError.self) {
      try fileSystem.readFileInHalves("/nonexistent/jol/file", cores: cores)
    }
  }

  /// Says every file is `extra` bytes longer than it is: a file cut while it is read.
  struct LongerSizes: FileSystem {
    let base = PosixFileSystem()
    let extra: UInt64
    func open(_ path: String, _ mode: FileOpenMode) throws -> Int32 { try base.open(path, mode) }
    func close(_ descriptor: Int32) { base.close(descriptor) }
    func read(
      _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64,
      path: String
    ) throws -> Int { try base.read(descriptor, into: buffer, at: offset, path: path) }
    func write(
      _ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64, path: String
    )
      throws
    { try base.write(descriptor, bytes, at: offset, path: path) }
    func size(_ descriptor: Int32, path: String) throws -> UInt64 {
      try base.size(descriptor, path: path) + extra
    }
    func identity(_ descriptor: Int32, path: String) throws -> FileIdentity {
      try base.identity(descriptor, path: path)
    }
    func truncate(_ descriptor: Int32, to length: UInt64, path: String) throws {
      try base.truncate(descriptor, to: length, path: path)
    }
    func fsync(_ descriptor: Int32, path: String) throws { try base.fsync(descriptor, path: path) }
    func fdatasync(_ descriptor: Int32, path: String) throws {
      try base.fdatasync(descriptor, path: path)
    }
    func tryLock(_ descriptor: Int32, path: String) throws -> Bool {
      try base.tryLock(descriptor, path: path)
    }
    func rename(_ source: String, to destination: String) throws {
      try base.rename(source, to: destination)
    }
    func unlink(_ path: String) throws { try base.unlink(path) }
    func makeDirectory(_ path: String) throws { try base.makeDirectory(path) }
    func listDirectory(_ path: String) throws -> [String] { try base.listDirectory(path) }
    func exists(_ path: String) -> Bool { base.exists(path) }
    func permissions(_ path: String) throws -> UInt32 { try base.permissions(path) }
    func status(_ path: String) throws -> FileStatus? { try base.status(path) }
  }

  @Test(arguments: [1, 2])
  func aFileShorterThanItsSizeIsReadAsFarAsItGoes(cores: Int) throws {
    // Cut in the second half (a little short) and in the first (more than half missing).
    for (count, extra) in [(3_000_001, UInt64(10)), (2_000_000, UInt64(2_500_000))] {
      let (path, directory) = try Self.file(count)
      defer { directory.remove() }
      let fileSystem = LongerSizes(extra: extra)
      let read = try fileSystem.readFileInHalves(path, cores: cores)
      #expect(read == (try PosixFileSystem().readFile(path)), "\(count) + \(extra)")
    }
  }
}
