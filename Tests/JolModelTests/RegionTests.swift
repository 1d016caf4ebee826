import Foundation
import JolModel
import Testing

@Suite struct RegionTests {
  @Test func twentyRegionsWithUniqueCodesSeventeenOblastsThreeCities() {
    #expect(Region.all.count == 20)
    #expect(Set(Region.all.map(\.rawValue)).count == 20)
    #expect(Region.all.filter { $0.kind == .oblast }.count == 17)
    #expect(Region.all.filter { $0.kind == .city } == [.astana, .almaty, .shymkent])
    #expect(Region.all == Region.all.sorted())
    for region in Region.all {
      #expect(region.iso == "KZ-\(region.rawValue)")
      #expect(Region(rawValue: region.rawValue) == region)
    }
    #expect(Region(rawValue: "51") == nil)
  }

  @Test func compiledTableEqualsPoliciesReferenceFile() throws {
    let url = repositoryRoot.appendingPathComponent("Policies/reference/regions.csv")
    let table = try CSVReader.parse(
      try String(contentsOf: url, encoding: .utf8), fileName: "regions.csv")
    let rows = table.records.map(\.fields)
    let compiled = Region.all.map { region in
      [
        region.rawValue, region.iso, region.name.kk, region.name.ru, region.name.en,
        region.kind.rawValue,
      ]
    }
    #expect(table.columnNames == ["kato", "iso", "name_kk", "name_ru", "name_en", "kind"])
    #expect(rows == compiled)
  }

  @Test func regionsFormedIn2022MapToTheirFormerParentBefore() throws {
    let before = try #require(CivilDate("2022-06-07"))
    let on = try #require(CivilDate("2022-06-08"))
    #expect(Region.abai.formerParent == .eastKazakhstan)
    #expect(Region.zhetysu.formerParent == .almatyOblast)
    #expect(Region.ulytau.formerParent == .karaganda)
    for region in [Region.abai, .zhetysu, .ulytau] {
      #expect(!region.existed(on: before))
      #expect(region.existed(on: on))
      #expect(region.region(on: before) == region.formerParent)
      #expect(region.region(on: on) == region)
    }
    #expect(Region.karaganda.existed(on: try #require(CivilDate("1995-01-01"))))
    #expect(Region.karaganda.formerParent == nil)
    #expect(Region.all(on: before).count == 17)
    #expect(Region.all(on: on).count == 20)
  }

  @Test func codableAsKATOCode() throws {
    let data = try JSONEncoder().encode([Region.ulytau])
    #expect(String(decoding: data, as: UTF8.self) == #"["62"]"#)
    #expect(try JSONDecoder().decode([Region].self, from: data) == [.ulytau])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([Region].self, from: Data(#"["99"]"#.utf8))
    }
  }

  @Test func namesInThreeLanguages() {
    #expect(
      Region.turkistan.name
        == LocalizedText(
          kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region"))
    #expect(Region.astana.name.kk == "Астана қ.")
  }

  @Test func regionsOf2022CarryTheirOfficialRussianNames() {
    // Presidential Decree of 2022-05-03: «область Абай», «область Жетісу», «область Ұлытау».
    #expect(Region.abai.name.ru == "область Абай")
    #expect(Region.zhetysu.name.ru == "область Жетісу")
    #expect(Region.ulytau.name.ru == "область Ұлытау")
  }
}

/// The repository root, three levels above this file (`Tests/JolModelTests/…`).
private let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
