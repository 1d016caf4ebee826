// `jol import diagnostics` of 100 000 answer sheets end to end (goal < 5 s): the learners are
// registered first (institutions and a roster from the shared synthetic generator), then one
// five-types sheet per learner is read, checked, scored, mapped through the crosswalk and
// appended with group commit; a second import of the same file (all duplicates) is timed too.
import Foundation
import JolApp
import JolDiagnostics
import JolModel

/// `diagnose-import`, for the `benchmarks` array in main.swift.
var diagnoseImportBenchmark: Benchmark {
  Benchmark(
    name: "diagnose-import",
    summary: "jol import diagnostics of 100 000 five-types sheets, end to end (goal < 5 s)",
    run: { try runDiagnoseImportBenchmark(sheets: BenchRun.size(100_000, quick: 2_000)) })
}

private func runDiagnoseImportBenchmark(sheets count: Int) throws {
  let directory = NSTemporaryDirectory() + "jol-bench-diagnose-import-\(getpid())"
  try? FileManager.default.removeItem(atPath: directory)
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: directory) }
  let policies = try importPoliciesDirectory()
  let catalogue = SyntheticCatalogue.numbered(
    schools: 400, colleges: 20,
    specialties: ["07150100", "06130100", "09130100"].map { SpecialtyCode(rawValue: $0) })
  var generator = SyntheticGenerator(seed: 7, catalogue: catalogue)
  var region = SyntheticRegion(
    institutions: catalogue.schools + catalogue.colleges,
    organisationsRegistered: CivilDate("2020-09-01")!)
  region.learners = (0..<count).map { _ in
    generator.learner(grade: 7 + generator.below(3), registered: CivilDate("2026-09-01")!)
  }
  let instrument = try DiagnoseBench.instrument("five-types")
  let answers = DiagnoseBench.sheets(for: instrument, count: count, seed: 2026)
  var sheetsCSV = "pupil,answers\n"
  sheetsCSV.reserveCapacity(count * 120)
  for (learner, sheet) in zip(region.learners, answers) {
    sheetsCSV += learner.person.iin.value + "," + instrument.answerText(sheet) + "\n"
  }
  let csv = SyntheticCSV()
  for (name, text) in [
    ("institutions.csv", csv.institutions(region)), ("roster.csv", csv.roster(region.learners)),
    ("sheets.csv", sheetsCSV),
  ] {
    try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
  }
  let data = directory + "/data"
  _ = try runImport(["init"], data: data, policies: policies, in: directory)
  for (kind, file) in [("institutions", "institutions.csv"), ("learners", "roster.csv")] {
    _ = try runImport(
      ["import", kind, file, "--format", "json"], data: data, policies: policies, in: directory)
  }
  let arguments = [
    "import", "diagnostics", "--instrument", "five-types", "sheets.csv", "--date", "2026-10-01",
    "--format", "json",
  ]
  var first: ImportFigures?
  let seconds = try wallSeconds {
    first = try runImport(arguments, data: data, policies: policies, in: directory)
  }
  let phases = first?.seconds ?? ImportFigures.Phases(check: 0, write: 0)
  print(
    "   \(first?.rows ?? 0) sheets → \(first?.appended ?? 0) events in "
      + "\(String(format: "%.2f", seconds)) s end to end (goal < 5 s) = "
      + "\(importRate(first?.appended ?? 0, seconds)) sheets/s (check+score+plan "
      + "\(String(format: "%.2f", phases.check)) s, write \(String(format: "%.2f", phases.write)) s)"
  )
  record(
    "import diagnostics, end to end", size: "\(first?.rows ?? 0) sheets", seconds, "s",
    goal: .atMost(5))
  var again: ImportFigures?
  let retry = try wallSeconds {
    again = try runImport(arguments, data: data, policies: policies, in: directory)
  }
  print(
    "   the same file again (all duplicates, nothing written): \(again?.duplicates ?? 0) rows in "
      + "\(String(format: "%.2f", retry)) s")
}
