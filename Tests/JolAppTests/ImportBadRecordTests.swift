import Foundation
import Testing

@testable import JolApp

/// Issue #7 ("Trust"): a row with the wrong number of fields (or a stray quote) is one error
/// among all the others of the file, for every import kind.
@Suite struct ImportBadRecordTests {
  @Test func aRaggedRowIsListedWithEveryOtherErrorOfTheFile() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "bad.csv",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
      080315600017;Ахметова;Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
      070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10 А
      100101500012;Иванов;Дмитрий;KST-SCH-005;13Б;орыс;391000000;39
      000229500018;Пет"ров;Алексей;KST-SCH-005;11В;орыс;391000000;39
      080315600016;Ахметова;Аружан;KST-SCH-017;9Ә;неміс;391000000;39;артық
      """)
    let before = try #require(try fingerprint(bed.data))
    let text = bed.jol(["import", "learners", "bad.csv"])
    #expect(text.exitCode == 65)
    let lines = text.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "bad.csv:2:1: field 1 «ЖСН»: IIN 08031*****17: check digit should be 6, found 7",
        "bad.csv:3:48: field 6 «Тіл»: the record has 5 fields, the header has 8; add delimiters for the missing fields, even if empty",
        "bad.csv:4:41: field 5 «Сынып»: '13Б': expected a grade 1–12, optionally with the class letter (9, 9A, 9 Ә)",
        "bad.csv:5:17: field 2 «Тегі»: a quote inside an unquoted field; put the whole field in quotes and double the quote inside (\"\")",
        "bad.csv:6:64: field 9: the record has 9 fields, the header has 8; perhaps a value holds an unquoted delimiter",
        "bad.csv: 5 errors; nothing was written — correct the file and import it again",
      ], "\(text.stderr)")
    #expect(try fingerprint(bed.data) == before)

    let json = bed.jol(["import", "learners", "bad.csv", "--format", "json"])
    let errors = try #require(try ImportTestbed.summary(json)["errors"] as? [[String: Any]])
    #expect(errors.map { $0["line"] as? Int } == [2, 3, 4, 5, 6])
    #expect(try ImportTestbed.summary(json)["rows"] as? Int == 5)
  }

  @Test(arguments: [
    (
      "stages",
      """
      ИИН;Этап;Организация;Специальность;Форма обучения;Финансирование;Язык обучения;Дата;Причина
      080315600016;школа;;;;;;30.06.2027
      080315600016;колледж;KST-COL-01;06130100;очная;госзаказ;русский;31.02.2027;зачислен
      """,
      ["bad.csv:2:", "the record has 8 fields, the header has 9", "bad.csv:3:", "'31.02.2027'"]
    ),
    (
      "grades",
      """
      ЖСН;Оқу кезеңі;Орташа балл;Қатысу;Бағалар;Күні
      080315600016;2026-1;4,5;96%;Математика:5;25.12.2026;x
      070514500011;2026-1;7;88,5;Математика:3;25.12.2026
      """, ["bad.csv:2:", "the record has 7 fields, the header has 6", "bad.csv:3:", "'7'"]
    ),
    (
      "applications",
      """
      ИИН;policy;date
      080315600016;akim-named-scholarship
      070514500011;no-such-policy;2026-09-10
      """,
      ["bad.csv:2:", "the record has 2 fields, the header has 3", "bad.csv:3:", "no-such-policy"]
    ),
  ])
  func everyKindListsARaggedRowAmongTheOthers(kind: String, text: String, expected: [String])
    throws
  {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("bad.csv", text)
    let before = try #require(try fingerprint(bed.data))
    let result = bed.jol(["import", kind, "bad.csv"])
    #expect(result.exitCode == 65)
    for part in expected {
      #expect(result.stderr.contains(part), "\(kind): \(result.stderr)")
    }
    #expect(try fingerprint(bed.data) == before)
  }

  /// A quote opened in the last row and never closed is one more bad record, at its opening
  /// quote: the errors of the rows before it are listed too.
  @Test func anUnterminatedQuoteInTheLastRowHidesNoEarlierError() throws {
    let bed = try ImportTestbed()
    try bed.write(
      "r.csv",
      Array(
        """
        iin;surname;name;patronymic;school;grade;language;district;region;date
        090515510026;А;Б;;KST-SCH-002;9Ә;kk;391000000;39;01.09.2026;extra
        090515510036;А;Б
        090515510046;А"х;Б;;KST-SCH-002;9Ә;kk;391000000;39;01.09.2026
        "090515510056;А

        """.utf8))
    let result = bed.jol(["import", "learners", "r.csv"])
    #expect(result.exitCode == 65)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "\(result.stderr)")
    for (line, prefix) in zip(lines, ["r.csv:2:", "r.csv:3:", "r.csv:4:", "r.csv:5:1:"]) {
      #expect(line.hasPrefix(prefix), "\(result.stderr)")
    }
    #expect(lines.last?.contains("4 errors") == true, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: bed.data))
  }

  @Test(arguments: [
    (
      "institutions", "Коды;Түрі;Атауы (қаз);Атауы (орыс);Аудан;Оқыту тілдері;Мамандықтар;Орын саны"
    ),
    (
      "stages",
      "ИИН;Этап;Организация;Специальность;Форма обучения;Финансирование;Язык обучения;Дата;Причина"
    ),
    ("grades", "ЖСН;Оқу кезеңі;Орташа балл;Қатысу;Бағалар;Күні"),
    ("applications", "ИИН;policy;date"),
    ("demand", "БИН;Специальность;Количество;Год"),
  ])
  func everyKindListsTheRowsBeforeAnUnterminatedQuote(kind: String, header: String) throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.write("bad.csv", Array((header + "\n080315600016\n\"080315600016;x\n").utf8))
    let before = try #require(try fingerprint(bed.data))
    let result = bed.jol(["import", kind, "bad.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("bad.csv:2:"), "\(kind): \(result.stderr)")
    #expect(result.stderr.contains("bad.csv:3:1: field 1"), "\(kind): \(result.stderr)")
    #expect(result.stderr.contains("never closed"), "\(kind): \(result.stderr)")
    #expect(try fingerprint(bed.data) == before)
  }
}
