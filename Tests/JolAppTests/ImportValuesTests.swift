import JolModel
import Testing

@testable import JolApp

/// The values spreadsheets hold: dates in both Kazakhstan forms, regions by code or name,
/// words for closed sets in every language.
@Suite struct ImportValuesTests {
  @Test(arguments: [
    ("2026-09-01", "2026-09-01"), ("01.09.2026", "2026-09-01"), ("1.9.2026", "2026-09-01"),
    ("29.02.2024", "2024-02-29"),
  ])
  func datesInBothForms(_ text: String, _ expected: String) {
    #expect(ImportValues.date(text) == CivilDate(expected))
  }

  @Test(arguments: ["31.09.2026", "2026/09/01", "09.01", "01.09.26", "29.02.2025", ""])
  func notDates(_ text: String) { #expect(ImportValues.date(text) == nil) }

  @Test(arguments: [
    "39", "390000000", "KZ-39", "Қостанай облысы", "Костанайская область", "Kostanay Region",
    "Қостанай", "kostanay",
  ])
  func kostanayByCodeOrName(_ text: String) { #expect(ImportValues.region(text) == .kostanay) }

  @Test func citiesByName() {
    #expect(ImportValues.region("Астана") == .astana)
    #expect(ImportValues.region("г. Алматы") == .almaty)
    #expect(ImportValues.region("Алматы облысы") == .almatyOblast)
  }

  /// The regions of 2022 by their official names and by the spellings offices still write.
  @Test(arguments: [
    ("область Жетісу", Region.zhetysu), ("область Жетысу", .zhetysu),
    ("Жетысуская область", .zhetysu), ("область Ұлытау", .ulytau), ("область Улытау", .ulytau),
    ("Улытауская область", .ulytau), ("область Абай", .abai), ("Абайская область", .abai),
  ])
  func newRegionsByOfficialAndCommonNames(_ text: String, _ region: Region) {
    #expect(ImportValues.region(text) == region)
  }

  @Test func wordsInEveryLanguage() {
    #expect(ImportVocabulary.funding.value("мемлекеттік тапсырыс") == .stateOrder)
    #expect(ImportVocabulary.funding.value("Госзаказ") == .stateOrder)
    #expect(ImportVocabulary.form.value("күндізгі") == .fullTime)
    #expect(ImportVocabulary.form.value("очная") == .fullTime)
    #expect(ImportVocabulary.form.value("Full-time") == .fullTime)
    #expect(ImportVocabulary.reason.value("оқуды тастады") == .droppedOut)
    #expect(ImportVocabulary.reason.value("dropped out") == .droppedOut)
    #expect(ImportVocabulary.category.value("Көп балалы") == .largeFamily)
    #expect(ImportVocabulary.language.value("Русский язык") == .ru)
    if case .institution(let kind) = ImportVocabulary.organisationKind.value("Колледж") {
      #expect(kind == .college)
    } else {
      Issue.record("колледж is a college")
    }
  }

  @Test func everyCanonicalWordReadsBack() {
    #expect(StudyForm.allCases.allSatisfy { ImportVocabulary.form.value($0.rawValue) == $0 })
    #expect(Funding.allCases.allSatisfy { ImportVocabulary.funding.value($0.rawValue) == $0 })
    #expect(
      TransitionReason.allCases.allSatisfy { ImportVocabulary.reason.value($0.rawValue) == $0 })
    #expect(Stage.allCases.allSatisfy { ImportVocabulary.stage.value($0.rawValue) == $0 })
    #expect(Language.allCases.allSatisfy { ImportVocabulary.language.value($0.rawValue) == $0 })
  }

  /// Dual training and distance learning are not forms: their old words read as what they mean,
  /// and `заочная` / `сырттай` is extramural, never distance.
  @Test func formerFormWordsReadAsFormAndDualTraining() {
    for word in ["dual", "дуальная", "дуальды", "Дуальное обучение"] {
      #expect(ImportVocabulary.formerForm.value(word)?.form == .fullTime, "\(word)")
      #expect(ImportVocabulary.formerForm.value(word)?.dualTraining == true, "\(word)")
      #expect(ImportVocabulary.form.value(word) == nil, "\(word)")
    }
    #expect(ImportVocabulary.formerForm.value("дистанционная")?.form == .extramural)
    #expect(ImportVocabulary.form.value("заочная") == .extramural)
    #expect(ImportVocabulary.form.value("сырттай") == .extramural)
    let notice = ImportMessages.formerForm("дуальная", .fullTime, dualTraining: true)
    #expect(notice.en == "'дуальная' is not a form of study: recorded as full-time, dual training")
  }

  @Test func aRejectedWordSuggestsTheNearest() {
    let reason = ImportVocabulary.form.rejection("кундізгі")
    #expect(reason.en.contains("did you mean 'күндізгі'"))
    #expect(reason.ru.contains("допустимо: full_time, evening, extramural"))
  }

  @Test func pairsAndLists() {
    #expect(ImportValues.list("kk, ru;en") == ["kk", "ru", "en"])
    #expect(ImportValues.pair("07150100:75")! == ("07150100", "75"))
    #expect(ImportValues.pair("07150100 (75)")! == ("07150100", "75"))
    #expect(ImportValues.pair("Математика = 5")! == ("Математика", "5"))
    #expect(ImportValues.pair("07150100") == nil)
  }

  @Test func learnerIDsAreRandomAndWellFormed() {
    var random = SystemRandomNumberGenerator()
    let ids = (0..<100).map { _ in
      LearnerImport.newLearnerID(Vault(directory: "/nonexistent"), ClusterState(), &random)
    }
    #expect(Set(ids).count == 100)
    #expect(
      ids.allSatisfy { id in
        id.rawValue.count == 17 && id.rawValue.first == "L"
          && id.rawValue.dropFirst().allSatisfy { $0.isHexDigit }
      })
  }
}
