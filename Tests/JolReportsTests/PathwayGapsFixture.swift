import JolFormat
import JolModel

@testable import JolReports

/// Hand-built learners for the figures added to the pathway report: award recipients with
/// a district, a category and an amount, grade-9 leavers of a school, college leavers of a
/// district; and the way to read one published figure.
enum PathwayGapsFixture {
  typealias F = PathwayFixture

  static let districtA = "391000000"
  static let districtB = "392400000"
  static let grant: PolicyID = "dual-training-grant"

  static func registered(_ id: String, district: String, school: String = "SCH-1", on: String)
    -> EventDraft
  {
    EventDraft(
      stream: .learner(LearnerID(id)), effective: F.date(on),
      event: .learnerRegistered(
        LearnerRegistered(
          school: InstitutionID(school), grade: 9, className: "А", language: .kk,
          district: district, region: "39")))
  }

  /// A learner of `district` holding an award of `amount` tenge of `policy` (version 1, round
  /// `R-1`) from 2026-09-01, an orphan when `orphan`.
  static func recipient(
    _ id: String, district: String, orphan: Bool = false, policy: PolicyID = grant,
    amount: Int64 = 500_000
  ) -> [EventDraft] {
    let stream = StreamName.learner(LearnerID(id))
    var drafts = [registered(id, district: district, on: "2021-09-01")]
    if orphan {
      drafts.append(
        EventDraft(
          stream: stream, effective: F.date("2021-09-01"),
          event: .categoryDeclared(CategoryChange(category: Category(rawValue: "orphan")))))
    }
    drafts.append(
      EventDraft(
        stream: stream, effective: F.date("2026-09-01"),
        event: .awardGranted(
          AwardGranted(
            policy: policy, policyVersion: 1, round: "R-1", amount: Money(tenge: amount),
            periodStart: F.date("2026-09-01"), periodEnd: F.date("2027-06-30")))))
    return drafts
  }

  /// The built-in dual-training grant (a budget of 30 000 000 ₸ per year), published as
  /// version 1 of `id`.
  static func grantPublished(as id: PolicyID = grant) -> EventDraft {
    let text = BuiltInPolicies.text("grants/dual-training-grant.policy")!
    return EventDraft(
      stream: .policy(id), effective: F.date("2026-06-01"),
      event: .policyPublished(PolicyPublished(version: 1, text: text, sha256: "")))
  }

  /// A pupil of `school` in `district` who left grade 9 on 2025-06-30 for college, or for
  /// nothing recorded (`other`).
  static func grade9Leaver(_ id: String, school: String, district: String, toCollege: Bool)
    -> [EventDraft]
  {
    let stream = StreamName.learner(LearnerID(id))
    var drafts = [
      registered(id, district: district, school: school, on: "2024-09-01"),
      EventDraft(
        stream: stream, effective: F.date("2025-06-30"),
        event: .stageLeft(StageLeft(stage: .school, reason: .graduated))),
    ]
    if toCollege {
      drafts.append(
        EventDraft(
          stream: stream, effective: F.date("2025-09-01"),
          event: .stageEntered(
            StageEntered(
              placement: .college(
                CollegePlacement(
                  institution: F.college, specialty: F.welding, form: .fullTime,
                  funding: .stateOrder, language: .kk)), reason: .enrolled))))
    }
    return drafts
  }

  /// A welding student of `district` who left college on 2025-06-30: graduated, or expelled.
  static func collegeLeaver(_ id: String, district: String, graduated: Bool) -> [EventDraft] {
    F.graduate(id, then: nil).map { draft in
      switch draft.event {
      case .learnerRegistered(var registration):
        registration.district = district
        return EventDraft(
          stream: draft.stream, effective: draft.effective, event: .learnerRegistered(registration))
      case .stageLeft where !graduated:
        return EventDraft(
          stream: draft.stream, effective: draft.effective,
          event: .stageLeft(StageLeft(stage: .college, reason: .expelled)))
      default: return draft
      }
    }
  }

  /// `count` learners made by `make` from ids `prefix0`, `prefix1`, ….
  static func many(_ count: Int, _ prefix: String, _ make: (String) -> [EventDraft])
    -> [EventDraft]
  {
    (0..<count).flatMap { make("\(prefix)\($0)") }
  }

  /// The published figure of table `table`, row `row`, column `column`, as JSON writes it.
  static func figure(_ report: PathwayReport, _ table: String, _ row: String, _ column: String)
    -> JSONValue?
  {
    for section in report.sections {
      for case .table(let published) in section.blocks where published.id == table {
        guard let r = published.rows.firstIndex(where: { $0.key == row }),
          let c = published.columns.firstIndex(where: { $0.key == column })
        else { return nil }
        return published.cells[r][c].json(minimumCellSize: report.scope.minimumCellSize)
      }
    }
    return nil
  }

  /// Whether the report has a table `id`.
  static func hasTable(_ report: PathwayReport, _ id: String) -> Bool {
    report.sections.contains { section in
      section.blocks.contains { block in
        if case .table(let table) = block { return table.id == id }
        return false
      }
    }
  }
}
