import Dispatch
import Synchronization

/// The append-only event log in flat files: the record of truth.
///
/// A directory of JSON Lines segment files named by their first sequence number, one record per
/// line with a CRC-32C, batches atomic, appends acknowledged only once durable, one writer per
/// directory (`flock`), any number of readers. Thread-safe: calls are serialised by an internal
/// lock, and replay (`forEach`, `verify`) reads outside it, so it never blocks appends.
///
/// Open it once per process for writing; a second writer (another process, or a second `open`
/// in this one) fails at once with `LogError.busy`.
///
/// On disk, the directory holds:
/// - `NNNNNNNNNNNNNNNNNNNN.jsonl` — segments, named by the 20-digit sequence of their first
///   record; one record per line (format in `RecordLine`); a batch never spans two segments;
///   a new segment is created holding its first batch by write-temp, fsync, rename, fsync of
///   the directory; a segment is closed once the next batch would grow it past
///   `Options.segmentSize`;
/// - `lock` — `flock`ed by the writer, holding its pid;
/// - `index` — derived, rebuildable: stream versions and record ids up to a point (`LogIndex`);
/// - `NNNNNNNNNNNNNNNNNNNN.streams` — derived, rebuildable: a segment's stream index, where each
///   stream's records start (`StreamTable`, used by `records(inStream:)`);
/// - `*.tmp` — leftovers of an interrupted atomic write, deleted by the next writer.
///
/// Recovery at open scans only the last segment: a torn write after the last whole batch is
/// cut off; damage that a later-written line vouches for through its `durable` field is
/// corruption, reported with file and offset. Files are 0600, directories 0700.
public final class EventLog: Sendable {
  /// Whether the log is opened for writing.
  public enum Mode: Sendable {
    /// Writer: takes the lock, recovers the tail (truncating a torn write), may append.
    case readWrite
    /// Reader: no lock, changes nothing, sees whole batches only.
    case readOnly
  }

  /// Tunables.
  public struct Options: Sendable {
    /// A segment is closed and a new one started before it would grow past this many bytes
    /// (a batch is never split, so a single larger batch gets a segment of its own).
    public var segmentSize: UInt64
    /// Bytes an append gathers before a thread of its own starts writing them while the rest
    /// is encoded (``GroupWriter``); tests make it small.
    var chunkBytes = GroupWriter.chunkBytes

    /// Options; segments of 64 MiB by default.
    public init(segmentSize: UInt64 = 64 << 20) { self.segmentSize = segmentSize }
  }

  let core: Mutex<LogCore>
  /// The directory holding the segments.
  public let directory: String

  private init(core: consuming LogCore, directory: String) {
    self.core = Mutex(core)
    self.directory = directory
  }

  deinit { close() }

  /// Opens (and for a writer creates, 0700) the log in `directory`.
  ///
  /// The writer recovers the last segment: a torn tail after the last whole batch is truncated;
  /// damage before the durable point is reported. Only the last segment is scanned, so opening
  /// is fast whatever the log's size.
  ///
  /// - Throws: `LogError` — `busy(pid)` when another writer holds the directory, `corrupt` with
  ///   segment and offset, `io`.
  public static func open(
    directory: String, mode: Mode = .readWrite, options: Options = Options(),
    fileSystem: any FileSystem = PosixFileSystem()
  ) throws(LogError) -> EventLog {
    let core = try LogCore.open(
      directory: directory, writable: mode == .readWrite, fileSystem: fileSystem,
      segmentSize: max(1, options.segmentSize), chunkBytes: max(1, options.chunkBytes))
    return EventLog(core: core, directory: directory)
  }

  /// Appends one batch atomically; returns once it is durable.
  ///
  /// Records whose id is already in the log (or earlier in the batch) are skipped, so a retry
  /// after an unknown outcome is safe; if every record is skipped, the expectations are not
  /// checked (the batch was already applied) and nothing is written.
  ///
  /// - Parameter expecting: per stream, the version it must be at before the batch.
  /// - Throws: `versionConflict` (nothing appended), `invalidRecord`, `fsyncFailed` (nothing
  ///   acknowledged; the log refuses writes from then on), `writesRefused`, `readOnly`, `io`.
  @discardableResult
  public func append(_ records: [ProposedRecord], expecting: [String: ExpectedVersion] = [:])
    throws(LogError) -> AppendResult
  {
    try core.withLock { core throws(LogError) in
      try core.append(count: 1, records: records.count, expecting: expecting) { _ in records }
    }[0]
  }

  /// Appends many batches, each atomic, with one flush for all (group commit): the bulk import
  /// path. Returns once all are durable; one result per batch.
  ///
  /// - Throws: as `append`; on a failure no batch of the call is acknowledged.
  @discardableResult
  public func appendBatches(_ batches: [[ProposedRecord]]) throws(LogError) -> [AppendResult] {
    try appendBatches(count: batches.count, records: batches.reduce(0) { $0 + $1.count }) {
      batches[$0]
    }
  }

  /// Appends `count` batches given one by one, as ``appendBatches(_:)`` appends an array of
  /// them: `batch(i)` is asked for batch `i` once, in order, while the earlier ones are being
  /// encoded, so a caller may make the later batches meanwhile (on other cores). `records` is
  /// how many records they hold in all.
  ///
  /// - Throws: as `append`; on a failure no batch of the call is acknowledged, and the batches
  ///   after the failing one are not asked for.
  @discardableResult
  public func appendBatches(count: Int, records: Int, _ batch: (Int) -> [ProposedRecord])
    throws(LogError) -> [AppendResult]
  {
    try core.withLock { core throws(LogError) in
      try core.append(count: count, records: records, expecting: [:], batch)
    }
  }

  /// The sequence of the last committed record (0 when empty). Sequences are dense from 1.
  public var lastSequence: UInt64 {
    core.withLock { $0.lastSequence }
  }

  /// The version of `stream` (its number of records), 0 when it does not exist.
  ///
  /// The first call on a large log loads the index (see `LogIndex`). If the index cannot be
  /// built because the log is damaged, the answer is 0 and the log refuses writes (the error is
  /// reported by the next append and by `verify`).
  public func streamVersion(_ stream: String) -> UInt64 {
    streamVersions(of: [stream])[0]
  }

  /// The version of each of `streams`, in order, as ``streamVersion(_:)`` gives it: one look at
  /// the log for them all.
  ///
  /// A bulk import asks for a version per learner: they are looked up on every core, outside
  /// the lock, in the index's table as it is (shared, not copied; let go before this returns,
  /// so the next append changes the table in place).
  public func streamVersions(of streams: [String]) -> [UInt64] {
    let known: [String: UInt64]? = core.withLock { core in
      core.loadIndexOrRefuse() ? core.index!.streams : nil
    }
    guard let known else { return streams.map { _ in 0 } }
    let pieces = streams.count < 4_096 ? 1 : 8
    var versions = [UInt64](repeating: 0, count: streams.count)
    versions.withUnsafeMutableBufferPointer { versions in
      let shared = SharedVersions(versions: versions)
      DispatchQueue.concurrentPerform(iterations: pieces) { piece in
        let range =
          streams.count * piece / pieces..<streams.count * (piece + 1) / pieces
        for index in range { shared.versions[index] = known[streams[index]] ?? 0 }
      }
    }
    return versions
  }

  /// The result of ``streamVersions(of:)``, each piece writing its own indices. Unchecked
  /// Sendable, and safe as used: `concurrentPerform` returns once every piece is done.
  private struct SharedVersions: @unchecked Sendable {
    let versions: UnsafeMutableBufferPointer<UInt64>
  }

  /// Whether a record with this id is in the log. Exact: hash hits are confirmed on disk.
  /// (False, with writes refused, if the log is damaged; see `streamVersion`.)
  public func contains(id: String) -> Bool {
    core.withLock { core in
      let escaped = JSONString.escaped(id)
      do throws(LogError) {
        return try core.containsID(escaped, hash: IDTable.hash(escaped))
      } catch {
        core.refusal = core.refusal ?? error
        return false
      }
    }
  }

  /// Calls `body` with each record from `sequence` through `through` (default: the last record
  /// committed when the call starts), in order, checking every checksum.
  ///
  /// Records appended during the call are not visited. `body` may call other methods of the log.
  ///
  /// - Complexity: O(records read); sequential reads in 1 MiB chunks.
  /// - Throws: `corrupt` at the first damaged record; whatever `body` throws.
  public func forEach(
    from sequence: UInt64 = 1, through: UInt64? = nil, _ body: (StoredRecord) throws -> Void
  ) throws {
    try view().forEach(from: sequence, through: through, body)
  }

  /// Checks every checksum and invariant of the whole log. On corruption the log also refuses
  /// further writes.
  ///
  /// - Throws: `LogError.corrupt` naming the segment file and byte offset.
  public func verify() throws -> VerifyReport {
    do {
      return try mappingErrors { try view().verify() }
    } catch {
      if case .corrupt = error.kind { core.withLock { $0.refusal = $0.refusal ?? error } }
      throw error
    }
  }

  /// Figures about the log. With `countingStreams`, the index is loaded for the stream count (0
  /// streams if it cannot be); without, the stream count is 0 and no index is read — for a
  /// caller that counts streams otherwise (the index of a large log takes a second to load).
  public func stats(countingStreams: Bool = true) -> LogStats {
    core.withLock { core in
      let indexed = countingStreams && core.loadIndexOrRefuse()
      var bytes: UInt64 = 0
      for ordinal in core.segments.indices {
        if ordinal == core.segments.count - 1 {
          bytes += core.committedEnd
        } else if let descriptor = try? core.readDescriptor(ordinal) {
          let path = core.path(of: core.segments[ordinal])
          bytes += (try? core.fileSystem.size(descriptor, path: path)) ?? 0
        }
      }
      return LogStats(
        segments: core.segments.count, records: core.lastSequence, bytes: bytes,
        streams: indexed ? core.index!.streams.count : 0, lastSequence: core.lastSequence)
    }
  }

  /// A reader catches up with what the writer committed since it opened (or last refreshed).
  /// Does nothing for the writer, which is always current.
  public func refresh() throws(LogError) {
    try core.withLock { core throws(LogError) in try core.refresh() }
  }

  /// Saves the index (writer) and releases the files and the lock. Later calls fail with
  /// `closed`; closing twice is harmless.
  public func close() {
    core.withLock { core in
      guard !core.closed else { return }
      if core.refusal == nil { core.saveIndex() }
      core.releaseResources()
    }
  }

  private func view() throws(LogError) -> LogView {
    try core.withLock { core throws(LogError) in
      if core.closed { throw LogError(.closed) }
      return LogView(
        directory: core.directory, fileSystem: core.fileSystem, segments: core.segments,
        lastSegmentEnd: core.committedEnd, lastSequence: core.lastSequence)
    }
  }
}
