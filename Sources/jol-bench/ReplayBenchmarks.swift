// Replay benchmarks: decoding log payloads and folding them into state, with the fast codec
// against Foundation's JSONDecoder on the same bytes, and the memory of 1 000 000 learners.
import Foundation
import JolModel

/// `replay`: N events in memory as payload bytes, decode + fold with the fast codec vs
/// JSONDecoder (decode only, which is already the slower part).
var replayBenchmark: Benchmark {
  Benchmark(
    name: "replay", summary: "decode + fold 1M realistic events: fast codec vs JSONDecoder",
    run: { runReplayBenchmark(eventCount: BenchRun.size(1_000_000, quick: 50_000)) })
}

/// `state-memory`: 1 000 000 learners folded, resident memory before and after.
var stateMemoryBenchmark: Benchmark {
  Benchmark(
    name: "state-memory", summary: "resident memory of 1M learners' state",
    run: { runStateMemoryBenchmark(learnerCount: BenchRun.size(1_000_000, quick: 50_000)) })
}

/// Log records held in memory: payloads back to back in one buffer.
struct InMemoryRecords {
  var payloads: [UInt8] = []
  var ends: [Int] = []
  var streams: [String] = []
  var ids: [String] = []

  var count: Int { ends.count }

  func payload(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }
}

/// Generates the events of learners in a realistic mix (about 10 per learner): registration,
/// categories, a diagnostic, terms at school, leaving school, college, terms at college, a
/// mentorship, sometimes an award with payments. Learners, their categories, college places and
/// term results come from the synthetic generator (400 schools, 20 colleges); diagnostics,
/// mentorships and awards are drawn here until the generator makes them.
struct ReplayGenerator {
  var synthetic: SyntheticGenerator
  var sequence: UInt64 = 0

  /// The organisations of the replayed region.
  static let catalogue = SyntheticCatalogue.numbered(
    schools: 400, colleges: 20,
    specialties: (0..<10).map { SpecialtyCode(rawValue: "0715\($0)100") })

  /// The subjects of every term result.
  static let subjects = [
    "mathematics", "physics", "kazakh_language", "russian_language", "history", "informatics",
    "chemistry",
  ]

  init(seed: UInt64) { synthetic = SyntheticGenerator(seed: seed, catalogue: Self.catalogue) }

  /// A number in `0..<bound`.
  private mutating func below(_ bound: UInt64) -> UInt64 { UInt64(synthetic.below(Int(bound))) }

  /// Learner `number`'s id, shaped as Jol mints them (`L` and 16 hex digits,
  /// `LearnerImport.newLearnerID`), the same in every run: 17 bytes, too long for a string held
  /// inline, as in a real region.
  static func learnerID(_ number: Int) -> LearnerID {
    var random = SplitMix64(seed: UInt64(number))
    return LearnerID("L" + hexDigits(random.next()))
  }

  /// Record `sequence`'s id, shaped as the store makes them (`E` and 32 hex digits,
  /// `Store.eventID`), the same in every run.
  static func eventID(_ sequence: Int) -> String {
    var random = SplitMix64(seed: UInt64(sequence) &+ 0x5EED)
    return "E" + hexDigits(random.next()) + hexDigits(random.next())
  }

  /// `value` as 16 lowercase hex digits.
  private static func hexDigits(_ value: UInt64) -> String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  mutating func learnerEvents(_ number: Int, into emit: (StreamName, EventPayload) -> Void) {
    let id = Self.learnerID(number)
    let learner = StreamName.learner(id)
    let start = CivilDate("2024-09-01")!.adding(days: Int(below(60)))
    var recorded = Int64(start.daysSinceEpoch) * 86_400_000 + 30_000_000
    func payload(_ effective: CivilDate, _ event: DomainEvent) -> EventPayload {
      recorded += Int64(below(86_400_000))
      return EventPayload(
        recordedAt: Timestamp(millisecondsSinceEpoch: recorded), effective: effective,
        actor: "import:roster.csv",
        event: event)
    }
    let pupil = synthetic.learner(grade: 9, registered: start)
    let school = pupil.school
    let language = pupil.language
    for event in pupil.events(as: id) { emit(event.stream, payload(event.effective, event.event)) }
    if below(10) < 5 {
      var answers: [String: String] = [:]
      for item in 1...20 { answers["q\(item)"] = below(2) == 0 ? "a" : "b" }
      emit(
        learner,
        payload(
          start.adding(days: 40),
          .diagnosticCompleted(
            DiagnosticCompleted(
              instrument: InstrumentRef(id: "klimov", version: 2), answers: answers,
              scores: [
                "nature": FixedDecimal(Int(below(9))),
                "technology": FixedDecimal(Int(below(9))),
                "human": FixedDecimal(Int(below(9))), "sign": FixedDecimal(Int(below(9))),
                "art": FixedDecimal(Int(below(9))),
              ], leadingDirections: ["technology"]))))
    }
    for term in 0..<2 {
      emit(learner, payload(start.adding(days: 110 + term * 150), termResult(term, school)))
    }
    let left = start.adding(days: 295)
    emit(learner, payload(left, .stageLeft(StageLeft(stage: .school, reason: .graduated))))
    var placement = synthetic.collegePlacement(language: language)
    // A specialist's qualification of the specialty (`4S` + its first six digits + `03`).
    placement.qualification = QualificationCode(
      rawValue: "4S" + placement.specialty.rawValue.prefix(6) + "03")
    let college = placement.institution
    let enrolled = left.adding(days: 68)
    emit(
      learner,
      payload(
        enrolled, .stageEntered(StageEntered(placement: .college(placement), reason: .enrolled))))
    for term in 0..<2 {
      emit(learner, payload(enrolled.adding(days: 110 + term * 150), termResult(term, college)))
    }
    if below(10) < 4 {
      emit(
        learner,
        payload(
          enrolled.adding(days: 30),
          .mentorshipAssigned(
            MentorshipAssigned(
              mentor: MentorID("M-\(below(5000))"), enterprise: "940140000385",
              matching: "kst-dual-2026"))))
    }
    if below(10) < 2 {
      let grant = AwardGranted(
        policy: "akim-named-scholarship", policyVersion: 3, round: "akim-named-2026-autumn",
        amount: Money(tenge: 350_000), periodStart: enrolled, periodEnd: enrolled.adding(days: 300))
      emit(learner, payload(enrolled.adding(days: 20), .awardGranted(grant)))
      emit(
        learner,
        payload(
          enrolled.adding(days: 50),
          .awardPaid(
            AwardPaid(
              policy: grant.policy, round: grant.round, amount: Money(tenge: 35_000),
              periodStart: enrolled,
              periodEnd: enrolled.adding(days: 29)))))
    }
  }

  mutating func termResult(_ term: Int, _ institution: InstitutionID) -> DomainEvent {
    .termResult(
      synthetic.termResult(
        term: "2025-\(term + 1)", at: institution, subjects: Self.subjects, strength: .ordinary))
  }
}

extension SplitMix64 {
  /// A number in `0..<bound`.
  mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
}

func generateRecords(eventCount: Int) -> InMemoryRecords {
  var records = InMemoryRecords()
  records.payloads.reserveCapacity(eventCount * 300)
  var generator = ReplayGenerator(seed: 2026)
  var learner = 0
  while records.count < eventCount {
    generator.learnerEvents(learner) { stream, payload in
      guard records.count < eventCount else { return }
      EventCodec.encode(payload, into: &records.payloads)
      records.ends.append(records.payloads.count)
      records.streams.append(stream.description)
      records.ids.append(ReplayGenerator.eventID(records.count + 1))
    }
    learner += 1
  }
  return records
}

/// CPU seconds this thread spends in `body`: on a machine shared with other work, wall-clock
/// time would count the time spent waiting for a core.
func threadCPUSeconds(_ body: () throws -> Void) rethrows -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  let start = now()
  try body()
  return now() - start
}

func runReplayBenchmark(eventCount: Int) {
  var records = InMemoryRecords()
  let generation = threadCPUSeconds { records = generateRecords(eventCount: eventCount) }
  print(
    "   generated \(records.count) events, \(records.payloads.count / records.count) bytes each on average"
      + " (\(String(format: "%.1f", generation)) s)")
  var state = ClusterState()
  // Best of two runs, each into a fresh state: the first also pays for warming caches. The
  // app's replay (`Store.currentState`): each learner's events decoded and folded by one core
  // (``ClusterState/foldInParallel``), timed on the wall clock; and one thread decoding and
  // folding, timed on its own CPU clock, for comparison (JOL_CORES=N sets the cores).
  var fast = Double.infinity
  var cpu = 0.0
  for _ in 0..<2 {
    state = ClusterState()
    let before = cpuSeconds()
    let wall = try! wallSeconds {
      let cores = Int(ProcessInfo.processInfo.environment["JOL_CORES"] ?? "") ?? Parallel.cores
      try state.foldInParallel(cores: cores) { add in
        for index in 0..<records.count {
          try add(
            EncodedEvent(
              sequence: UInt64(index + 1), stream: records.streams[index], streamVersion: 1,
              id: records.ids[index], payload: records.payloads[records.payload(index)]))
        }
      }
    }
    if wall < fast { (fast, cpu) = (wall, cpuSeconds() - before) }
  }
  let fastRate = Double(records.count) / fast
  print(
    "   fast codec, decode + fold on every core: \(Int(fastRate)) events/s  (\(String(format: "%.3f", fast)) s wall,"
      + " \(String(format: "%.2f", cpu)) s CPU, \(state.learners.count) learners)")
  var oneThread = ClusterState()
  let sequential = try! threadCPUSeconds {
    try records.payloads.withUnsafeBytes { buffer in
      for index in 0..<records.count {
        let range = records.payload(index)
        let envelope = try EventCodec.decode(
          sequence: UInt64(index + 1), stream: records.streams[index], streamVersion: 1,
          id: records.ids[index],
          payload: UnsafeRawBufferPointer(rebasing: buffer[range]))
        oneThread.apply(envelope)
      }
    }
  }
  let oneThreadRate = Double(records.count) / sequential
  print("   fast codec, decode + fold on one thread: \(Int(oneThreadRate)) events/s")
  if oneThread != state { print("   the two replays' states differ") }
  let decodeOnly = try! threadCPUSeconds {
    try records.payloads.withUnsafeBytes { buffer in
      for index in 0..<records.count {
        _ = try EventCodec.decodePayload(
          UnsafeRawBufferPointer(rebasing: buffer[records.payload(index)]))
      }
    }
  }
  print(
    "   fast codec, decode only, one thread:     \(Int(Double(records.count) / decodeOnly)) events/s"
  )
  // JSONDecoder on the first 200 000 of the same payloads (at ~85 000/s the whole set takes long).
  // JOL_BENCH_BASELINE=0 skips it (when profiling the fast path); the figure is recorded anyway.
  let skipBaseline = ProcessInfo.processInfo.environment["JOL_BENCH_BASELINE"] == "0"
  var baseline: String?
  if !skipBaseline {
    let foundationRate = jsonDecoderRate(records, sample: min(records.count, 200_000))
    baseline = String(format: "one thread: %.1f× JSONDecoder", oneThreadRate / foundationRate)
    print(
      "   ratio (fast / JSONDecoder, decode + fold, one thread each): \(String(format: "%.1f", oneThreadRate / foundationRate))×"
    )
  }
  record(
    "replay, decode + fold", size: "\(records.count) events", fastRate, "events/s",
    goal: .atLeast(1_000_000), baseline: baseline)
}

/// Events per CPU second of JSONDecoder decoding and folding the first `sample` records on one
/// thread.
private func jsonDecoderRate(_ records: InMemoryRecords, sample: Int) -> Double {
  let decoder = JSONDecoder()
  var baselineState = ClusterState()
  var failures = 0
  let foundation = threadCPUSeconds {
    for index in 0..<sample {
      let data = Data(records.payloads[records.payload(index)])
      guard let payload = try? decoder.decode(EventPayload.self, from: data),
        let stream = StreamName(records.streams[index])
      else {
        failures += 1
        continue
      }
      baselineState.apply(
        payload.envelope(
          sequence: UInt64(index + 1), stream: stream, streamVersion: 1,
          id: EventID(records.ids[index])))
    }
  }
  let rate = Double(sample) / foundation
  print("   JSONDecoder, decode + fold:  \(Int(rate)) events/s  (first \(sample) events)")
  if failures > 0 { print("   JSONDecoder failed on \(failures) events") }
  return rate
}

/// Resident memory of this process in bytes (VmRSS of /proc/self/status; 0 where unavailable).
func residentBytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
    let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    return kilobytes * 1024
  }
  return 0
}

func runStateMemoryBenchmark(learnerCount: Int) {
  let before = residentBytes()
  var state = ClusterState()
  state.reserveLearners(learnerCount)
  var generator = ReplayGenerator(seed: 7)
  var buffer: [UInt8] = []
  var sequence: UInt64 = 0
  var events = 0
  let elapsed = try! threadCPUSeconds {
    for learner in 0..<learnerCount {
      var failure: (any Error)?
      generator.learnerEvents(learner) { stream, payload in
        buffer.removeAll(keepingCapacity: true)
        EventCodec.encode(payload, into: &buffer)
        sequence += 1
        do {
          let envelope = try EventCodec.decode(
            sequence: sequence, stream: stream.description, streamVersion: 1, id: "E\(sequence)",
            payload: buffer[...])
          state.apply(envelope)
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
      events = Int(sequence)
    }
  }
  let after = residentBytes()
  let megabytes = { (bytes: Int) in String(format: "%.0f MB", Double(bytes) / 1_048_576) }
  print(
    "   \(state.learners.count) learners from \(events) events (generated, encoded, decoded, folded in \(String(format: "%.1f", elapsed)) s)"
  )
  print(
    "   resident: \(megabytes(before)) before, \(megabytes(after)) after; state ≈ \(megabytes(after - before))"
  )
  print(
    "   per learner ≈ \((after - before) / max(1, state.learners.count)) bytes; goal < 1.5 GB for 1M learners"
  )
  // Scaled to a million learners, the size the goal is written for.
  let perMillion = Double(after - before) / Double(max(1, state.learners.count)) * 1e6 / 1_048_576
  record(
    "resident memory per 1 M learners", size: "\(state.learners.count) learners", perMillion, "MB",
    goal: .atMost(1536))
}
