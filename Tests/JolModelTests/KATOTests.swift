import Foundation
import JolModel
import Testing

@Suite struct KATOCodeTests {
  @Test func levelAndParentFollowTheStructure() throws {
    let city = try #require(KATOCode(rawValue: "391010000"))
    #expect(city.level == 3)
    #expect(city.parent?.rawValue == "391000000")
    #expect(city.district?.rawValue == "391000000")
    #expect(city.parent?.parent?.rawValue == "390000000")
    #expect(city.region == .kostanay)
    let region = try #require(KATOCode(rawValue: "390000000"))
    #expect(region.level == 1 && region.parent == nil && region.district == nil)
    let village = try #require(KATOCode(rawValue: "394420100"))
    #expect(village.level == 4 && village.parent?.rawValue == "394420000")
    // Zero parts trail: 39 00 10 000 is no code; nine digits only.
    for text in ["390010000", "3910", "39100000x", "3910000000", "000000000"] {
      #expect(KATOCode(rawValue: text) == nil, "\(text)")
    }
  }

  @Test func districtNumberTellsCitiesFromDistricts() throws {
    #expect(KATOCode(rawValue: "391000000")?.districtKind == .cityOfOblastSignificance)
    #expect(KATOCode(rawValue: "392900000")?.districtKind == .cityOfOblastSignificance)
    #expect(KATOCode(rawValue: "393000000")?.districtKind == .district)
    #expect(KATOCode(rawValue: "395400000")?.districtKind == .district)
    #expect(KATOCode(rawValue: "390900000")?.districtKind == nil)
    #expect(KATOCode(rawValue: "391010000")?.districtKind == nil)
  }
}

@Suite struct KATOTableTests {
  let table = KATOTable.builtIn

  @Test func builtInTableEqualsThePoliciesFile() throws {
    let text = try String(
      contentsOf: referenceDirectory.appendingPathComponent("kato.csv"), encoding: .utf8)
    #expect(try KATOTable(csv: text).units == table.units)
  }

  @Test func everyDistrictLevelUnitOfKostanayRegionIsListedWithNames() {
    #expect(table.covers(.kostanay))
    let districts = table.districts(in: .kostanay)
    // 4 city administrations and 16 districts (KATO lists of the statistics office).
    #expect(districts.count == 20)
    #expect(districts.filter { $0.code.districtKind == .cityOfOblastSignificance }.count == 4)
    #expect(districts.allSatisfy { $0.level == 2 && $0.code.region == .kostanay })
    #expect(table.name(of: "391000000")?.ru == "Костанай Г.А.")
    #expect(
      table.name(of: "395400000")
        == LocalizedText(kk: "Қостанай ауданы", ru: "Костанайский район", en: "Костанайский район"))
    #expect(table.name(of: "392400000")?.ru == "Рудный Г.А.")
    #expect(table.name(of: "391010000")?.ru == "г.Костанай")
    #expect(table.name(of: "399900000") == nil)
    #expect(!table.covers(.akmola))
  }

  @Test func theSampleRegionsDistrictsAreInTheTable() {
    for catalogue in [
      SyntheticCatalogue.kostanay, .numbered(schools: 25, colleges: 1, specialties: []),
    ] {
      for district in catalogue.districts {
        #expect(
          (try? table.district(district, in: catalogue.region).get())?.code.rawValue == district,
          "\(district)")
      }
    }
  }

  @Test func recodingsOf2022LeadToTheNewCodes() throws {
    let pairs = [
      ("632810000", "101010000"), ("191010000", "331010000"), ("351810000", "621010000"),
      ("632800000", "101000000"), ("191000000", "331000000"), ("351800000", "621000000"),
    ]
    for (old, new) in pairs {
      let code = try #require(KATOCode(rawValue: old))
      #expect(table.current(code).rawValue == new)
      #expect(table[code]?.validUntil == CivilDate("2022-06-07"))
      #expect(table[table.current(code)]?.isCurrent == true)
    }
    #expect(table.current(try #require(KATOCode(rawValue: "395400000"))).rawValue == "395400000")
  }

  @Test func districtCodesAreCheckedAgainstTheTableWhereItCoversTheRegion() {
    func reason(_ text: String, _ region: Region? = nil) -> String {
      switch table.district(text, in: region) {
      case .success(let district): "ok \(district.code)"
      case .failure(let error): error.reason.en
      }
    }
    #expect(reason("395400000", .kostanay) == "ok 395400000")
    #expect(reason("391000000") == "ok 391000000")
    #expect(
      reason("390000000", .kostanay)
        == "390000000 is the region itself, not a district; expected a district-level code (AA BB 00000, BB ≥ 10); see jol reference districts --region 39"
    )
    #expect(
      reason("391010000", .kostanay)
        == "391010000 is a settlement г.Костанай (level 3), not a district; expected the district-level code 391000000 (Костанай Г.А.)"
    )
    #expect(
      reason("395500000", .kostanay)
        == "395500000 is not a district of Kostanay Region; expected one of its 20 district-level codes; nearest: 395000000 (Карабалыкский район); see jol reference districts --region 39"
    )
    #expect(
      reason("351010000", .kostanay)
        == "district 351010000 is in Karaganda Region, but the row's region is Kostanay Region (39)"
    )
    #expect(reason("3910").hasPrefix("'3910' is not a KATO code"))
    #expect(reason("511000000").hasPrefix("511000000 is not a known district"))
  }

  @Test func elsewhereTheStructureIsChecked() {
    // Akmola is not covered: any district-level code of the region passes.
    #expect((try? table.district("113200000", in: .akmola).get())?.code.rawValue == "113200000")
    #expect((try? table.district("111000000", in: .akmola).get())?.code.rawValue == "111000000")
    #expect(throws: KATOError(.badDistrictNumber(KATOCode(rawValue: "110500000")!))) {
      try table.district("110500000", in: .akmola).get()
    }
    #expect(throws: KATOError(.regionItself(KATOCode(rawValue: "110000000")!))) {
      try table.district("110000000", in: nil).get()
    }
  }

  @Test func anOldCodeIsReadAsTheNewOneWithTheOldKept() throws {
    let district = try table.district("632800000", in: .abai).get()
    #expect(district.code.rawValue == "101000000")
    #expect(district.recodedFrom?.rawValue == "632800000")
    #expect(try table.district("101000000", in: .abai).get().recodedFrom == nil)
    // The old code names the old region: in the row's region East Kazakhstan it is refused.
    #expect(throws: KATOError.self) { try table.district("632800000", in: .eastKazakhstan).get() }
  }

  @Test func badRowsAreRejectedAtTheirField() {
    let header = "code,level,parent,name_kk,name_ru,valid_from,valid_until,successor\n"
    let cases: [(String, Int, Int)] = [
      ("395400000,3,390000000,a,b,,,\n", 2, 11),  // wrong level
      ("395400000,2,391000000,a,b,,,\n", 2, 13),  // wrong parent
      ("395410000,3,395400000,a,b,,,\n", 2, 13),  // parent not listed
      ("39540000,2,390000000,a,b,,,\n", 2, 1),  // not a code
      ("395400000,2,390000000,a,b,,2022-13-01,\n", 2, 28),  // bad date
      ("395400000,2,390000000,a,b,,,395600000\n", 2, 29),  // successor not listed
      ("395400000,2,390000000,a,b,,,\n395400000,2,390000000,a,b,,,\n", 3, 1),  // duplicate
    ]
    for (rows, line, column) in cases {
      do {
        _ = try KATOTable(csv: header + rows)
        Issue.record("accepted: \(rows)")
      } catch {
        #expect(error.line == line && error.column == column, "\(rows): \(error)")
      }
    }
  }
}

private let referenceDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Policies/reference")
