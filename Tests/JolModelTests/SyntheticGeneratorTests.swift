import JolModel
import Testing

/// The one generator of synthetic records: deterministic, valid identifiers at any size,
/// records that fit each other.
@Suite struct SyntheticGeneratorTests {
  /// The region's events as the log would store their payloads.
  static func encodedEvents(seed: UInt64, learners: Int) -> [UInt8] {
    var generator = SyntheticGenerator(seed: seed)
    let region = generator.region(learners: learners)
    var bytes: [UInt8] = []
    for event in region.events(learnerID: { LearnerID("L-\($0)") }) {
      let payload = EventPayload(
        recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: event.effective,
        actor: "test", event: event.event)
      bytes += Array(event.stream.description.utf8) + [0x20]
      EventCodec.encode(payload, into: &bytes)
    }
    return bytes
  }

  @Test func theSameSeedGivesByteIdenticalEvents() {
    let first = Self.encodedEvents(seed: 2026, learners: 500)
    #expect(first == Self.encodedEvents(seed: 2026, learners: 500))
    #expect(first != Self.encodedEvents(seed: 2027, learners: 500))
  }

  @Test func iinsAreUniqueValidAndEncodeTheBirthDateAtTwoHundredThousandLearners() throws {
    var generator = SyntheticGenerator(seed: 7)
    var seen = Set<String>()
    let registered = CivilDate("2026-09-01")!
    for index in 0..<200_000 {
      let grade = 1 + index % 11
      let learner = generator.learner(grade: grade, registered: registered)
      let person = learner.person
      #expect(seen.insert(person.iin.value).inserted, "repeated IIN \(person.iin.value)")
      let parsed = try IIN(validating: person.iin.value)
      #expect(parsed.birthDateHint == person.birthDate)
      #expect(parsed.sex == person.sex)
      #expect(
        SyntheticGenerator.birthDates(grade: grade, schoolYear: 2026).contains(person.birthDate))
    }
  }

  @Test func peopleBornOnOneDayBeyondItsSerialsMoveToLaterDaysOfTheYear() throws {
    var generator = SyntheticGenerator(seed: 1)
    var seen = Set<String>()
    for _ in 0..<25_000 {
      let person = generator.person(born: 2010, sex: .female, language: .kk)
      #expect(seen.insert(person.iin.value).inserted)
      #expect(person.birthDate.year == 2010)
      #expect(try IIN(validating: person.iin.value).birthDateHint == person.birthDate)
    }
  }

  @Test func birthDatesFitTheGrade() {
    // A first-grader of 2026/27 is 6 or 7 on 1 September 2026; a 9th-grader was 6 or 7 on
    // 1 September 2018, when they started grade 1.
    #expect(
      SyntheticGenerator.birthDates(grade: 1, schoolYear: 2026)
        == CivilDate("2018-09-02")!...CivilDate("2020-09-01")!)
    #expect(
      SyntheticGenerator.birthDates(grade: 9, schoolYear: 2026)
        == CivilDate("2010-09-02")!...CivilDate("2012-09-01")!)
    #expect(SyntheticGenerator.schoolYear(of: CivilDate("2026-06-30")!) == 2025)
    #expect(SyntheticGenerator.schoolYear(of: CivilDate("2026-09-01")!) == 2026)
  }

  @Test func theRegionsRecordsFitEachOther() throws {
    var generator = SyntheticGenerator(seed: 2026)
    let region = generator.region(learners: 2_000)
    #expect(region.learners.count == 2_000)
    for enterprise in region.enterprises {
      #expect(try BIN(validating: enterprise.bin.value) == enterprise.bin)
    }
    #expect(Set(region.enterprises.map(\.bin)).count == region.enterprises.count)
    let institutions = Set(region.institutions.map(\.code))
    for learner in region.learners {
      #expect(institutions.contains(learner.school))
      let dates = SyntheticGenerator.birthDates(
        grade: learner.grade, schoolYear: SyntheticGenerator.schoolYear(of: learner.registered))
      #expect(dates.contains(learner.person.birthDate))
    }
    for transition in region.transitions {
      #expect(region.learners.indices.contains(transition.learner))
      #expect(transition.date > region.learners[transition.learner].registered)
      if case .entered(let entered) = transition.change,
        case .college(let college) = entered.placement
      {
        let offered = region.institutions.first { $0.code == college.institution }?.registration
          .specialties.map(\.specialty)
        #expect(offered?.contains(college.specialty) == true)
      }
    }
    let featured = try #require(region.featured)
    #expect(region.applications.contains { $0.learner == featured })
    #expect(region.termResults.first { $0.learner == featured }?.result.gpa == FixedDecimal("4.8"))
  }

  @Test func eventsNameEveryRecordOnItsStream() {
    var generator = SyntheticGenerator(seed: 3)
    let region = generator.region(learners: 300)
    let events = region.events { LearnerID("L-\($0)") }
    let categories = region.learners.map(\.categories.count).reduce(0, +)
    #expect(
      events.count
        == region.institutions.count + region.enterprises.count + region.learners.count
        + categories + region.transitions.count + region.termResults.count
        + region.demand.count + region.applications.count + region.mentors.count
        + region.mentorPreferences.count)
    let learnerStreams = Set(events.filter { $0.stream.kind == .learner }.map(\.stream))
    #expect(learnerStreams.count == 300)
    #expect(events.contains { if case .demandDeclared = $0.event { true } else { false } })
    #expect(events.contains { if case .mentorRegistered = $0.event { true } else { false } })
  }
}
