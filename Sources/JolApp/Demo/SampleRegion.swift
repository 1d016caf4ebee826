import JolModel

/// The built-in sample region `jol demo` imports through the real intake: the
/// ``SyntheticGenerator``'s region (a fictional Kostanay region's education-production cluster
/// sized for the number of learners, see ``SyntheticCatalogue/kostanay(learners:)``) written as
/// the spreadsheets its schools, colleges and enterprises would send — Kazakh headers,
/// semicolons, dates as `DD.MM.YYYY`, a byte-order mark — and the answer sheets of its pupils'
/// career diagnostics.
///
/// The path follows the 2025–2027 cluster model: grade 9 at school → college (some in dual
/// training at an enterprise, with a mentor) or grades 10–11 → enterprise, university, military
/// service or outside education.
struct SampleRegion {
  /// CSV texts by import kind, in the order they must be imported.
  var files: [(kind: String, name: String, text: String)]
  /// The pupils' answer sheets, one file an instrument (`jol diagnose score` reads them).
  var diagnostics: [(instrument: String, name: String, text: String)]
  /// A roster with mistakes, to show how Jol reports them.
  var brokenRoster: String
  /// A learner the demo follows: second-year college student with excellent results.
  var featured: (iin: String, name: String)
  /// A pupil who took the diagnostics, with their school and class (`9А`: for the class report).
  var pupil: (iin: String, school: String, className: String)?
  /// A dual-training student who handed in a mentor list with choices.
  var dualStudent: String?
  /// Counts for the demo's introduction.
  var learners: Int
  var schools: Int
  var colleges: Int
  var enterprises: Int

  /// Generates the region's `count` learners from `seed` and writes its files.
  /// - Complexity: O(count).
  static func generate(learners count: Int = 1200, seed: UInt64 = 2026) -> SampleRegion {
    let catalogue = SyntheticCatalogue.kostanay(learners: count)
    var generator = SyntheticGenerator(seed: seed, catalogue: catalogue)
    let region = generator.region(learners: count)
    let featured = region.featured.map { region.learners[$0].person }
    let pupil = region.diagnosticPupils.first.map { region.learners[$0] }
    let dual = region.mentorPreferences.first { !$0.list.choices.isEmpty }
    let csv = SyntheticCSV()
    return SampleRegion(
      files: csv.files(region),
      diagnostics: SyntheticDiagnostics.files(region, seed: seed, csv: csv),
      brokenRoster: brokenRoster(csv, catalogue),
      featured: featured.map { ($0.iin.value, $0.surname + " " + $0.name) } ?? ("", ""),
      pupil: pupil.map { ($0.person.iin.value, $0.school.rawValue, "\($0.grade)\($0.className)") },
      dualStudent: dual.map { region.learners[$0.learner].person.iin.value },
      learners: count, schools: catalogue.schools.count, colleges: catalogue.colleges.count,
      enterprises: catalogue.enterprises.count)
  }

  /// Three rows with the mistakes offices make: a mistyped IIN, a school not registered
  /// (`KST-SCH-0000`: the region's schools are numbered from 1), and a row with no IIN, grade
  /// 13 and 31 September.
  private static func brokenRoster(_ csv: SyntheticCSV, _ catalogue: SyntheticCatalogue)
    -> String
  {
    typealias Column = ImportColumns.Learners
    let valid = IIN.synthesize(
      birthDate: CivilDate(year: 2011, month: 3, day: 8)!, sex: .male, serial: 9_001)!
    let districts = catalogue.districts
    let schools = catalogue.schools.map(\.code.rawValue)
    return csv.text(
      [
        ImportColumns.iin, Column.surname, Column.name, Column.school, Column.grade,
        Column.language, ImportColumns.district, Column.region, ImportColumns.date,
      ],
      [
        [
          "080315600017", "Ахметова", "Аружан", schools[0], "9А", "қазақ", districts[0], "39",
          "01.09.2026",
        ],
        [
          valid.value, "Омаров", "Ерасыл", "KST-SCH-0000", "9Ә", "қазақ", districts[0], "39",
          "01.09.2026",
        ],
        [
          "", "Иванова", "Мария", schools[min(2, schools.count - 1)], "13", "орыс", districts[1],
          "39", "31.09.2026",
        ],
      ])
  }
}
