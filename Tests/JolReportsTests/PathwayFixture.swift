import JolModel

@testable import JolReports

/// Regions for the pathway report's tests: the shared generator's sample region, and learners
/// written by hand, folded into state as the log would hold them.
enum PathwayFixture {
  static let asOf = CivilDate(year: 2026, month: 9, day: 30)!

  /// The state of `drafts`, each an event of the log in order (sequence 1, 2, …), as of `asOf`.
  static func state(_ drafts: [EventDraft], asOf: CivilDate = asOf) -> ClusterState {
    let envelopes = drafts.enumerated().map { index, draft in
      EventEnvelope(
        id: EventID("e\(index)"), stream: draft.stream, streamVersion: 1,
        sequence: UInt64(index + 1), recordedAt: Timestamp(millisecondsSinceEpoch: 0),
        effective: draft.effective, actor: "test", event: draft.event)
    }
    return ClusterState.fold(envelopes, asOf: asOf)
  }

  /// The generator's sample region of `learners` learners.
  static func synthetic(seed: UInt64 = 2026, learners: Int) -> ClusterState {
    var generator = SyntheticGenerator(seed: seed)
    let region = generator.region(learners: learners)
    return state(region.events(learnerID: { LearnerID("L-\($0)") }))
  }

  static func report(
    _ state: ClusterState, k: Int = 5, district: String? = nil, cohort: Int? = nil
  ) throws -> PathwayReport {
    try PathwayReport(
      state: state,
      scope: PathwayScope(asOf: asOf, cohort: cohort, district: district, minimumCellSize: k),
      logPosition: 42, names: PathwayNames(kato: .builtIn, classifier: nil, state: state))
  }

  static func date(_ text: String) -> CivilDate { CivilDate(text)! }

  static let college: InstitutionID = "COL-1"
  static let welding = SpecialtyCode(rawValue: "07150500")

  /// A learner who graduated from college (welding) on 2025-06-30 and then entered `then` on
  /// `on` (nothing when nil).
  static func graduate(_ id: String, then: StagePlacement?, on: String = "2025-09-01")
    -> [EventDraft]
  {
    let stream = StreamName.learner(LearnerID(id))
    var drafts = [
      EventDraft(
        stream: stream, effective: date("2021-09-01"),
        event: .learnerRegistered(
          LearnerRegistered(
            school: "SCH-1", grade: 9, className: "А", language: .kk, district: "391000000",
            region: "39"))),
      EventDraft(
        stream: stream, effective: date("2022-09-01"),
        event: .stageEntered(
          StageEntered(
            placement: .college(
              CollegePlacement(
                institution: college, specialty: welding, form: .fullTime, funding: .stateOrder,
                language: .kk)), reason: .enrolled))),
      EventDraft(
        stream: stream, effective: date("2025-06-30"),
        event: .stageLeft(StageLeft(stage: .college, reason: .graduated))),
    ]
    if let then {
      drafts.append(
        EventDraft(
          stream: stream, effective: date(on),
          event: .stageEntered(StageEntered(placement: then, reason: .other))))
    }
    return drafts
  }
}
