import Foundation
import Testing

@testable import JolLog

/// A failed fsync leaves the file's state unknown (the kernel may have dropped the dirty
/// pages): the log must not acknowledge the append, nor any later one.
@Suite struct FailingFsyncTests {
  @Test func failedFdatasyncIsFatal() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    let log = try EventLog.open(directory: directory.log, fileSystem: faulty)
    try log.append([record("first")])  // creates the segment (write-temp, fsync, rename)
    faulty.fail("fdatasync")
    let error = logError { try log.append([record("second")]) }
    guard case .fsyncFailed(let path, let code)? = error?.kind else {
      Issue.record("expected fsyncFailed, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("00000000000000000001.jsonl"))
    #expect(code == 5)
    #expect(error?.exitCode == 74)
    #expect(log.lastSequence == 1, "nothing acknowledged")
    #expect(!log.contains(id: "second"))
    #expect(try replay(log).map(\.3) == ["first"])
    // Every later write is refused, even though fdatasync would work again.
    let faultyCount = faulty.count("fdatasync")
    let refused = logError { try log.append([record("third")]) }
    guard case .writesRefused? = refused?.kind else {
      Issue.record("expected writesRefused, got \(String(describing: refused))")
      return
    }
    #expect(logError { try log.appendBatches([[record("fourth")]]) } != nil)
    #expect(faulty.count("fdatasync") == faultyCount, "no write attempted")
    log.close()
  }

  @Test func failedFsyncWhileCreatingASegment() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    let log = try EventLog.open(directory: directory.log, fileSystem: faulty)
    faulty.fail("fsync")
    let error = logError { try log.appendBatches([batch("a", count: 5)]) }
    guard case .fsyncFailed? = error?.kind else {
      Issue.record("expected fsyncFailed, got \(String(describing: error))")
      return
    }
    #expect(log.lastSequence == 0)
    #expect(logError { try log.append([record("b")]) } != nil)
    log.close()
    // Reopened with a healthy disk: the unacknowledged temp file is gone, the log is usable.
    let reopened = try EventLog.open(directory: directory.log)
    defer { reopened.close() }
    #expect(reopened.lastSequence == 0)
    #expect(try reopened.append([record("b")]).sequences == 1...1)
  }

  @Test func failedWriteIsFatalToo() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    let log = try EventLog.open(directory: directory.log, fileSystem: faulty)
    try log.append([record("first")])
    faulty.fail("write", code: 28)  // ENOSPC
    let error = logError { try log.append([record("second")]) }
    guard case .io(_, "write", 28)? = error?.kind else {
      Issue.record("expected io write ENOSPC, got \(String(describing: error))")
      return
    }
    #expect(log.lastSequence == 1)
    #expect(logError { try log.append([record("third")]) } != nil)
    log.close()
  }
}
