import JolModel
import Testing

@testable import JolPolicy

/// Golden checker messages: `⟦` in the input marks where the error must be reported, and the
/// message must contain the expected text.
struct CheckerGoldenTests {
  static let header = """
    policy golden
    version 1
    title kk "Алтын" ru "Золото" en "Golden"
    basis "Test"
    effective 2026-09-01 .. 2027-08-31
    consider all

    """

  static let reasons = """

    reason low kk "Төмен {gpa}" ru "Низкий {gpa}" en "Low {gpa}"
    """

  /// An input with a marker and the message expected there: English always, Kazakh and
  /// Russian for a representative set.
  struct Case: CustomTestStringConvertible, Sendable {
    var body: String
    var message: String
    var kk: String? = nil
    var ru: String? = nil
    var testDescription: String { message }
  }

  static let cases: [Case] = [
    Case(
      body: "require ⟦gpaa >= 3.5 because low", message: "unknown fact 'gpaa': did you mean 'gpa'?",
      kk: "'gpaa' деген факт жоқ: 'gpa' болуы мүмкін бе?",
      ru: "неизвестный факт 'gpaa': может быть, 'gpa'?"),
    Case(
      body:
        "require attendance >= ⟦0.9 because low-att\nreason low-att kk \"a\" ru \"b\" en \"c\"\nrequire gpa >= 3 because low",
      message: "'attendance' needs a percent (90%), found 0.9: write it with %: 90%",
      kk: "'attendance' үшін пайыз (90%) керек, бірақ 0.9 кездесті: % белгісімен жазыңыз: 90%",
      ru: "для 'attendance' нужно: процент (90%), а найдено 0.9: пишите со знаком %: 90%"),
    Case(
      body: "require gpa >= ⟦35% because low",
      message: "'gpa' needs a number, found 35%: write it without %"),
    Case(
      body:
        "require stage = ⟦colege because low2\nrequire gpa >= 3 because low\nreason low2 kk \"a\" ru \"b\" en \"c\"",
      message: "unknown stage 'colege': did you mean 'college'?",
      kk: "'stage' фактісінің 'colege' деген мәні жоқ: 'college' болуы мүмкін бе?",
      ru: "неизвестное значение 'colege' факта 'stage': может быть, 'college'?"),
    Case(
      body: "⟦requir gpa >= 3 because low",
      message: "unknown statement 'requir': did you mean 'require'?",
      kk: "'requir' деген нұсқау жоқ: 'require' болуы мүмкін бе?",
      ru: "неизвестная инструкция 'requir': может быть, 'require'?"),
    Case(
      body: "require gpa >= 3 because low ⟦extra stuff",
      message: "unexpected 'extra' after the 'require' statement",
      kk: "'require' нұсқауынан кейін артық 'extra' тұр: жол соңы күтілді",
      ru: "лишнее 'extra' после инструкции 'require': ожидается конец строки"),
    Case(body: "require gpa >= 3 because ⟦nolow", message: "reason 'nolow' has no texts"),
    Case(
      body: "require gpa >= 3 ⟦low", message: "expected 'because' after the condition",
      kk: "'because' күтілді, бірақ 'low' кездесті",
      ru: "ожидается 'because' после условия"),
    Case(
      body: "parameter ⟦min_gpa\n  from 2026-10-01 = 3.5\nrequire gpa >= min_gpa because low",
      message: "parameter 'min_gpa' is undefined from 2026-09-01 to 2026-09-30",
      kk: "'min_gpa' параметрі 2026-09-01 – 2026-09-30 аралығында анықталмаған",
      ru: "параметр 'min_gpa' не определён с 2026-09-01 по 2026-09-30"),
    Case(
      body:
        "parameter min_gpa\n  from 2026-09-01 = 3.5\n  from ⟦2026-08-01 = 3.6\nrequire gpa >= min_gpa because low",
      message: "dates of 'min_gpa' must increase"),
    Case(
      body:
        "parameter min_gpa\n  from 2026-09-01 = 3.5\n  from ⟦2027-09-01 = 3.6\nrequire gpa >= min_gpa because low",
      message: "after the policy ends"),
    Case(
      body:
        "parameter min_gpa\n  from 2026-09-01 = 3.5\n  from 2027-01-01 = ⟦3%\nrequire gpa >= min_gpa because low",
      message: "every value of a parameter has the same unit"),
    Case(
      body: "parameter ⟦unused\n  from 2026-09-01 = 3.5\nrequire gpa >= 3 because low",
      message: "parameter 'unused' is never used"),
    Case(
      body:
        "require gpa >= ⟦min_gap because low\nparameter min_gpa\n  from 2026-09-01 = 3.5\nrequire gpa >= min_gpa because low3\nreason low3 kk \"a\" ru \"b\" en \"c\"",
      message:
        "unknown name 'min_gap': expected a parameter of a number for 'gpa'; did you mean 'min_gpa'?"
    ),
    Case(
      body: "require gpa >= 3 because low\nreason ⟦low2 kk \"a\" ru \"b\"",
      message: "reason 'low2' has no 'en' text"),
    Case(
      body: "require gpa >= 3 because low\nreason ⟦lowx kk \"a\" ru \"b\" en \"c\"",
      message: "reason 'lowx' is never used",
      kk: "'lowx' себебін ешбір талап не үстеме қолданбайды: 'low' болуы мүмкін бе?",
      ru: "причина 'lowx' не используется ни одним требованием или надбавкой: может быть, 'low'?"),
    Case(
      body:
        "require gpa >= 3 because low\nreason low2 ⟦kk \"a {gpq}\" ru \"b\" en \"c\"\nrequire gpa >= 2 because low2",
      message: "did you mean '{gpa}'?"),
    Case(
      body:
        "require gpa >= 3 because low\nrequire attendance >= 50% because att\nwaive att when categories has orphan priority 5\n⟦enforce att when gpa < 2 priority 5\nreason att kk \"a\" ru \"b\" en \"c\"",
      message: "conflict: 'enforce att' and 'waive att' at line 9 have the same priority 5",
      kk: "қайшылық: 'enforce att' және 9-жолдағы 'waive att' басымдығы бірдей (5)",
      ru: "конфликт: у 'enforce att' и 'waive att' в строке 9 одинаковый приоритет 5"),
    Case(
      body: "require gpa >= 3 because low\nwaive ⟦lwo when categories has orphan priority 5",
      message: "no requirement's reason key: did you mean 'low'?"),
    Case(
      body:
        "require gpa >= 3 because low\nrequire categories has ⟦orphn because low2\nreason low2 kk \"a\" ru \"b\" en \"c\"",
      message: "unknown category 'orphn': did you mean 'orphan'?",
      kk: "'orphn' деген санат жоқ: 'orphan' болуы мүмкін бе?",
      ru: "неизвестная категория 'orphn': может быть, 'orphan'?"),
    Case(
      body:
        "require gpa >= 3 because low\namount by ⟦qualification_level per month\n  worker = 100 KZT",
      message: "no row for 'specialist', 'applied_bachelor'"),
    Case(
      body: "require gpa >= 3 because low\namount ⟦35000 per month",
      message:
        "the amount needs an amount in tenge (35000 KZT), found 35000: write the currency (35000 KZT)"
    ),
    Case(
      body:
        "require gpa >= 3 because low\namount 35000 KZT per month\nseats 10\nrank by gpa desc\ntiebreak lottery \"x\"\nbudget 100000 KZT per ⟦year",
      message: "the budget is per year but the amount is per month",
      kk: "бюджет жылына, ал сома айына көрсетілген",
      ru: "бюджет указан в год, а сумма — в месяц"),
    Case(
      body:
        "require gpa >= 3 because low\namount 35000 KZT per month\nseats 10\nrank by gpa desc\ntiebreak lottery \"x\"\nreserve 60% for a when categories has rural unused to general\nreserve ⟦50% for b when categories has orphan unused vacant",
      message: "reserved quotas add up to 110%, over 100% of seats",
      kk: "квоталардың қосындысы 110% — орындардың 100%-нан асады",
      ru: "квоты в сумме составляют 110% — больше 100% мест"),
    Case(
      body: "require gpa >= 3 because low\n⟦rank by gpa desc",
      message: "'rank' without seats or a budget has no effect"),
    Case(
      body: "require gpa >= 3 because low\nrank by ⟦stage desc\nseats 3\ntiebreak lottery \"s\"",
      message: "ranking needs a number or date fact; 'stage' is enumeration"),
    Case(
      body: "require lowest_grade >= ⟦3.5 because low", message: "'lowest_grade' is a whole number",
      kk: "'lowest_grade' — бүтін сан; оны бүтін санмен салыстырыңыз, бірақ 3.5 кездесті",
      ru: "'lowest_grade' — целое число; сравнивайте его с целым числом, а найдено 3.5"),
    Case(
      body: "require ⟦gpa in [3, 4] because low",
      message: "'in' works on a fact with one word value; 'gpa' is decimal",
      kk: "'gpa' — бөлшек сан: оны = < > арқылы салыстырыңыз",
      ru: "'gpa' — дробное число: сравнивайте его через = < >"),
    Case(
      body: "require categories ⟦= rural because low",
      message: "'categories' is a set: write 'categories has X'"),
    Case(
      body: "require gpa >= 3 because low\nlist ⟦deficit = [a, b]",
      message: "list 'deficit' is never used"),
    Case(
      body:
        "require gpa >= 3 because low\nrequire specialty in [a, ⟦a] because low2\nreason low2 kk \"a\" ru \"b\" en \"c\"",
      message: "'a' appears twice"),
    Case(
      body: "require gpa >= 3 because low\n  ⟦from 2026-09-01 = 3",
      message: "'from' line outside its block"),
    Case(
      body: "require gpa >= 3 because low\nrequire stage = college because ⟦low",
      message: "reason key 'low' already used by the requirement at line 7"),
    Case(
      body:
        "require gpa >= 3 because low\nrequire gpa >= 3 because low2 ⟦$\nreason low2 kk \"a\" ru \"b\" en \"c\"",
      message: "unexpected character '$'",
      kk: "күтпеген '$' таңбасы",
      ru: "неожиданный символ '$'"),
    Case(
      body: "require gpa >= 3 because low\nparameter p\n  from ⟦2026-02-30 = 3",
      message: "'2026-02-30' is not a date of the calendar",
      kk: "'2026-02-30' — күнтізбеде жоқ күн: YYYY-MM-DD күтілді",
      ru: "'2026-02-30' — такой даты нет в календаре: ожидается YYYY-MM-DD"),
  ]

  /// The diagnostics of a case's input and the marker's place (the marker removed).
  static func diagnose(_ golden: Case) throws -> (
    diagnostics: [Diagnostic], line: Int, column: Int
  ) {
    var text = Self.header + golden.body + Self.reasons
    let marker = try #require(text.range(of: "⟦"))
    let before = text[..<marker.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let column =
      before.count
      - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 }
        ?? 0) + 1
    text.removeSubrange(marker)
    let (policy, diagnostics) = PolicySet.compile(path: "golden.policy", text: text)
    #expect(policy == nil)
    return (diagnostics, line, column)
  }

  @Test(arguments: cases)
  func messageAtMarker(_ golden: Case) throws {
    let (diagnostics, line, column) = try Self.diagnose(golden)
    let here = diagnostics.filter { $0.location.line == line && $0.location.column == column }
    let expected: [(Language, String)] =
      [(.en, golden.message)] + (golden.kk.map { [(.kk, $0)] } ?? [])
      + (golden.ru.map { [(.ru, $0)] } ?? [])
    for (language, message) in expected {
      #expect(
        here.contains { $0.message[language].contains(message) },
        "expected '\(message)' at \(line):\(column), got:\n\(diagnostics.map { $0.description(in: language) }.joined(separator: "\n"))"
      )
    }
  }

  /// Every message a golden input produces is translated: Kazakh and Russian texts exist and
  /// differ from the English one (names inside quotes stay, the words around them do not).
  @Test(arguments: cases)
  func everyMessageIsTrilingual(_ golden: Case) throws {
    let (diagnostics, _, _) = try Self.diagnose(golden)
    #expect(!diagnostics.isEmpty)
    for diagnostic in diagnostics {
      let message = diagnostic.message
      #expect(!message.kk.isEmpty && !message.ru.isEmpty)
      #expect(message.kk != message.en, "untranslated: \(message.en)")
      #expect(message.ru != message.en, "untranslated: \(message.en)")
      #expect(message.kk != message.ru, "\(message.kk)")
    }
  }

  @Test func descriptionNamesTheErrorInTheLanguage() throws {
    let (diagnostics, line, column) = try Self.diagnose(Self.cases[0])
    let first = try #require(diagnostics.first)
    #expect(
      first.description(in: .kk)
        == "golden.policy:\(line):\(column): қате: 'gpaa' деген факт жоқ: 'gpa' болуы мүмкін бе?")
    #expect(
      first.description(in: .ru)
        == "golden.policy:\(line):\(column): ошибка: неизвестный факт 'gpaa': может быть, 'gpa'?")
    #expect(first.description == first.description(in: .en))
  }

  @Test func validHeaderAloneChecks() {
    let (policy, diagnostics) = PolicySet.compile(
      path: "ok.policy", text: Self.header + "require gpa >= 3 because low" + Self.reasons)
    #expect(diagnostics.isEmpty)
    #expect(policy != nil)
  }

  @Test func missingHeaderLinesAreReported() {
    let (_, diagnostics) = PolicySet.compile(
      path: "bare.policy", text: "require gpa >= 3 because low" + Self.reasons)
    let messages = diagnostics.map(\.message.en)
    for expected in [
      "missing 'policy ID'", "missing 'version N'", "missing 'basis", "missing 'consider",
      "missing 'title", "missing 'effective",
    ] {
      #expect(messages.contains { $0.contains(expected) }, "\(expected)")
    }
    #expect(diagnostics.allSatisfy { $0.description.hasPrefix("bare.policy:") })
  }
}
