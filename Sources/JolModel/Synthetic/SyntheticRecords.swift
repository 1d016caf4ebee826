/// The typed records a ``SyntheticGenerator`` makes: what a region's offices know about their
/// learners and organisations, before it is written as spreadsheets or as events. Each record
/// holds the domain's own values (an ``IIN``, a ``StageEntered``), so every consumer — the demo's
/// CSV files, the tests' logs, the benchmarks — renders the same facts its own way.

/// A fictional person: the personal fields the vault keeps. The IIN encodes `birthDate` and
/// `sex` and passes ``IIN`` validation.
public struct SyntheticPerson: Hashable, Sendable {
  /// Unique among the people one generator made.
  public var iin: IIN
  /// The date the IIN encodes.
  public var birthDate: CivilDate
  /// The sex the IIN encodes.
  public var sex: Sex
  /// Family name, in the form of the person's sex.
  public var surname: String
  /// Given name.
  public var name: String
  /// Patronymic (Kazakh -ұлы/-қызы or Russian -ович/-овна).
  public var patronymic: String
}

/// A learner as a school's roster lists them, on the date they were registered.
public struct SyntheticLearner: Hashable, Sendable {
  /// Who the learner is (the vault's fields).
  public var person: SyntheticPerson
  /// The date of the roster (the registration's effective date).
  public var registered: CivilDate
  /// The school's code.
  public var school: InstitutionID
  /// School grade 1–11 on `registered`; the birth date fits it (see ``SyntheticGenerator``).
  public var grade: Int
  /// The class letter (`А`, `Ә`).
  public var className: String
  /// Language of instruction.
  public var language: Language
  /// The school's district (KATO code).
  public var district: String
  /// The region the learner lives in.
  public var region: Region
  /// Social categories declared at registration, effective from `registered`.
  public var categories: [Category]
}

/// A school, college or university of the region.
public struct SyntheticInstitution: Hashable, Sendable {
  /// The institution's code, its stream id.
  public var code: InstitutionID
  /// What its registration event records.
  public var registration: InstitutionRegistered

  public init(code: InstitutionID, registration: InstitutionRegistered) {
    self.code = code
    self.registration = registration
  }
}

/// An enterprise of the cluster, with a valid BIN.
public struct SyntheticEnterprise: Hashable, Sendable {
  /// Its business identification number, its stream id.
  public var bin: BIN
  /// What its registration event records.
  public var registration: EnterpriseRegistered
}

/// A stage entered or left by a learner on a date.
public struct SyntheticTransition: Hashable, Sendable {
  /// What changed.
  public enum Change: Hashable, Sendable {
    /// The learner entered a stage.
    case entered(StageEntered)
    /// The learner left a stage.
    case left(StageLeft)
  }

  /// The learner, by index into ``SyntheticRegion/learners``.
  public var learner: Int
  /// The effective date.
  public var date: CivilDate
  /// Entered or left.
  public var change: Change

  public init(learner: Int, date: CivilDate, change: Change) {
    self.learner = learner
    self.date = date
    self.change = change
  }
}

/// A learner's results of one term.
public struct SyntheticTermResult: Hashable, Sendable {
  /// The learner, by index into ``SyntheticRegion/learners``.
  public var learner: Int
  /// The effective date.
  public var date: CivilDate
  /// The results.
  public var result: TermResult

  public init(learner: Int, date: CivilDate, result: TermResult) {
    self.learner = learner
    self.date = date
    self.result = result
  }
}

/// A learner's application to a policy (a scholarship or grant).
public struct SyntheticApplication: Hashable, Sendable {
  /// The learner, by index into ``SyntheticRegion/learners``.
  public var learner: Int
  /// The effective date.
  public var date: CivilDate
  /// The application.
  public var application: ApplicationSubmitted

  public init(learner: Int, date: CivilDate, application: ApplicationSubmitted) {
    self.learner = learner
    self.date = date
    self.application = application
  }
}

/// An enterprise's declared demand for graduates of a specialty.
public struct SyntheticDemand: Hashable, Sendable {
  /// The enterprise, by index into ``SyntheticRegion/enterprises``.
  public var enterprise: Int
  /// The effective date.
  public var date: CivilDate
  /// How many, of which specialty, for which year.
  public var demand: DemandDeclared

  public init(enterprise: Int, date: CivilDate, demand: DemandDeclared) {
    self.enterprise = enterprise
    self.date = date
    self.demand = demand
  }
}

/// A mentor an enterprise declares, by code (no personal data).
public struct SyntheticMentor: Hashable, Sendable {
  /// The mentor's code, its stream id.
  public var code: MentorID
  /// What its registration records (the enterprise, specialties, languages, district, shift,
  /// capacity).
  public var registration: MentorRegistered

  public init(code: MentorID, registration: MentorRegistered) {
    self.code = code
    self.registration = registration
  }
}

/// A student's ranked list of mentors or enterprises for a mentoring programme.
public struct SyntheticMentorPreference: Hashable, Sendable {
  /// The learner, by index into ``SyntheticRegion/learners``.
  public var learner: Int
  /// The day the list was handed in.
  public var date: CivilDate
  /// The programme and the choices, best first.
  public var list: MentorPreferencesDeclared

  public init(learner: Int, date: CivilDate, list: MentorPreferencesDeclared) {
    self.learner = learner
    self.date = date
    self.list = list
  }
}
