import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol mentors show` and `jol mentors explain` output: JSON with numbers as numbers and exact
/// decimal strings, structured components and explanations; text in the reader's language.
@Suite struct MentorsShowExplainTests {
  /// A pending round 1: A at M-1, B at M-2, C unmatched.
  static func pending() throws -> MentorsCommandTests.Region {
    let region = try MentorsPreAssignTests.region()
    #expect(region.fixture.jol(MentorsPreAssignTests.assign).exitCode == 0)
    return region
  }

  @Test func showJSONHasNumbersExactDecimalsAndStructuredComponents() throws {
    let region = try Self.pending()
    let show = MentorsPreAssignTests.jol(
      region, "ru",
      ["mentors", "show", "--enterprise", MentorsCommandTests.bin, "--format", "json"])
    #expect(show.exitCode == 0, "\(show.stderr)")
    let rows = try jsonObjects(show.stdout)
    for row in rows { #expect(SnakeCaseKeysTests.badKeys(row).isEmpty, "\(row)") }
    let mentor = try #require(rows.first { $0["mentor"] as? String == "M-1" })
    #expect(mentor["capacity"] as? Int == 1 && mentor["load"] as? Int == 1, "\(mentor)")
    let a = try #require(rows.first { $0["student"] as? String == "L-A" })
    #expect(a["score"] as? String == "69.1", "\(a)")
    #expect(a["rank"] as? Int == 1)
    #expect(a["assigned"] as? Bool == true)
    let components = try #require(a["components"] as? [[String: String]])
    #expect(components.first == ["name": "gpa", "value": "49"], "\(components)")
    #expect(components.allSatisfy { !($0["value"] ?? "").contains(",") })
    let c = try #require(rows.first { $0["student"] as? String == "L-C" })
    #expect(c["assigned"] as? Bool == false)
  }

  @Test func showTextUsesTheLanguagesYesAndNo() throws {
    let region = try Self.pending()
    for (language, yes, no, score) in [
      ("kk", "иә", "жоқ", "69,1"), ("ru", "да", "нет", "69,1"), ("en", "yes", "no", "69.1"),
    ] {
      let show = MentorsPreAssignTests.jol(region, language, ["mentors", "show"])
      #expect(show.exitCode == 0, "\(show.stderr)")
      let lines = show.stdout.split(separator: "\n")
      let a = try #require(lines.first { $0.contains("L-A") && $0.contains("M-1") })
      let c = try #require(lines.first { $0.contains("L-C") && $0.contains("M-1") })
      #expect(a.hasSuffix(" " + yes) && a.contains(score), "\(a)")
      #expect(c.hasSuffix(" " + no), "\(c)")
      #expect(!show.stdout.contains("true") && !show.stdout.contains("false"))
    }
  }

  @Test func anUnknownEnterpriseIsAnError() throws {
    let region = try Self.pending()
    let show = region.fixture.jol(["mentors", "show", "--enterprise", "123456789012"])
    #expect(show.exitCode == 65)
    #expect(show.stderr.contains("enterprise BIN 123456789012 is not registered"), "\(show.stderr)")
    #expect(show.stdout.isEmpty)
  }

  @Test func explainJSONCarriesTheStructuredExplanation() throws {
    let region = try Self.pending()
    let b = region.iins["L-B"]!.value
    let explained = region.fixture.jol(["mentors", "explain", b, "--format", "json"])
    #expect(explained.exitCode == 0, "\(explained.stderr)")
    let object = try #require(try jsonObjects(explained.stdout).first)
    #expect(SnakeCaseKeysTests.badKeys(object).isEmpty)
    #expect(object["student"] as? String == "L-B" && object["list_built"] as? Bool == false)
    #expect((object["explanation"] as? String)?.hasPrefix("assigned to your choice #2") == true)
    #expect(object["outcome"] as? String == "assigned")
    #expect(object["choice"] as? Int == 2 && object["mentor"] as? String == "M-2")
    let preferred = try #require(object["preferred"] as? [[String: Any]])
    #expect(preferred.count == 1)
    #expect(preferred.first?["mentor"] as? String == "M-1")
    #expect(preferred.first?["reason"] as? String == "mentor_full")
    #expect(preferred.first?["cutoff"] as? String == "69.1")
    #expect(preferred.first?["yours"] as? String == "60.1")

    let c = try #require(
      try jsonObjects(region.fixture.jol(["mentors", "explain", "L-C", "--format", "json"]).stdout)
        .first)
    #expect(c["outcome"] as? String == "every_acceptable_mentor_full")
    #expect((c["preferred"] as? [Any])?.count == 2)
  }
}
