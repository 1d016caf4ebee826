import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// The vault's CSV files are safe to open in a spreadsheet — no cell starts a formula — and
/// read back exactly what was stored, whatever a name, contact or reason starts with.
@Suite struct VaultFormulaTests {
  static let formulas = ["=HYPERLINK(1)", "@SUM(1)", "-2+3", "'quoted", "''", "+Тестов"]

  /// The cells of a vault file as a spreadsheet would see them (nothing taken off).
  static func cells(_ path: String) throws -> [String] {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let table = try CSVReader.parse(bytes, fileName: path)
    return table.header.fields + table.records.flatMap(\.fields)
  }

  static func startsAFormula(_ cell: String) -> Bool {
    cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
  }

  @Test func anImportedLearnerIsStoredSafelyAndReadBackExactly() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "hostile.csv",
      """
      ЖСН;Тегі;Аты;Әкесінің аты;Мектеп;Сынып;Тіл;Аудан;Облыс;Телефон;email;Келісім;Заңды өкіл;Келісім мақсаты
      000229500018;=HYPERLINK(1);@SUM(1);-2+3;KST-SCH-005;11В;орыс;391000000;39;+7 701 555 1234;a.b@mail.kz;заңды өкіл;+Тестов;=cmd|' /C calc'!A0
      """)
    let result = bed.jol(["import", "learners", "hostile.csv"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    for file in [Vault.peopleFile, Vault.consentsFile] {
      let cells = try Self.cells(bed.data + "/vault/" + file)
      #expect(!cells.contains(where: Self.startsAFormula), "\(file): \(cells)")
    }
    let (_, vault) = try bed.stateAndVault()
    let person = try #require(vault.person(iin: "000229500018"))
    #expect(person.surname == "=HYPERLINK(1)")
    #expect(person.name == "@SUM(1)")
    #expect(person.patronymic == "-2+3")
    #expect(person.phone == "+7 701 555 1234")
    #expect(person.email == "a.b@mail.kz")
    let consent = try #require(vault.consents.values.first { $0.learner == person.learner })
    #expect(consent.representative == "+Тестов")
    #expect(consent.purpose == "=cmd|' /C calc'!A0")
  }

  @Test func everyVaultFileRoundTripsValuesThatStartLikeFormulas() throws {
    let directory = try temporaryDirectory("jol-vault") + "/vault"
    var vault = Vault(directory: directory)
    let iins = ["080315600016", "070514500011", "100101500012", "000229500018"]
    for (index, formula) in Self.formulas.enumerated() {
      let learner = LearnerID("L0000000000000\(index)")
      if index < iins.count {
        vault.upsert(
          Person(
            learner: learner, iin: try IIN(validating: iins[index]), surname: formula,
            name: "'" + formula, patronymic: formula + "'", phone: formula, email: formula))
      }
      vault.upsert(
        Consent(
          reference: formula, learner: learner, givenBy: .representative,
          representative: formula, purpose: "'" + formula, givenOn: CivilDate("2026-09-01")!,
          validUntil: nil, withdrawnOn: nil))
    }
    let erased = try IIN(validating: "080315600016")
    vault.recordErasure(
      of: erased, learner: LearnerID("L00000000000009"), on: CivilDate("2026-09-02")!)
    vault.recordReRegistration(of: erased, on: CivilDate("2026-09-03")!, reason: "=1+1 '")
    try vault.save()

    for file in [Vault.peopleFile, Vault.consentsFile, Vault.erasuresFile] {
      let cells = try Self.cells(directory + "/" + file)
      #expect(!cells.contains(where: Self.startsAFormula), "\(file): \(cells)")
    }
    let loaded = try Vault.load(directory: directory)
    #expect(loaded.people == vault.people)
    #expect(loaded.consents == vault.consents)
    #expect(loaded.erasures == vault.erasures)
    #expect(loaded.erasure(of: erased)?.reRegisterReason == "=1+1 '")
  }
}
