import JolDiagnostics
import JolModel
import Testing

/// Recommendations from a result: directions through the crosswalk, specialties, and the
/// region's colleges that teach them in the pupil's language, own district first — each with its
/// reason in kk, ru and en.
@Suite struct GuidanceTests {
  static let welding = SpecialtyCode(rawValue: "07150500")

  static func college(
    _ id: String, district: String, languages: [Language], teaches: [SpecialtyCode],
    kind: InstitutionKind = .college
  ) -> InstitutionState {
    var state = InstitutionState(id: InstitutionID(rawValue: id))
    state.registration = InstitutionRegistered(
      kind: kind, names: OrganisationNames(kk: "\(id) колледжі", ru: "Колледж \(id)"),
      district: district, languages: languages,
      specialties: teaches.map { SpecialtyOffer(specialty: $0, intake: 25) })
    return state
  }

  static let colleges = [
    college("C-OTHER", district: "396000000", languages: [.kk, .ru], teaches: [welding]),
    college("C-HOME", district: "391000000", languages: [.kk], teaches: [welding]),
    college("C-RU", district: "391000000", languages: [.ru], teaches: [welding]),
    college("S-1", district: "391000000", languages: [.kk], teaches: [welding], kind: .school),
  ]

  /// A five-types result led by technology 8/8.
  static func result() throws -> DiagnosticSummary {
    let instrument = try ShippedInstruments.fiveTypes
    let technology = instrument.items.map { item in
      item.options.firstIndex { instrument.scales[$0.scale].id == "technology" }
        ?? item.options.firstIndex { instrument.scales[$0.scale].id != "nature" } ?? 0
    }
    let sheet = AnswerSheet(answers: technology.map { Int8($0) })
    var state = LearnerState(id: "L-1")
    state.apply(
      .diagnosticCompleted(instrument.result(sheet, crosswalk: try CrosswalkTests.shipped())),
      effective: CivilDate("2026-10-01")!, sequence: 1)
    return try #require(state.diagnostics.first)
  }

  static func guidance(language: Language?) throws -> Guidance {
    Guidance(
      result: try result(), instrument: try ShippedInstruments.fiveTypes,
      crosswalk: try CrosswalkTests.shipped(), classifier: CrosswalkTests.classifier,
      colleges: colleges, district: "391000000", language: language,
      districtName: { $0 == "396000000" ? .same("Рудный қ.") : nil })
  }

  @Test func collegesAreFilteredByLanguageAndOrderedByDistrict() throws {
    let guidance = try Self.guidance(language: .kk)
    #expect(guidance.leading == ["technology"])
    #expect(guidance.directions.map(\.direction) == [.engineering, .transport])
    let welding = try #require(
      guidance.directions[0].specialties.first { $0.code == Self.welding })
    #expect(welding.colleges.map(\.institution.rawValue) == ["C-HOME", "C-OTHER"])
    #expect(welding.colleges.map(\.sameDistrict) == [true, false])
    // Specialties no college teaches are left out.
    #expect(guidance.directions[0].specialties.map(\.code) == [Self.welding])
    // Without a language, the Russian-language college is shown too.
    let any = try Self.guidance(language: nil)
    #expect(
      any.directions[0].specialties[0].colleges.map(\.institution.rawValue)
        == ["C-HOME", "C-RU", "C-OTHER"])
  }

  @Test func everyRecommendationSaysWhyInThreeLanguages() throws {
    let guidance = try Self.guidance(language: .kk)
    let scale = try #require(guidance.scales.first { $0.id == "technology" })
    #expect(scale.score == FixedDecimal(8))
    #expect(scale.bandName?.kk == "айқын")
    let home = guidance.directions[0].specialties[0].colleges[0].reason
    #expect(
      home.kk
        == "Адам — техника 8/8, айқын; «Дәнекерлеу ісі (түрлері бойынша)» мамандығы сіздің ауданыңыздағы колледжде қазақ тілінде оқытылады: C-HOME колледжі"
    )
    #expect(home.ru.contains("преподаётся на казахском языке в колледже вашего района"))
    #expect(home.en.contains("is taught in Kazakh at a college in your district"))
    let other = guidance.directions[0].specialties[0].colleges[1].reason
    #expect(other.kk.contains("облыстың басқа ауданындағы колледжде қазақ тілінде"))
    #expect(other.kk.hasSuffix("(Рудный қ.)"))
    #expect(guidance.directions[0].reason.ru.contains("направление «Техническое и инженерное»"))
    #expect(Guidance.note.en == "Results guide; they never select or exclude anyone.")
  }
}
