import JolMatching
import JolModel
import JolPolicy
import Testing

@testable import JolApp

/// ``MentorMarket``: the instance a run is built from, from state and programme alone.
@Suite struct MentorMarketTests {
  static let bin = EnterpriseID("940140000385")
  static let district = "391000000"
  static let welding = SpecialtyCode(rawValue: "07150500")
  static let day = CivilDate("2026-09-01")!

  /// A state with one enterprise (capacity `enterpriseCapacity`), mentors and college students.
  struct World {
    var intake = IntakeState(ClusterState())

    init(enterpriseCapacity: Int? = nil) {
      apply(
        .enterprise(MentorMarketTests.bin),
        .enterpriseRegistered(
          EnterpriseRegistered(
            names: OrganisationNames(kk: "Агромаш", ru: "Агромаш"),
            district: MentorMarketTests.district, specialties: [MentorMarketTests.welding],
            capacity: enterpriseCapacity)), on: "2020-01-01")
    }

    mutating func apply(_ stream: StreamName, _ event: DomainEvent, on date: String) {
      intake.apply(EventDraft(stream: stream, effective: CivilDate(date)!, event: event))
    }

    mutating func mentor(
      _ id: String, capacity: Int = 1, languages: [Language] = [.kk], shift: Shift = .day,
      specialty: SpecialtyCode = MentorMarketTests.welding,
      district: String = MentorMarketTests.district
    ) {
      apply(
        .mentor(MentorID(id)),
        .mentorRegistered(
          MentorRegistered(
            enterprise: MentorMarketTests.bin, specialties: [specialty], languages: languages,
            capacity: capacity, shift: shift, district: district)),
        on: "2020-01-01")
    }

    /// A full-time welding student in Kazakh with GPA `gpa`, and a list when `choices` is given.
    mutating func student(
      _ id: String, gpa: String, categories: [JolModel.Category] = [],
      choices: [MentorChoice]? = nil, listedOn: String = "2026-08-20"
    ) {
      let stream = StreamName.learner(LearnerID(id))
      apply(
        stream,
        .learnerRegistered(
          LearnerRegistered(
            school: "SCH-1", grade: 9, className: "А", language: .kk,
            district: MentorMarketTests.district, region: "390000000")), on: "2024-09-01")
      apply(
        stream,
        .stageEntered(
          StageEntered(
            placement: .college(
              CollegePlacement(
                institution: "COL-1", specialty: MentorMarketTests.welding, qualification: nil,
                form: .fullTime, dualTraining: true, funding: .stateOrder, language: .kk)),
            reason: .enrolled)), on: "2025-09-01")
      for category in categories {
        apply(stream, .categoryDeclared(CategoryChange(category: category)), on: "2024-09-01")
      }
      apply(
        stream,
        .termResult(
          TermResult(
            term: "2025-2", gpa: FixedDecimal(gpa)!, attendance: FixedDecimal(90), grades: [])),
        on: "2026-06-25")
      if let choices {
        apply(
          stream,
          .mentorPreferencesDeclared(
            MentorPreferencesDeclared(programme: "p", choices: choices)), on: listedOn)
      }
    }

    func market(_ programme: MentoringProgramme) throws -> MentorMarket {
      MentorMarket(
        state: intake.state, programme: programme,
        classifier: try ReferenceData.classifier(testContext(data: "/nonexistent")),
        asOf: MentorMarketTests.day)
    }
  }

  static func programme(
    constraints: Set<MentoringProgramme.Constraint> = [.specialty, .language, .district, .shift],
    weights: [MentoringProgramme.Weight] = [.init(.gpa, FixedDecimal(10))],
    unlisted: MentoringProgramme.Unlisted = .skip, enterpriseCapacity: Bool = true
  ) -> MentoringProgramme {
    MentoringProgramme(
      id: "p", title: .same("p"), constraints: constraints, weights: weights, listLimit: 3,
      lottery: "p", enterpriseCapacity: enterpriseCapacity, unlisted: unlisted)
  }

  static func ranking(_ run: MentorRun, _ mentor: String) -> [String] {
    run.mentors.first { $0.id == mentor }?.ranking.map(\.student) ?? []
  }

  @Test func hardConstraintsLeaveBrokenPairsOffTheMentorsRanking() throws {
    var world = World()
    world.mentor("M-KK")
    world.mentor("M-RU", languages: [.ru])
    world.mentor("M-EVE", shift: .evening)
    world.mentor("M-OTHER", specialty: SpecialtyCode(rawValue: "06130100"))
    world.student(
      "L-A", gpa: "4.0",
      choices: ["M-RU", "M-EVE", "M-OTHER", "M-KK"].map { .mentor(MentorID($0)) })
    let run = try world.market(Self.programme()).run(id: "r", round: 1, logPosition: 0)
    // The list stays as handed in; only M-KK ranks the student.
    #expect(run.students.first?.choices == ["M-RU", "M-EVE", "M-OTHER", "M-KK"])
    #expect(Self.ranking(run, "M-KK") == ["L-A"])
    for mentor in ["M-RU", "M-EVE", "M-OTHER"] { #expect(Self.ranking(run, mentor).isEmpty) }
    // Without the constraints every pair is acceptable.
    let free = try world.market(Self.programme(constraints: [])).run(
      id: "r", round: 1, logPosition: 0)
    for mentor in ["M-RU", "M-EVE", "M-OTHER", "M-KK"] {
      #expect(Self.ranking(free, mentor) == ["L-A"])
    }
  }

  /// `district` reads where the student studies: their college's district once the college is
  /// registered (students live near the college during dual training), else their home's.
  @Test func theDistrictConstraintReadsTheCollegesDistrict() throws {
    var world = World()
    world.mentor("M-HOME")
    world.mentor("M-RUDNY", district: "392400000")
    world.student(
      "L-A", gpa: "4.0", choices: ["M-HOME", "M-RUDNY"].map { .mentor(MentorID($0)) })
    // The college not registered: the home district (Kostanay city) decides.
    var run = try world.market(Self.programme()).run(id: "r", round: 1, logPosition: 0)
    #expect(Self.ranking(run, "M-HOME") == ["L-A"])
    #expect(Self.ranking(run, "M-RUDNY").isEmpty)
    // The college registered in Rudny: there.
    world.apply(
      .institution("COL-1"),
      .institutionRegistered(
        InstitutionRegistered(
          kind: .college, names: OrganisationNames(kk: "Колледж", ru: "Колледж"),
          district: "392400000", languages: [.kk])), on: "2020-01-01")
    run = try world.market(Self.programme()).run(id: "r", round: 1, logPosition: 0)
    #expect(Self.ranking(run, "M-HOME").isEmpty)
    #expect(Self.ranking(run, "M-RUDNY") == ["L-A"])
  }

  @Test func weightsMakeTheScoresAndTheirComponents() throws {
    var world = World()
    world.mentor("M-1", capacity: 2)
    world.student("L-A", gpa: "4.0", choices: [.mentor("M-1")])
    world.student("L-B", gpa: "3.5", categories: [.rural], choices: [.mentor("M-1")])
    let programme = Self.programme(weights: [
      .init(.gpa, FixedDecimal(10)), .init(.category(.rural), FixedDecimal(6)),
    ])
    let run = try world.market(programme).run(id: "r", round: 1, logPosition: 0)
    let ranking = try #require(run.mentors.first { $0.id == "M-1" }?.ranking)
    // 4.0×10 = 40 vs 3.5×10 + 6 = 41: the rural student first.
    #expect(ranking.map(\.student) == ["L-B", "L-A"])
    #expect(ranking.map(\.score) == [FixedDecimal(41), FixedDecimal(40)])
    #expect(
      ranking[0].components == [
        MentorRun.Component(name: "gpa", value: FixedDecimal(35)),
        MentorRun.Component(name: "category:rural", value: FixedDecimal(6)),
      ])
  }

  @Test func studentsWithoutAListGetOneBuiltOnlyWhenTheProgrammeSaysSo() throws {
    var world = World()
    world.mentor("M-1")
    world.mentor("M-2")
    world.mentor("M-RU", languages: [.ru])
    world.student("L-A", gpa: "4.0")
    let skipped = try world.market(Self.programme()).run(id: "r", round: 1, logPosition: 0)
    #expect(skipped.students.isEmpty)
    let built = try world.market(Self.programme(unlisted: .build)).run(
      id: "r", round: 1, logPosition: 0)
    let student = try #require(built.students.first)
    #expect(student.built)
    // The acceptable mentors only, equally compatible, by code.
    #expect(student.choices == ["M-1", "M-2"])
  }

  /// Students who share all the constraints read of them share the mentors a list is built
  /// from, worked out once; each student's bans still take their mentors out of their own list,
  /// which is then filled from the next ones.
  @Test func builtListsOfStudentsAlikeLeaveOutEachOnesBans() throws {
    var world = World()
    world.mentor("M-1")
    world.mentor("M-2")
    world.mentor("M-3", languages: [.ru])
    world.mentor("M-4", district: "391010000")
    world.mentor("M-5", languages: [.ru], district: "391010000")
    for student in ["L-A", "L-B", "L-C"] { world.student(student, gpa: "4.0") }
    var market = try world.market(Self.programme(constraints: [], unlisted: .build))
    market.bans = [["L-A", "M-1"], ["L-A", "M-2"], ["L-C", "M-3"]]
    let run = try market.run(id: "r", round: 1, logPosition: 0)
    let lists = Dictionary(uniqueKeysWithValues: run.students.map { ($0.id, $0.choices) })
    // Most compatible first (specialty, language, district shared), then by code.
    #expect(lists["L-B"] == ["M-1", "M-2", "M-3"])
    #expect(lists["L-A"] == ["M-3", "M-4", "M-5"])
    #expect(lists["L-C"] == ["M-1", "M-2", "M-4"])
  }

  @Test func aBanMakesThePairUnacceptable() throws {
    var world = World()
    world.mentor("M-1")
    world.student("L-A", gpa: "4.0", choices: [.mentor("M-1")])
    var market = try world.market(Self.programme())
    market.bans.insert(["L-A", "M-1"])
    let run = try market.run(id: "r", round: 1, logPosition: 0)
    #expect(run.students.first?.choices == ["M-1"])
    #expect(Self.ranking(run, "M-1").isEmpty)
    #expect(try run.solve().unmatched == ["L-A"])
  }

  @Test func aSecondRoundHasOnlyTheUnmatchedAndTheSeatsLeft() throws {
    var world = World(enterpriseCapacity: 3)
    world.mentor("M-1", capacity: 2)
    world.mentor("M-2", capacity: 1)
    world.student("L-A", gpa: "4.0", choices: [.mentor("M-1")])
    world.student("L-B", gpa: "3.0", choices: [.mentor("M-1"), .mentor("M-2")])
    world.apply(
      .learner("L-A"),
      .mentorshipAssigned(
        MentorshipAssigned(mentor: "M-1", enterprise: Self.bin, matching: MatchingRunID("r1"))),
      on: "2026-08-25")
    let run = try world.market(Self.programme()).run(id: "r2", round: 2, logPosition: 0)
    #expect(run.students.map(\.id) == ["L-B"])
    #expect(run.mentors.map(\.capacity) == [1, 1])
    #expect(run.enterprises.map(\.capacity) == [2])
  }

  @Test func anEnterpriseCapsOnlyWithACapacityAndZeroTakesNobody() throws {
    let cases: [(capacity: Int?, enterprises: [Int], unmatched: [String])] = [
      (nil, [], []), (0, [0], ["L-A"]), (5, [5], []),
    ]
    for (capacity, enterprises, unmatched) in cases {
      var world = World(enterpriseCapacity: capacity)
      world.mentor("M-1")
      world.student("L-A", gpa: "4.0", choices: [.mentor("M-1")])
      let run = try world.market(Self.programme()).run(id: "r", round: 1, logPosition: 0)
      #expect(run.enterprises.map(\.capacity) == enterprises, "\(String(describing: capacity))")
      #expect(try run.solve().unmatched == unmatched, "\(String(describing: capacity))")
      // With enterprise capacities off, none applies.
      let off = try world.market(Self.programme(enterpriseCapacity: false)).run(
        id: "r", round: 1, logPosition: 0)
      #expect(off.enterprises.isEmpty)
      #expect(try off.solve().unmatched.isEmpty)
    }
  }

  /// A pre-assigned student takes no part and takes the mentor's and the enterprise's seat;
  /// the enterprise's last seat cannot be pre-assigned twice, though the mentor has one left.
  @Test func aPreAssignmentTakesTheMentorsAndTheEnterprisesSeat() throws {
    var world = World(enterpriseCapacity: 2)
    world.mentor("M-1", capacity: 2)
    world.mentor("M-2", capacity: 1)
    world.student("L-A", gpa: "4.0", choices: [.mentor("M-1")])
    world.student("L-B", gpa: "3.0", choices: [.mentor("M-1"), .mentor("M-2")])
    world.student("L-C", gpa: "2.0", choices: [.mentor("M-2")])
    var market = try world.market(Self.programme())
    market.preAssignments = [("L-C", "M-1")]
    let run = try market.run(id: "r", round: 1, logPosition: 0)
    #expect(run.students.map(\.id) == ["L-A", "L-B"])
    #expect(
      run.preAssigned == [.init(student: "L-C", mentor: "M-1", enterprise: Self.bin.rawValue)])
    #expect(run.mentors.map(\.capacity) == [1, 1])
    #expect(run.enterprises.map(\.capacity) == [1])
    #expect(try run.solve().unmatched == ["L-B"])

    market.preAssignments = [("L-C", "M-1"), ("L-A", "M-1"), ("L-B", "M-2")]
    #expect {
      try market.run(id: "r", round: 1, logPosition: 0)
    } throws: { error in
      let error = error as? CommandError
      return error?.exitCode == .dataError
        && error?.message[.en].contains(
          "enterprise \(Self.bin.rawValue) has no seat left (capacity 2, taken 2)") == true
    }
  }
}
