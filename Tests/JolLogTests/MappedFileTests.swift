import Testing

@testable import JolLog

/// ``MappedFile`` gives a file's bytes as ``FileSystem/readFile(_:)`` does, keeps them while a
/// new file is renamed over the path (as ``AtomicFile`` replaces a snapshot), and refuses what
/// cannot be mapped with the file's name.
struct MappedFileTests {
  @Test func mapsWhatReadFileReads() throws {
    for count in [0, 1, 4_095, 4_096, 4_097, 3_000_001] {
      let (path, directory) = try FileSystemHalvesTests.file(count)
      defer { directory.remove() }
      let file = try MappedFile(path: path)
      #expect(file.bytes.count == count)
      #expect(Array(file.bytes) == (try PosixFileSystem().readFile(path)), "\(count) bytes")
    }
  }

  @Test func aFileRenamedOverTheMappedOneLeavesItsBytes() throws {
    let (path, directory) = try FileSystemHalvesTests.file(10_000)
    defer { directory.remove() }
    let before = try PosixFileSystem().readFile(path)
    let file = try MappedFile(path: path)
    try AtomicFile.write(
      [UInt8](repeating: 7, count: 20_000), to: path, fileSystem: PosixFileSystem())
    #expect(Array(file.bytes) == before)
    #expect(try MappedFile(path: path).bytes.count == 20_000)
  }

  @Test func whatCannotBeMappedIsAnErrorNamingTheFile() throws {
    let directory = TemporaryDirectory("mapped")
    defer { directory.remove() }
    #expect {
      try MappedFile(path: directory.path + "/missing")
    } throws: { error in
      (error as? FileSystemError)?.path == directory.path + "/missing"
    }
    // A directory opens for reading, but it is not a file's bytes.
    #expect(throws: FileSystemError.self) { try MappedFile(path: directory.path) }
  }
}
