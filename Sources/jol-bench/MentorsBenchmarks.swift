// Mentor assignment benchmark: `jol mentors assign` end to end on a generated region — 10 000
// college students in dual training, 1 000 mentors of 100 enterprises, each student's list
// (four in five hand one in; the programme builds the rest) — imported through the same
// spreadsheets an office would use, then timed: read the log's state, build the instance from
// the programme (`kst-dual-2026`: specialty, language, district and shift constraints), solve,
// verify, keep the pending run.
import Foundation
import JolApp
import JolModel

var mentorsAssignBenchmark: Benchmark {
  Benchmark(
    name: "mentors-assign",
    summary: "jol mentors assign, 10 000 dual-training students × 1 000 mentors, from the log",
    run: {
      try runMentorsAssignBenchmark(
        students: BenchRun.size(10_000, quick: 500, variable: "JOL_BENCH_MENTOR_STUDENTS"))
    })
}

private func runMentorsAssignBenchmark(students: Int) throws {
  let mentors = max(10, students / 10)
  let directory = NSTemporaryDirectory() + "jol-bench-mentors-\(getpid())"
  try? FileManager.default.removeItem(atPath: directory)
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: directory) }
  let policies = try importPoliciesDirectory()
  let files = MentorRegionFiles(students: students, mentors: mentors, seed: 11)
  for (name, text) in files.all {
    try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
  }
  let data = directory + "/data"
  _ = try runJolInProcess(["init"], data: data, policies: policies, in: directory)
  for (kind, file) in MentorRegionFiles.imports {
    _ = try runJolInProcess(
      ["import", kind, file, "--format", "json"], data: data, policies: policies, in: directory)
  }
  var output = ""
  let seconds = try wallSeconds {
    output = try runJolInProcess(
      [
        "mentors", "assign", "--programme", "kst-dual-2026", "--as-of", "2026-09-01",
        "--format", "json",
      ], data: data, policies: policies, in: directory)
  }
  let result = try JSONDecoder().decode(AssignFigures.self, from: Data(output.utf8))
  let assigned = result.assignments.values.reduce(0) { $0 + $1.count }
  print(
    "   \(students) students × \(mentors) mentors: \(assigned) assigned, \(result.unmatched.count) "
      + "unmatched, \(result.blockingPairs) blocking pairs; jol mentors assign "
      + "\(String(format: "%.2f", seconds)) s end to end (state, instance, solve, verify, save)")
  record(
    "mentor assignment from the log (jol mentors assign), end to end",
    size: "\(students) students × \(mentors) mentors", seconds, "s")
}

/// What `jol mentors assign --format json` prints that the benchmark checks.
private struct AssignFigures: Decodable {
  var assignments: [String: [String]]
  var unmatched: [String]
  var blockingPairs: Int

  enum CodingKeys: String, CodingKey {
    case assignments, unmatched
    case blockingPairs = "blocking_pairs"
  }
}

/// The region's spreadsheets: schools and colleges (the shared generator's numbered catalogue),
/// enterprises and their mentors, the roster, college admissions (full-time, dual training),
/// last term's results, and the students' lists. Mentors and lists are made here until the
/// shared generator has sub-generators for them.
private struct MentorRegionFiles {
  static let imports = [
    ("institutions", "institutions.csv"), ("institutions", "enterprises.csv"),
    ("learners", "roster.csv"), ("stages", "stages.csv"), ("grades", "grades.csv"),
    ("mentors", "mentors.csv"), ("mentor-preferences", "lists.csv"),
  ]
  static let specialties = ["07150500", "07161300", "07130100", "06130100"].map {
    SpecialtyCode(rawValue: $0)
  }

  var all: [(String, String)] = []

  init(students: Int, mentors: Int, seed: UInt64) {
    let catalogue = SyntheticCatalogue.numbered(
      schools: 100, colleges: 10, specialties: Self.specialties)
    var generator = SyntheticGenerator(seed: seed, catalogue: catalogue)
    var region = SyntheticRegion(
      institutions: catalogue.schools + catalogue.colleges,
      organisationsRegistered: CivilDate("2020-09-01")!)
    for index in 0..<students {
      let learner = generator.learner(grade: 9, registered: CivilDate("2024-09-01")!)
      region.learners.append(learner)
      var placement = generator.collegePlacement(language: learner.language)
      placement.dualTraining = true
      region.transitions.append(
        SyntheticTransition(
          learner: index, date: CivilDate("2025-09-01")!,
          change: .entered(StageEntered(placement: .college(placement), reason: .enrolled))))
      region.termResults.append(
        SyntheticTermResult(
          learner: index, date: CivilDate("2026-06-25")!,
          result: generator.termResult(term: "2025-2", strength: .ordinary)))
    }
    let csv = SyntheticCSV()
    all = [
      ("institutions.csv", csv.institutions(region)), ("roster.csv", csv.roster(region.learners)),
      ("stages.csv", csv.stages(region.transitions, of: region.learners)),
      ("grades.csv", csv.grades(region.termResults, of: region.learners)),
    ]
    let (enterprises, mentorRows, offers) = Self.mentors(
      mentors, districts: catalogue.districts, &generator)
    all.append(("enterprises.csv", enterprises))
    all.append(("mentors.csv", mentorRows))
    all.append(("lists.csv", Self.lists(region, offers, &generator)))
  }

  /// A mentor of the benchmark: code, specialty, language, district.
  struct Offer {
    var code: String
    var specialty: SpecialtyCode
    var languages: [Language]
    var district: String
  }

  /// `count / 10` enterprises with ten mentors each (1–3 seats, day shift, one specialty, one or
  /// both languages, the enterprise's district); every fifth enterprise caps its mentors at 12.
  static func mentors(
    _ count: Int, districts: [String], _ generator: inout SyntheticGenerator
  ) -> (enterprises: String, mentors: String, offers: [Offer]) {
    var enterprises = ["code,kind,name_kk,name_ru,district,specialties,capacity,date"]
    var rows = [
      "enterprise,mentor,specialties,languages,district,shift,capacity,enterprise_capacity"
    ]
    var offers: [Offer] = []
    for number in 0..<max(1, count / 10) {
      // Distinct indices, distinct BINs.
      let bin = SyntheticGenerator.bin(index: number)
      let district = districts[number % districts.count]
      enterprises.append(
        "\(bin.value),кәсіпорын,№\(number) кәсіпорын,Предприятие №\(number),\(district),"
          + "\(specialties.map(\.rawValue).joined(separator: "; ")),,2020-09-01")
      for seat in 0..<10 {
        let code = "M-\(number)-\(seat)"
        let specialty = specialties[(number + seat) % specialties.count]
        let languages: [Language] = [[.kk], [.ru], [.kk, .ru]][generator.below(3)]
        let cap = number % 5 == 0 && seat == 0 ? "12" : ""
        rows.append(
          "\(bin.value),\(code),\(specialty.rawValue),"
            + "\(languages.map(\.rawValue).joined(separator: "; ")),\(district),day,"
            + "\(1 + generator.below(3)),\(cap)")
        offers.append(
          Offer(code: code, specialty: specialty, languages: languages, district: district))
      }
    }
    return (enterprises.joined(separator: "\n") + "\n", rows.joined(separator: "\n") + "\n", offers)
  }

  /// Four students in five list up to five mentors, most of them compatible (same specialty,
  /// language and district), now and then one the programme rules out; the fifth lists nothing.
  static func lists(
    _ region: SyntheticRegion, _ offers: [Offer], _ generator: inout SyntheticGenerator
  ) -> String {
    var compatible: [String: [String]] = [:]
    for offer in offers {
      for language in offer.languages {
        compatible[
          "\(offer.specialty.rawValue)|\(language.rawValue)|\(offer.district)", default: []
        ]
        .append(offer.code)
      }
    }
    var rows = ["iin,programme,date,choices"]
    for transition in region.transitions {
      guard generator.chance(80),
        case .entered(let entered) = transition.change,
        case .college(let placement) = entered.placement
      else { continue }
      let learner = region.learners[transition.learner]
      let key = "\(placement.specialty.rawValue)|\(placement.language.rawValue)|\(learner.district)"
      var choices: [String] = []
      let near = compatible[key] ?? []
      for _ in 0..<min(5, near.count) {
        let choice =
          generator.chance(90) ? generator.pick(near) : generator.pick(offers).code
        if !choices.contains(choice) { choices.append(choice) }
      }
      rows.append(
        "\(learner.person.iin.value),kst-dual-2026,2026-08-\(10 + generator.below(20)),"
          + choices.joined(separator: " > "))
    }
    return rows.joined(separator: "\n") + "\n"
  }
}
