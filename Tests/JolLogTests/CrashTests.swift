import Foundation
import JolModel
import Testing

@testable import JolLog

/// A writer process killed with SIGKILL at random moments, many times over the same log: after
/// each kill the log reopens with every acknowledged batch present, no partial batch, and a
/// clean verify; then the next writer continues on it.
@Suite struct CrashTests {
  @Test func killedWriterLosesNothingAcknowledged() throws {
    let writer = try #require(
      Self.crashWriterBinary(),
      "jol-bench not found next to the test bundle or in .build/debug; build it with `swift build --product jol-bench` (swift test builds it)"
    )
    let directory = TemporaryDirectory("crash")
    defer { directory.remove() }
    var random = SplitMix64(seed: 0x5EED_C4A5)
    var acknowledged: [String: (sequence: UInt64, size: Int)] = [:]
    var maxAcknowledged: UInt64 = 0
    let iterations = 32
    for iteration in 0..<iterations {
      let process = Process()
      process.executableURL = writer
      // Small segments so kills also land in rollovers and index saves.
      process.arguments = ["log-crash-writer", directory.log, "16384"]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 30_000...250_000, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal, "iteration \(iteration)")
      let text = String(
        decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        let fields = line.split(separator: " ")
        // A line cut by the kill is not an acknowledgement.
        guard fields.count == 4, fields[0] == "ack", let sequence = UInt64(fields[1]),
          let size = Int(fields[3]), text.contains(line + "\n")
        else { continue }
        acknowledged[String(fields[2])] = (sequence, size)
        maxAcknowledged = max(maxAcknowledged, sequence)
      }
      try checkLog(directory, acknowledged: acknowledged, atLeast: maxAcknowledged)
    }
    #expect(acknowledged.count > iterations, "the writer acknowledged batches before being killed")
  }

  private func checkLog(
    _ directory: TemporaryDirectory, acknowledged: [String: (sequence: UInt64, size: Int)],
    atLeast last: UInt64
  ) throws {
    let log = try EventLog.open(directory: directory.log, options: .init(segmentSize: 16384))
    defer { log.close() }
    #expect(log.lastSequence >= last)
    var batches: [String: (count: Int, size: Int, last: UInt64, batchEnd: UInt64)] = [:]
    var order: [String] = []
    try log.forEach { stored in
      let object = try JSONSerialization.jsonObject(with: Data(stored.payload)) as! [String: Any]
      let name = object["b"] as! String
      let size = object["n"] as! Int
      if batches[name] == nil { order.append(name) }
      var entry = batches[name] ?? (0, size, 0, stored.batchEnd)
      #expect(object["i"] as? Int == entry.count, "records of \(name) in order")
      #expect(entry.batchEnd == stored.batchEnd)
      entry.count += 1
      entry.last = stored.sequence
      batches[name] = entry
    }
    for name in order {
      let batch = batches[name]!
      #expect(batch.count == batch.size, "batch \(name) whole: \(batch.count) of \(batch.size)")
      #expect(batch.last == batch.batchEnd)
    }
    for (name, ack) in acknowledged {
      #expect(batches[name]?.last == ack.sequence, "acknowledged batch \(name) present")
    }
    let report = try log.verify()
    #expect(report.records == log.lastSequence)
  }

  /// The `jol-bench` executable built beside the tests.
  static func crashWriterBinary() -> URL? {
    var candidates: [URL] = []
    let bundle = Bundle.main.bundleURL
    candidates += [bundle, bundle.deletingLastPathComponent()].map {
      $0.appendingPathComponent("jol-bench")
    }
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("Package.swift").path)
      {
        candidates.append(directory.appendingPathComponent(".build/debug/jol-bench"))
        break
      }
      directory = directory.deletingLastPathComponent()
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}
