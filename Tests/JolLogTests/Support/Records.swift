import Foundation

@testable import JolLog

/// A record with a small JSON payload naming its id.
func record(_ id: String, stream: String = "s", _ extra: String = "") -> ProposedRecord {
  ProposedRecord(
    id: id, stream: stream, payload: Array(#"{"type":"test","id":"\#(id)"\#(extra)}"#.utf8))
}

/// A batch of `count` records with ids `prefix-0`… on `stream`.
func batch(_ prefix: String, count: Int, stream: String = "s") -> [ProposedRecord] {
  (0..<count).map { record("\(prefix)-\($0)", stream: stream) }
}

/// Every record of the log, as (sequence, stream, version, id, payload text).
func replay(_ log: EventLog) throws -> [(UInt64, String, UInt64, String, String)] {
  var records: [(UInt64, String, UInt64, String, String)] = []
  try log.forEach { stored in
    records.append(
      (
        stored.sequence, stored.stream, stored.streamVersion, stored.id,
        String(decoding: stored.payload, as: UTF8.self)
      ))
  }
  return records
}

/// The segment files of a log directory, sorted.
func segmentFiles(_ directory: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }
    .sorted()
}

/// Reads a file's bytes.
func bytes(of path: String) throws -> [UInt8] {
  Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Writes a file's bytes (for damaging a log in tests).
func write(_ bytes: [UInt8], to path: String) throws {
  try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The error a throwing call raised, as a LogError.
func logError(_ body: () throws -> Void) -> LogError? {
  do {
    try body()
    return nil
  } catch let error as LogError {
    return error
  } catch {
    return nil
  }
}

/// Runs `body` (appends), then puts the log's `commit` file back as it was before: as if the
/// writer was killed after `body`'s records reached the segment but before the marker that
/// acknowledges them — the only state in which a torn tail can exist.
func unacknowledged(_ directory: String, _ body: () throws -> Void) throws {
  let markerPath = directory + "/commit"
  let before = try bytes(of: markerPath)
  try body()
  try write(before, to: markerPath)
}
