import JolModel

/// Where a college leaver of a cohort is within 12 months of leaving: a graduate's destination,
/// or that the programme was not completed. The columns of the college-leavers tables, in order.
public enum LeaverOutcome: String, CaseIterable, Sendable {
  /// Employed in the specialty of the diploma (the placement's specialty, or, when the
  /// placement names none, an employer registered for that specialty).
  case employedInSpecialty = "employed_in_specialty"
  /// Employed in another field.
  case employedOther = "employed_other"
  /// At a university or a new college programme.
  case continuingStudy = "continuing_study"
  case militaryService = "military_service"
  case maternityLeave = "maternity_leave"
  /// Not in education or employment.
  case neet
  case leftRegion = "left_region"
  /// Graduated, and nothing recorded within 12 months.
  case notRecorded = "not_recorded"
  /// Left the programme without a diploma (expelled, dropped out, moved, …).
  case notCompleted = "not_completed"

  /// The graduates' destinations: every outcome but ``notCompleted``.
  public static let destinations = allCases.filter { $0 != .notCompleted }

  /// Whether a graduate with this outcome is employed.
  public var isEmployed: Bool { self == .employedInSpecialty || self == .employedOther }

  /// Whether the statistics office's employment rate leaves the graduate out of its
  /// denominator: continuing study is counted apart from employment, and military service and
  /// maternity leave take a graduate out of the labour force for the year. (The rule as the
  /// issue states it; the office's published method is to verify.)
  public var isOutsideEmploymentBase: Bool {
    self == .continuingStudy || self == .militaryService || self == .maternityLeave
  }
}

/// The employment of a cohort's graduates counted the statistics office's way.
public enum EmploymentRule {
  /// The graduates that count in the denominator: all graduates but those continuing study, in
  /// military service or on maternity leave.
  public static func base(_ counts: [LeaverOutcome: Int]) -> Int {
    LeaverOutcome.destinations.filter { !$0.isOutsideEmploymentBase }.reduce(0) {
      $0 + counts[$1, default: 0]
    }
  }

  /// The graduates employed (in their specialty or not).
  public static func employed(_ counts: [LeaverOutcome: Int]) -> Int {
    counts[.employedInSpecialty, default: 0] + counts[.employedOther, default: 0]
  }
}
