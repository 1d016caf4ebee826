/// What is known about one learner as of a decision date. Every field is optional: a missing
/// fact is unknown, and a criterion that needs it is "unknown", never "fail".
///
/// Typed storage, one property per fact of the vocabulary (``FactVocabulary``, whose entry
/// names the property); engines read and write them through the entries, never by name.
/// `Policies/README.md` documents each.
public struct Facts: Sendable, Hashable {
  /// The subject the facts are about (a learner id or a record id of a fact file).
  public var id: String
  public var stage: Stage?
  /// School grade 0–12.
  public var grade: Int?
  public var institution: String?
  public var specialty: SpecialtyCode?
  public var qualification: QualificationCode?
  public var qualificationLevel: QualificationLevel?
  public var form: StudyForm?
  /// Whether the learner is trained in the dual mode on the date (not a form of study).
  public var dualTraining: Bool?
  public var funding: Funding?
  /// Year of study at college, 1–6.
  public var course: Int?
  /// Grade point average of the last term, 0–5.
  public var gpa: FixedDecimal?
  /// Attendance of the last term in percent: 92.5 means 92.5%.
  public var attendance: FixedDecimal?
  /// Lowest grade of the last session: 5 excellent, 4 good, 3 satisfactory, 2 fail.
  public var lowestGrade: Int?
  public var categories: Set<Category>?
  /// KATO code of the region where the learner lives.
  public var region: String?
  /// KATO code of the district.
  public var district: String?
  /// Full years on the decision date; when absent it is computed from ``birthDate``.
  public var age: Int?
  public var birthDate: CivilDate?
  public var diagnosticDirection: String?
  /// Whether an enterprise mentor is assigned.
  public var mentorship: Bool?
  /// Policies whose awards the learner holds on the date.
  public var awards: Set<PolicyID>?
  /// The day the learner applied to the policy, for policies that consider applicants only.
  public var appliedOn: CivilDate?
  /// BIN of the enterprise that co-funds targeted or dual training.
  public var employer: String?
  /// Whether a tripartite agreement (learner, college, enterprise) is signed.
  public var enterpriseAgreement: Bool?
  /// Years the learner undertakes to work in the region after graduation.
  public var workObligationYears: Int?

  /// Facts with nothing known but the subject.
  public init(id: String) { self.id = id }
}
