// Start-up benchmarks: the binary snapshot codec on 1 000 000 learners, and a command's
// start on a large log on disk (snapshot + tail, one learner's stream, full replay, the state
// and the pathway report as of a date).
import Foundation
import JolApp
import JolLog
import JolModel

/// `snapshot`: encode and decode the state of 1 000 000 learners (about 9 events each).
var snapshotBenchmark: Benchmark {
  Benchmark(
    name: "snapshot", summary: "binary snapshot of 1M learners' state: encode, decode, size",
    run: { try runSnapshotBenchmark(learnerCount: BenchRun.size(1_000_000, quick: 50_000)) })
}

/// Folds `learnerCount` generated learners into a state.
func generatedState(learnerCount: Int, seed: UInt64) -> (ClusterState, events: Int) {
  var state = ClusterState()
  state.reserveLearners(learnerCount)
  var generator = ReplayGenerator(seed: seed)
  var sequence: UInt64 = 0
  for learner in 0..<learnerCount {
    generator.learnerEvents(learner) { stream, payload in
      sequence += 1
      state.apply(
        payload.envelope(
          sequence: sequence, stream: stream, streamVersion: 1,
          id: EventID(ReplayGenerator.eventID(Int(sequence)))))
    }
  }
  return (state, Int(sequence))
}

func runSnapshotBenchmark(learnerCount: Int) throws {
  let (state, events) = generatedState(learnerCount: learnerCount, seed: 11)
  var bytes: [UInt8] = []
  var encode = Double.infinity
  for _ in 0..<2 {
    encode = min(encode, threadCPUSeconds { bytes = ClusterSnapshot.encode(state) })
  }
  var restored = ClusterState()
  var decode = Double.infinity
  var decodeCPU = Double.infinity
  for _ in 0..<2 {
    restored = ClusterState()
    var cpu = 0.0
    decode = min(
      decode,
      try wallSeconds { cpu = try processSeconds { restored = try ClusterSnapshot.decode(bytes) } }
    )
    decodeCPU = min(decodeCPU, cpu)
  }
  let megabytes = Double(bytes.count) / 1_048_576
  print(
    "   \(state.learners.count) learners from \(events) events; snapshot \(String(format: "%.1f", megabytes)) MB"
      + " (\(bytes.count / max(1, state.learners.count)) bytes per learner)")
  print(
    "   encode \(String(format: "%.3f", encode)) s (CPU); decode \(String(format: "%.3f", decode)) s wall,"
      + " \(String(format: "%.3f", decodeCPU)) s CPU of all threads"
      + " (\(String(format: "%.0f", Double(state.learners.count) / decode)) learners/s)")
  print("   restored == folded: \(restored == state)")
  record(
    "snapshot decode", size: "\(state.learners.count) learners",
    Double(state.learners.count) / decode, "learners/s")
}

/// `startup`: a command's start on a log of `JOL_BENCH_EVENTS` events (default 10 000 000;
/// ~9 per learner, each learner's events spread over the log as real years would spread them):
/// (a) open + snapshot + 1 % tail, (b) one learner through the stream index, (c) full replay,
/// (d) resident memory after (a), (e) the state as of a date folded from the whole log (what
/// reports, rounds and eligibility read when many learners have events after it), (f) `jol
/// report pathways` as of the latest effective date (the snapshot and the tail), (g) as of
/// (e)'s date (the whole log, when most learners have events after it), (h) as of the day
/// before the latest (the learners with events on the latest date folded anew) and (i) as of
/// the date after which a twelfth of the learners have events (read again too); then (j) `jol
/// log checkpoint --as-of` (e)'s date, and the report (k) as of that date and (l) as of the
/// days before it, from the checkpoint; (m) the snapshot made a checkpoint, as a writer that
/// passes a quarter's end makes it. The generated directory is a data directory: the log, and
/// the snapshot of 99 % of it tied to its record (no checkpoint: (j)'s is deleted after).
/// Measured in a fresh child process, with the log in the page cache (as on a machine that has
/// just written it).
var startupBenchmark: Benchmark {
  Benchmark(
    name: "startup",
    summary:
      "10M-event log on disk: snapshot + tail, one learner via the stream index, full replay,"
      + " the state as of a date",
    run: {
      if let directory = ProcessInfo.processInfo.environment[startupDirectoryVariable] {
        try measureStartup(in: directory)
      } else {
        try runStartupBenchmark()
      }
    })
}

private let startupDirectoryVariable = "JOL_BENCH_STARTUP_DIR"
private let startupLearnersVariable = "JOL_BENCH_STARTUP_LEARNERS"
let startupKeepVariable = "JOL_BENCH_STARTUP_KEEP"
/// Set to 1, the measuring process stops after (a) (profiling start-up alone).
private let startupOnlyVariable = "JOL_BENCH_STARTUP_ONLY_A"
/// Where the generated data directory keeps its snapshot, as `jol` does.
private let snapshotFile = "/snapshots/state.snapshot"

/// CPU seconds of the whole process (every thread) during `body`.
func processSeconds(_ body: () throws -> Void) rethrows -> Double {
  func now() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }
  let start = now()
  try body()
  return now() - start
}

private func progress(_ text: String) {
  FileHandle.standardError.write(Data(("   " + text + "\n").utf8))
}

private func format(_ seconds: Double) -> String { String(format: "%.3f s", seconds) }

/// Generates the log (and a snapshot at 99 %), then measures in a child process.
private func runStartupBenchmark() throws {
  let events =
    BenchRun.size(10_000_000, quick: 200_000, variable: "JOL_BENCH_EVENTS")
  // JOL_BENCH_STARTUP_KEEP names a directory to generate once and keep (profiling the
  // measuring process again and again without generating the log each time).
  let kept = ProcessInfo.processInfo.environment[startupKeepVariable]
  let directory = kept ?? NSTemporaryDirectory() + "jol-bench-startup-\(getpid())"
  let learnersFile = directory + "/learners"
  var learners = 0
  if let kept, let text = try? String(contentsOfFile: learnersFile, encoding: .utf8),
    let count = Int(text)
  {
    learners = count
    print("   reusing the log generated in \(kept) (\(learners) learners)")
  } else {
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let generation = try wallSeconds {
      learners = try generateStartupLog(events: events, in: directory)
    }
    print(
      "   generated \(events) events of \(learners) learners in \(format(generation))"
        + " (encode, durable appendBatches, fold to 99 %, snapshot)")
    if kept != nil {
      try String(learners).write(toFile: learnersFile, atomically: true, encoding: .utf8)
    }
  }
  defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }
  let log = try EventLog.open(directory: directory + "/log")
  let build = try wallSeconds {
    try log.records(inStream: StreamName.learner(ReplayGenerator.learnerID(0)).description) { _ in }
  }
  log.close()
  let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/log")
  let size = { (suffix: String) in
    files.filter { $0.hasSuffix(suffix) }.reduce(0) { total, name in
      total
        + ((try? FileManager.default.attributesOfItem(atPath: directory + "/log/" + name)[.size]
          as? Int) ?? 0)
    }
  }
  print(
    "   log \(size(".jsonl") >> 20) MB in \(files.filter { $0.hasSuffix(".jsonl") }.count) segments;"
      + " stream index built on first use in \(format(build)), \(size(".streams") >> 20) MB")

  // Measured twice, each in a fresh process. First just after the log was written and scanned
  // whole: the system is still busy taking back the memory that took, and a start-up then pays
  // for it (only (a) is measured). Then on the directory at rest, as a command run on a data
  // directory meets it: the figures recorded are these.
  let figures = directory + "/figures.tsv"
  for justWritten in [true, false] {
    print(justWritten ? "   just after writing the log:" : "   on the directory at rest:")
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    child.arguments = ["startup"]
    var environment = ProcessInfo.processInfo.environment
    environment[startupDirectoryVariable] = directory
    environment[startupLearnersVariable] = String(learners)
    environment[startupOnlyVariable] = justWritten ? "1" : environment[startupOnlyVariable]
    environment[childFiguresVariable] = figures
    child.environment = environment
    fflush(nil)  // the child writes to the same stdout: ours first
    try child.run()
    child.waitUntilExit()
    if child.terminationStatus != 0 {
      print("   measuring process failed: \(child.terminationStatus)")
    }
  }
  recordFigures(from: figures)
}

/// Appends `events` generated events in batches with group commit; folds the first 99 % and
/// writes their snapshot. Returns the number of learners.
func generateStartupLog(events: Int, in directory: String) throws -> Int {
  let log = try EventLog.open(directory: directory + "/log")
  defer { log.close() }
  let snapshotAt = UInt64(events - events / 100)
  var state: ClusterState? = ClusterState()
  state?.reserveLearners(events / 8)
  var generator = ReplayGenerator(seed: 2026)
  var sequence: UInt64 = 0
  var learner = 0
  // Learners 0..<seen have events in the log (the first event of each comes first).
  var seen = 0
  var batch: [ProposedRecord] = []
  var batches: [[ProposedRecord]] = []
  let cohortSize = 50_000
  while Int(sequence) < events {
    // A cohort's events interleaved by their position in each learner's path: a learner's
    // events are spread over the log, as years spread them.
    var cohort: [[(StreamName, EventPayload)]] = []
    let cohortStart = learner
    for _ in 0..<cohortSize {
      var path: [(StreamName, EventPayload)] = []
      generator.learnerEvents(learner) { path.append(($0, $1)) }
      cohort.append(path)
      learner += 1
    }
    let longest = cohort.map(\.count).max() ?? 0
    for step in 0..<longest {
      for (index, path) in cohort.enumerated() where step < path.count && Int(sequence) < events {
        let (stream, payload) = path[step]
        sequence += 1
        seen = max(seen, cohortStart + index + 1)
        batch.append(
          ProposedRecord(
            id: ReplayGenerator.eventID(Int(sequence)), stream: stream.description,
            payload: EventCodec.encode(payload)))
        if sequence <= snapshotAt {
          state?.apply(
            payload.envelope(
              sequence: sequence, stream: stream, streamVersion: 1,
              id: EventID(ReplayGenerator.eventID(Int(sequence)))))
        }
        if sequence == snapshotAt, let folded = state {
          // Appended first, so that the snapshot is tied to its last record, as a writer ties
          // it: the directory is a data directory `jol` reads (its snapshot, then the tail).
          batches.append(batch)
          try log.appendBatches(batches)
          (batch, batches) = ([], [])
          try FileManager.default.createDirectory(
            atPath: directory + "/snapshots", withIntermediateDirectories: true)
          let head = log.head!
          let anchor = LogAnchor(
            segmentFirstSequence: head.segmentFirstSequence, offset: head.offset,
            checksum: head.checksum)
          try AtomicFile.write(
            ClusterSnapshot.encode(folded, anchor: anchor), to: directory + snapshotFile)
          state = nil
        }
        if batch.count == 1_000 {
          batches.append(batch)
          batch = []
        }
        if batches.count == 20 {
          try log.appendBatches(batches)
          batches = []
        }
      }
    }
    progress("\(sequence) events appended")
  }
  if !batch.isEmpty { batches.append(batch) }
  if !batches.isEmpty { try log.appendBatches(batches) }
  guard log.lastSequence == UInt64(events) else {
    throw StartupBenchmarkError(message: "log has \(log.lastSequence) events, not \(events)")
  }
  return seen
}

private struct StartupBenchmarkError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

/// The measurements, in a fresh process.
private func measureStartup(in directory: String) throws {
  let learners =
    ProcessInfo.processInfo.environment[startupLearnersVariable].flatMap { Int($0) }
    ?? 1
  let before = residentBytes()
  // (a) open + snapshot + tail.
  var state = ClusterState()
  var tail = 0
  var phases: [Double] = []
  var log: EventLog?
  var startupCPU = 0.0
  let startup = try wallSeconds {
    startupCPU = try processSeconds {
      phases.append(
        try wallSeconds { log = try EventLog.open(directory: directory + "/log", mode: .readOnly) })
      // As `Store` reads it: mapped, checked and decoded.
      var file: MappedFile?
      phases.append(try wallSeconds { file = try MappedFile(path: directory + snapshotFile) })
      phases.append(try wallSeconds { state = try ClusterSnapshot.decode(file!.bytes) })
      file = nil
      phases.append(
        try wallSeconds {
          tail = try state.foldInParallel(log!, from: state.coveredSequence + 1)
        })
    }
  }
  let after = residentBytes()
  print(
    "   (a) open + snapshot + tail → ClusterState: \(format(startup)) wall, \(format(startupCPU)) CPU"
      + " (open \(format(phases[0])), map snapshot \(format(phases[1])),"
      + " decode \(format(phases[2])), replay \(tail) tail events \(format(phases[3])));"
      + " \(state.learners.count) learners")
  let megabytes = { (bytes: Int) in String(format: "%.0f MB", Double(bytes) / 1_048_576) }
  print(
    "   (d) resident after (a): \(megabytes(after)) (\(megabytes(before)) before); goal < 1.5 GB"
      + " for 1M learners")
  log?.close()
  if ProcessInfo.processInfo.environment[startupOnlyVariable] == "1" { return }

  // (b) one learner: open + stream index + decode + fold.
  var random = SplitMix64(seed: 99)
  func learnerStream() -> String {
    StreamName.learner(ReplayGenerator.learnerID(Int(random.below(UInt64(learners))))).description
  }
  var agree = true
  func show(_ log: EventLog, _ stream: String) throws -> Int {
    var envelopes: [EventEnvelope] = []
    try log.records(inStream: stream) { record in
      envelopes.append(
        try record.withPayloadBytes { payload in
          try EventCodec.decode(
            sequence: record.sequence, stream: record.stream,
            streamVersion: record.streamVersion, id: record.id,
            payload: UnsafeRawBufferPointer(payload))
        })
    }
    let id = LearnerID(String(stream.dropFirst("learner/".count)))
    let folded = LearnerState.fold(envelopes, learner: id)
    if var expected = state.learner(id) {
      // The snapshot's state was folded in log order, the path in effective-date order; both
      // give the same state for these events.
      expected.lastSequence = folded.lastSequence
      agree = agree && folded == expected
    } else {
      agree = false
    }
    return envelopes.count
  }
  var first = 0
  let one = try wallSeconds {
    let log = try EventLog.open(directory: directory + "/log", mode: .readOnly)
    first = try show(log, learnerStream())
    log.close()
  }
  let reader = try EventLog.open(directory: directory + "/log", mode: .readOnly)
  let lookups = 200
  var events = 0
  let many = try wallSeconds {
    for _ in 0..<lookups { events += try show(reader, learnerStream()) }
  }
  reader.close()
  print(
    "   (b) one learner, open + stream index + decode + fold: \(format(one)) wall (\(first) events);"
      + " then \(String(format: "%.2f ms", many / Double(lookups) * 1000)) per learner"
      + " (\(lookups) learners, \(events) events); equal to the snapshot's state: \(agree)")

  // (c) full replay.
  var full = ClusterState()
  full.reserveLearners(learners)
  let replayLog = try EventLog.open(directory: directory + "/log", mode: .readOnly)
  var replayCPU = 0.0
  let replay = try wallSeconds {
    replayCPU = try processSeconds {
      try full.foldInParallel(replayLog, from: 1)
    }
  }
  replayLog.close()
  print(
    "   (c) full replay: \(format(replay)) wall, \(format(replayCPU)) CPU"
      + " (\(String(format: "%.0f", Double(replayLog.lastSequence) / replayCPU)) events per CPU second)"
      + " → (a) is \(String(format: "%.0f", replay / startup))× faster (wall),"
      + " \(String(format: "%.0f", replayCPU / startupCPU))× (CPU);"
      + " snapshot + tail == full replay: \(full == state)")
  full = ClusterState()

  // (e) the state as of a date, folded from the log on both cores: what `jol report pathways
  // --as-of`, rounds and eligibility read when the snapshot cannot answer
  // (`Store.state(_:keep:)`), into a fresh state.
  let asOf = CivilDate("2025-12-31")!
  var sliced = ClusterState()
  let sliceLog = try EventLog.open(directory: directory + "/log", mode: .readOnly)
  var sliceCPU = 0.0
  let slice = try wallSeconds {
    sliceCPU = try processSeconds {
      try sliced.foldInParallel(sliceLog, from: 1, slice: TimeSlice(asOf: asOf))
    }
  }
  sliceLog.close()
  print(
    "   (e) the state as of \(asOf), folded from the whole log: \(format(slice)) wall,"
      + " \(format(sliceCPU)) CPU; \(sliced.learners.count) learners by then")

  sliced = ClusterState()

  // (f) `jol report pathways` as of the log's latest effective date — from the snapshot and the
  // tail —, (g) as of (e)'s date — on 10 M events most learners have events after it: the log
  // is folded —, (h) as of the day before the latest date — the learners with events on it
  // folded anew, the others as the snapshot has them — and (i) below. Each the command in this
  // process, as the `jol` process runs it (what it keeps until exit kept aside, freed after the
  // timing). How many learners have events after each date is printed: it decides how the
  // state is read.
  let latest = state.latestEffective!
  let dates = LatestDates(state)
  state = ClusterState()
  func reportSeconds(asOf date: CivilDate) throws -> Double {
    let leftovers = Leftovers()
    defer { leftovers.release() }
    return try wallSeconds {
      _ = try runJolInProcess(
        ["report", "pathways", "--as-of", date.description, "--format", "json"], data: directory,
        policies: try importPoliciesDirectory(), in: directory, leftovers: leftovers)
    }
  }
  let dayBefore = latest.adding(days: -1)
  // (i) the earliest date after which at most a twelfth of the learners have events (100 000
  // of 1.2 million): read again on both cores (the limit lets a command read up to one learner
  // per 40 events, 250 000 here).
  var twelfth = latest
  while dates.learners(datedAfter: twelfth.adding(days: -1)) <= learners / 12 {
    twelfth = twelfth.adding(days: -1)
  }
  var reports: [(name: String, date: CivilDate, seconds: Double)] = []
  // A checkpoint a run stopped before deleting would serve (g).
  let checkpointFile = directory + "/snapshots/as-of-\(asOf).snapshot"
  try? FileManager.default.removeItem(atPath: checkpointFile)
  for (letter, name, date) in [
    ("f", "latest effective date", latest), ("g", "date of (e)", asOf),
    ("h", "day before the latest", dayBefore),
    ("i", "date a twelfth of learners have events after", twelfth),
  ] {
    let seconds = try reportSeconds(asOf: date)
    reports.append((name, date, seconds))
    print(
      "   (\(letter)) jol report pathways as of \(date), the \(name): \(format(seconds));"
        + " \(dates.learners(datedAfter: date)) learners with events after it")
  }
  // (j) the checkpoint as of (e)'s date, written by the command (the log folded as of it);
  // (k) the report as of that date from it; (l) as of the earliest date before it for which
  // at most a twelfth of the learners are folded anew from their events (those dated between).
  let checkpointSeconds = try wallSeconds {
    _ = try runJolInProcess(
      ["log", "checkpoint", "--as-of", asOf.description], data: directory,
      policies: try importPoliciesDirectory(), in: directory)
  }
  defer { try? FileManager.default.removeItem(atPath: checkpointFile) }
  let checkpointDates = try withExtendedLifetime(MappedFile(path: checkpointFile)) {
    try ClusterSnapshot.summary(of: $0.bytes).latestDates
  }
  var beforeCheckpoint = asOf
  while checkpointDates.learners(datedAfter: beforeCheckpoint.adding(days: -1)) <= learners / 12,
    beforeCheckpoint > asOf.adding(days: -366)
  {
    beforeCheckpoint = beforeCheckpoint.adding(days: -1)
  }
  print("   (j) jol log checkpoint --as-of \(asOf): \(format(checkpointSeconds))")
  for (letter, name, date) in [
    ("k", "checkpoint's date", asOf),
    (
      "l", "earliest date a twelfth of learners have events between it and the checkpoint's",
      beforeCheckpoint
    ),
  ] {
    let seconds = try reportSeconds(asOf: date)
    reports.append((name, date, seconds))
    print(
      "   (\(letter)) jol report pathways as of \(date), the \(name), from the checkpoint:"
        + " \(format(seconds)); \(checkpointDates.learners(datedAfter: date)) learners with"
        + " events between it and the checkpoint's date")
  }

  // (m) what a writer passing a quarter's end does with the snapshot before its own: made the
  // checkpoint as of that day (checked whole, copied with the date, checksummed again, written
  // atomically), into a file deleted after.
  let converted = directory + "/snapshots/as-of-converted.bench"
  let conversion = try wallSeconds {
    let bytes = try withExtendedLifetime(MappedFile(path: directory + snapshotFile)) {
      try ClusterSnapshot.checkpoint($0.bytes, asOf: latest)
    }
    try AtomicFile.write(bytes, to: converted)
  }
  try? FileManager.default.removeItem(atPath: converted)
  print(
    "   (m) the snapshot made a checkpoint, as a writer passing a quarter's end: \(format(conversion))"
  )

  let size = "\(replayLog.lastSequence) events, \(learners) learners"
  record(
    "the snapshot made a checkpoint (a writer passing a quarter's end)", size: size, conversion,
    "s")
  record(
    "start-up: open + snapshot + tail", size: size, startup, "s", goal: .atMost(1),
    baseline: String(format: "%.0f× faster than full replay", replay / startup))
  record(
    "one learner: open + stream index + fold", size: size, one, "s", goal: .atMost(1))
  record("the state as of a date, from the log", size: size, slice, "s", goal: .atMost(1))
  record("jol log checkpoint as of the date of (e)", size: size, checkpointSeconds, "s")
  for report in reports {
    record(
      "jol report pathways as of the \(report.name)", size: size, report.seconds, "s",
      goal: .atMost(1))
  }
}
