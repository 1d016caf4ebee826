import Testing

@testable import JolModel

/// The reasons of ``KATOError`` come from the catalogue (``KATOMessage``) with the same wording
/// they had as inline texts: every value in its place, and the optional parts (a settlement's
/// name, its district's name, the nearest listed code) present or left out without a trace.
@Suite struct KATOErrorTextTests {
  let settlement = KATOCode(rawValue: "391010000")!
  let district = KATOCode(rawValue: "391000000")!
  let kostanay = KATOCode(rawValue: "395400000")!

  @Test func aSettlementNamesItselfAndItsDistrictWhenKnown() {
    let named = KATOError(
      .belowDistrict(
        settlement, name: LocalizedText(kk: "Қостанай қ.", ru: "г.Костанай", en: "г.Костанай"),
        district: district,
        districtName: LocalizedText(kk: "Қостанай қ.ә.", ru: "Костанай Г.А.", en: "Костанай Г.А.")
      )
    ).reason
    #expect(
      named.kk
        == "391010000 — Қостанай қ. елді мекеннің коды (3-деңгей), аудан емес; аудан деңгейіндегі код күтілді: 391000000 (Қостанай қ.ә.)"
    )
    #expect(
      named.ru
        == "391010000 — код населённого пункта г.Костанай (уровень 3), а не района; ожидается код уровня района: 391000000 (Костанай Г.А.)"
    )
    let bare = KATOError(
      .belowDistrict(settlement, name: nil, district: district, districtName: nil)
    ).reason
    #expect(
      bare.en
        == "391010000 is a settlement (level 3), not a district; expected the district-level code 391000000"
    )
    #expect(bare.kk.hasPrefix("391010000 — елді мекеннің коды"))
  }

  @Test func aCodeMissingFromTheTableNamesTheNearestWhenThereIsOne() {
    let nearest = KATOUnit(
      code: kostanay,
      name: LocalizedText(kk: "Қостанай ауданы", ru: "Костанайский район", en: "Костанайский район")
    )
    let missing = KATOCode(rawValue: "395500000")!
    let withHint = KATOError(
      .notInTable(missing, region: .kostanay, nearest: nearest, count: 20)
    ).reason
    #expect(
      withHint.kk
        == "395500000 — Қостанай облысы аудандарының бірі емес; оның 20 аудан деңгейіндегі кодының бірі күтілді; ең жақыны: 395400000 (Қостанай ауданы); тізімі: jol reference districts --region 39"
    )
    #expect(
      withHint.ru
        == "395500000 — не район региона «Костанайская область»; ожидается один из его кодов уровня района (20); ближайший: 395400000 (Костанайский район); список: jol reference districts --region 39"
    )
    let without = KATOError(.notInTable(missing, region: .kostanay, nearest: nil, count: 20))
      .reason
    #expect(
      without.en
        == "395500000 is not a district of Kostanay Region; expected one of its 20 district-level codes; see jol reference districts --region 39"
    )
  }

  @Test func everyReasonRendersCompletelyInEveryLanguage() throws {
    let problems: [KATOError.Problem] = [
      .malformed("39-54"), .unknownRegion(try #require(KATOCode(rawValue: "995400000"))),
      .regionItself(try #require(KATOCode(rawValue: "390000000"))),
      .badDistrictNumber(try #require(KATOCode(rawValue: "110500000"))),
      .outsideRegion(kostanay, found: .kostanay, expected: .astana),
    ]
    for problem in problems {
      let reason = KATOError(problem).reason
      for language in Language.allCases {
        #expect(!reason[language].contains("⟦missing") && !reason[language].contains("{"))
      }
    }
  }
}
