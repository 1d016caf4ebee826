// `jol learner show IIN` and `jol eligibility check LEARNER-ID` (the age from the vault's birth
// date) with 1 000 000 people in the vault, in process through the commands' own code path
// (`Jol.run`): through the vault's index (a binary search over its entries, or over its rows by
// learner id, then one row of people.csv) beside the same commands reading the whole vault, as
// they did before the index (the baseline of the same run); and the writer's rebuild of the index
// from people.csv.
import Foundation
import JolApp
import JolLog
import JolModel

/// `learner-show`, for the `benchmarks` array in main.swift.
var learnerShowBenchmark: Benchmark {
  Benchmark(
    name: "learner-show",
    summary:
      "jol learner show IIN, eligibility check ID with 1 000 000 people in the vault: index vs"
      + " whole vault"
  ) {
    try runLearnerShowBenchmark(people: BenchRun.size(1_000_000, quick: 20_000))
  }
}

private func runLearnerShowBenchmark(people count: Int) throws {
  let directory = NSTemporaryDirectory() + "jol-bench-show-\(getpid())"
  let data = directory + "/data"
  try? FileManager.default.removeItem(atPath: directory)
  defer { try? FileManager.default.removeItem(atPath: directory) }
  var probes: [(learner: LearnerID, iin: IIN)] = []
  let generation = try wallSeconds {
    probes = try writeDataDirectory(data, people: count, probes: 31)
  }
  print(
    "   \(count) people in vault/people.csv, \(probes.count) of them with events in the log,"
      + " written in \(String(format: "%.1f", generation)) s")

  // Before any index: the command reads the whole vault (3 runs: each is long at full size).
  let scan = try probes.prefix(3).map { try timedShow($0.iin, data: data) }
  let scanByLearner = try probes.prefix(3).map { try timedCheck($0.learner, data: data) }
  let build = try wallSeconds {
    let listed = try VaultIndexBench.refresh(dataDirectory: data)
    guard listed == count else {
      throw LearnerShowBenchmarkError(description: "the index lists \(listed) of \(count) people")
    }
  }
  let indexBytes =
    try FileManager.default.attributesOfItem(
      atPath: data + "/vault/people.index")[.size] as? Int ?? 0
  let indexed = try probes.map { try timedShow($0.iin, data: data) }
  let indexedByLearner = try probes.map { try timedCheck($0.learner, data: data) }
  let (scanMedian, indexMedian) = (median(scan), median(indexed))
  let (scanByLearnerMedian, byLearnerMedian) = (median(scanByLearner), median(indexedByLearner))
  print(
    "   index rebuilt by a writer in \(String(format: "%.2f", build)) s"
      + " (\(indexBytes >> 20) MB, \(indexBytes / max(1, count)) bytes per person)")
  print(
    "   learner show IIN: \(String(format: "%.2f", indexMedian * 1000)) ms median over"
      + " \(indexed.count) IINs through the index; \(String(format: "%.0f", scanMedian * 1000)) ms"
      + " reading the whole vault")
  print(
    "   eligibility check LEARNER-ID: \(String(format: "%.2f", byLearnerMedian * 1000)) ms median"
      + " through the index; \(String(format: "%.0f", scanByLearnerMedian * 1000)) ms reading"
      + " the whole vault")
  record(
    "learner show IIN, through the vault index", size: "\(count) people", indexMedian * 1000,
    "ms", goal: count == 1_000_000 ? .atMost(1000) : nil,
    baseline: String(format: "%.0f× reading the whole vault", scanMedian / indexMedian))
  record(
    "eligibility check LEARNER-ID, age through the vault index", size: "\(count) people",
    byLearnerMedian * 1000, "ms", goal: count == 1_000_000 ? .atMost(1000) : nil,
    baseline: String(
      format: "%.0f× reading the whole vault", scanByLearnerMedian / byLearnerMedian))
  record("vault index rebuild from people.csv", size: "\(count) people", build, "s")
}

/// Wall-clock seconds of one `jol eligibility check LEARNER-ID --explain --format json`, checked
/// to have decided on them with their age known.
private func timedCheck(_ learner: LearnerID, data: String) throws -> Double {
  let run = timedJol(
    ["eligibility", "check", learner.rawValue, "--explain", "--data", data, "--format", "json"],
    in: data)
  guard run.status == 0, run.output.contains(#""values":{"age":""#) else {
    throw LearnerShowBenchmarkError(
      description: "eligibility check \(learner) exited \(run.status): \(run.output)")
  }
  return run.seconds
}

/// Wall-clock seconds of one `jol learner show IIN --format json`, checked to have found them.
private func timedShow(_ iin: IIN, data: String) throws -> Double {
  let run = timedJol(["learner", "show", iin.value, "--data", data, "--format", "json"], in: data)
  guard run.status == 0, run.output.contains(benchSurname) else {
    throw LearnerShowBenchmarkError(
      description: "learner show \(iin.masked) exited \(run.status): \(run.output)")
  }
  return run.seconds
}

private let benchSurname = "Сейітқали"

/// A data directory with `count` people in the vault, as Jol writes `people.csv` (learner id
/// order, comma, LF, formulas escaped), and a `learner.registered` event for `probes` of them,
/// spread over the vault; no index yet. Returns the probes.
private func writeDataDirectory(_ data: String, people count: Int, probes: Int) throws -> [(
  learner: LearnerID, iin: IIN
)] {
  let manager = FileManager.default
  for folder in ["/log", "/vault"] {
    try manager.createDirectory(
      atPath: data + folder, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
  }
  var people: [(learner: String, iin: IIN)] = []
  people.reserveCapacity(count)
  var number = 0
  let firstDay = CivilDate("2008-01-01")!.daysSinceEpoch
  while people.count < count {
    let born = CivilDate(daysSinceEpoch: firstDay + Int32(number / 20_000))
    let sex: Sex = (number / 10_000) % 2 == 0 ? .male : .female
    if let iin = IIN.synthesize(birthDate: born, sex: sex, serial: number % 10_000) {
      // Random-looking ids, as imports make them: the file's order is not the IINs' order.
      let hex = String(UInt64(number) &* 0x9E37_79B9_7F4A_7C15, radix: 16)
      people.append(("L" + String(repeating: "0", count: 16 - hex.count) + hex, iin))
    }
    number += 1
  }
  people.sort { $0.learner < $1.learner }
  let writer = CSVWriter(
    delimiter: .comma, lineEnding: .lf, writesByteOrderMark: false, escapesFormulas: true)
  var bytes = Array(
    writer.record([
      "learner_id", "iin", "surname", "name", "patronymic", "phone", "email", "birth_date",
    ]).utf8)
  bytes.reserveCapacity(count * 110)
  for (index, person) in people.enumerated() {
    bytes +=
      writer.record([
        person.learner, person.iin.value, benchSurname, "Әйгерім", "Нұрланқызы",
        "+7701\(1_000_000 + index % 9_000_000)", "", person.iin.birthDateHint?.description ?? "",
      ]).utf8
  }
  let path = data + "/vault/people.csv"
  guard
    manager.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
  else { throw LearnerShowBenchmarkError(description: "cannot write \(path)") }

  let chosen = (0..<probes).map { people[$0 * (count / probes) + count / (2 * probes)] }
  let log = try EventLog.open(directory: data + "/log")
  defer { log.close() }
  let registered = DomainEvent.learnerRegistered(
    LearnerRegistered(
      school: InstitutionID("S-1"), grade: 9, className: "А", language: .kk, district: "Аудан-1",
      region: "35"))
  try log.appendBatches([
    chosen.enumerated().map { index, person in
      ProposedRecord(
        id: "E\(index + 1)", stream: StreamName.learner(LearnerID(person.learner)).description,
        payload: EventCodec.encode(
          EventPayload(
            recordedAt: Timestamp(millisecondsSinceEpoch: 1_788_000_000_000),
            effective: CivilDate("2026-09-01")!, actor: ActorID("jol-bench"), event: registered)))
    }
  ])
  return chosen.map { (LearnerID($0.learner), $0.iin) }
}

private func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

private struct LearnerShowBenchmarkError: Error, CustomStringConvertible {
  let description: String
}
