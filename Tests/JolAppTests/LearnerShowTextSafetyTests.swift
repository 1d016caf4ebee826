import Foundation
import JolModel
import Testing

@testable import JolApp

/// Defence in depth (issue #7, "Trust"): a control character already in a vault — written before
/// imports checked for them, or by another program — never reaches the terminal through
/// `jol learner show`.
@Suite struct LearnerShowTextSafetyTests {
  static let surname = "Ахмет\u{1B}[2J\u{1B}[31mова\u{7}"
  static let name = "Ару\u{202E}жан\u{9B}"

  /// A data directory with one learner whose vault entry holds control characters.
  func hostileVault() throws -> String {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let store = try Store.openForWriting(testContext(data: data))
    var vault = try store.loadVault()
    vault.upsert(
      Person(
        learner: SampleLearner.learner, iin: try IIN(validating: SampleLearner.iin),
        surname: Self.surname, name: Self.name, patronymic: "", phone: "", email: ""))
    try vault.save()
    return data
  }

  @Test func theTextTimelineShowsReplacementCharactersInstead() throws {
    let data = try hostileVault()
    let result = runJol(["learner", "show", SampleLearner.iin, "--data", data, "--lang", "en"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(showsNoControlCharacter(result.stdout), "\(result.stdout.debugDescription)")
    #expect(result.stdout.contains("Ахмет\u{FFFD}[2J\u{FFFD}[31mова\u{FFFD}"))
    #expect(result.stdout.contains("Ару\u{FFFD}жан\u{FFFD}"))
  }

  @Test func theJSONTimelineEscapesThemAndKeepsTheStoredValue() throws {
    let data = try hostileVault()
    let result = runJol(["learner", "show", SampleLearner.iin, "--data", data, "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(showsNoControlCharacter(result.stdout), "\(result.stdout.debugDescription)")
    #expect(result.stdout.contains(#"\u001b[2J"#))
    #expect(result.stdout.contains(#"\u202e"#))
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let person = try #require(object["person"] as? [String: Any])
    #expect((person["full_name"] as? String)?.contains(Self.surname) == true)
  }
}
