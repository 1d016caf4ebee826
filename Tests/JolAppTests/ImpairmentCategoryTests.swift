import Foundation
import JolModel
import Testing

@testable import JolApp

/// Learners with visual or hearing impairment, written in Kazakh, Russian or English on a
/// roster, are recorded, and the state scholarship's satisfactory-grade waiver applies to them.
@Suite struct ImpairmentCategoryTests {
  /// Four learners: visual impairment (Russian), hearing impairment (Kazakh), visual impairment
  /// (the id), and one without a category, as the control.
  static let roster = """
    ИИН;Фамилия;Имя;Школа;Класс;Язык обучения;Район;Область;Категория;Дата
    080315600016;Ахметова;Аружан;KST-SCH-017;9А;казахский;391000000;39;нарушение зрения;01.09.2025
    070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;9А;казахский;391000000;39;есту қабілеті бұзылған;01.09.2025
    100101500012;Иванов;Дмитрий;KST-SCH-005;9Б;русский;391000000;39;visual_impairment;01.09.2025
    000229500018;Петров;Алексей;KST-SCH-005;9Б;русский;391000000;39;;01.09.2025
    """

  static let iins = ["080315600016", "070514500011", "100101500012", "000229500018"]

  /// Each enters the college on the state order, full time, as a welder (a worker
  /// qualification), and ends the first session with a 3.
  static var stages: String {
    "ИИН;Этап;Организация;Специальность;Квалификация;Форма обучения;Финансирование;Язык обучения;Дата;Причина\n"
      + iins.map {
        "\($0);колледж;KST-COL-01;07150500;3W07150501;очная;госзаказ;русский;01.09.2026;зачислен"
      }.joined(separator: "\n")
  }

  static var grades: String {
    "ИИН;Учебный период;Средний балл;Посещаемость;Оценки;Дата\n"
      + iins.map { "\($0);2026-1;4,0;95;\"Математика:3; Физика:5\";25.12.2026" }.joined(
        separator: "\n")
  }

  @Test func rosterRecordsTheImpairmentsAndTheWaiverPaysThem() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    try bed.export("roster.csv", Self.roster)
    try bed.export("stages.csv", Self.stages)
    try bed.export("grades.csv", Self.grades)
    for (kind, file) in [
      ("institutions", "institutions.csv"), ("learners", "roster.csv"), ("stages", "stages.csv"),
      ("grades", "grades.csv"),
    ] {
      let result = bed.jol(["import", kind, file])
      #expect(result.exitCode == 0, "\(kind): \(result.stderr)")
    }
    let (state, vault) = try bed.stateAndVault()
    let expected: [[JolModel.Category]] = [
      [.visualImpairment], [.hearingImpairment], [.visualImpairment], [],
    ]
    for (iin, categories) in zip(Self.iins, expected) {
      let learner = try learnerState(iin, state, vault)
      #expect(learner.categories(on: CivilDate("2027-01-15")!) == categories, "\(iin)")
    }

    func decide(_ iin: String) throws -> [String: Any] {
      let result = bed.jol([
        "eligibility", "check", iin, "--policy", "state-tvet-scholarship", "--as-of",
        "2027-01-15", "--format", "json",
      ])
      #expect(result.exitCode == 0, "\(result.stderr)")
      return try #require(try jsonObjects(result.stdout).first)
    }
    for iin in Self.iins.dropLast() {
      let decision = try decide(iin)
      #expect(decision["outcome"] as? String == "eligible", "\(decision)")
      #expect((decision["amount"] as? [String: Any])?["value"] as? String == "43574")
    }
    // Without the category, a 3 is a satisfactory grade and refuses the scholarship.
    let control = try decide(Self.iins[3])
    #expect(control["outcome"] as? String == "ineligible", "\(control)")
    let criteria = control["criteria"] as? [[String: Any]] ?? []
    #expect(criteria.map { $0["id"] as? String } == ["has-satisfactory-grade"])
  }
}
