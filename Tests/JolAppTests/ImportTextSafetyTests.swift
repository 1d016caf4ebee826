import Foundation
import JolModel
import Testing

@testable import JolApp

/// Issue #7 ("Trust"): no import keeps a value with a control character or a bidirectional
/// override, or a value longer than a field may be — in any column of any kind. The error names
/// file, line, column, field and the code point, never the character itself, and the data
/// directory stays byte for byte as it was.
@Suite struct ImportTextSafetyTests {
  /// A file of one import kind with one hostile value, and what the error must name.
  struct Case: CustomTestStringConvertible, Sendable {
    var kind: String
    var text: String
    var place: String
    var field: String
    var codePoint: String
    var testDescription: String { "\(kind) \(field) \(codePoint)" }
  }

  static let cases: [Case] = [
    Case(
      kind: "learners",
      text: """
        ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
        080315600016;Ахмет\u{1B}[2J\u{1B}[31mова;Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
        """, place: "bad.csv:2:14:", field: "field 2 «Тегі»", codePoint: "U+001B"),
    Case(
      kind: "learners",
      text: """
        ИИН,Фамилия,Имя,Школа,Класс,Буква класса,Язык обучения,Район,Область
        000229500018,Петров,Алексей,KST-SCH-005,11,В\u{0},русский,391000000,39
        """, place: "bad.csv:2:", field: "«Буква класса»", codePoint: "U+0000"),
    Case(
      kind: "learners",
      text: """
        ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс;Келісім;Келісім мақсаты
        100101500012;Иванов;Дмитрий;KST-SCH-005;4Б;орыс;391000000;39;өзі;"білім\rжолы"
        """, place: "bad.csv:2:", field: "«Келісім мақсаты»", codePoint: "U+000D"),
    Case(
      kind: "learners",
      text: """
        ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
        070514500011;Бекенов;Нұр\u{202E}сұлтан;KST-SCH-017;10 А;қазақ;391000000;39
        """, place: "bad.csv:2:", field: "«Аты»", codePoint: "U+202E"),
    Case(
      kind: "institutions",
      text: """
        Коды;Түрі;Атауы (қаз);Атауы (орыс);Аудан;Оқыту тілдері;Мамандықтар;Орын саны
        KST-SCH-018;мектеп;№18 мектеп\u{7};Школа №18;391000000;қазақ;;
        """, place: "bad.csv:2:", field: "«Атауы (қаз)»", codePoint: "U+0007"),
    Case(
      kind: "stages",
      text: """
        ИИН;Этап;Организация;Специальность;Форма обучения;Финансирование;Язык обучения;Дата;Причина
        080315600016;колледж;KST-COL-01\u{9B}2J;06130100;очная;госзаказ;русский;01.09.2027;зачислен
        """, place: "bad.csv:2:", field: "«Организация»", codePoint: "U+009B"),
    Case(
      kind: "grades",
      text: """
        ЖСН;Оқу кезеңі;Орташа балл;Қатысу;Бағалар;Күні
        080315600016;2026-1;4,5;96%;"Математика:5; Физ\u{1B}]0;x\u{7}ика:4";25.12.2026
        """, place: "bad.csv:2:", field: "«Бағалар»", codePoint: "U+001B"),
    Case(
      kind: "demand",
      text: """
        БИН;Специальность;Количество;Год
        940140000385;07150100\u{7F};12;2027
        """, place: "bad.csv:2:", field: "«Специальность»", codePoint: "U+007F"),
    Case(
      kind: "applications",
      text: """
        ИИН;policy;date
        080315600016;akim-named-scholarship\u{1B}[2J;2026-09-10
        """, place: "bad.csv:2:", field: "«policy»", codePoint: "U+001B"),
  ]

  @Test(arguments: cases)
  func aControlCharacterInAnyColumnIsRefusedByItsCodePoint(_ hostile: Case) throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("bad.csv", hostile.text)
    let before = try #require(try fingerprint(bed.data))

    let result = bed.jol(["import", hostile.kind, "bad.csv"])
    #expect(result.exitCode == 65, "\(result.stderr)")
    #expect(result.stderr.contains(hostile.place), "\(result.stderr)")
    #expect(result.stderr.contains(hostile.field), "\(result.stderr)")
    #expect(result.stderr.contains(hostile.codePoint), "\(result.stderr)")
    #expect(showsNoControlCharacter(result.stderr), "\(result.stderr.debugDescription)")
    #expect(showsNoControlCharacter(result.stdout))
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func theJSONReportNamesTheCodePointAndCarriesNoControlCharacter() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("bad.csv", Self.cases[0].text)
    let result = bed.jol(["import", "learners", "bad.csv", "--format", "json"])
    #expect(result.exitCode == 65)
    #expect(showsNoControlCharacter(result.stdout))
    let errors = try #require(try ImportTestbed.summary(result)["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    #expect(errors.first?["field"] as? String == "Тегі")
    #expect((errors.first?["message"] as? String)?.contains("U+001B") == true)
  }

  @Test func aFiveMegabyteSurnameIsRefusedWithoutBeingEchoed() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let huge = String(repeating: "a", count: 5_000_000)
    try bed.export(
      "bad.csv",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
      080315600016;\(huge);Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
      """)
    let before = try #require(try fingerprint(bed.data))
    let result = bed.jol(["import", "learners", "bad.csv"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderr.contains(
        "bad.csv:2:14: field 2 «Тегі»: the value has 5000000 characters, a field may have at most \(TextSafety.maximumFieldLength)"
      ))
    #expect(result.stderr.utf8.count < 2_000)
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func aValueOfTheLongestLengthIsKept() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let longest = String(repeating: "ә", count: TextSafety.maximumFieldLength)
    try bed.export(
      "long.csv",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
      080315600016;\(longest);Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
      """)
    let result = bed.jol(["import", "learners", "long.csv"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let (_, vault) = try bed.stateAndVault()
    #expect(vault.person(iin: "080315600016")?.surname == longest)
  }

  @Test func everyErrorOfTheFileIsStillListedBesideTheRefusedValue() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "bad.csv",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
      080315600016;Ахмет\u{1B}[31mова;Аружан;KST-SCH-017;13А;қазақ;391000000;39
      070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10 А;неміс;391000000;39
      """)
    let result = bed.jol(["import", "learners", "bad.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("bad.csv:2:14: field 2 «Тегі»"))
    #expect(result.stderr.contains("'13А': expected a grade 1–12"))
    #expect(result.stderr.contains("'неміс' is not a known language of instruction"))
    #expect(result.stderr.contains("3 errors; nothing was written"))
  }

  @Test func aColumnNoImportReadsMayHoldLineBreaks() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "notes.csv",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс;Ескерту
      080315600016;Ахметова;Аружан;KST-SCH-017;9Ә;қазақ;391000000;39;"бірінші жол
      екінші жол\u{7}"
      """)
    let result = bed.jol(["import", "learners", "notes.csv"])
    #expect(result.exitCode == 0, "\(result.stderr)")
  }

  @Test func aHeaderWithAControlCharacterIsShownWithoutIt() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "bad.csv",
      """
      ЖСН;Тегі\u{7};Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
      080315600016;Ахмет\u{1B}[31mова;Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
      """)
    let result = bed.jol(["import", "learners", "bad.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("field 2 «Тегі\u{FFFD}»: "), "\(result.stderr)")
    #expect(showsNoControlCharacter(result.stderr), "\(result.stderr.debugDescription)")
  }
}

/// Whether `text` holds no character that acts on a terminal, line ends apart.
func showsNoControlCharacter(_ text: String) -> Bool {
  // U+FFFD is what a forbidden character is shown as: visible, harmless on a terminal.
  text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\u{FFFD}" || !TextSafety.isForbidden($0) }
}
