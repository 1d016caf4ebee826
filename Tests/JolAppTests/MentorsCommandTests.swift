import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol import mentors`, `jol import mentor-preferences` and `jol mentors …` end to end, on the
/// shipped programme `kst-dual-2026` (constraints: specialty, language, district, shift).
@Suite struct MentorsCommandTests {
  static let bin = "940140000385"
  static let district = "391000000"
  static let mentors = """
    enterprise,mentor,specialties,languages,district,shift,capacity
    \(bin),M-1,07150500,kk,\(district),day,1
    \(bin),M-2,07150500,kk; ru,\(district),day,1
    \(bin),M-3,07150500,kk,\(district),day,1

    """

  /// A data directory with an enterprise, three welding students in Kostanay (GPA 4.9, 4.0,
  /// 3.0), three mentors and the students' lists: A, B and C all list M-1 > M-2.
  struct Region {
    let fixture: DecideFixture
    var iins: [String: IIN] = [:]

    init() throws {
      fixture = try DecideFixture()
      try fixture.append([
        EventDraft(
          stream: .enterprise(EnterpriseID(MentorsCommandTests.bin)),
          effective: CivilDate("2020-01-01")!,
          event: .enterpriseRegistered(
            EnterpriseRegistered(
              names: OrganisationNames(kk: "«Агромаш» ЖШС", ru: "ТОО «Агромаш»"),
              district: MentorsCommandTests.district,
              specialties: [SpecialtyCode(rawValue: "07150500")], capacity: nil)))
      ])
      for (index, (id, gpa)) in [("L-A", "4.9"), ("L-B", "4.0"), ("L-C", "3.0")].enumerated() {
        iins[id] = try fixture.collegeStudent(id, serial: 80 + index, gpa: gpa, appliedTo: nil)
        // The fixture's learners live in another region: move them to the mentors' district.
        try fixture.append([
          EventDraft(
            stream: .learner(LearnerID(id)), effective: CivilDate("2024-09-01")!,
            event: .learnerRegistered(
              LearnerRegistered(
                school: "SCH-1", grade: 9, className: "А", language: .kk,
                district: MentorsCommandTests.district, region: "390000000")))
        ])
      }
    }

    func importFile(_ kind: String, _ csv: String) throws -> JolOutput {
      let file = try temporaryDirectory("jol-mentors") + "/\(kind).csv"
      try csv.write(toFile: file, atomically: true, encoding: .utf8)
      return fixture.jol(["import", kind, file, "--format", "json"])
    }

    func lists(_ rows: [(String, String)]) -> String {
      "iin,programme,date,choices\n"
        + rows.map { "\(iins[$0.0]!.value),kst-dual-2026,2026-08-20,\($0.1)" }
        .joined(separator: "\n") + "\n"
    }

    func eventCount() throws -> Int { try fixture.events().count }

    func state() throws -> ClusterState {
      try Store.openForReading(fixture.context).currentState()
    }
  }

  @Test func mentorsImportOnceAndEveryBadRowIsReportedWithNothingWritten() throws {
    let region = try Region()
    let first = try region.importFile("mentors", Self.mentors)
    #expect(first.exitCode == 0, "\(first.stderr)")
    #expect(try jsonObjects(first.stdout).first?["appended"] as? Int == 3, "\(first.stdout)")
    let again = try region.importFile("mentors", Self.mentors)
    #expect(try jsonObjects(again.stdout).first?["appended"] as? Int == 0)
    #expect(try region.state().mentors[MentorID("M-2")]?.registration?.languages == [.kk, .ru])

    let before = try region.eventCount()
    let bad = try region.importFile(
      "mentors",
      """
      enterprise,mentor,specialties,languages,district,shift,capacity,enterprise_capacity
      \(Self.bin),M-4,07150500,kk,\(Self.district),day,-1,
      123456789012,M-5,07150500,kk,\(Self.district),day,1,
      \(Self.bin),M-4,99999999,kk,999999999,sometimes,1,
      \(Self.bin),M-6,07150500,kk,\(Self.district),night,1,5
      \(Self.bin),M-7,07150500,kk,\(Self.district),night,1,6

      """)
    #expect(bad.exitCode == 65)
    let errors = try #require(try jsonObjects(bad.stdout).first?["errors"] as? [[String: Any]])
    let places = Set(errors.map { "\($0["line"] as? Int ?? 0):\($0["field"] as? String ?? "")" })
    #expect(
      places == [
        "2:capacity", "3:enterprise", "4:specialties", "4:district", "4:shift",
        "6:enterprise_capacity",
      ], "\(bad.stdout)")
    #expect(errors.allSatisfy { ($0["column"] as? Int ?? 0) > 0 })
    #expect(try region.eventCount() == before)
  }

  @Test func listsAreCheckedAgainstTheProgrammeAndTheLog() throws {
    let region = try Region()
    _ = try region.importFile("mentors", Self.mentors)
    let before = try region.eventCount()
    let bad = try region.importFile(
      "mentor-preferences",
      """
      iin,programme,date,choices
      \(region.iins["L-A"]!.value),kst-dual-2027,2026-08-20,M-1
      \(region.iins["L-B"]!.value),kst-dual-2026,2026-08-20,M-1 > M-9
      \(region.iins["L-C"]!.value),kst-dual-2026,2026-08-20,M-1 > M-2 > M-3 > M-1 > \(Self.bin) > X

      """)
    #expect(bad.exitCode == 65)
    #expect(bad.stdout.contains("unknown programme 'kst-dual-2027'"), "\(bad.stdout)")
    #expect(bad.stdout.contains("'M-9' is neither a mentor nor a registered enterprise"))
    #expect(bad.stdout.contains("allows at most 5"))
    #expect(bad.stdout.contains("'M-1' is listed twice"))
    #expect(try region.eventCount() == before)
  }

  @Test func assignPublishExplainMoveVerifyAndASecondRound() throws {
    let region = try Region()
    let jol = region.fixture.jol
    _ = try region.importFile("mentors", Self.mentors)
    let lists = region.lists([("L-A", "M-1 > M-2"), ("L-B", "M-1 > M-2"), ("L-C", "M-1 > M-2")])
    let imported = try region.importFile("mentor-preferences", lists)
    #expect(try jsonObjects(imported.stdout).first?["appended"] as? Int == 3, "\(imported.stderr)")
    #expect(
      try jsonObjects(region.importFile("mentor-preferences", lists).stdout).first?["appended"]
        as? Int == 0)

    let assign = ["mentors", "assign", "--programme", "kst-dual-2026", "--as-of", "2026-09-01"]
    let pending = jol(assign + ["--format", "json"])
    #expect(pending.exitCode == 0, "\(pending.stderr)")
    let result = try #require(try jsonObjects(pending.stdout).first)
    let run = try #require(result["run"] as? String)
    #expect(run == "kst-dual-2026-2026-09-01-r1")
    #expect((result["assignments"] as? [String: [String]])?["M-1"] == ["L-A"])
    #expect((result["assignments"] as? [String: [String]])?["M-2"] == ["L-B"])
    #expect(result["unmatched"] as? [String] == ["L-C"])
    #expect(result["blocking_pairs"] as? Int == 0)

    // Explanations in three languages, from the pending run.
    let explain = { (who: String, language: String) in
      runJol([
        "mentors", "explain", who, "--data", region.fixture.data, "--policies",
        region.fixture.policies, "--lang", language,
      ]).stdout
    }
    let b = region.iins["L-B"]!.value
    #expect(
      explain(b, "en").hasPrefix(
        "assigned to your choice #2 (mentor M-2); your choice #1 (M-1) was full with students ranked higher (its cutoff 69.1, your score 60.1)"
      ), "\(explain(b, "en"))")
    #expect(explain(b, "ru").contains("проходной балл 69,1, ваш балл 60,1"), "\(explain(b, "ru"))")
    #expect(explain(b, "kk").contains("№2 таңдауыңыз бойынша M-2"), "\(explain(b, "kk"))")
    #expect(explain("L-C", "en").hasPrefix("unmatched: every acceptable mentor was full"))

    // Show: each mentor's ranked applicants with score components.
    let show = jol(["mentors", "show", "--enterprise", Self.bin, "--format", "json"])
    let rows = try jsonObjects(show.stdout).filter { $0["student"] as? String == "L-A" }
    #expect(rows.first?["score"] as? String == "69.1", "\(show.stdout)")
    #expect((rows.first?["components"] as? [[String: String]])?.first?["value"] == "49")

    // The log changed since the run: publishing is refused, nothing appended.
    try region.fixture.collegeStudent("L-D", serial: 90, gpa: "2.0", appliedTo: nil)
    let before = try region.eventCount()
    let refused = jol(["mentors", "publish", run])
    #expect(refused.exitCode == 65)
    #expect(refused.stderr.contains("the log changed since run"), "\(refused.stderr)")
    #expect(try region.eventCount() == before)

    // Run again, publish: one batch; the mentorship fact holds.
    #expect(jol(assign).exitCode == 0)
    let published = jol(["mentors", "publish", run])
    #expect(published.exitCode == 0, "\(published.stderr)")
    #expect(try region.eventCount() == before + 4)
    let state = try region.state()
    let a = try #require(state.learner("L-A"))
    #expect(
      a.currentMentorship?.mentor == "M-1" && a.currentMentorship?.matching == MatchingRunID(run))
    #expect(Facts(learner: a, asOf: CivilDate("2026-09-02")!).mentorship == true)
    #expect(state.matchings[MatchingRunID(run)]?.published != nil)

    // Publishing twice appends nothing.
    let twice = jol(["mentors", "publish", run])
    #expect(twice.exitCode == 0)
    #expect(try region.eventCount() == before + 4)
    #expect(jol(["mentors", "verify"]).exitCode == 0)

    // A move off the student's list: recorded with reason and actor, the verifier reports it.
    let moved = jol(["mentors", "move", "L-A", "M-3", "--reason", "closer to home"])
    #expect(moved.exitCode == 0, "\(moved.stderr)")
    #expect(
      moved.stdout.contains("student 'L-A' and mentor M-1 (their choice #1) block the assignment"),
      "\(moved.stdout)")
    let events = try region.fixture.events().suffix(2)
    #expect(
      events.first?.event == .mentorshipEnded(MentorshipEnded(mentor: "M-1", reason: .reassigned)))
    guard case .mentorshipAssigned(let assigned) = events.last?.event else {
      Issue.record("no assignment after the move")
      return
    }
    #expect(assigned.reason == "closer to home" && assigned.mentor == "M-3")
    let verify = jol(["mentors", "verify"])
    #expect(verify.exitCode == 1)
    #expect(verify.stdout.contains("violations — 1, blocking pairs — 4"), "\(verify.stdout)")

    // Round 2: the students without a mentor (C) get the seats left (M-1's, freed by the move).
    let second = jol(assign + ["--round", "2", "--format", "json"])
    #expect(second.exitCode == 0, "\(second.stderr)")
    let round2 = try #require(try jsonObjects(second.stdout).first)
    #expect(round2["run"] as? String == "kst-dual-2026-2026-09-01-r2")
    #expect((round2["assignments"] as? [String: [String]])?["M-1"] == ["L-C"])
    #expect((round2["assignments"] as? [String: [String]])?["M-2"] == [])
    #expect(jol(assign + ["--round", "3"]).exitCode == 65)
  }

  @Test func theCatalogueIsComplete() {
    #expect(MessageCatalogue.problems(MentorsText.self) == [])
  }
}
