import Foundation
import Testing

/// `jol diagnose recommend`: the latest result, its bands in words, and the region's colleges
/// teaching the recommended specialties in the pupil's language, with reasons; always the note
/// that results guide and never select.
@Suite struct DiagnoseRecommendTests {
  /// technology 8 (1b 4a 7b 9a 11b 14a 17b 19a), the other pairs' first options.
  static let technology = (1...20).map { item in
    [1, 7, 11, 17].contains(item) ? "\(item)b" : "\(item)a"
  }.joined(separator: " ")

  static func testbed() throws -> ImportTestbed {
    let testbed = try ImportTestbed()
    try testbed.importBasics()
    try testbed.export(
      "7a.csv",
      "pupil;answers\n070514500011;\(technology)\n100101500012;\(technology)\n")
    let result = testbed.jol([
      "import", "diagnostics", "--instrument", "five-types", "7a.csv", "--date", "2026-10-01",
    ])
    guard result.exitCode == 0 else { throw TestbedError(result.stderr) }
    return testbed
  }

  @Test func aKazakhPupilIsShownTheCollegeOfTheirDistrictWithTheReason() throws {
    let testbed = try Self.testbed()
    let text = testbed.jol(["diagnose", "recommend", "070514500011"], lang: "kk")
    #expect(text.exitCode == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Адам — техника: 8/8, айқын"))
    #expect(
      text.stdout.contains(
        "Адам — техника 8/8, айқын; «Машина жасау технологиясы (түрлері бойынша)» мамандығы сіздің ауданыңыздағы колледжде қазақ тілінде оқытылады: Қостанай политехникалық колледжі"
      ), "\(text.stdout)")
    #expect(
      text.stdout.hasSuffix(
        "Нәтижелер бағыт-бағдар береді: олар бойынша ешкім іріктелмейді және ешкім шеттетілмейді.\n"
      ))
    let json = testbed.jol(["diagnose", "recommend", "070514500011", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["leading"] as? [String] == ["technology"])
    let directions = try #require(object["directions"] as? [[String: Any]])
    #expect(directions.map { $0["direction"] as? String } == ["engineering", "transport"])
    let specialties = try #require(directions[0]["specialties"] as? [[String: Any]])
    let colleges = try #require(specialties.first?["colleges"] as? [[String: Any]])
    #expect(colleges.first?["institution"] as? String == "KST-COL-01")
    #expect(colleges.first?["same_district"] as? Bool == true)
    #expect(colleges.first?["languages"] as? [String] == ["kk"])
    #expect((object["note"] as? [String: String])?["en"]?.contains("never select") == true)
  }

  @Test func aRussianPupilIsShownTheRussianLanguageTeaching() throws {
    let testbed = try Self.testbed()
    let text = testbed.jol(["diagnose", "recommend", "100101500012"], lang: "ru")
    #expect(text.exitCode == 0, "\(text.stderr)")
    #expect(
      text.stdout.contains(
        "специальность «Технология машиностроения (по видам)» преподаётся на русском языке в колледже вашего района: Костанайский политехнический колледж"
      ), "\(text.stdout)")
  }

  @Test func noResultAsOfTheDateIsExit66() throws {
    let testbed = try Self.testbed()
    let result = testbed.jol(["diagnose", "recommend", "070514500011", "--as-of", "2026-09-30"])
    #expect(result.exitCode == 66)
    #expect(result.stderr.contains("no diagnostic result as of 2026-09-30"))
  }
}
