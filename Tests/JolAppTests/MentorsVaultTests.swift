import Foundation
import JolModel
import Testing

@testable import JolApp

/// Mentors' personal data: `jol import mentors` keeps names and contacts in the vault only, masks
/// them in messages, and `jol mentors show` prints them only with `--names`; and the warnings of
/// `jol import mentor-preferences` about choices the programme rules out.
@Suite struct MentorsVaultTests {
  static let bin = MentorsCommandTests.bin
  static let district = MentorsCommandTests.district
  static let mentors = """
    enterprise,mentor,specialties,languages,district,shift,capacity,Тегі,Аты,Әкесінің аты,Телефон,Эл. пошта
    \(bin),M-1,07150500,kk,\(district),day,1,Сейітов,Асқар,Болатұлы,+7 701 555 12 34,askar@agromash.kz
    \(bin),M-2,07150500,kk,\(district),day,1,,,,,
    \(bin),M-4,07150500,ru,\(district),evening,1,Петрова,Анна,,,

    """

  /// Every file of the data directory but the vault's, as text.
  static func everythingButTheVault(_ data: String) throws -> String {
    let manager = FileManager.default
    var text = ""
    for path in manager.subpaths(atPath: data) ?? [] where !path.hasPrefix("vault") {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: data + "/" + path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      text += String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: data + "/" + path)), as: UTF8.self)
    }
    return text
  }

  @Test func namesAndContactsGoToTheVaultNeverToTheLog() throws {
    let region = try MentorsCommandTests.Region()
    let imported = try region.importFile("mentors", Self.mentors)
    #expect(imported.exitCode == 0, "\(imported.stdout)")
    let vault = try Vault.load(directory: region.fixture.data + "/vault")
    #expect(vault.mentors["M-1"]?.fullName == "Сейітов Асқар Болатұлы")
    #expect(vault.mentors["M-1"]?.phone == "+7 701 555 12 34")
    #expect(vault.mentors["M-1"]?.email == "askar@agromash.kz")
    #expect(vault.mentors["M-4"]?.fullName == "Петрова Анна")
    #expect(vault.mentors["M-2"] == nil)
    let elsewhere = try Self.everythingButTheVault(region.fixture.data)
    #expect(elsewhere.contains("M-1"))
    for secret in ["Сейітов", "Асқар", "555 12 34", "askar@", "Петрова"] {
      #expect(!elsewhere.contains(secret), "\(secret) outside the vault")
    }
    // Importing the same file again changes nothing; a new phone changes the vault only.
    let again = try region.importFile("mentors", Self.mentors)
    #expect(try jsonObjects(again.stdout).first?["duplicates"] as? Int == 3)
    let before = try region.eventCount()
    let changed = try region.importFile(
      "mentors", Self.mentors.replacingOccurrences(of: "+7 701 555 12 34", with: "87015550000"))
    #expect(changed.exitCode == 0)
    #expect(try region.eventCount() == before)
    #expect(
      try Vault.load(directory: region.fixture.data + "/vault").mentors["M-1"]?.phone
        == "87015550000")
  }

  @Test func aBadContactIsReportedMaskedAndNothingIsWritten() throws {
    let region = try MentorsCommandTests.Region()
    let bad = try region.importFile(
      "mentors",
      Self.mentors.replacingOccurrences(of: "+7 701 555 12 34", with: "+7 701 555 12 3x")
        .replacingOccurrences(of: ",,,,,", with: ",,,,,askar.agromash.kz"))
    #expect(bad.exitCode == 65)
    let errors = try #require(try jsonObjects(bad.stdout).first?["errors"] as? [[String: Any]])
    #expect(
      Set(errors.map { "\($0["line"] as? Int ?? 0):\($0["field"] as? String ?? "")" }) == [
        "2:Телефон", "3:Эл. пошта",
      ], "\(bad.stdout)")
    #expect(!bad.stdout.contains("555 12") && !bad.stdout.contains("askar.agromash"))
    #expect(bad.stdout.contains("*****"))
    #expect(!FileManager.default.fileExists(atPath: region.fixture.data + "/vault/mentors.csv"))
  }

  @Test func showPrintsNamesOnlyWhenAsked() throws {
    let region = try MentorsCommandTests.Region()
    let jol = region.fixture.jol
    _ = try region.importFile("mentors", Self.mentors)
    _ = try region.importFile("mentor-preferences", region.lists([("L-A", "M-1 > M-2")]))
    let assign = jol([
      "mentors", "assign", "--programme", "kst-dual-2026", "--as-of", "2026-09-01",
    ])
    #expect(assign.exitCode == 0, "\(assign.stderr)")
    let plain = jol(["mentors", "show", "--format", "json"])
    #expect(plain.exitCode == 0)
    #expect(!plain.stdout.contains("Сейітов"))
    #expect(try jsonObjects(plain.stdout).allSatisfy { $0["name"] == nil })
    let named = try jsonObjects(jol(["mentors", "show", "--names", "--format", "json"]).stdout)
    #expect(
      named.first { $0["mentor"] as? String == "M-1" }?["name"] as? String
        == "Сейітов Асқар Болатұлы")
    // Without a name in the vault, the code.
    #expect(named.first { $0["mentor"] as? String == "M-2" }?["name"] as? String == "M-2")
    // A mentor's name may not go into the log's free text either.
    let move = jol(["mentors", "publish", "kst-dual-2026-2026-09-01-r1"])
    #expect(move.exitCode == 0, "\(move.stderr)")
    let refused = jol(["mentors", "move", "L-A", "M-2", "--reason", "Сейітов is on leave"])
    #expect(refused.exitCode == 64, "\(refused.stderr)")
  }

  @Test func aChoiceTheProgrammeRulesOutIsAWarningNotAnError() throws {
    let region = try MentorsCommandTests.Region()
    // A second enterprise whose only mentor works in Russian on the evening shift.
    let other = SyntheticGenerator.bin(index: 77).value
    try region.fixture.append([
      EventDraft(
        stream: .enterprise(EnterpriseID(other)), effective: CivilDate("2020-01-01")!,
        event: .enterpriseRegistered(
          EnterpriseRegistered(
            names: OrganisationNames(kk: "Кеш", ru: "Вечер"), district: Self.district,
            specialties: [SpecialtyCode(rawValue: "07150500")], capacity: nil)))
    ])
    let mentors = try region.importFile(
      "mentors", Self.mentors + "\(other),M-9,07150500,ru,\(Self.district),evening,1,,,,,\n")
    #expect(mentors.exitCode == 0, "\(mentors.stdout)")
    // M-4 teaches in Russian on the evening shift; the students study full-time in Kazakh.
    let imported = try region.importFile(
      "mentor-preferences",
      region.lists([("L-A", "M-4 > M-1"), ("L-B", "M-2 > \(Self.bin)"), ("L-C", other)]))
    #expect(imported.exitCode == 0, "\(imported.stdout)")
    let summary = try #require(try jsonObjects(imported.stdout).first)
    #expect(summary["appended"] as? Int == 3)
    let warnings = try #require(summary["warnings"] as? [[String: Any]])
    #expect(warnings.map { $0["line"] as? Int } == [2, 4], "\(warnings)")
    #expect(
      (warnings.first?["message"] as? String)?.contains(
        "choice 'M-4' breaks the hard constraints of programme kst-dual-2026 (language, shift)")
        == true, "\(warnings)")
    #expect(
      (warnings.last?["message"] as? String)?.contains(
        "no mentor of enterprise '\(other)' meets the hard constraints") == true, "\(warnings)")
  }
}
