import JolModel

/// A mentoring programme of `Policies/mentoring/<id>.programme`: which pairs of students and
/// mentors are acceptable, how enterprises rank students, and the rules of the run. Read and
/// checked by ``ProgrammeParser``; the format is documented in `Policies/mentoring/README.md`.
public struct MentoringProgramme: Hashable, Sendable {
  /// A hard constraint: a pair that breaks it is unacceptable before the run.
  public enum Constraint: String, CaseIterable, Hashable, Sendable {
    /// The mentor mentors the student's specialty.
    case specialty
    /// The mentor speaks the student's language of study.
    case language
    /// The mentor works in the district the student lives in.
    case district
    /// The mentor's shift suits the student's form of study (full-time: day; evening: evening;
    /// extramural: any).
    case shift
  }

  /// A term of the score enterprises rank students by: a fact of the shared vocabulary times a
  /// weight.
  public enum Term: Hashable, Sendable {
    /// `gpa` (0–5), times the weight.
    case gpa
    /// `attendance` (percent), times the weight.
    case attendance
    /// The weight when the student's `diagnostic_direction` is the direction of one of the
    /// mentor's specialties.
    case diagnosticDirection
    /// The weight when the student is of the category.
    case category(Category)
    /// The weight per day the list was handed in (`applied_on`) before the date.
    case appliedOn(until: CivilDate)

    /// The name a score component is shown by (`gpa`, `category:rural`).
    public var name: String {
      switch self {
      case .gpa: "gpa"
      case .attendance: "attendance"
      case .diagnosticDirection: "diagnostic_direction"
      case .category(let category): "category:\(category.rawValue)"
      case .appliedOn: "applied_on"
      }
    }
  }

  /// One weighted term.
  public struct Weight: Hashable, Sendable {
    public var term: Term
    public var weight: FixedDecimal

    public init(_ term: Term, _ weight: FixedDecimal) {
      self.term = term
      self.weight = weight
    }
  }

  /// What happens to a student who lists nothing.
  public enum Unlisted: String, CaseIterable, Hashable, Sendable {
    /// They take no part in the run.
    case skip
    /// A list is built from the acceptable mentors, most compatible first (``Compatibility``).
    case build
  }

  /// The order an enterprise on a student's list expands to its mentors in.
  public enum Expansion: String, CaseIterable, Hashable, Sendable {
    /// By mentor code.
    case code
    /// Most seats first, then by code.
    case capacity
  }

  public var id: String
  public var title: LocalizedText
  public var constraints: Set<Constraint>
  public var weights: [Weight]
  /// The longest list a student may hand in (and the length of a built one).
  public var listLimit: Int
  /// The lottery seed text that breaks ties (one number per student).
  public var lottery: String
  /// Whether enterprises' capacities across their mentors apply.
  public var enterpriseCapacity: Bool
  public var unlisted: Unlisted
  public var expansion: Expansion

  public init(
    id: String, title: LocalizedText, constraints: Set<Constraint>, weights: [Weight],
    listLimit: Int, lottery: String, enterpriseCapacity: Bool = true, unlisted: Unlisted = .skip,
    expansion: Expansion = .code
  ) {
    self.id = id
    self.title = title
    self.constraints = constraints
    self.weights = weights
    self.listLimit = listLimit
    self.lottery = lottery
    self.enterpriseCapacity = enterpriseCapacity
    self.unlisted = unlisted
    self.expansion = expansion
  }

  /// The numeric seed of ``lottery``: the first eight bytes of its SHA-256, so the same text
  /// draws the same lottery on every machine.
  public var seed: UInt64 {
    let digest = SHA256.hash(Array(lottery.utf8))
    return digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }
}
