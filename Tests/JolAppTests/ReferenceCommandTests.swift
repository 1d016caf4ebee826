import Foundation
import Testing

@Suite struct ReferenceCommandTests {
  @Test func regionsAsOfADateFollowTheTwentyTwentyTwoReform() throws {
    let now = try jsonLines(runJol(["reference", "regions", "--format", "json"]).stdout)
    #expect(now.count == 20)
    #expect(now.contains { $0["kato"] as? String == "62" && $0["kind"] as? String == "oblast" })
    let before = try jsonLines(
      runJol(["reference", "regions", "--as-of", "2021-01-01", "--format", "json"]).stdout)
    #expect(before.count == 17)
    #expect(!before.contains { $0["kato"] as? String == "62" })
  }

  @Test func specialtiesComeFromThePoliciesDirectory() throws {
    let result = runJol(
      ["reference", "specialties", "--format", "json", "--lang", "kk"],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    let rows = try jsonLines(result.stdout)
    let software = try #require(rows.first { $0["code"] as? String == "06130100" })
    #expect(software["name"] as? String == "Бағдарламалық қамтамасыз ету (түрлері бойынша)")
    #expect(software["direction"] as? String == "ict")
  }

  @Test func aGivenPoliciesDirectoryThatIsMissingExits66NamingTheFile() throws {
    let empty = try temporaryDirectory()
    let result = runJol(
      ["reference", "specialties", "--lang", "en", "--policies", "Policies"],
      workingDirectory: empty)
    #expect(result.exitCode == 66)
    #expect(result.stderr.contains("Policies/reference/tvet-specialties.csv"))
    // Without one given (and no ./Policies), the classifier built into jol is used.
    let builtIn = runJol(["reference", "specialties", "--lang", "en"], workingDirectory: empty)
    #expect(builtIn.exitCode == 0)
    #expect(builtIn.stdout.contains("07150500"))
  }
}

@Suite struct ReferenceDistrictsTests {
  @Test func listsTheDistrictLevelUnitsOfARegionWithTheirNames() throws {
    let result = runJol(
      [
        "reference", "districts", "--region", "Костанайская область", "--format", "json", "--lang",
        "en",
      ],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let rows = try jsonLines(result.stdout)
    #expect(rows.count == 20)
    let district = try #require(rows.first { $0["kato"] as? String == "395400000" })
    #expect(district["kind"] as? String == "district")
    #expect(district["name_ru"] as? String == "Костанайский район")
    #expect(district["name_kk"] as? String == "Қостанай ауданы")
    #expect(rows.first { $0["kato"] as? String == "391000000" }?["kind"] as? String == "city")
    // A region the table does not cover: nothing listed, and stderr says why.
    let akmola = runJol(
      ["reference", "districts", "--region", "11", "--lang", "en"], workingDirectory: repositoryRoot
    )
    #expect(akmola.exitCode == 0)
    #expect(akmola.stderr.contains("checked by structure only"))
    #expect(
      runJol(["reference", "districts", "--region", "Атлантида"], workingDirectory: repositoryRoot)
        .exitCode == 64)
  }
}

@Suite struct ReferenceLookupTests {
  @Test func explainsEveryKindOfCodeAndSuggestsTheNearest() throws {
    let result = runJol(
      [
        "reference", "lookup", "1114000", "4S06130103", "06139900", "1304000", "--format", "json",
        "--lang", "en",
      ],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 65)
    let rows = try jsonLines(result.stdout)
    #expect(rows[0]["kind"] as? String == "legacy")
    #expect(rows[0]["specialty"] as? String == "07150500")
    // A split old code is not resolved: both successors are named.
    #expect(rows[3]["specialty"] is NSNull)
    #expect(
      rows[3]["reason"] as? String
        == "old code 1304000 maps to several specialties: 06130100, 06120100; name the specialty itself"
    )
    #expect(rows[1]["kind"] as? String == "qualification")
    #expect(rows[1]["level"] as? String == "specialist")
    #expect(rows[2]["specialty"] is NSNull)
    #expect((rows[2]["reason"] as? String)?.contains("nearest") == true)
    #expect((rows[2]["reason"] as? String)?.contains("06130100") == true)
  }

  @Test func knownCodesExitZero() {
    #expect(
      runJol(["reference", "lookup", "06130100"], workingDirectory: repositoryRoot).exitCode == 0)
  }
}
