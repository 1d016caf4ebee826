// Import benchmark: `jol import` run in-process on generated spreadsheets — a 100 000-learner
// roster, one stage transition and one term result per learner — into a fresh data directory.
// Figures are events appended per second of wall time, end to end (read, check every row, plan
// against the state, write the vault, one group commit).
import Foundation
import JolApp
import JolModel
import Synchronization

var importBenchmark: Benchmark {
  Benchmark(
    name: "import",
    summary: "jol import of a 100 000-row roster, stages and grades (durable, group commit)",
    run: { try runImportBenchmark(learners: BenchRun.size(100_000, quick: 5_000)) })
}

/// Set to a directory, the benchmark's files and data directory are made there and kept
/// (profiling one `jol import` alone on them).
private let importKeepVariable = "JOL_BENCH_IMPORT_KEEP"

func runImportBenchmark(learners: Int) throws {
  let kept = ProcessInfo.processInfo.environment[importKeepVariable]
  let directory = kept ?? NSTemporaryDirectory() + "jol-bench-import-\(getpid())"
  try? FileManager.default.removeItem(atPath: directory)
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }
  let policies = try importPoliciesDirectory()
  let files = ImportFiles(learners: learners, seed: 42)
  for (name, text) in files.all {
    try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
  }
  let data = directory + "/data"
  _ = try runImport(["init"], data: data, policies: policies, in: directory)
  var totalEvents = 0
  var totalSeconds = 0.0
  var writeSeconds = 0.0
  var totalCPU = 0.0
  for (kind, file) in [
    ("institutions", "institutions.csv"), ("learners", "roster.csv"), ("stages", "stages.csv"),
    ("grades", "grades.csv"),
  ] {
    var summary: ImportFigures?
    let cpuBefore = importCPUSeconds()
    // As the `jol` process does, the command leaves its plan for the exit; freed after timing.
    let leftovers = Leftovers()
    let seconds = try wallSeconds {
      summary = try runImport(
        ["import", kind, file, "--format", "json"], data: data, policies: policies, in: directory,
        leftovers: leftovers)
    }
    let cpu = importCPUSeconds() - cpuBefore
    leftovers.release()
    let events = summary?.appended ?? 0
    totalEvents += events
    totalCPU += cpu
    totalSeconds += seconds
    let phases = summary?.seconds ?? ImportFigures.Phases(check: 0, write: 0)
    writeSeconds += phases.write
    print(
      "   \(kind): \(summary?.rows ?? 0) rows → \(events) events in \(String(format: "%.2f", seconds)) s "
        + "= \(importRate(events, seconds)) events/s end to end (check+plan \(String(format: "%.2f", phases.check)) s, "
        + "write \(String(format: "%.2f", phases.write)) s = \(importRate(events, phases.write)) events/s); "
        + "CPU \(String(format: "%.2f", cpu)) s = \(importRate(events, cpu)) events/CPU-s"
    )
  }
  print(
    "   all files: \(totalEvents) events in \(String(format: "%.2f", totalSeconds)) s "
      + "= \(importRate(totalEvents, totalSeconds)) events/s end to end; durable write phase "
      + "(vault + group commit) \(importRate(totalEvents, writeSeconds)) events/s (goal ≥ 100 000); "
      + "\(importRate(totalEvents, totalCPU)) events per CPU-second (wall figures depend on machine load)"
  )
  record(
    "import, roster + stages + grades, end to end", size: "\(totalEvents) events",
    Double(totalEvents) / totalSeconds, "events/s", goal: .atLeast(100_000))
  record(
    "import, durable write phase", size: "\(totalEvents) events",
    Double(totalEvents) / writeSeconds, "events/s", goal: .atLeast(100_000))
  var again: ImportFigures?
  let retry = try wallSeconds {
    again = try runImport(
      ["import", "learners", "roster.csv", "--format", "json"], data: data, policies: policies,
      in: directory)
  }
  print(
    "   roster again (all duplicates, nothing written): \(again?.duplicates ?? 0) rows in "
      + "\(String(format: "%.2f", retry)) s = \(importRate(learners, retry)) rows/s")
}

/// The counts an import printed in its JSON summary.
struct ImportFigures: Decodable {
  var rows: Int
  var appended: Int
  var duplicates: Int
  var seconds: Phases?

  struct Phases: Decodable {
    var check: Double
    var write: Double
  }
}

/// Runs `jol import` in-process and reads its JSON summary; throws with its stderr when it fails.
/// With `leftovers`, what the command leaves for the process's exit is kept there, as the `jol`
/// process keeps it (`Console.keepUntilExit`), for the caller to free outside its timing.
func runImport(
  _ arguments: [String], data: String, policies: String, in directory: String,
  leftovers: Leftovers? = nil
) throws -> ImportFigures? {
  let text = try runJolInProcess(
    arguments, data: data, policies: policies, in: directory, leftovers: leftovers)
  return try? JSONDecoder().decode(ImportFigures.self, from: Data(text.utf8))
}

/// Runs `jol` in-process and returns its standard output; throws with its stderr when it fails.
func runJolInProcess(
  _ arguments: [String], data: String, policies: String, in directory: String,
  leftovers: Leftovers? = nil
) throws -> String {
  let out = Mutex("")
  let err = Mutex("")
  var console = Console(
    writeOut: { text in out.withLock { $0 += text } },
    writeError: { text in err.withLock { $0 += text } },
    environment: ["JOL_ACTOR": "bench"], now: { Int64(Date().timeIntervalSince1970) },
    workingDirectory: directory)
  if let leftovers { console.keepUntilExit = { leftovers.keep($0) } }
  let code = Jol.run(arguments + ["--data", data, "--policies", policies], console: console)
  guard code == 0 else {
    throw ImportBenchError(
      description: "jol \(arguments.joined(separator: " ")) exited \(code): "
        + err.withLock { String($0.prefix(2000)) })
  }
  return out.withLock { $0 }
}

struct ImportBenchError: Error, CustomStringConvertible {
  var description: String
}

/// `Policies/` of the working directory or of the package this binary was built from.
func importPoliciesDirectory() throws -> String {
  let candidates = [
    FileManager.default.currentDirectoryPath + "/Policies",
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path + "/Policies",
  ]
  guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
    throw ImportBenchError(description: "no Policies/ directory; run from the package root")
  }
  return found
}

/// Generated import files: 400 schools and 20 colleges, and per learner a roster row (grades
/// 1–11), a college admission and a term result — from the one synthetic generator, written
/// through the import columns.
private struct ImportFiles {
  var all: [(String, String)] = []

  init(learners: Int, seed: UInt64) {
    let catalogue = SyntheticCatalogue.numbered(
      schools: 400, colleges: 20,
      specialties: ["07150100", "06130100", "07130100", "09130100", "10130300", "08410100"].map {
        SpecialtyCode(rawValue: $0)
      })
    var generator = SyntheticGenerator(seed: seed, catalogue: catalogue)
    var region = SyntheticRegion(
      institutions: catalogue.schools + catalogue.colleges,
      organisationsRegistered: CivilDate("2020-09-01")!)
    let registered = CivilDate("2026-09-01")!
    let admitted = CivilDate("2027-09-01")!
    let session = CivilDate("2026-12-25")!
    region.learners.reserveCapacity(learners)
    for index in 0..<learners {
      let learner = generator.learner(grade: 1 + generator.below(11), registered: registered)
      region.learners.append(learner)
      let placement = generator.collegePlacement(language: learner.language)
      region.transitions.append(
        SyntheticTransition(
          learner: index, date: admitted,
          change: .entered(StageEntered(placement: .college(placement), reason: .enrolled))))
      region.termResults.append(
        SyntheticTermResult(
          learner: index, date: session,
          result: generator.termResult(term: "2026-1", strength: .ordinary)))
    }
    let csv = SyntheticCSV()
    all = [
      ("institutions.csv", csv.institutions(region)), ("roster.csv", csv.roster(region.learners)),
      ("stages.csv", csv.stages(region.transitions, of: region.learners)),
      ("grades.csv", csv.grades(region.termResults, of: region.learners)),
    ]
  }
}

func importRate(_ count: Int, _ seconds: Double) -> String {
  String(format: "%.0f", Double(count) / seconds)
}

/// User and system CPU time of this process so far, in seconds: the import's cost apart from
/// how busy the machine is.
private func importCPUSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return user + system
}
