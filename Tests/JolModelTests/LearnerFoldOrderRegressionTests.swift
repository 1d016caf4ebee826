import JolModel
import Testing

/// The cases in which replay in log order and the fold in date order used to differ: a record
/// dated earlier arriving after one dated later, and an end recorded before its start.
@Suite struct LearnerFoldOrderRegressionTests {
  typealias Stream = [(effective: CivilDate, event: DomainEvent)]

  static func d(_ text: String) -> CivilDate { CivilDate(text)! }

  /// The state in log order, after checking it equals the date-order fold.
  static func folded(_ stream: Stream) -> LearnerState {
    let log = LearnerState.logOrder(stream)
    #expect(log == LearnerState.dateOrder(stream))
    return log
  }

  @Test func anEarlierListImportedLaterDoesNotReplaceALaterOne() {
    let later = MentorPreferencesDeclared(programme: "dual", choices: [.mentor("M-2")])
    let earlier = MentorPreferencesDeclared(programme: "dual", choices: [.mentor("M-1")])
    let state = Self.folded([
      (Self.d("2026-05-01"), .mentorPreferencesDeclared(later)),
      (Self.d("2026-03-01"), .mentorPreferencesDeclared(earlier)),
    ])
    #expect(
      state.mentorPreferences == [
        MentorPreferenceRecord(list: later, declared: Self.d("2026-05-01"))
      ])
  }

  @Test func aListDeclaredAgainKeepsItsFirstDateWhateverTheOrder() {
    let first = MentorPreferencesDeclared(programme: "dual", choices: [.mentor("M-1")])
    let other = MentorPreferencesDeclared(programme: "dual", choices: [.mentor("M-2")])
    // M-1 on 01-01 and 05-01, M-2 on 03-01 (recorded last): M-1 held from 05-01.
    let state = Self.folded([
      (Self.d("2026-01-01"), .mentorPreferencesDeclared(first)),
      (Self.d("2026-05-01"), .mentorPreferencesDeclared(first)),
      (Self.d("2026-03-01"), .mentorPreferencesDeclared(other)),
    ])
    #expect(
      state.mentorPreferences(for: "dual", onOrBefore: Self.d("2026-12-31"))?.declared
        == Self.d("2026-05-01"))
    #expect(state.mentorPreferences(for: "dual", onOrBefore: Self.d("2026-04-01")) == nil)
  }

  @Test func aWithdrawalRecordedBeforeItsConsentEndsIt() {
    let consent = ConsentChange(reference: "C-1")
    let state = Self.folded([
      (Self.d("2026-06-01"), .consentWithdrawn(consent)),
      (Self.d("2026-03-01"), .consentRecorded(consent)),
    ])
    #expect(
      state.consents == [
        ConsentRecord(
          reference: "C-1", recorded: Self.d("2026-03-01"), withdrawn: Self.d("2026-06-01"))
      ])
    #expect(state.activeConsents(on: Self.d("2026-07-01")).isEmpty)
    #expect(state.kept.isEmpty)
  }

  @Test func anEndRecordedBeforeItsMentorshipEndsIt() {
    let state = Self.folded([
      (Self.d("2026-06-01"), .mentorshipEnded(MentorshipEnded(mentor: "M-1", reason: .completed))),
      (
        Self.d("2026-03-01"),
        .mentorshipAssigned(MentorshipAssigned(mentor: "M-1", enterprise: "E-1"))
      ),
    ])
    #expect(state.currentMentorship == nil)
    #expect(state.mentorships.first?.until == Self.d("2026-06-01"))
    #expect(state.mentorships.first?.endReason == .completed)
  }

  @Test func aRevocationAndAPaymentRecordedBeforeTheirGrantCount() {
    let grant = AwardGranted(
      policy: "P-1", policyVersion: 1, round: "R-1", amount: Money(tenge: 100_000),
      periodStart: Self.d("2026-01-01"), periodEnd: Self.d("2026-12-31"))
    let state = Self.folded([
      (
        Self.d("2026-06-01"),
        .awardRevoked(AwardRevoked(policy: "P-1", round: "R-1", reason: "expelled"))
      ),
      (
        Self.d("2026-04-01"),
        .awardPaid(
          AwardPaid(
            policy: "P-1", round: "R-1", amount: Money(tenge: 10_000),
            periodStart: Self.d("2026-03-01"), periodEnd: Self.d("2026-03-31")))
      ),
      (Self.d("2026-02-01"), .awardGranted(grant)),
    ])
    #expect(state.awards.count == 1)
    #expect(state.awards.first?.revoked == Self.d("2026-06-01"))
    #expect(state.awards.first?.paid == Money(tenge: 10_000))
    #expect(state.awards(on: Self.d("2026-05-01")) == ["P-1"])
    #expect(state.awards(on: Self.d("2026-06-01")).isEmpty)
  }

  @Test func aLeaveRecordedBeforeItsEntryEndsThePeriod() {
    let college = CollegePlacement(
      institution: "C-1", specialty: SpecialtyCode(rawValue: "07150100"), form: .fullTime,
      funding: .stateOrder, language: .kk)
    let state = Self.folded([
      (Self.d("2027-06-30"), .stageLeft(StageLeft(stage: .college, reason: .graduated))),
      (
        Self.d("2026-09-01"),
        .stageEntered(StageEntered(placement: .college(college), reason: .enrolled))
      ),
    ])
    #expect(state.current == nil)
    #expect(state.history.first?.until == Self.d("2027-06-30"))
    #expect(state.history.first?.exitReason == .graduated)
  }

  @Test func anEndOfACategoryRecordedBeforeItsDeclarationEndsIt() {
    let state = Self.folded([
      (Self.d("2026-06-01"), .categoryEnded(CategoryChange(category: .rural))),
      (Self.d("2026-03-01"), .categoryDeclared(CategoryChange(category: .rural))),
    ])
    #expect(state.categories(on: Self.d("2026-05-01")) == [.rural])
    #expect(state.categories(on: Self.d("2026-06-01")).isEmpty)
  }

  @Test func anEntryRecordedLateInsideAnEndedPeriodDoesNotInheritItsEnd() {
    // School from 2025-09-01, left 2026-06-30; an outside period from 2026-03-01 recorded later
    // ends the school period, and does not end on the school's leave.
    let state = Self.folded([
      (
        Self.d("2025-09-01"),
        .learnerRegistered(
          LearnerRegistered(
            school: "S-1", grade: 9, className: "А", language: .kk, district: "d", region: "r"))
      ),
      (Self.d("2026-06-30"), .stageLeft(StageLeft(stage: .school, reason: .graduated))),
      (
        Self.d("2026-03-01"),
        .stageEntered(
          StageEntered(placement: .outside(OutsidePlacement(kind: .neet)), reason: .transferred))
      ),
    ])
    #expect(state.history.map(\.until) == [Self.d("2026-03-01"), nil])
    #expect(state.current?.placement.stage == .outside)
  }

  @Test func anEarlierRegistrationOrErasureRecordedLaterChangesNothingLater() {
    let state = Self.folded([
      (
        Self.d("2026-05-01"),
        .learnerRegistered(
          LearnerRegistered(
            school: "S-1", grade: 9, className: "А", language: .kk, district: "d-2", region: "r"))
      ),
      (
        Self.d("2026-01-01"),
        .learnerRegistered(
          LearnerRegistered(
            school: "S-1", grade: 9, className: "А", language: .kk, district: "d-1", region: "r"))
      ),
      (Self.d("2026-08-01"), .learnerErased(LearnerErased(reason: "a"))),
      (Self.d("2026-07-01"), .learnerErased(LearnerErased(reason: "b"))),
    ])
    #expect(state.registration?.district == "d-2")
    #expect(state.erased == Self.d("2026-08-01"))
  }
}
