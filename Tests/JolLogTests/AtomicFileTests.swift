import Foundation
import Testing

@testable import JolLog

@Suite struct AtomicFileTests {
  @Test func replacesContentOwnerOnly() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/vault.json"
    try AtomicFile.write(Array("old".utf8), to: path)
    try AtomicFile.write(Array("new content".utf8), to: path)
    #expect(try bytes(of: path) == Array("new content".utf8))
    #expect(try PosixFileSystem().permissions(path) == 0o600)
    #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
  }

  @Test func failureLeavesTheOldContent() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/vault.json"
    try AtomicFile.write(Array("old".utf8), to: path)
    for operation in ["write", "fsync", "rename"] {
      let faulty = FaultyFileSystem()
      faulty.fail(operation)
      #expect(throws: FileSystemError.self) {
        try AtomicFile.write(Array("new".utf8), to: path, fileSystem: faulty)
      }
      #expect(try bytes(of: path) == Array("old".utf8), "\(operation)")
    }
    let removed = try AtomicFile.removeLeftovers(in: directory.path)
    #expect(removed == ["vault.json.tmp"])
    #expect(try bytes(of: path) == Array("old".utf8))
  }
}
