import JolDiagnostics
import JolModel
import Testing

/// Klimov's five types as shipped: the published key, the classic checks and random sheets.
@Suite struct FiveTypesTests {
  @Test func allAGivesTheClassicScores() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let sheet = AnswerSheet(answers: [Int8](repeating: 0, count: 20))
    let profile = instrument.score(sheet)
    #expect(
      instrument.scores(profile) == [
        "nature": 6, "technology": 4, "people": 4, "signs": 2, "art": 4,
      ])
    #expect(profile.leading.map { instrument.scales[$0].id } == ["nature"])
    #expect(profile.flags == .straightLining)
    let bands = profile.bands.enumerated().map { instrument.scales[$0].bands[$1!].id }
    #expect(bands == ["medium", "medium", "medium", "not-expressed", "medium"])
  }

  @Test func allBGivesTheClassicScores() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let text = (1...20).map { "\($0)b" }.joined(separator: " ")
    let profile = instrument.score(instrument.sheet(text))
    #expect(
      instrument.scores(profile) == [
        "nature": 2, "technology": 4, "people": 4, "signs": 6, "art": 4,
      ])
    #expect(profile.leading.map { instrument.scales[$0].id } == ["signs"])
  }

  @Test func randomSheetsSumToTwentyWithEachTypeAtMostEight() throws {
    let instrument = try ShippedInstruments.fiveTypes
    var random = SplitMix64(seed: 2026)
    for _ in 0..<2000 {
      let sheet = AnswerSheet(answers: (0..<20).map { _ in Int8.random(in: 0...1, using: &random) })
      let profile = instrument.score(sheet)
      let scores = profile.scores.compactMap { $0 }
      #expect(scores.count == 5)
      #expect(scores.reduce(0, +) == 20)
      #expect(scores.allSatisfy { (0...8).contains($0) })
      // Leading: every type at the highest score, none other.
      let top = scores.max()!
      #expect(profile.leading == scores.indices.filter { scores[$0] == top })
      // Bands as the file says: 0–2, 3–6, 7–8.
      for (index, score) in scores.enumerated() {
        let expected = score <= 2 ? "not-expressed" : score <= 6 ? "medium" : "pronounced"
        #expect(instrument.scales[index].bands[profile.bands[index]!].id == expected)
      }
    }
  }

  /// The published key, read back from the shipped file: every option used once, each type
  /// eight times, the two options of an item two different types, and exactly these options.
  @Test func theKeyIsKlimovsAsPublished() throws {
    let instrument = try ShippedInstruments.fiveTypes
    #expect(instrument.scales.map(\.id) == ["nature", "technology", "people", "signs", "art"])
    #expect(instrument.items.count == 20)
    let published: [String: [String]] = [
      "nature": ["1a", "3b", "6a", "10a", "11a", "13b", "16a", "20a"],
      "technology": ["1b", "4a", "7b", "9a", "11b", "14a", "17b", "19a"],
      "people": ["2a", "4b", "6b", "8a", "12a", "14b", "16b", "18a"],
      "signs": ["2b", "5a", "9b", "10b", "12b", "15a", "19b", "20b"],
      "art": ["3a", "5b", "7a", "8b", "13a", "15b", "17a", "18b"],
    ]
    var key: [String: [String]] = [:]
    for item in instrument.items {
      #expect(item.options.map(\.id) == ["a", "b"])
      #expect(item.options[0].scale != item.options[1].scale, "item \(item.number)")
      for option in item.options {
        #expect(option.weight == 1)
        key[instrument.scales[option.scale].id, default: []].append("\(item.number)\(option.id)")
      }
    }
    #expect(key == published)
    #expect(key.values.allSatisfy { $0.count == 8 })
    #expect(Set(key.values.joined()).count == 40)
    for scale in instrument.scales { #expect(scale.range == 0...8) }
  }

  @Test func anIncompleteSheetIsRefusedAndAnEmptyOneToo() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let partial = instrument.sheet((1...19).map { "\($0)a" }.joined(separator: " "))
    #expect(instrument.completeness(of: partial)?.en.contains("20") == true)
    #expect(instrument.completeness(of: AnswerSheet(items: 20)) != nil)
    #expect(
      instrument.completeness(of: AnswerSheet(answers: [Int8](repeating: 1, count: 20))) == nil)
  }

  @Test func answersReadBackAsWritten() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let text = "3B, 1a;2b  4a"
    let (sheet, problems) = instrument.parseAnswers(text)
    #expect(problems.isEmpty)
    #expect(instrument.answerText(sheet) == "1a 2b 3b 4a")
  }

  @Test func badAnswersAreEachReportedAtTheirOffset() throws {
    let instrument = try ShippedInstruments.fiveTypes
    let (_, problems) = instrument.parseAnswers("1a 2c 1b 21a x 5")
    #expect(problems.map(\.offset) == [4, 6, 9, 13, 15])
    #expect(problems[0].reason.en == "item 2 has no option 'c': expected one of a, b")
    #expect(problems[1].reason.en == "item 1 is answered twice")
    #expect(problems[2].reason.en == "there is no item 21: items are numbered 1 to 20")
  }
}
