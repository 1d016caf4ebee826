import Foundation
import Testing

@testable import JolApp

@Suite struct LogCommandTests {
  @Test func statsCountEventsByType() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let result = runJol(["log", "stats", "--data", data, "--format", "json"])
    #expect(result.exitCode == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["events"] as? Int == 3)
    let rows = try #require(object["by_type"] as? [[String: Any]])
    let byType = Dictionary(
      uniqueKeysWithValues: rows.compactMap { row in
        (row["type"] as? String).map { ($0, row["events"] as? Int ?? 0) }
      })
    #expect(byType["learner.stage_entered"] == 1)
    #expect(byType["learner.registered"] == 1)
  }

  @Test func exportIsPseudonymousJSONLinesAndCSV() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let jsonl = runJol(["log", "export", "--data", data])
    #expect(jsonl.exitCode == 0)
    let lines = jsonl.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    let first = try #require(
      JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(first["sequence"] as? Int == 1)
    #expect(first["type"] as? String == "learner.registered")
    #expect((first["data"] as? [String: Any])?["school"] as? String == "S-1")
    #expect(!jsonl.stdout.contains(SampleLearner.iin))
    #expect(!jsonl.stdout.contains(SampleLearner.surname))

    let since = runJol(["log", "export", "--data", data, "--since", "3", "--format", "csv"])
    let rows = since.stdout.split(separator: "\n")
    #expect(
      rows.first
        == "sequence,stream,stream_version,id,type,schema_version,effective,recorded_at,actor,data")
    #expect(rows.count == 2)
    #expect(rows[1].hasPrefix("3,learner/"))
  }

  @Test func verifyReportsCorruptionWithSegmentAndOffset() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    #expect(runJol(["log", "verify", "--data", data]).exitCode == 0)
    let segment =
      data + "/log/"
      + (try FileManager.default.contentsOfDirectory(atPath: data + "/log")
        .first { $0.hasSuffix(".jsonl") }!)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: segment))
    let target = try #require(bytes.firstRange(of: Data("\"S-1\"".utf8)))
    bytes[target.lowerBound + 1] = UInt8(ascii: "T")
    try bytes.write(to: URL(fileURLWithPath: segment))
    let result = runJol(["log", "verify", "--data", data, "--lang", "en"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("00000000000000000001.jsonl"))
    #expect(result.stderr.contains("byte 0"))
  }

  @Test func aSecondWriterIsToldTheDirectoryIsBusy() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let holder = try JolApp.Store.openForWriting(testContext(data: data))
    let result = runJol([
      "forget", SampleLearner.iin, "--reason", "x", "--data", data, "--lang", "en",
    ])
    #expect(result.exitCode == 75)
    #expect(
      result.stderr.contains(
        "data directory in use by process \(ProcessInfo.processInfo.processIdentifier)"))
    _ = holder
  }
}
