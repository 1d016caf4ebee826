import JolDiagnostics
import JolModel
import Testing

/// RIASEC-60 as shipped: full marks, ties and the code, flags, proration and insufficiency.
@Suite struct RiasecTests {
  static let ids = [
    "realistic", "investigative", "artistic", "social", "enterprising", "conventional",
  ]

  /// A sheet with `value(item)` for every item (nil: unanswered).
  static func sheet(_ value: (Int) -> Int?) -> AnswerSheet {
    AnswerSheet(answers: (1...60).map { value($0).map(Int8.init) ?? AnswerSheet.missing })
  }

  /// The area of item `n` in the shipped file.
  static func area(_ instrument: Instrument, _ n: Int) -> String {
    instrument.scales[instrument.items[n - 1].scale!].id
  }

  @Test func theShapeIsTheShortForms() throws {
    let instrument = try ShippedInstruments.riasec
    #expect(instrument.scales.map(\.id) == Self.ids)
    #expect(instrument.scales.map { $0.letter! } == ["R", "I", "A", "S", "E", "C"])
    #expect(instrument.items.count == 60)
    for (index, scale) in instrument.scales.enumerated() {
      #expect(instrument.items.filter { $0.scale == index }.count == 10)
      #expect(scale.range == 0...40)
      #expect(scale.bands.map(\.range) == [0...13, 14...27, 28...40])
    }
  }

  @Test func allFoursGiveFortyEverywhereAFullTieAndBothFlags() throws {
    let instrument = try ShippedInstruments.riasec
    let profile = instrument.score(Self.sheet { _ in 4 })
    #expect(profile.scores == [Int?](repeating: 40, count: 6))
    #expect(profile.leading == Array(0..<6))
    #expect(instrument.code(of: profile) == "R=I=A=S=E=C")
    #expect(profile.flags == [.straightLining, .flatProfile])
    #expect(profile.flags.ids == ["straight_lining", "flat_profile"])
    #expect(profile.bands.allSatisfy { $0 == 2 })
  }

  @Test func theCodeShowsTiesAndNeverBreaksThem() throws {
    let instrument = try ShippedInstruments.riasec
    func code(_ byArea: [String: Int]) -> String? {
      let profile = instrument.score(Self.sheet { byArea[Self.area(instrument, $0)] ?? 0 })
      return instrument.code(of: profile)
    }
    #expect(code(["realistic": 4, "investigative": 3, "artistic": 2]) == "RIA")
    #expect(code(["realistic": 4, "investigative": 4, "artistic": 2]) == "R=IA")
    #expect(code(["realistic": 4, "investigative": 2, "artistic": 2]) == "RI=A")
    #expect(code(["social": 4, "investigative": 2, "artistic": 2, "enterprising": 2]) == "SI=A=E")
    let profile = instrument.score(
      Self.sheet { Self.area(instrument, $0) == "conventional" ? 4 : 1 })
    #expect(profile.leading == [5])
    #expect(!profile.flags.contains(.flatProfile))
  }

  @Test func aProfileWithinFourPointsIsFlat() throws {
    let instrument = try ShippedInstruments.riasec
    // Area scores 20, 21, 22, 23, 24, 24: every item rated 2, and the first k items of the
    // k-th area (counting from 0, at most 4) rated 3.
    var bump = [String: Int]()
    let profile = instrument.score(
      Self.sheet { n in
        let area = Self.area(instrument, n)
        let extra = Self.ids.firstIndex(of: area)!
        bump[area, default: 0] += 1
        return bump[area]! <= min(extra, 4) ? 3 : 2
      })
    #expect(profile.scores == [20, 21, 22, 23, 24, 24])
    #expect(profile.flags == .flatProfile)
    let spread = instrument.score(Self.sheet { Self.area(instrument, $0) == "social" ? 3 : 2 })
    #expect(spread.scores.compactMap { $0 }.max()! - spread.scores.compactMap { $0 }.min()! == 10)
    #expect(!spread.flags.contains(.flatProfile))
  }

  @Test func oneOrTwoMissingInAnAreaAreProratedRoundingHalfUp() throws {
    let instrument = try ShippedInstruments.riasec
    let realistic = instrument.items.filter { $0.scale == 0 }.map(\.number)
    // One missing: 9 answers of 3 → 27 × 10 / 9 = 30.
    let one = instrument.score(Self.sheet { $0 == realistic[0] ? nil : 3 })
    #expect(one.scores[0] == 30)
    // Every area at 30: flat, but not straight-lining (an item is unanswered).
    #expect(one.flags == [.missingAnswers, .flatProfile])
    #expect(one.missing == 1)
    // Two missing: answers 4 4 4 4 4 4 4 1 → 29 × 10 / 8 = 36.25 → 36.
    let two = instrument.score(
      Self.sheet { n in
        guard let k = realistic.firstIndex(of: n) else { return 0 }
        return k < 2 ? nil : k == 2 ? 1 : 4
      })
    #expect(two.scores[0] == 36)
    let half = instrument.score(
      Self.sheet { n in
        guard let k = realistic.firstIndex(of: n) else { return 0 }
        return k < 2 ? nil : k == 2 ? 0 : 1
      })
    #expect(half.scores[0] == 9)  // 7 × 10 / 8 = 8.75
    let exactHalf = instrument.score(
      Self.sheet { n in
        guard let k = realistic.firstIndex(of: n) else { return 0 }
        return k < 2 ? nil : k < 8 ? 0 : 1
      })
    #expect(exactHalf.scores[0] == 3)  // 2 × 10 / 8 = 2.5, half up
  }

  @Test func threeMissingMakeTheAreaInsufficient() throws {
    let instrument = try ShippedInstruments.riasec
    let realistic = Set(instrument.items.filter { $0.scale == 0 }.prefix(3).map(\.number))
    let profile = instrument.score(Self.sheet { realistic.contains($0) ? nil : 4 })
    #expect(profile.scores[0] == nil)
    #expect(profile.bands[0] == nil)
    #expect(profile.scores.dropFirst().allSatisfy { $0 == 40 })
    #expect(profile.leading == [1, 2, 3, 4, 5])
    #expect(instrument.code(of: profile) == "I=A=S=E=C")
    // Not straight-lining: not every item is answered; the insufficient area is flagged, so
    // a code without R is never read as a profile of all six areas.
    #expect(profile.flags == [.missingAnswers, .flatProfile, .insufficientScales])
    #expect(profile.flags.ids == ["missing_answers", "flat_profile", "insufficient_scales"])
    #expect(instrument.completeness(of: Self.sheet { realistic.contains($0) ? nil : 4 }) == nil)
  }

  @Test func moreMissingThanTheInstrumentAllowsIsRefused() throws {
    let instrument = try ShippedInstruments.riasec
    #expect(instrument.missingAllowed == 6)
    #expect(instrument.completeness(of: Self.sheet { $0 <= 6 ? nil : 2 }) == nil)
    let reason = try #require(instrument.completeness(of: Self.sheet { $0 <= 7 ? nil : 2 }))
    #expect(
      reason.en == "too many unanswered items: 7 (at most 6 allowed); items: 1, 2, 3, 4, 5, 6, 7")
  }

  @Test func ratingsOutOfRangeAreReported() throws {
    let instrument = try ShippedInstruments.riasec
    let (sheet, problems) = instrument.parseAnswers("1:4 2:5 3:x 4a 61:1 1:0")
    #expect(sheet.answers[0] == 4)
    #expect(problems.map(\.offset) == [6, 10, 12, 15, 20])
    #expect(
      problems[0].reason.en
        == "the rating '5' of item 2 is not valid: expected a whole number from 0 to 4")
    #expect(instrument.answerText(sheet) == "1:4")
  }
}
