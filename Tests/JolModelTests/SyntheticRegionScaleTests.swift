import JolModel
import Testing

/// The sample region at any size: organisations grow with the learners, identifiers never
/// repeat, ages fit grades, and the sample shares hold.
@Suite struct SyntheticRegionScaleTests {
  static let large: SyntheticRegion = {
    var generator = SyntheticGenerator(
      seed: 11, catalogue: .kostanay(learners: 50_000))
    return generator.region(learners: 50_000)
  }()

  @Test(arguments: [100, 2_000, 100_000])
  func organisationsScaleWithLearners(learners: Int) {
    let catalogue = SyntheticCatalogue.kostanay(learners: learners)
    let kato = KATOTable.builtIn
    // One school per 600 learners, and one in each of the 20 district-level units at least.
    #expect(catalogue.schools.count >= max(20, learners / 650))
    #expect(Set(catalogue.schools.map(\.registration.district)).count == 20)
    #expect(catalogue.colleges.count >= max(3, learners / 3_100))
    #expect(catalogue.enterprises.count >= max(12, learners / 420))
    let classifier = SpecialtyClassifier.builtIn
    for institution in catalogue.schools + catalogue.colleges + [catalogue.university] {
      let district = institution.registration.district
      #expect(
        (try? kato.district(district, in: .kostanay).get()) != nil, "\(institution.code)")
      for offer in institution.registration.specialties {
        #expect(classifier[offer.specialty] != nil)
      }
    }
    #expect(Set(catalogue.schools.map(\.code)).count == catalogue.schools.count)
    #expect(Set(catalogue.schools.map(\.registration.names.ru)).count == catalogue.schools.count)
    let offered = Set(catalogue.colleges.flatMap(\.registration.specialties).map(\.specialty))
    for enterprise in catalogue.enterprises {
      #expect(!enterprise.specialties.isEmpty && offered.isSuperset(of: enterprise.specialties))
    }
    if learners >= 100_000 { #expect(catalogue.schools.count >= 150) }
  }

  @Test func identifiersNeverRepeatAtFiftyThousandLearners() throws {
    let region = Self.large
    var iins = Set<String>()
    for learner in region.learners {
      #expect(iins.insert(learner.person.iin.value).inserted)
      #expect(
        try IIN(validating: learner.person.iin.value).birthDateHint == learner.person.birthDate)
    }
    #expect(iins.count == 50_000)
    #expect(Set(region.enterprises.map(\.bin)).count == region.enterprises.count)
    for enterprise in region.enterprises {
      #expect(try BIN(validating: enterprise.bin.value) == enterprise.bin)
    }
    #expect(Set(region.mentors.map(\.code)).count == region.mentors.count)
    // Far beyond any region: the BIN of each index is another.
    let bins = (0..<40_000).map { SyntheticGenerator.bin(index: $0 * 83) }
    #expect(Set(bins).count == bins.count)
  }

  @Test func agesFitTheGradesOfEveryRosterAndPromotion() {
    let region = Self.large
    for learner in region.learners {
      let dates = SyntheticGenerator.birthDates(
        grade: learner.grade, schoolYear: SyntheticGenerator.schoolYear(of: learner.registered))
      #expect(dates.contains(learner.person.birthDate))
    }
    for transition in region.transitions {
      guard case .entered(let entered) = transition.change,
        case .school(let school) = entered.placement
      else { continue }
      let dates = SyntheticGenerator.birthDates(
        grade: school.grade, schoolYear: SyntheticGenerator.schoolYear(of: transition.date))
      #expect(dates.contains(region.learners[transition.learner].person.birthDate))
    }
  }

  /// The sample shares (``SyntheticGenerator/categoryShares``, the districts' weights) hold
  /// within a tolerance at 50 000 learners.
  @Test func theSharesHoldWithinTolerance() {
    let region = Self.large
    let count = Double(region.learners.count)
    func share(_ category: Category) -> Double {
      Double(region.learners.count { $0.categories.contains(category) }) / count * 1000
    }
    #expect(abs(share(.rural) - 470) < 40)
    for (category, perMille) in SyntheticGenerator.categoryShares {
      #expect(abs(share(category) - Double(perMille)) < max(5, Double(perMille) * 0.15))
    }
    let kazakh = Double(region.learners.count { $0.language == .kk }) / count
    #expect((0.35...0.6).contains(kazakh))
    // Grade-9 leavers of 2026 (the 2025 roster): about 45 % go to college.
    let leavers = region.learners.indices.filter {
      region.learners[$0].grade == 9 && region.learners[$0].registered.year == 2025
    }
    let toCollege = Set(
      region.transitions.filter {
        if case .entered(let entered) = $0.change, case .college = entered.placement,
          $0.date == CivilDate("2026-09-01")!
        {
          true
        } else {
          false
        }
      }.map(\.learner))
    let college = Double(leavers.count { toCollege.contains($0) }) / Double(leavers.count)
    #expect(abs(college - 0.45) < 0.03)
    #expect(Double(region.diagnosticPupils.count) / count == 0.35)
    #expect(region.mentorPreferences.count > 500)
    #expect(region.mentors.contains { $0.registration.capacity == 0 })
  }

  @Test func answerSheetsHaveLeadersStraightLinersAndAFewGaps() {
    // Klimov-like: 20 pairs of 5 scales; RIASEC-like: 60 ratings 0–4 of 6 scales.
    let pairs = (0..<20).map { [$0 % 5, ($0 + 1 + $0 / 5) % 5] }
    let choice = SyntheticAnswerKey(scales: 5, items: .choice(pairs), missingAllowed: 0)
    let rating = SyntheticAnswerKey(
      scales: 6, items: .rating(scales: (0..<60).map { $0 % 6 }, range: 0...4), missingAllowed: 6)
    let sheets = SyntheticGenerator.answerSheets(count: 4_000, key: choice, seed: 5)
    #expect(sheets == SyntheticGenerator.answerSheets(count: 4_000, key: choice, seed: 5))
    #expect(sheets.allSatisfy { $0.count == 20 && $0.allSatisfy { (0...1).contains($0) } })
    let straight = sheets.count { $0.allSatisfy { $0 == 0 } }
    #expect((60...180).contains(straight))
    // A leader: the most chosen scale takes at least 7 of the 20 points for most pupils.
    let led = sheets.count { sheet in
      var points = [Int](repeating: 0, count: 5)
      for (item, answer) in sheet.enumerated() { points[pairs[item][Int(answer)]] += 1 }
      return points.max()! >= 7
    }
    #expect(led > sheets.count / 2)
    let ratings = SyntheticGenerator.answerSheets(count: 4_000, key: rating, seed: 5)
    let gaps = ratings.map { $0.count { $0 < 0 } }
    #expect(gaps.allSatisfy { $0 <= 6 })
    #expect((100...400).contains(gaps.count { $0 > 0 }))
    #expect(ratings.allSatisfy { $0.allSatisfy { (-1...4).contains($0) } })
  }
}
