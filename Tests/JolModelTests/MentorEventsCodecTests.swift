import JolModel
import Testing

/// The fields mentor assignment added as optional — a mentor's district, a manual move's
/// reason — leave events written before them readable, alike by both codecs; and a learner's
/// list for a programme folds as the latest list per programme.
@Suite struct MentorEventsCodecTests {
  static func decode(_ line: String) throws -> EventPayload {
    let bytes = Array(line.utf8)
    let fast = try fastDecode(bytes)
    #expect(fast == (try foundationDecode(bytes)))
    return fast
  }

  @Test func aMentorRegisteredWithoutDistrictStillReads() throws {
    let payload = try Self.decode(
      #"{"type":"mentor.registered","schema_version":1,"effective":"2026-09-01","recorded_at":"2026-10-15T08:30:00.125Z","actor":"import:stages.csv","data":{"enterprise":"940140000385","specialties":["07150100"],"languages":["kk","ru"],"capacity":3,"shift":"day"}}"#
    )
    guard case .mentorRegistered(let mentor) = payload.event else {
      Issue.record("not a mentor: \(payload.event)")
      return
    }
    #expect(mentor.district == nil && mentor.capacity == 3)
  }

  @Test func anAssignmentWithoutReasonStillReads() throws {
    let payload = try Self.decode(
      #"{"type":"learner.mentorship_assigned","schema_version":1,"effective":"2026-09-01","recorded_at":"2026-10-15T08:30:00.125Z","actor":"a","data":{"mentor":"M-1","enterprise":"940140000385"}}"#
    )
    #expect(
      payload.event
        == .mentorshipAssigned(MentorshipAssigned(mentor: "M-1", enterprise: "940140000385")))
  }

  @Test func theLatestListPerProgrammeIsKeptAndARepeatChangesNothing() {
    var learner = LearnerState(id: "L1")
    let first = MentorPreferencesDeclared(programme: "p", choices: [.mentor("M-1")])
    let second = MentorPreferencesDeclared(programme: "p", choices: [.enterprise("940140000385")])
    let day = CivilDate(year: 2026, month: 8, day: 20)!
    learner.apply(.mentorPreferencesDeclared(first), effective: day, sequence: 1)
    learner.apply(.mentorPreferencesDeclared(first), effective: day.adding(days: 3), sequence: 2)
    #expect(learner.mentorPreferences(for: "p", onOrBefore: day)?.declared == day)
    learner.apply(.mentorPreferencesDeclared(second), effective: day.adding(days: 5), sequence: 3)
    #expect(learner.mentorPreferences.count == 1)
    #expect(learner.mentorPreferences(for: "p", onOrBefore: day.adding(days: 9))?.list == second)
    #expect(learner.mentorPreferences(for: "p", onOrBefore: day) == nil)
  }
}
