/// A time on the path: a placement from a date until (not including) another.
public struct StagePeriod: Hashable, Codable, Sendable {
  public var placement: StagePlacement
  /// First day at the placement (effective date of entering).
  public var from: CivilDate
  /// Day the learner left (exclusive); nil while there.
  public var until: CivilDate?
  public var entryReason: TransitionReason
  /// Why the period ended, when it has.
  public var exitReason: TransitionReason?
  /// How the period ended, both flags below in one byte: every learner holds periods, and a
  /// second stored flag would grow each by 8 bytes.
  private var ending: Ending

  /// Whether the period ended by leaving its stage (`learner.stage_left`), not by the next
  /// period's start.
  public var endedByLeaving: Bool {
    get { ending != .notLeft }
    set { ending = newValue ? (ending == .notLeft ? .left : ending) : .notLeft }
  }

  /// For a period ended by leaving: whether the leave was recorded after an entry of its date
  /// (which period it ends depends on it, `LearnerState+History.swift`). Setting it marks the
  /// period left.
  public var leftAfterEntryOfItsDate: Bool {
    get { ending == .leftAfterEntry }
    set { ending = newValue ? .leftAfterEntry : (ending == .notLeft ? .notLeft : .left) }
  }

  /// How a period ended.
  private enum Ending: UInt8, Hashable, Codable, Sendable {
    /// Not by leaving: it runs on, or the next period's start ended it.
    case notLeft
    /// By a leave recorded before any entry of its date.
    case left
    /// By a leave recorded after an entry of its date.
    case leftAfterEntry
  }

  public init(
    placement: StagePlacement, from: CivilDate, until: CivilDate? = nil,
    entryReason: TransitionReason,
    exitReason: TransitionReason? = nil, endedByLeaving: Bool = false
  ) {
    self.placement = placement
    self.from = from
    self.until = until
    self.entryReason = entryReason
    self.exitReason = exitReason
    self.ending = endedByLeaving ? .left : .notLeft
  }

  /// Whether `date` falls in the period.
  public func contains(_ date: CivilDate) -> Bool {
    from <= date && (until.map { date < $0 } ?? true)
  }
}

/// A social category held from a date until (not including) another.
public struct CategoryPeriod: Hashable, Codable, Sendable {
  public var category: Category
  public var from: CivilDate
  public var until: CivilDate?

  public init(category: Category, from: CivilDate, until: CivilDate? = nil) {
    self.category = category
    self.from = from
    self.until = until
  }

  public func contains(_ date: CivilDate) -> Bool {
    from <= date && (until.map { date < $0 } ?? true)
  }
}

/// A consent by its vault reference: when recorded and, if so, when withdrawn.
public struct ConsentRecord: Hashable, Codable, Sendable {
  public var reference: String
  public var recorded: CivilDate
  public var withdrawn: CivilDate?

  public init(reference: String, recorded: CivilDate, withdrawn: CivilDate? = nil) {
    self.reference = reference
    self.recorded = recorded
    self.withdrawn = withdrawn
  }
}

/// One scale's score in a diagnostic, and its band when the result recorded one.
public struct ScaleScore: Hashable, Codable, Sendable {
  public var scale: String
  public var score: FixedDecimal
  /// The band id (`pronounced`); nil for a result of schema version 1, which kept none.
  public var band: String?

  public init(scale: String, score: FixedDecimal, band: String? = nil) {
    self.scale = scale
    self.score = score
    self.band = band
  }
}

/// A diagnostic's outcome as state keeps it: scores, bands, leading scales and directions,
/// flags, and a digest of the raw answers. The raw answers stay in the log
/// (`learner.diagnostic_completed`), from which it can be re-scored.
public struct DiagnosticSummary: Hashable, Codable, Sendable {
  public var instrument: InstrumentRef
  public var date: CivilDate
  /// Sorted by scale.
  public var scores: [ScaleScore]
  /// The leading scales, several when tied.
  public var leading: [String]
  /// Validity flag ids.
  public var flags: [String]
  /// More than one when tied.
  public var leadingDirections: [String]
  /// ``DiagnosticCompleted/answersDigest`` of the raw answers: with the instrument and the
  /// date, what recognises the same sheet imported again.
  public var answers: ContentDigest

  /// A summary; `answers` defaults to the digest of no answers.
  public init(
    instrument: InstrumentRef, date: CivilDate, scores: [ScaleScore], leading: [String] = [],
    flags: [String] = [], leadingDirections: [String],
    answers: ContentDigest = DiagnosticCompleted.digest(of: [:])
  ) {
    self.instrument = instrument
    self.date = date
    self.scores = scores
    self.leading = leading
    self.flags = flags
    self.leadingDirections = leadingDirections
    self.answers = answers
  }

  /// The leading direction (the `diagnostic_direction` fact): the first direction the one
  /// leading scale points to — the crosswalk lists a scale's directions most fitting first.
  /// Nil when scales tie (guidance names no leader then) or no direction was recorded. A result
  /// that kept no leading scales (none scored) leads only when it names one direction.
  public var leadingDirection: String? {
    let tied = leading.count > 1 || (leading.isEmpty && leadingDirections.count != 1)
    return tied ? nil : leadingDirections.first
  }
}

/// A mentorship from a date until (not including) another.
public struct MentorshipPeriod: Hashable, Codable, Sendable {
  public var mentor: MentorID
  public var enterprise: EnterpriseID
  public var matching: MatchingRunID?
  public var from: CivilDate
  public var until: CivilDate?
  public var endReason: MentorshipEndReason?

  public init(
    mentor: MentorID, enterprise: EnterpriseID, matching: MatchingRunID?, from: CivilDate,
    until: CivilDate? = nil, endReason: MentorshipEndReason? = nil
  ) {
    self.mentor = mentor
    self.enterprise = enterprise
    self.matching = matching
    self.from = from
    self.until = until
    self.endReason = endReason
  }
}

/// What the state keeps of a learner's latest term result: its term and institution, and the
/// figures the facts and `jol learner show` read. The grades subject by subject stay in the log's
/// `learner.term_result` event: nothing reads them from the state, and keeping them would cost
/// every learner a list of its own, to decode from each snapshot.
public struct TermSummary: Hashable, Codable, Sendable {
  /// The term, `YYYY-N`.
  public var term: String
  /// Where the results were given, when known.
  public var institution: InstitutionID?
  /// Grade point average 0–5.
  public var gpa: FixedDecimal
  /// Attendance in percent, 0–100.
  public var attendance: FixedDecimal
  /// The lowest grade of the session; nil when there were no graded subjects.
  public var lowestGrade: Int?

  public init(
    term: String, institution: InstitutionID? = nil, gpa: FixedDecimal, attendance: FixedDecimal,
    lowestGrade: Int?
  ) {
    self.term = term
    self.institution = institution
    self.gpa = gpa
    self.attendance = attendance
    self.lowestGrade = lowestGrade
  }

  /// The summary of a term's results.
  public init(_ result: TermResult) {
    self.init(
      term: result.term, institution: result.institution, gpa: result.gpa,
      attendance: result.attendance, lowestGrade: result.lowestGrade)
  }
}

/// An award held by a learner: the grant, a revocation if any, and what has been paid.
public struct AwardRecord: Hashable, Codable, Sendable {
  public var grant: AwardGranted
  /// Effective date of the grant.
  public var granted: CivilDate
  /// From this date the award no longer holds.
  public var revoked: CivilDate?
  public var revocationReason: String?
  /// Sum of `learner.award_paid` amounts.
  public var paid: Money

  public init(
    grant: AwardGranted, granted: CivilDate, revoked: CivilDate? = nil,
    revocationReason: String? = nil,
    paid: Money = .zero
  ) {
    self.grant = grant
    self.granted = granted
    self.revoked = revoked
    self.revocationReason = revocationReason
    self.paid = paid
  }

  /// Whether the award holds on `date`: within its period and not revoked by then.
  public func holds(on date: CivilDate) -> Bool {
    grant.periodStart <= date && date <= grant.periodEnd && revoked.map { date < $0 } ?? true
  }
}

/// Where a learner lives and when Jol first saw them, from `learner.registered`.
public struct LearnerRegistration: Hashable, Codable, Sendable {
  public var district: String
  public var region: String
  public var registered: CivilDate

  public init(district: String, region: String, registered: CivilDate) {
    self.district = district
    self.region = region
    self.registered = registered
  }
}

/// A learner's list for a mentoring programme and the day it was handed in.
public struct MentorPreferenceRecord: Hashable, Codable, Sendable {
  public var list: MentorPreferencesDeclared
  /// Effective date of the list: the `applied_on` fact of its programme.
  public var declared: CivilDate

  public init(list: MentorPreferencesDeclared, declared: CivilDate) {
    self.list = list
    self.declared = declared
  }
}

/// An application to a policy and the day it was made; the application carries the
/// tripartite agreement when an officer recorded one with it.
public struct ApplicationRecord: Hashable, Codable, Sendable {
  public var application: ApplicationSubmitted
  /// Effective date of the application: the `applied_on` fact.
  public var appliedOn: CivilDate

  public init(application: ApplicationSubmitted, appliedOn: CivilDate) {
    self.application = application
    self.appliedOn = appliedOn
  }
}
