// Benchmarks of JolLog (durable bulk append, raw replay, open) and the crash-test writer.
import Foundation
import JolLog
import JolModel

/// `log-append`: durable bulk import with group commit, against plain write+fdatasync of the
/// same bytes (the floor) and against one flush per batch.
var logAppendBenchmark: Benchmark {
  Benchmark(
    name: "log-append",
    summary: "durable bulk append: appendBatches of 100 batches × 100 records (~250 B payloads)"
  ) {
    let records = benchmarkRecordCount(default: 300_000)
    let directory = try benchmarkDirectory("append")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let batches = makeBenchmarkBatches(records: records, batchSize: 100, tag: "a")
    let log = try EventLog.open(directory: directory + "/log")
    let grouped = try measure {
      for start in stride(from: 0, to: batches.count, by: 100) {
        try log.appendBatches(Array(batches[start..<min(start + 100, batches.count)]))
      }
    }
    let retry = try measure {
      for start in stride(from: 0, to: batches.count, by: 100) {
        try log.appendBatches(Array(batches[start..<min(start + 100, batches.count)]))
      }
    }
    log.close()
    let bytes = try FileManager.default.contentsOfDirectory(atPath: directory + "/log")
      .filter { $0.hasSuffix(".jsonl") }
      .reduce(0) { total, name in
        total
          + ((try? FileManager.default.attributesOfItem(atPath: directory + "/log/" + name)[.size]
            as? Int) ?? 0)
      }
    // Baseline: the same number of bytes written with pwrite + one fdatasync per 10 000 records.
    let floor = try measure { try rawWrite(bytes: bytes, flushes: records / 10_000, in: directory) }
    let fewer = Array(batches.prefix(100))
    let perBatchLog = try EventLog.open(directory: directory + "/per-batch")
    let perBatch = try measure { for batch in fewer { try perBatchLog.append(batch) } }
    perBatchLog.close()
    print(
      "   group commit: \(records) records, \(bytes / records) B/line, "
        + "\(rate(records, grouped)) records/s (\(mbps(bytes, grouped)) MB/s)")
    print(
      "   baseline pwrite+fdatasync of the same bytes: \(mbps(bytes, floor)) MB/s "
        + "→ log at \(percent(floor, grouped)) of the raw disk rate")
    print(
      "   idempotent retry of the whole import (all skipped): \(rate(records, retry)) records/s")
    print("   one fdatasync per 100-record batch: \(rate(fewer.count * 100, perBatch)) records/s")
    record(
      "log: durable append, group commit", size: "\(records) records",
      Double(records) / grouped, "records/s",
      baseline: "\(percent(floor, grouped)) of pwrite+fdatasync")
  }
}

/// `log-replay`: raw replay (`forEach`, every checksum checked) against Foundation's
/// JSONDecoder on the same lines; opening a large log with and without its index file.
var logReplayBenchmark: Benchmark {
  Benchmark(
    name: "log-replay",
    summary: "raw replay (forEach with CRC), open and index load of a large log"
  ) {
    let records = benchmarkRecordCount(default: 1_000_000)
    let directory = try benchmarkDirectory("replay")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/log"
    let batches = makeBenchmarkBatches(records: records, batchSize: 100, tag: "r")
    var log = try EventLog.open(directory: path)
    for start in stride(from: 0, to: batches.count, by: 100) {
      try log.appendBatches(Array(batches[start..<min(start + 100, batches.count)]))
    }
    log.close()

    var count = 0
    var payloadBytes = 0
    var opened = 0.0
    let replay = try measure {
      let started = Date()
      log = try EventLog.open(directory: path, mode: .readOnly)
      opened = Date().timeIntervalSince(started)
      try log.forEach { record in
        count += 1
        payloadBytes += record.payload.count
      }
    }
    // More passes (JOL_BENCH_REPLAY_PASSES) make a profile of replay alone.
    let passes =
      ProcessInfo.processInfo.environment["JOL_BENCH_REPLAY_PASSES"].flatMap { Int($0) } ?? 1
    let cpuBefore = threadCPUTime()
    let replayAgain =
      try measure {
        for _ in 0..<passes { try log.forEach { _ in count += 1 } }
      } / Double(passes)
    let replayCPU = (threadCPUTime() - cpuBefore) / Double(passes)
    log.close()
    print(
      "   forEach: \(records) records in \(seconds(replay)) → \(rate(records, replay)) records/s; "
        + "again: \(rate(records, replayAgain)) records/s wall, \(rate(records, replayCPU)) per "
        + "CPU-second; read-only open \(seconds(opened))")
    record(
      "log: raw replay with checksums", size: "\(records) records", Double(records) / replay,
      "records/s")
    let lineBytes = try FileManager.default.contentsOfDirectory(atPath: path)
      .filter { $0.hasSuffix(".jsonl") }
      .reduce(0) { total, name in
        total
          + ((try? FileManager.default.attributesOfItem(atPath: path + "/" + name)[.size] as? Int)
            ?? 0)
      }
    let crcBuffer = [UInt8](repeating: 0x7B, count: 64 << 20)
    var crcSink: UInt32 = 0
    let crcCPU = threadCPUTime()
    for _ in 0..<4 { crcSink ^= CRC32C.checksum(crcBuffer) }
    let crcSeconds = (threadCPUTime() - crcCPU) / 4
    let crcBound = Double(crcBuffer.count) / crcSeconds / Double(lineBytes / records)
    print(
      "   lines average \(lineBytes / records) B; CRC-32C alone \(mbps(crcBuffer.count, crcSeconds)) "
        + "MB/s per CPU-second, a bound of \(rate(Int(crcBound), 1)) lines/s [\(crcSink & 1)]")

    // Baseline: Foundation JSONDecoder decoding the same lines' envelopes.
    let sample = min(records, 50_000)
    let lines = try sampleLines(path: path, count: sample)
    let decoder = JSONDecoder()
    var decoded = 0
    let foundation = try measure {
      for line in lines {
        decoded += Int(try decoder.decode(BenchmarkEnvelope.self, from: line).seq)
      }
    }
    print(
      "   Foundation JSONDecoder, envelope only: \(rate(sample, foundation)) records/s "
        + "→ raw replay is \(ratio(Double(records) / replay, Double(sample) / foundation))× faster")

    var open = 0.0
    var firstVersion = 0.0
    let withIndex = try measure {
      let started = Date()
      log = try EventLog.open(directory: path)
      open = Date().timeIntervalSince(started)
      let loadStarted = Date()
      _ = log.streamVersion("learner-1")
      firstVersion = Date().timeIntervalSince(loadStarted)
    }
    log.close()
    try FileManager.default.removeItem(atPath: path + "/index")
    let rebuild = try measure {
      log = try EventLog.open(directory: path)
      _ = log.streamVersion("learner-1")
    }
    log.close()
    print(
      "   writer open \(seconds(open)) + index load \(seconds(firstVersion)) = \(seconds(withIndex)); "
        + "without index file (full rebuild) \(seconds(rebuild))")
    _ = (payloadBytes, decoded)
  }
}

/// `jol-bench log-crash-writer DIR [SEGMENT_BYTES]`: appends batches forever and prints
/// `ack LAST_SEQUENCE BATCH_ID RECORDS` after each acknowledged batch (flushed at once). The
/// crash test kills it with SIGKILL at random moments and checks the acknowledged batches.
func runLogCrashWriter(_ arguments: [String]) -> Never {
  guard let directory = arguments.first else {
    FileHandle.standardError.write(
      Data("usage: jol-bench log-crash-writer DIR [SEGMENT_BYTES]\n".utf8))
    exit(64)
  }
  let segmentSize = arguments.dropFirst().first.flatMap { UInt64($0) } ?? 64 << 20
  do {
    let log = try EventLog.open(directory: directory, options: .init(segmentSize: segmentSize))
    var random = SystemRandomNumberGenerator()
    let run = "\(getpid())-\(UInt32.random(in: 0...UInt32.max, using: &random))"
    var counter = 0
    while true {
      let batchCount = Int.random(in: 1...3, using: &random)
      var batches: [[ProposedRecord]] = []
      var names: [String] = []
      for _ in 0..<batchCount {
        counter += 1
        let name = "\(run)-\(counter)"
        let size = Int.random(in: 1...20, using: &random)
        let pad = String(repeating: "x", count: Int.random(in: 0...300, using: &random))
        batches.append(
          (0..<size).map { index in
            ProposedRecord(
              id: "\(name)-\(index)", stream: "s\(Int.random(in: 0..<40, using: &random))",
              payload: Array(#"{"b":"\#(name)","n":\#(size),"i":\#(index),"pad":"\#(pad)"}"#.utf8))
          })
        names.append(name)
      }
      let results: [AppendResult]
      if batchCount == 1 {
        results = [try log.append(batches[0])]
      } else {
        results = try log.appendBatches(batches)
      }
      var acknowledgements = ""
      for (number, result) in results.enumerated() {
        acknowledgements +=
          "ack \(result.sequences!.upperBound) \(names[number]) \(batches[number].count)\n"
      }
      // Unbuffered: each acknowledgement is out before the next append starts.
      FileHandle.standardOutput.write(Data(acknowledgements.utf8))
    }
  } catch {
    FileHandle.standardError.write(Data("log-crash-writer: \(error)\n".utf8))
    exit(74)
  }
}

private struct BenchmarkEnvelope: Decodable {
  let crc: String
  let seq: UInt64
  let batchEnd: UInt64
  let durable: UInt64
  let stream: String
  let version: UInt64
  let id: String

  enum CodingKeys: String, CodingKey {
    case crc, seq, durable, stream, version, id
    case batchEnd = "batch_end"
  }
}

private func makeBenchmarkBatches(records: Int, batchSize: Int, tag: String) -> [[ProposedRecord]] {
  var random = SplitMix64(seed: 2026)
  let types = ["learner.registered", "stage.entered", "term.result", "category.declared"]
  return stride(from: 0, to: records, by: batchSize).map { start in
    (start..<min(start + batchSize, records)).map { number in
      let learner = "learner-\(random.next() % 200_000)"
      let payload =
        #"{"type":"\#(types[number % 4])","schema":1,"recorded":"2026-09-01T08:30:00Z","#
        + #""effective":"2026-09-01","actor":"import:college-14","learner":"\#(learner)","#
        + #""institution":"KZ-ABAI-COL-014","specialty":"0713000","form":"full_time","#
        + #""funding":"state_order","language":"kk","gpa":"\#(random.next() % 500)"}"#
      return ProposedRecord(
        id: "\(tag)-\(number)-\(random.next() % 1_000_000)", stream: learner,
        payload: Array(payload.utf8))
    }
  }
}

private func benchmarkRecordCount(default value: Int) -> Int {
  BenchRun.size(value, quick: 20_000, variable: "JOL_BENCH_LOG_RECORDS")
}

private func benchmarkDirectory(_ label: String) throws -> String {
  let path = NSTemporaryDirectory() + "jol-bench-\(label)-\(getpid())"
  try? FileManager.default.removeItem(atPath: path)
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

private func sampleLines(path: String, count: Int) throws -> [Data] {
  let first = try FileManager.default.contentsOfDirectory(atPath: path)
    .filter { $0.hasSuffix(".jsonl") }.sorted()[0]
  let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path + "/" + first))
  defer { try? handle.close() }
  let data = try handle.read(upToCount: count * 1024) ?? Data()
  return data.split(separator: 0x0A).prefix(count).map { Data($0) }
}

private func rawWrite(bytes: Int, flushes: Int, in directory: String) throws {
  let path = directory + "/raw"
  let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
  defer {
    close(descriptor)
    unlink(path)
  }
  let chunk = [UInt8](repeating: 0x61, count: max(1, bytes / max(1, flushes)))
  var offset = 0
  while offset < bytes {
    let count = min(chunk.count, bytes - offset)
    _ = chunk.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, count, off_t(offset)) }
    fdatasync(descriptor)
    offset += count
  }
}

private func threadCPUTime() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func measure(_ body: () throws -> Void) throws -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

private func rate(_ count: Int, _ seconds: Double) -> String {
  String(format: "%.0f", Double(count) / seconds)
}

private func mbps(_ bytes: Int, _ seconds: Double) -> String {
  String(format: "%.1f", Double(bytes) / seconds / 1e6)
}

private func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }

private func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.1f", a / b) }

private func percent(_ floor: Double, _ measured: Double) -> String {
  String(format: "%.0f%%", floor / measured * 100)
}
