import Foundation
import JolModel

@testable import JolApp

/// A small fixed region for `jol diagnose report`: the fixture institutions, six pupils with
/// fixed learner IDs (so reports are byte-stable) and two administrations of `five-types`
/// imported through `jol import diagnostics`, plus one `riasec-60` result.
///
/// | pupil | school, class | 2026-10-01 | 2027-03-01 |
/// | --- | --- | --- | --- |
/// | d1 | KST-SCH-017 9Ә (kk) | technology | signs (changed); riasec-60 too |
/// | d2 | KST-SCH-017 9Ә (kk) | nature, straight-lining | nature |
/// | d3 | KST-SCH-017 9Ә (kk) | nature = technology (tie) | signs (changed) |
/// | d4 | KST-SCH-017 9Ә (kk) | technology | technology |
/// | d5 | KST-SCH-017 9Б (ru) | nature, straight-lining | technology (changed) |
/// | d6 | KST-SCH-005 9А (ru) | technology | — |
enum DiagnoseReportFixture {
  static let pupils: [(id: String, school: String, className: String, language: Language)] = [
    ("L00000000000000d1", "KST-SCH-017", "Ә", .kk), ("L00000000000000d2", "KST-SCH-017", "Ә", .kk),
    ("L00000000000000d3", "KST-SCH-017", "Ә", .kk), ("L00000000000000d4", "KST-SCH-017", "Ә", .kk),
    ("L00000000000000d5", "KST-SCH-017", "Б", .ru), ("L00000000000000d6", "KST-SCH-005", "А", .ru),
  ]

  /// The IIN of pupil `index` (0-based), valid and fixed.
  static func iin(_ index: Int) -> String {
    IIN.synthesize(
      birthDate: CivilDate("2011-0\(index + 1)-15")!, sex: index % 2 == 0 ? .female : .male,
      serial: 100 + index)!.value
  }

  static let surname = "Сапарова"

  static let technology = (1...20).map { [1, 7, 11, 17].contains($0) ? "\($0)b" : "\($0)a" }
    .joined(separator: " ")
  static let allA = (1...20).map { "\($0)a" }.joined(separator: " ")
  static let allB = (1...20).map { "\($0)b" }.joined(separator: " ")
  /// All `a` but 1b: nature 5, technology 5 — a tie.
  static let tie = (1...20).map { $0 == 1 ? "1b" : "\($0)a" }.joined(separator: " ")
  static let riasec = (1...60).map { "\($0):\($0 % 5)" }.joined(separator: " ")

  /// The testbed with everything imported.
  static func testbed() throws -> ImportTestbed {
    let testbed = try ImportTestbed()
    try testbed.export("institutions.csv", ImportFixtures.institutions)
    let institutions = testbed.jol(
      ["import", "institutions", "institutions.csv", "--effective", "2026-09-01"])
    guard institutions.exitCode == 0 else { throw TestbedError(institutions.stderr) }
    try register(testbed.data)
    try administer(
      testbed, "2026-10-01", "five-types", [technology, allA, tie, technology, allA, technology])
    try administer(testbed, "2027-03-01", "five-types", [allB, allA, allB, technology, technology])
    try administer(testbed, "2027-03-01", "riasec-60", [riasec])
    return testbed
  }

  /// The pupils in the log (registered 2026-09-01) and the vault, with fixed IDs.
  private static func register(_ data: String) throws {
    let store = try Store.openForWriting(testContext(data: data, at: noon("2026-09-05")))
    var vault = try store.loadVault()
    var batch: [EventDraft] = []
    for (index, pupil) in pupils.enumerated() {
      let learner = LearnerID(pupil.id)
      vault.upsert(
        Person(
          learner: learner, iin: try IIN(validating: iin(index)), surname: surname,
          name: "Аружан", patronymic: "", phone: "", email: ""))
      batch.append(
        EventDraft(
          stream: .learner(learner), effective: CivilDate("2026-09-01")!,
          event: .learnerRegistered(
            LearnerRegistered(
              school: InstitutionID(rawValue: pupil.school), grade: 9, className: pupil.className,
              language: pupil.language, district: "391000000", region: "39"))))
    }
    try vault.save()
    try store.append([batch])
  }

  /// Imports `answers` of the first pupils, in order, on `date`.
  private static func administer(
    _ testbed: ImportTestbed, _ date: String, _ instrument: String, _ answers: [String]
  ) throws {
    let lines = answers.enumerated().map { "\(iin($0.offset));\($0.element)" }
    let name = "\(instrument)-\(date).csv"
    try testbed.export(name, "pupil;answers\n" + lines.joined(separator: "\n") + "\n")
    let result = testbed.jol(
      ["import", "diagnostics", "--instrument", instrument, name, "--date", date])
    guard result.exitCode == 0 else { throw TestbedError(result.stderr) }
  }
}
