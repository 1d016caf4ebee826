/// Plans roster rows. A row is compared with what is recorded: a new learner is registered; for
/// a known one only what changed is appended — a new school, grade or class
/// (`learner.stage_entered` at school: promoted, transferred, or a same-day correction), a new
/// district or region on or after the registration's date (`learner.registered` again: the
/// registration is the only event that carries residence), categories declared or ended, a
/// consent's reference once.
///
/// Which learner a row is about is the vault's business (a person known by IIN, or a new
/// pseudonymous id): the import decides it and passes it in with the row.
public struct LearnerPlanner: RowPlanner {
  /// A roster row and the learner it is about.
  public struct Entry: Sendable, Hashable {
    /// The learner the row is about (the vault's, or a new pseudonymous id).
    public var learner: LearnerID
    /// The row.
    public var row: LearnerRow

    /// `row`, about `learner`.
    public init(learner: LearnerID, row: LearnerRow) {
      self.learner = learner
      self.row = row
    }
  }

  /// The fields of a row a problem can point at.
  public enum Field: Sendable, CaseIterable { case iin, school }

  /// Line on which each IIN was first seen in the file.
  private var firstLine: [String: Int] = [:]

  /// A planner at the start of a file.
  public init() {}

  public mutating func reserveCapacity(rows: Int) { firstLine.reserveCapacity(rows) }

  /// The problems of `row` that the state and the file's earlier rows show: an IIN already on an
  /// earlier line, a school not registered.
  private mutating func check(_ row: LearnerRow, line: Int, in state: ClusterState)
    -> [RowProblem<Field>]
  {
    var problems: [RowProblem<Field>] = []
    if let first = firstLine[row.iin.value] {
      problems.append(RowProblem(.iin, IntakeMessages.repeatedIIN(row.iin, first)))
    } else {
      firstLine[row.iin.value] = line
    }
    if let problem = IntakeChecks.institution(row.placement.institution, kind: .school, in: state) {
      problems.append(RowProblem(.school, problem))
    }
    return problems
  }

  /// The row's events against `state`, or its problems (``RowPlanner/plan(_:line:in:)``).
  public mutating func plan(_ entry: Entry, line: Int, in state: IntakeState) -> RowPlan<Field> {
    let problems = check(entry.row, line: line, in: state.state)
    guard problems.isEmpty else { return .failure(RowProblems(problems)) }
    return .success(Self.drafts(entry, state.state.learner(entry.learner)))
  }

  /// The events of a valid row about `entry.learner`, whose state is `state`.
  private static func drafts(_ entry: Entry, _ state: LearnerState?) -> [EventDraft] {
    let row = entry.row
    var drafts = LearnerDrafts(learner: entry.learner, state: state)
    placement(row, &drafts)
    if let categories = row.categories { self.categories(categories, row.date, &drafts) }
    if let purpose = row.consentPurpose {
      let reference = consentReference(entry.learner, purpose)
      if !drafts.state.consents.contains(where: { $0.reference == reference }) {
        drafts.add(.consentRecorded(ConsentChange(reference: reference)), on: row.date)
      }
    }
    return drafts.drafts
  }

  private static func placement(_ row: LearnerRow, _ drafts: inout LearnerDrafts) {
    let date = row.date
    // The residence is the latest-dated registration's: a roster older than it cannot change
    // it (the fold keeps the later one), so it only places the learner, and its re-import
    // plans nothing.
    let moved =
      drafts.state.registration.map {
        $0.registered <= date && ($0.district != row.district || $0.region != row.region.rawValue)
      } ?? true
    if moved {
      let placement = row.placement
      drafts.add(
        .learnerRegistered(
          LearnerRegistered(
            school: placement.institution, grade: placement.grade, className: placement.className,
            language: placement.language, district: row.district,
            region: row.region.rawValue, districtRecodedFrom: row.districtRecodedFrom)), on: date)
      return
    }
    let period = held(on: date, in: drafts.state)
    if case .school(let current) = period?.placement, current == row.placement { return }
    drafts.add(
      .stageEntered(
        StageEntered(placement: .school(row.placement), reason: reason(from: period, to: row))),
      on: date)
  }

  /// The period a roster of `date` is compared with: the one entered on `date`, even when left
  /// the same day (it holds no day, but a roster of that date moving the learner there again
  /// would only correct it), else the one holding `date`.
  private static func held(on date: CivilDate, in state: LearnerState) -> StagePeriod? {
    state.history.last { $0.from == date } ?? state.period(on: date)
  }

  /// Why a roster moves a learner to this school placement: a correction of the same day keeps
  /// the reason recorded; a higher grade at the same school is a promotion; another school,
  /// class or language is a transfer; a learner not at school is enrolled.
  static func reason(from period: StagePeriod?, to row: LearnerRow) -> TransitionReason {
    guard let period else { return .enrolled }
    if period.from == row.date { return period.entryReason }
    guard case .school(let current) = period.placement else { return .enrolled }
    if current.institution == row.placement.institution && row.placement.grade > current.grade {
      return .promoted
    }
    if row.placement.grade < current.grade { return .other }
    return .transferred
  }

  /// Categories the roster states are declared (and ended, when it gives an end); those
  /// recorded but no longer stated end on the row's date.
  private static func categories(
    _ categories: [LearnerRow.DatedCategory], _ date: CivilDate, _ drafts: inout LearnerDrafts
  ) {
    for stated in categories {
      let from = stated.from ?? date
      if !drafts.state.categories.contains(where: {
        $0.category == stated.category && $0.contains(from)
      }) {
        drafts.add(.categoryDeclared(CategoryChange(category: stated.category)), on: from)
      }
      if let until = stated.until,
        drafts.state.categories.contains(where: {
          $0.category == stated.category && $0.contains(from) && $0.until != until
        })
      {
        drafts.add(.categoryEnded(CategoryChange(category: stated.category)), on: until)
      }
    }
    let stated = Set(categories.map(\.category))
    for held in drafts.state.categories(on: date) where !stated.contains(held) {
      drafts.add(.categoryEnded(CategoryChange(category: held)), on: date)
    }
  }

  /// `C` and 16 hex digits of a hash of the learner id and the purpose: the same consent
  /// imported again has the same reference, and the reference says nothing about the person.
  public static func consentReference(_ learner: LearnerID, _ purpose: String) -> String {
    var hasher = SHA256()
    hasher.update("\(learner.rawValue)\n\(purpose)".utf8)
    return "C"
      + hasher.finalize().prefix(8).map { byte in
        let hex = String(byte, radix: 16)
        return byte < 16 ? "0" + hex : hex
      }.joined()
  }
}
