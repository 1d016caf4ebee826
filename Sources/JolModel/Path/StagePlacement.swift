/// Where exactly a learner is within a ``Stage``: the institution, class, programme or
/// workplace, with what a policy or a report needs to know about it.
///
/// Encoded in events as an object with a `stage` key and the details of that stage beside it
/// (`{"stage":"college","institution":"KST-COL-01",…}`).
public enum StagePlacement: Hashable, Sendable {
  case school(SchoolPlacement)
  case college(CollegePlacement)
  case enterprise(EnterprisePlacement)
  case university(UniversityPlacement)
  case outside(OutsidePlacement)

  /// The stage this placement is in.
  public var stage: Stage {
    switch self {
    case .school: .school
    case .college: .college
    case .enterprise: .enterprise
    case .university: .university
    case .outside: .outside
    }
  }
}

/// A pupil's place at a school.
public struct SchoolPlacement: Hashable, Codable, Sendable {
  /// The school's code.
  public var institution: InstitutionID
  /// Grade 1–12.
  public var grade: Int
  /// The class within the grade: a letter or a name (`А`, `Ә`, `B`, `мат`).
  public var className: String
  /// Language of instruction.
  public var language: Language

  public init(institution: InstitutionID, grade: Int, className: String, language: Language) {
    self.institution = institution
    self.grade = grade
    self.className = className
    self.language = language
  }

  enum CodingKeys: String, CodingKey {
    case institution, grade
    case className = "class"
    case language
  }
}

/// A student's programme at a college (TVET).
public struct CollegePlacement: Hashable, Codable, Sendable {
  public var institution: InstitutionID
  /// The 8-digit specialty of the programme.
  public var specialty: SpecialtyCode
  /// The qualification studied for, when the college has assigned one.
  public var qualification: QualificationCode?
  public var form: StudyForm
  /// Whether the programme is taken in the dual mode (дуальное обучение / дуальды оқыту): part
  /// of the training at an enterprise. Not a form of study: dual students are full-time.
  public var dualTraining: Bool
  public var funding: Funding
  /// Language of instruction.
  public var language: Language

  public init(
    institution: InstitutionID, specialty: SpecialtyCode, qualification: QualificationCode? = nil,
    form: StudyForm, dualTraining: Bool = false, funding: Funding, language: Language
  ) {
    self.institution = institution
    self.specialty = specialty
    self.qualification = qualification
    self.form = form
    self.dualTraining = dualTraining
    self.funding = funding
    self.language = language
  }

  enum CodingKeys: String, CodingKey {
    case institution, specialty, qualification, form
    case dualTraining = "dual_training"
    case funding, language
  }
}

/// What a learner does at an enterprise.
public enum EnterprisePlacementKind: String, CaseIterable, Codable, Sendable {
  /// The workplace part of dual training (дуальное обучение), alongside a college.
  case dualTraining = "dual_training"
  /// A professional practice or internship.
  case internship
  /// Employment under a labour contract.
  case employment
}

/// A learner's place at an enterprise, named by its BIN.
public struct EnterprisePlacement: Hashable, Codable, Sendable {
  public var enterprise: EnterpriseID
  public var kind: EnterprisePlacementKind
  /// The specialty worked in, when known.
  public var specialty: SpecialtyCode?

  public init(
    enterprise: EnterpriseID, kind: EnterprisePlacementKind, specialty: SpecialtyCode? = nil
  ) {
    self.enterprise = enterprise
    self.kind = kind
    self.specialty = specialty
  }
}

/// A student's programme at a university.
public struct UniversityPlacement: Hashable, Codable, Sendable {
  public var institution: InstitutionID
  /// The educational programme's code in the national register (`6B07101`).
  public var programme: String
  /// ``Funding/grant`` or ``Funding/paid``.
  public var funding: Funding

  public init(institution: InstitutionID, programme: String, funding: Funding) {
    self.institution = institution
    self.programme = programme
    self.funding = funding
  }
}

/// Why a learner is outside education.
public enum OutsideKind: String, CaseIterable, Codable, Sendable {
  case militaryService = "military_service"
  /// Not in education, employment or training.
  case neet
  /// Moved out of the region: the path continues where Jol does not see it.
  case leftRegion = "left_region"
  /// On maternity or childcare leave: neither employed nor seeking work, so outside the
  /// denominator of graduates' employment.
  case maternityLeave = "maternity_leave"
  case other
}

/// A learner outside education.
public struct OutsidePlacement: Hashable, Codable, Sendable {
  public var kind: OutsideKind

  public init(kind: OutsideKind) { self.kind = kind }
}
