import Foundation
import JolModel
import Testing

@testable import JolApp

/// An old district code of the 2022 reform is recorded as its successor, and the import's
/// summary says so: one notice per old code, with the number of rows.
@Suite struct ImportRecodedDistrictTests {
  static let roster = """
    iin;surname;name;school;grade;class;language;district;region
    080315600016;Ахметова;Аружан;KST-SCH-017;9;Ә;kk;632800000;10
    070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;9;Ә;kk;632800000;10
    100101500012;Иванов;Дмитрий;KST-SCH-005;4;Б;ru;101000000;10
    000229500018;Петров;Алексей;KST-SCH-005;11;В;ru;351800000;62
    """

  @Test func theSummaryNamesEachOldCodeOnceWithItsRows() throws {
    let bed = try ImportTestbed()
    try bed.export("institutions.csv", ImportFixtures.institutions)
    #expect(bed.jol(["import", "institutions", "institutions.csv"]).exitCode == 0)
    try bed.export("roster.csv", Self.roster)
    let json = bed.jol(["import", "learners", "roster.csv", "--dry-run", "--format", "json"])
    #expect(json.exitCode == 0, "\(json.stderr)")
    let notices = try #require(try ImportTestbed.summary(json)["notices"] as? [[String: Any]])
    let messages = notices.compactMap { $0["message"] as? String }
    #expect(notices.count == 2, "\(notices)")
    let semey = try #require(
      notices.first { ($0["message"] as? String)?.contains("632800000") == true })
    #expect(semey["rows"] as? Int == 2)
    #expect((semey["message"] as? String)?.contains("101000000") == true)
    let zhezkazgan = try #require(
      notices.first { ($0["message"] as? String)?.contains("351800000") == true })
    #expect(zhezkazgan["rows"] as? Int == 1)
    #expect((zhezkazgan["message"] as? String)?.contains("621000000") == true)
    #expect(!messages.contains { $0.contains("code 101000000") })

    let text = bed.jol(["import", "learners", "roster.csv"])
    #expect(text.exitCode == 0, "\(text.stderr)")
    let output = text.stdout + text.stderr
    #expect(output.components(separatedBy: "632800000").count == 2, "\(output)")
    #expect(output.contains("recorded as its successor 101000000"), "\(output)")
    let russian = bed.jol(["import", "learners", "roster.csv", "--dry-run"], lang: "ru")
    #expect((russian.stdout + russian.stderr).contains("код района 632800000 больше не действует"))
  }

  @Test func anInstitutionWithAnOldCodeIsNoticedToo() throws {
    let bed = try ImportTestbed()
    try bed.export(
      "institutions.csv",
      """
      code;kind;name_kk;name_ru;district;languages
      SEM-SCH-001;school;№1 мектеп;Школа №1;632800000;kk
      """)
    let result = bed.jol(["import", "institutions", "institutions.csv", "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let notices = try #require(try ImportTestbed.summary(result)["notices"] as? [[String: Any]])
    #expect(notices.count == 1)
    #expect(notices.first?["rows"] as? Int == 1)
    let message = notices.first?["message"] as? String ?? ""
    #expect(message.contains("632800000") && message.contains("101000000"), "\(message)")
  }

  @Test func theNoticeNamesTheSuccessor() {
    let kato = KATOTable.builtIn
    let district = DistrictCode(
      code: KATOCode(rawValue: "101000000")!, recodedFrom: KATOCode(rawValue: "632800000")!)
    let notice = ImportMessages.recodedDistrict(district, kato)
    #expect(notice?.en.hasPrefix("district code 632800000 is no longer in use") == true)
    #expect(notice?.ru.contains("101000000") == true)
    #expect(ImportMessages.recodedDistrict(DistrictCode(code: district.code), kato) == nil)
  }
}
