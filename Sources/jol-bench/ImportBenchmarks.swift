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
    run: { try runImportBenchmark(learners: benchScale(default: 100_000)) })
}

private func runImportBenchmark(learners: Int) throws {
  let directory = NSTemporaryDirectory() + "jol-bench-import-\(getpid())"
  try? FileManager.default.removeItem(atPath: directory)
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: directory) }
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
    let seconds = try importMeasure {
      summary = try runImport(
        ["import", kind, file, "--format", "json"], data: data, policies: policies, in: directory)
    }
    let cpu = importCPUSeconds() - cpuBefore
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
  var again: ImportFigures?
  let retry = try importMeasure {
    again = try runImport(
      ["import", "learners", "roster.csv", "--format", "json"], data: data, policies: policies,
      in: directory)
  }
  print(
    "   roster again (all duplicates, nothing written): \(again?.duplicates ?? 0) rows in "
      + "\(String(format: "%.2f", retry)) s = \(importRate(learners, retry)) rows/s")
}

/// The counts an import printed in its JSON summary.
private struct ImportFigures: Decodable {
  var rows: Int
  var appended: Int
  var duplicates: Int
  var seconds: Phases?

  struct Phases: Decodable {
    var check: Double
    var write: Double
  }
}

/// Runs `jol` in-process; throws with its stderr when it fails.
private func runImport(_ arguments: [String], data: String, policies: String, in directory: String)
  throws -> ImportFigures?
{
  let out = Mutex("")
  let err = Mutex("")
  let console = Console(
    writeOut: { text in out.withLock { $0 += text } },
    writeError: { text in err.withLock { $0 += text } },
    environment: ["JOL_ACTOR": "bench"], now: { Int64(Date().timeIntervalSince1970) },
    workingDirectory: directory)
  let code = Jol.run(arguments + ["--data", data, "--policies", policies], console: console)
  guard code == 0 else {
    throw ImportBenchError(
      description: "jol \(arguments.joined(separator: " ")) exited \(code): "
        + err.withLock { String($0.prefix(2000)) })
  }
  let text = out.withLock { $0 }
  return try? JSONDecoder().decode(ImportFigures.self, from: Data(text.utf8))
}

private struct ImportBenchError: Error, CustomStringConvertible {
  var description: String
}

/// `Policies/` of the working directory or of the package this binary was built from.
private func importPoliciesDirectory() throws -> String {
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

/// Generated import files: institutions, and per learner a roster row, a college admission
/// and a term result — realistic values in Kazakh and Russian.
private struct ImportFiles {
  var all: [(String, String)] = []

  init(learners: Int, seed: UInt64) {
    var random = BenchRandom(seed: seed)
    let schools = 400
    let colleges = 20
    let specialties = ["07150100", "06130100", "07130100", "09130100", "10130300", "08410100"]
    var institutions = "code;kind;name_kk;name_ru;district;languages;specialties\n"
    for school in 0..<schools {
      institutions +=
        "KST-SCH-\(school);мектеп;№\(school) мектеп;Школа №\(school);3910\(10 + school % 30)000;қазақ, орыс;\n"
    }
    for college in 0..<colleges {
      let offers = specialties.map { "\($0):\(50 + college)" }.joined(separator: ", ")
      institutions +=
        "KST-COL-\(college);колледж;№\(college) колледж;Колледж №\(college);391010000;kk, ru;\"\(offers)\"\n"
    }
    var roster = "ЖСН;Тегі;Аты;Әкесінің аты;Мектеп;Сынып;Тіл;Аудан;Облыс;Санаты;Күні\n"
    var stages =
      "ИИН;Этап;Организация;Специальность;Форма обучения;Финансирование;Язык обучения;Дата;Причина\n"
    var grades = "ЖСН;Оқу кезеңі;Орташа балл;Қатысу;Бағалар;Күні\n"
    roster.reserveCapacity(learners * 130)
    stages.reserveCapacity(learners * 90)
    grades.reserveCapacity(learners * 70)
    let surnames = ["Ахметов", "Серіков", "Иванов", "Нұрланов", "Жумабаев", "Ким", "Петров"]
    let names = ["Аружан", "Нұрсұлтан", "Алихан", "Дана", "Әлия", "Дмитрий", "Айгерім"]
    let categories = ["", "", "", "", "ауыл", "көп балалы", "аз қамтылған (01.09.2025)"]
    var serial = 0
    var day = CivilDate("2008-01-01")!
    for _ in 0..<learners {
      var iin: IIN?
      while iin == nil {
        serial += 1
        if serial > 9_000 {
          serial = 1
          day = day.adding(days: 1)
        }
        iin = IIN.synthesize(birthDate: day, sex: serial % 2 == 0 ? .male : .female, serial: serial)
      }
      let number = iin!.value
      let school = Int(random.below(UInt64(schools)))
      let grade = 1 + Int(random.below(11))
      let letter = ["А", "Ә", "Б", "В"][Int(random.below(4))]
      let kazakh = random.below(10) < 6
      roster +=
        "\(number);\(surnames[Int(random.below(7))]);\(names[Int(random.below(7))]);Серікұлы;"
        + "KST-SCH-\(school);\(grade)\(letter);\(kazakh ? "қазақ" : "орыс");3910\(10 + school % 30)000;39;"
        + "\(categories[Int(random.below(7))]);01.09.2026\n"
      let college = Int(random.below(UInt64(colleges)))
      stages +=
        "\(number);колледж;KST-COL-\(college);\(specialties[Int(random.below(6))]);очная;госзаказ;"
        + "\(kazakh ? "казахский" : "русский");01.09.2027;зачислен\n"
      let gpa = 3 + Double(random.below(200)) / 100
      grades +=
        "\(number);2026-1;\(String(format: "%.2f", gpa).replacingOccurrences(of: ".", with: ","));"
        + "\(80 + random.below(21));\"Математика:\(2 + random.below(4)); Физика:\(2 + random.below(4))\";25.12.2026\n"
    }
    all = [
      ("institutions.csv", institutions), ("roster.csv", roster), ("stages.csv", stages),
      ("grades.csv", grades),
    ]
  }
}

private func importMeasure(_ body: () throws -> Void) throws -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

private func importRate(_ count: Int, _ seconds: Double) -> String {
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
