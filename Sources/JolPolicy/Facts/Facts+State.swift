import JolModel

extension Facts {
  /// The facts the log supplies about a learner as of a decision date: the vocabulary of
  /// `Policies/README.md`, each taken from the learner's state (see the table there for the
  /// event each comes from). What the state cannot tell stays nil — unknown, never "no".
  ///
  /// `state` should be folded as of `asOf` (``TimeSlice``); periods, categories, awards,
  /// mentorships and diagnostics are also read *on* `asOf`, and a term result dated after it
  /// is ignored, so a state folded later gives the same facts for these.
  ///
  /// Derivations worth knowing:
  /// - `course` counts academic years (from 1 September) since the learner entered the
  ///   current college programme, following corrections at the same college; 1 in the first
  ///   year, at most 6;
  /// - `qualification_level` comes from the qualification code's prefix (`3W…` worker,
  ///   `4S…` specialist, `5AB…` applied bachelor);
  /// - `diagnostic_direction` is the leading direction of the latest diagnostic, unknown when
  ///   two directions tie;
  /// - `categories`, `awards` and `mentorship` are known (possibly empty, or no) for every
  ///   learner the log has registered or placed: the log is the record of declarations;
  /// - `enterprise_agreement`, `work_obligation_years` and `employer` come from the learner's
  ///   applications to `policy` on or before `asOf`, where an officer records the tripartite
  ///   agreement: for each, the value of the latest application that states it (an agreement
  ///   signed after the first application is recorded by applying again with it);
  /// - `employer` is the co-funding enterprise of that application when it names one, else the
  ///   enterprise of a current enterprise placement. The application wins: it names the
  ///   enterprise that co-funds *this* policy's training, under the agreement, whereas a
  ///   placement may be practice or a job at another enterprise (and a college student, whom
  ///   such a grant considers, has no current enterprise placement at all).
  ///
  /// - Parameters:
  ///   - birthDate: the learner's birth date from the vault, for `age`; only the age on
  ///     `asOf` is kept, never the date itself (so no explanation can show it).
  ///   - policy: the policy decided on, for `applied_on` (its first application on or before
  ///     `asOf`) and the agreement facts (its applications on or before `asOf`).
  /// - Complexity: O(periods + categories + awards + applications) of the learner.
  public init(
    learner state: LearnerState, asOf: CivilDate, birthDate: CivilDate? = nil,
    policy: PolicyID? = nil
  ) {
    self.init(id: state.id.rawValue)
    let known = state.registration != nil || !state.history.isEmpty
    if let period = state.period(on: asOf) {
      setPlacement(period, in: state, asOf: asOf)
    }
    if let registration = state.registration {
      region = registration.region
      district = registration.district
    }
    if let term = state.lastTerm, let date = state.lastTermDate, date <= asOf {
      gpa = term.gpa
      attendance = term.attendance
      lowestGrade = term.lowestGrade
    }
    if known {
      categories = Set(state.categories(on: asOf))
      awards = Set(state.awards(on: asOf))
      mentorship = state.mentorships.contains {
        $0.from <= asOf && ($0.until.map { asOf < $0 } ?? true)
      }
    }
    if let birthDate, birthDate <= asOf { age = birthDate.age(on: asOf) }
    if let diagnostic = state.latestDiagnostic(onOrBefore: asOf),
      diagnostic.leadingDirections.count == 1
    {
      diagnosticDirection = diagnostic.leadingDirections[0]
    }
    if let policy {
      appliedOn = state.application(to: policy, onOrBefore: asOf)?.appliedOn
      setAgreement(from: state.applications, to: policy, asOf: asOf)
    }
  }

  /// The agreement facts recorded with the applications to `policy` up to `asOf`: each from
  /// the latest application stating it (applications are in date order, then log order).
  private mutating func setAgreement(
    from applications: [ApplicationRecord], to policy: PolicyID, asOf: CivilDate
  ) {
    for record in applications where record.application.policy == policy {
      guard record.appliedOn <= asOf else { break }
      let application = record.application
      if let enterprise = application.enterprise { employer = enterprise.rawValue }
      if let agreement = application.agreement { enterpriseAgreement = agreement }
      if let years = application.workObligationYears { workObligationYears = years }
    }
  }

  /// Stage, institution and programme facts of the placement on the date.
  private mutating func setPlacement(
    _ period: StagePeriod, in state: LearnerState, asOf: CivilDate
  ) {
    stage = period.placement.stage
    switch period.placement {
    case .school(let school):
      institution = school.institution.rawValue
      grade = school.grade
    case .college(let college):
      institution = college.institution.rawValue
      specialty = college.specialty
      qualification = college.qualification
      qualificationLevel = college.qualification?.level
      form = college.form
      funding = college.funding
      course = Self.course(since: Self.programmeStart(period, in: state), on: asOf)
    case .enterprise(let enterprise):
      employer = enterprise.enterprise.rawValue
      specialty = enterprise.specialty
    case .university(let university):
      institution = university.institution.rawValue
      funding = university.funding
    case .outside:
      break
    }
  }

  /// The first day of the run of college periods at the same institution that ends with
  /// `period`: a change of form or funding starts a new period but not a new programme.
  private static func programmeStart(_ period: StagePeriod, in state: LearnerState) -> CivilDate {
    guard case .college(let college) = period.placement,
      var index = state.history.firstIndex(of: period)
    else { return period.from }
    while index > 0, case .college(let previous) = state.history[index - 1].placement,
      previous.institution == college.institution,
      state.history[index - 1].until == state.history[index].from
    {
      index -= 1
    }
    return state.history[index].from
  }
}

extension Facts {
  /// Year of study on `date` for a programme entered on `start`: 1 until the next 1 September, then one more each 1 September; 1–6.
  public static func course(since start: CivilDate, on date: CivilDate) -> Int {
    func academicYear(_ day: CivilDate) -> Int { day.month >= 9 ? day.year : day.year - 1 }
    return min(6, max(1, academicYear(date) - academicYear(start) + 1))
  }
}
