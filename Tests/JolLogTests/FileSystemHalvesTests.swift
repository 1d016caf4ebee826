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

  @Test(arguments: [1, 2])
  func aFileShorterThanItsSizeIsReadAsFarAsItGoes(cores: Int) throws {
    // Cut in the second half (a little short) and in the first (more than half missing).
    for (count, extra) in [(3_000_001, UInt64(10)), (2_000_000, UInt64(2_500_000))] {
      let (path, directory) = try Self.file(count)
      defer { directory.remove() }
      let fileSystem = FaultyFileSystem()
      fileSystem.sayLonger(by: extra)
      let read = try fileSystem.readFileInHalves(path, cores: cores)
      #expect(read == (try PosixFileSystem().readFile(path)), "\(count) + \(extra)")
    }
  }
}
