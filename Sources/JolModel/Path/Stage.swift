/// Where a learner is on the school → college → enterprise → university path.
public enum Stage: String, CaseIterable, Codable, Sendable {
  case school
  case college
  case enterprise
  case university
  /// Outside education: military service, not in education or employment, left the region.
  case outside
}

/// Form of study at a college: the three forms TVET statistics count (очная / күндізгі,
/// вечерняя / кешкі, заочная / сырттай — stat.gov.kz, gov.kz stat press 485327).
///
/// Dual training is not a form: it is a way of training full-time students (``CollegePlacement/
/// dualTraining``). "Distance" is a technology, not a form either; events written before schema
/// version 2 of `learner.stage_entered` that say `distance` are read as extramural, the form
/// such study has.
public enum StudyForm: String, CaseIterable, Codable, Sendable {
  /// Очная / күндізгі.
  case fullTime = "full_time"
  /// Вечерняя / кешкі.
  case evening
  /// Заочная / сырттай.
  case extramural
}

/// Who pays for a learner's study.
public enum Funding: String, CaseIterable, Codable, Sendable {
  /// State educational order (госзаказ / мемлекеттік тапсырыс).
  case stateOrder = "state_order"
  /// Targeted order of an enterprise (целевой заказ).
  case targetedOrder = "targeted_order"
  case paid
  /// University grant.
  case grant
}

/// Level of a TVET qualification, from the qualification code's prefix.
public enum QualificationLevel: String, CaseIterable, Codable, Sendable {
  /// Worker qualification (`3W…`).
  case worker
  /// Mid-level specialist (`4S…`).
  case specialist
  /// Applied bachelor (`5AB…`).
  case appliedBachelor = "applied_bachelor"
}

/// A social category that policies can name (orphan, disability, large family, rural, low
/// income…). An open set: regions add categories in their policies and rosters.
public struct Category: RawRepresentable, Hashable, Comparable, Codable, Sendable {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let orphan = Category(rawValue: "orphan")
  /// Left without parental care.
  public static let withoutParentalCare = Category(rawValue: "without_parental_care")
  public static let disability = Category(rawValue: "disability")
  public static let largeFamily = Category(rawValue: "large_family")
  public static let rural = Category(rawValue: "rural")
  public static let lowIncome = Category(rawValue: "low_income")
  /// A learner with a visual impairment (инвалид по зрению): the state scholarship's
  /// satisfactory-grade waiver names them apart from disability in general.
  public static let visualImpairment = Category(rawValue: "visual_impairment")
  /// A learner with a hearing impairment (инвалид по слуху), named by the same waiver.
  public static let hearingImpairment = Category(rawValue: "hearing_impairment")

  public static func < (lhs: Category, rhs: Category) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Category {
  /// The title of a well-known category; the id itself for a category a region added.
  public var title: LocalizedText {
    CategoryTitle(rawValue: rawValue)?.title ?? .same(rawValue)
  }
}
