import JolModel
import Testing

/// Events of one thing on one date take effect in the order they were recorded: an end and a
/// start again on one day leave it held, in log order and in date order, also when an event
/// dated earlier arrives after them.
@Suite struct LearnerFoldSameDateTests {
  typealias Stream = [(effective: CivilDate, event: DomainEvent)]

  static func d(_ text: String) -> CivilDate { CivilDate(text)! }

  /// The state of `stream` (in recording order) in log order, after checking it equals the
  /// date-order fold, and the fold of the same events with one dated before all of them
  /// arriving last.
  static func folded(_ stream: Stream, earlier: (CivilDate, DomainEvent)? = nil) -> LearnerState {
    let log = LearnerState.logOrder(stream)
    #expect(log == LearnerState.dateOrder(stream), "\(differences(log, .dateOrder(stream)))")
    if let earlier {
      let late = stream + [earlier]
      #expect(LearnerState.logOrder(late) == LearnerState.dateOrder(late))
    }
    return log
  }

  static func assigned(_ mentor: MentorID) -> DomainEvent {
    .mentorshipAssigned(MentorshipAssigned(mentor: mentor, enterprise: "E-1", matching: nil))
  }

  static func ended(_ mentor: MentorID) -> DomainEvent {
    .mentorshipEnded(MentorshipEnded(mentor: mentor, reason: .reassigned))
  }

  @Test func aMoveAwayAndBackOnOneDateLeavesTheLastMentorCurrent() {
    // `jol mentors move L B --date D`, then `jol mentors move L A --date D` (a correction).
    let day = Self.d("2026-03-01")
    let stream: Stream = [
      (Self.d("2026-01-10"), Self.assigned("A")),
      (day, Self.ended("A")), (day, Self.assigned("B")),
      (day, Self.ended("B")), (day, Self.assigned("A")),
    ]
    let state = Self.folded(stream, earlier: (Self.d("2026-01-01"), Self.ended("A")))
    #expect(state.currentMentorship?.mentor == "A")
    #expect(state.currentMentorship?.from == day)
    #expect(state.mentorships.filter { $0.until == nil }.count == 1)
    #expect(state.kept.isEmpty)
    // The same correction imported again changes nothing.
    let again = LearnerState.logOrder(stream + [(day, Self.assigned("A"))])
    #expect(again.mentorships == state.mentorships && again.kept.isEmpty)
  }

  @Test func aCategoryEndedAndDeclaredAgainOnOneDateIsHeld() {
    let rural = CategoryChange(category: .rural)
    let day = Self.d("2026-03-01")
    let stream: Stream = [
      (Self.d("2026-01-10"), .categoryDeclared(rural)),
      (day, .categoryEnded(rural)), (day, .categoryDeclared(rural)),
    ]
    let state = Self.folded(stream, earlier: (Self.d("2026-01-01"), .categoryDeclared(rural)))
    #expect(state.categories(on: day) == [.rural])
    #expect(state.categories(on: Self.d("2026-12-31")) == [.rural])
    // Declared again on the day of its end (a corrected roster) holds it: nothing to plan.
    let again = LearnerState.logOrder(stream + [(day, .categoryDeclared(rural))])
    #expect(again.categories == state.categories && again.kept.isEmpty)
    // Ended, then declared, then ended again on one day: not held.
    let endedAgain = Self.folded(stream + [(day, .categoryEnded(rural))])
    #expect(endedAgain.categories(on: day).isEmpty)
  }

  @Test func aConsentWithdrawnAndRecordedAgainOnOneDateIsActive() {
    let consent = ConsentChange(reference: "C-1")
    let day = Self.d("2026-03-01")
    let stream: Stream = [
      (Self.d("2026-01-10"), .consentRecorded(consent)),
      (day, .consentWithdrawn(consent)), (day, .consentRecorded(consent)),
    ]
    let state = Self.folded(stream, earlier: (Self.d("2026-01-01"), .consentWithdrawn(consent)))
    #expect(state.activeConsents(on: day).map(\.reference) == ["C-1"])
    #expect(state.consents.count == 2)
  }

  @Test func keptEventsKeepTheirPlaceAmongTheDaysStartsAndEnds() {
    // Ended on D with nothing held (kept), declared, ended and declared again on D; then an end
    // dated 01-01 arrives: the kept end stays before the day's runs, the last run stays open.
    let rural = CategoryChange(category: .rural)
    let day = Self.d("2026-03-01")
    let stream: Stream = [
      (Self.d("2026-01-10"), .categoryDeclared(rural)),
      (Self.d("2026-02-01"), .categoryEnded(rural)),
      (day, .categoryEnded(rural)), (day, .categoryDeclared(rural)),
      (day, .categoryEnded(rural)), (day, .categoryDeclared(rural)),
      (Self.d("2026-01-01"), .categoryEnded(rural)),
    ]
    let state = Self.folded(stream)
    #expect(state.categories(on: day) == [.rural])
    #expect(
      state.categories.map(\.from) == [
        Self.d("2026-01-10"), Self.d("2026-03-01"), Self.d("2026-03-01"),
      ])
  }

  static func college(_ code: InstitutionID) -> StagePlacement {
    .college(
      CollegePlacement(
        institution: code, specialty: SpecialtyCode(rawValue: "07150100"), form: .fullTime,
        funding: .stateOrder, language: .kk))
  }

  @Test func aLeaveOnATransferDayEndsThePeriodThatHoldsTheDay() {
    // College A, then college B from D; a leave of college on D, recorded after B's entry.
    let day = Self.d("2026-03-01")
    let stream: Stream = [
      (
        Self.d("2025-09-01"),
        .stageEntered(StageEntered(placement: Self.college("A"), reason: .enrolled))
      ),
      (day, .stageEntered(StageEntered(placement: Self.college("B"), reason: .transferred))),
      (day, .stageLeft(StageLeft(stage: .college, reason: .graduated))),
    ]
    let state = Self.folded(
      stream,
      earlier: (
        Self.d("2025-01-01"),
        .stageEntered(
          StageEntered(
            placement: .outside(OutsidePlacement(kind: .neet)), reason: .enrolled))
      ))
    #expect(state.history.count == 2)
    #expect(state.history[0].until == day)
    #expect(state.history[0].exitReason == .transferred)
    #expect(!state.history[0].endedByLeaving)
    #expect(state.history[1].until == day)
    #expect(state.history[1].exitReason == .graduated)
    #expect(state.history[1].endedByLeaving)
    // Recorded before B's entry, the leave ends A: B was not begun when it was recorded.
    let before = Self.folded([stream[0], stream[2], stream[1]])
    #expect(before.history[0].endedByLeaving)
    #expect(before.history[0].exitReason == .graduated)
    #expect(before.history[1].until == nil)
  }

  @Test func aLeaveOfSchoolOnTheDayCollegeStartsEndsSchool() {
    let day = Self.d("2026-06-30")
    let school = StagePlacement.school(
      SchoolPlacement(institution: "S-1", grade: 11, className: "А", language: .kk))
    for order in [[0, 1, 2], [0, 2, 1]] {
      let events: Stream = [
        (Self.d("2025-09-01"), .stageEntered(StageEntered(placement: school, reason: .enrolled))),
        (day, .stageEntered(StageEntered(placement: Self.college("A"), reason: .enrolled))),
        (day, .stageLeft(StageLeft(stage: .school, reason: .graduated))),
      ]
      let state = Self.folded(order.map { events[$0] })
      #expect(state.history[0].exitReason == .graduated, "\(order)")
      #expect(state.history[0].endedByLeaving, "\(order)")
      #expect(state.history[1].until == nil, "\(order)")
    }
  }
}
