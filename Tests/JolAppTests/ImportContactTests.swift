import Foundation
import Testing

@testable import JolApp

/// A learner's phone and e-mail hold only what phone numbers and addresses are made of: a
/// formula, a word or a second address is an error at its file:line:column.
@Suite struct ImportContactTests {
  @Test(arguments: [
    "+7 701 555 1234", "+7 (701) 123-45-67", "87011234567", "8 7142 50 12 34",
    "+7\u{00A0}701 123 45 67",
  ])
  func phones(_ text: String) { #expect(ImportValues.isPhone(text)) }

  @Test(arguments: [
    "=7 701 555 1234", "+7 701 555 1234 доб. 5", "@7701551234", "7701551234;", "12345",
    "+7 701 555 1234 5678 90", "+7 701 555 12З4", "+7 701 ５５５ 1234", "tel:+77015551234",
  ])
  func notPhones(_ text: String) { #expect(!ImportValues.isPhone(text)) }

  @Test(arguments: [
    "name@mail.kz", "a.b_c%d+e-f@sub.domain-1.kz", "A1@B2.COM", "x@y.co",
  ])
  func emails(_ text: String) { #expect(ImportValues.isEmail(text)) }

  @Test(arguments: [
    "=a@b.kz", "a@b", "@b.kz", "a@", "a@@b.kz", "a@b@c.kz", "a b@c.kz", "a@b..kz", "a@.b.kz",
    "a@b.kz.", "a@b.k", "a@b.k2", "a@b_c.kz", "имя@mail.kz", "a@почта.kz", "a;b@c.kz",
    "=HYPERLINK(\"x\")@a.kz", "a@b.kz,c@d.kz",
  ])
  func notEmails(_ text: String) { #expect(!ImportValues.isEmail(text)) }

  @Test func aBadPhoneOrEmailIsAnErrorAtItsField() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export(
      "contacts.csv",
      """
      ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс;Телефон;email
      000229500018;Петров;Алексей;KST-SCH-005;11В;орыс;391000000;39;+7 701 555 1234;=a@b.kz
      100101500012;Иванов;Дмитрий;KST-SCH-005;4Б;орыс;391000000;39;=7 701 555 1234;ivanov@mail.kz
      """)
    let before = try #require(try fingerprint(bed.data))
    let result = bed.jol(["import", "learners", "contacts.csv"])
    #expect(result.exitCode == 65)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(result.stderr)")
    #expect(
      lines.first?.hasPrefix(
        "contacts.csv:2:79: field 10 «email»: '=a@b.kz' is not an e-mail address") == true,
      "\(result.stderr)")
    #expect(
      lines.dropFirst().first?.hasPrefix(
        "contacts.csv:3:62: field 9 «Телефон»: '=7 701 555 1234' does not look like a phone number")
        == true, "\(result.stderr)")
    #expect(try fingerprint(bed.data) == before)
  }
}
