/// `learner.registered`: a learner enters Jol's view, at a school. No personal fields: the
/// IIN, names and birth date stay in the vault.
public struct LearnerRegistered: Hashable, Codable, Sendable {
  public var school: InstitutionID
  /// Grade 1–12.
  public var grade: Int
  /// Class letter or name within the grade.
  public var className: String
  /// Language of instruction.
  public var language: Language
  /// District code (KATO) where the learner lives.
  public var district: String
  /// Region code (KATO, first level).
  public var region: String
  /// The district code as the record wrote it, when that was an old code replaced by
  /// ``district`` (the 2022 recodings); absent in events of earlier versions and when the
  /// code was current.
  public var districtRecodedFrom: String?

  public init(
    school: InstitutionID, grade: Int, className: String, language: Language, district: String,
    region: String, districtRecodedFrom: String? = nil
  ) {
    self.school = school
    self.grade = grade
    self.className = className
    self.language = language
    self.district = district
    self.region = region
    self.districtRecodedFrom = districtRecodedFrom
  }

  enum CodingKeys: String, CodingKey {
    case school, grade
    case className = "class"
    case language, district, region
    case districtRecodedFrom = "district_recoded_from"
  }
}

/// `learner.category_declared` / `learner.category_ended`: a social category holds from (or
/// until) the event's effective date.
public struct CategoryChange: Hashable, Codable, Sendable {
  public var category: Category

  public init(category: Category) { self.category = category }
}

/// `learner.consent_recorded` / `learner.consent_withdrawn`: only the reference of the consent
/// record; who consented, for what and until when is in the vault.
public struct ConsentChange: Hashable, Codable, Sendable {
  /// The consent record's id in the vault.
  public var reference: String

  public init(reference: String) { self.reference = reference }
}

/// `learner.erased`: the learner's vault entry was deleted on request (`jol forget`).
public struct LearnerErased: Hashable, Codable, Sendable {
  /// Why, as a short code or a request number — never personal data.
  public var reason: String

  public init(reason: String) { self.reason = reason }
}
