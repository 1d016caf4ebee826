import Foundation
import Testing

@testable import JolApp

/// Issue #7 ("Trust"): one rule for IINs in messages — masked (`08031*****16`) in every import
/// error, text or JSON, for every kind that names IINs; only `jol id check` shows the value typed.
@Suite struct ImportIINMaskingTests {
  /// Whether `text` holds twelve digits in a row (a full IIN).
  static func holdsAFullIIN(_ text: String) -> Bool {
    text.range(of: "[0-9]{12}", options: .regularExpression) != nil
  }

  @Test(arguments: [
    (
      "learners",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
      080315600017;Ахметова;Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
      070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10 А;қазақ;391000000;39
      070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;10 А;қазақ;391000000;39
      """, ["08031*****17", "07051*****11"]
    ),
    (
      "stages",
      """
      ИИН;Этап;Организация;Специальность;Форма обучения;Финансирование;Язык обучения;Дата;Причина
      000229500018;школа;;;;;;30.06.2027;окончил
      080315600017;школа;;;;;;30.06.2027;окончил
      """, ["00022*****18", "08031*****17"]
    ),
    (
      "grades",
      """
      ЖСН;Оқу кезеңі;Орташа балл;Қатысу;Бағалар;Күні
      000229500018;2026-1;4,5;96%;Математика:5;25.12.2026
      080315600017;2026-1;4,5;96%;Математика:5;25.12.2026
      """, ["00022*****18", "08031*****17"]
    ),
  ])
  func importErrorsNameIINsMasked(kind: String, text: String, masked: [String]) throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("bad.csv", text)
    for lang in ["kk", "ru", "en"] {
      let result = bed.jol(["import", kind, "bad.csv"], lang: lang)
      #expect(result.exitCode == 65)
      #expect(!Self.holdsAFullIIN(result.stderr), "\(kind) \(lang): \(result.stderr)")
      for shown in masked { #expect(result.stderr.contains(shown), "\(result.stderr)") }

      let json = bed.jol(["import", kind, "bad.csv", "--format", "json"], lang: lang)
      #expect(json.exitCode == 65)
      #expect(!Self.holdsAFullIIN(json.stdout + json.stderr), "\(kind) \(lang): \(json.stdout)")
      let errors = try #require(try ImportTestbed.summary(json)["errors"] as? [[String: Any]])
      #expect(errors.count == masked.count)
    }
  }

  @Test func applicationErrorsNameIINsMasked() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "bad.csv",
      """
      ИИН;policy;date
      000229500018;akim-named-scholarship;2026-09-10
      080315600017;akim-named-scholarship;2026-09-10
      """)
    for lang in ["kk", "ru", "en"] {
      let result = bed.jol(["import", "applications", "bad.csv"], lang: lang)
      #expect(result.exitCode == 65)
      #expect(!Self.holdsAFullIIN(result.stderr + result.stdout), "\(lang): \(result.stderr)")
      #expect(result.stderr.contains("00022*****18"), "\(result.stderr)")
      #expect(result.stderr.contains("08031*****17"), "\(result.stderr)")
    }
  }

  @Test func idCheckStillShowsTheValueTyped() {
    let result = runJol(["id", "check", "080315600017", "--lang", "en"])
    #expect(result.exitCode == 65)
    #expect(result.stdout.contains("080315600017"))
  }
}
