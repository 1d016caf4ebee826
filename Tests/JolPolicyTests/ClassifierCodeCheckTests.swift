import JolModel
import Testing

@testable import JolPolicy

/// Specialty and qualification codes checked against a tiny classifier: `⟦` marks where the
/// error must be reported, and the message must name the nearest known code.
struct ClassifierCodeCheckTests {
  static let classifier: SpecialtyClassifier = {
    let specialties = """
      code,isced_field,name_kk,name_ru,name_en,direction
      06130100,0613,Бағдарламалық қамтамасыз ету,Программное обеспечение,Software,ict
      07130100,0713,Электр жабдықтары,Электрооборудование,Electrical equipment,engineering
      07150500,0715,Дәнекерлеу ісі,Сварочное дело,Welding,engineering
      """
    let qualifications = """
      code,name_kk,name_ru,name_en,source
      3W07150501,Электргазбен дәнекерлеуші,Электрогазосварщик,Electric and gas welder,test
      4S06130103,Бағдарламалық қамтамасыз етуді әзірлеуші,Разработчик ПО,Software developer,test
      """
    let legacy = """
      legacy_code,legacy_name_ru,code,source
      1114000,Сварочное дело,07150500,test
      """
    do {
      return try SpecialtyClassifier(
        specialtiesCSV: specialties, qualificationsCSV: qualifications, legacyCSV: legacy)
    } catch {
      fatalError("test classifier: \(error)")
    }
  }()

  /// A policy body with a marker and the message expected there, in each language.
  struct Case: CustomTestStringConvertible, Sendable {
    var body: String
    var en: String
    var kk: String
    var ru: String
    var testDescription: String { en }
  }

  static let cases: [Case] = [
    Case(
      body: "list deficit = [07130100,\n  ⟦07150300]\nrequire specialty in deficit because low",
      en: "unknown specialty code 07150300; nearest known: 07150500 'Welding'",
      kk: "07150300 мамандық коды классификаторда жоқ; ең жақыны: 07150500 «Дәнекерлеу ісі»",
      ru: "кода специальности 07150300 нет в классификаторе; ближайший: 07150500 «Сварочное дело»"),
    Case(
      body: "require specialty = ⟦06139900 because low",
      en: "unknown specialty code 06139900; nearest known: 06130100 'Software'",
      kk: "ең жақыны: 06130100", ru: "ближайший: 06130100"),
    Case(
      body: "require specialty in [07130100, ⟦\"07150300\"] because low",
      en: "nearest known: 07150500 'Welding' (known codes: reference/tvet-specialties.csv)",
      kk: "(белгілі кодтар: reference/tvet-specialties.csv)",
      ru: "(известные коды: reference/tvet-specialties.csv)"),
    Case(
      body: "require not specialty in [⟦1114000] because low",
      en: "'1114000' is not a specialty code: 8 digits expected (e.g. 06130100); "
        + "this is an old 7-digit code, the new one is 07150500",
      kk: "бұл ескі 7 таңбалы код, жаңасы — 07150500",
      ru: "это старый 7-значный код, новый — 07150500"),
    Case(
      body: "require qualification in [3W07150501, ⟦4S06130109] because low",
      en: "unknown qualification code 4S06130109; nearest in specialty 06130100: 4S06130103",
      kk: "4S06130109 біліктілік коды белгісіз; 06130100 мамандығында ең жақыны: 4S06130103",
      ru: "код квалификации 4S06130109 неизвестен; ближайший в специальности 06130100: 4S06130103"),
    Case(
      body: "require qualification != ⟦4S07999901 because low",
      en: "unknown qualification code 4S07999901: its specialty 07999900 is not in the classifier",
      kk: "4S07999901 біліктілік коды белгісіз", ru: "код квалификации 4S07999901 неизвестен"),
    Case(
      body: "require gpa >= 3 because low\nwaive low when specialty not in [⟦0715050] priority 1",
      en: "'0715050' is not a specialty code: 8 digits expected",
      kk: "«0715050» мамандық коды емес", ru: "«0715050» — не код специальности"),
  ]

  /// The diagnostics of a case's body checked with the tiny classifier, and the marker's place.
  static func diagnose(_ body: String) throws -> (diagnostics: [Diagnostic], line: Int, column: Int)
  {
    var text = CheckerGoldenTests.header + body + CheckerGoldenTests.reasons
    let marker = try #require(text.range(of: "⟦"))
    let before = text[..<marker.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let column =
      before.count
      - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 }
        ?? 0) + 1
    text.removeSubrange(marker)
    let (policy, diagnostics) = PolicySet.compile(
      path: "codes.policy", text: text, codes: classifier)
    #expect(policy == nil)
    return (diagnostics, line, column)
  }

  @Test(arguments: cases)
  func unknownCodeIsReportedAtTheLiteral(_ golden: Case) throws {
    let (diagnostics, line, column) = try Self.diagnose(golden.body)
    // Exactly one problem: the code, and nothing else cascades from it.
    #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.location == SourceLocation(file: "codes.policy", line: line, column: column))
    #expect(diagnostic.message.en.contains(golden.en), "\(diagnostic.message.en)")
    #expect(diagnostic.message.kk.contains(golden.kk), "\(diagnostic.message.kk)")
    #expect(diagnostic.message.ru.contains(golden.ru), "\(diagnostic.message.ru)")
  }

  @Test func knownCodesCheckClean() {
    let body = """
      list deficit = [07130100, 07150500, "06130100"]
      require specialty in deficit because low
      require specialty != 06130100 because low2
      require qualification in [3W07150501, 4S06130103] because low3
      reason low2 kk "а" ru "б" en "c"
      reason low3 kk "а" ru "б" en "c"
      """
    let text = CheckerGoldenTests.header + body + CheckerGoldenTests.reasons
    let (policy, diagnostics) = PolicySet.compile(
      path: "ok.policy", text: text, codes: Self.classifier)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    #expect(policy != nil)
  }

  /// A list compared only with another code fact (institution) is not a specialty list.
  @Test func listsNotComparedWithSpecialtyAreNotChecked() {
    let body = """
      list colleges = [07150300, COL-1]
      require institution in colleges because low
      """
    let text = CheckerGoldenTests.header + body + CheckerGoldenTests.reasons
    let (policy, diagnostics) = PolicySet.compile(
      path: "ok.policy", text: text, codes: Self.classifier)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    #expect(policy != nil)
  }

  /// A list used twice is reported once, at its item; without a classifier nothing is checked.
  @Test func aListUsedTwiceIsReportedOnceAndNoClassifierSkips() throws {
    let body = """
      list deficit = [07130100, 07150300]
      require specialty in deficit because low
      waive low when specialty in deficit priority 1
      """
    let text = CheckerGoldenTests.header + body + CheckerGoldenTests.reasons
    let (_, diagnostics) = PolicySet.compile(path: "p.policy", text: text, codes: Self.classifier)
    #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
    let place = try #require(diagnostics.first?.location)
    #expect((place.line, place.column) == (7, 27))
    let (policy, unchecked) = PolicySet.compile(path: "p.policy", text: text)
    #expect(unchecked.isEmpty)
    #expect(policy != nil)
  }

  /// Every unknown code of a set of files is reported, each in its own file.
  @Test func loadReportsEveryUnknownCode() {
    let good =
      CheckerGoldenTests.header + "require specialty = 07150500 because low"
      + CheckerGoldenTests.reasons
    let bad = good.replacingOccurrences(of: "policy golden", with: "policy other")
      .replacingOccurrences(of: "07150500", with: "07150501")
    let (set, diagnostics) = PolicySet.load(
      files: [("a.policy", good), ("b.policy", bad)], codes: Self.classifier)
    #expect(set.policies.map(\.id.rawValue) == ["golden"])
    #expect(diagnostics.map(\.location.file) == ["b.policy"])
    #expect(diagnostics.first?.message.en.contains("nearest known: 07150500") == true)
  }
}
