/// An organisation's name in the two languages offices write it in. Organisations' names are
/// not personal data.
public struct OrganisationNames: Hashable, Codable, Sendable {
  public var kk: String
  public var ru: String

  public init(kk: String, ru: String) {
    self.kk = kk
    self.ru = ru
  }
}

/// What kind of institution of education.
public enum InstitutionKind: String, CaseIterable, Codable, Sendable {
  case school
  case college
  case university
}

/// A specialty a college teaches, with its yearly intake (places).
public struct SpecialtyOffer: Hashable, Codable, Sendable {
  public var specialty: SpecialtyCode
  public var intake: Int

  public init(specialty: SpecialtyCode, intake: Int) {
    self.specialty = specialty
    self.intake = intake
  }
}

/// `institution.registered` (stream `institution/<code>`).
public struct InstitutionRegistered: Hashable, Codable, Sendable {
  public var kind: InstitutionKind
  public var names: OrganisationNames
  /// District code (KATO).
  public var district: String
  /// Languages of instruction.
  public var languages: [Language]
  /// For colleges: the specialties offered and their intake. Empty for schools.
  public var specialties: [SpecialtyOffer]
  /// The district code as written, when an old code replaced by ``district``.
  public var districtRecodedFrom: String?

  public init(
    kind: InstitutionKind, names: OrganisationNames, district: String, languages: [Language],
    specialties: [SpecialtyOffer] = [], districtRecodedFrom: String? = nil
  ) {
    self.kind = kind
    self.names = names
    self.district = district
    self.languages = languages
    self.specialties = specialties
    self.districtRecodedFrom = districtRecodedFrom
  }

  enum CodingKeys: String, CodingKey {
    case kind, names, district, languages, specialties
    case districtRecodedFrom = "district_recoded_from"
  }
}

/// `enterprise.registered` (stream `enterprise/<BIN>`).
///
/// Schema version 2: `capacity` is optional — omitted, the enterprise sets no cap; 0, it takes
/// no students. Version 1 wrote 0 for "no cap" (`EnterpriseCapacity+Upgrade.swift`).
public struct EnterpriseRegistered: Hashable, Codable, Sendable {
  public var names: OrganisationNames
  public var district: String
  /// Specialties it trains or employs in.
  public var specialties: [SpecialtyCode]
  /// Places for dual training and internships at once, across its mentors; nil: no cap.
  public var capacity: Int?
  /// The district code as written, when an old code replaced by ``district``.
  public var districtRecodedFrom: String?

  public init(
    names: OrganisationNames, district: String, specialties: [SpecialtyCode], capacity: Int?,
    districtRecodedFrom: String? = nil
  ) {
    self.names = names
    self.district = district
    self.specialties = specialties
    self.capacity = capacity
    self.districtRecodedFrom = districtRecodedFrom
  }

  enum CodingKeys: String, CodingKey {
    case names, district, specialties, capacity
    case districtRecodedFrom = "district_recoded_from"
  }
}

/// The shift a mentor works, a hard constraint of mentor assignment.
public enum Shift: String, CaseIterable, Codable, Sendable {
  case day
  case evening
  case night

  /// Whether a mentor on this shift can take a student of `form`: full-time students train by
  /// day, evening students in the evening; extramural students (or a form not recorded) fit any.
  public func suits(_ form: StudyForm?) -> Bool {
    switch form {
    case .fullTime: self == .day
    case .evening: self == .evening
    case .extramural, nil: true
    }
  }
}

/// `mentor.registered` (stream `mentor/<id>`). No names: a mentor is an id, an enterprise and
/// what assignment needs (names and phones, when a file has them, are kept in the vault).
///
/// `district` is optional and omitted when nil, so mentors registered before it was kept read
/// as before (schema version 1): nil means the mentor works in the enterprise's district.
public struct MentorRegistered: Hashable, Codable, Sendable {
  public var enterprise: EnterpriseID
  public var specialties: [SpecialtyCode]
  public var languages: [Language]
  /// How many learners at once.
  public var capacity: Int
  public var shift: Shift
  /// The district (KATO) the mentor works in; nil: the enterprise's.
  public var district: String?

  public init(
    enterprise: EnterpriseID, specialties: [SpecialtyCode], languages: [Language], capacity: Int,
    shift: Shift, district: String? = nil
  ) {
    self.enterprise = enterprise
    self.specialties = specialties
    self.languages = languages
    self.capacity = capacity
    self.shift = shift
    self.district = district
  }
}

/// `institution.capacity_changed`, `mentor.capacity_changed` (and version 1 of
/// `enterprise.capacity_changed`): a new capacity from the effective date — for an institution,
/// the intake of one specialty.
public struct CapacityChanged: Hashable, Codable, Sendable {
  /// The specialty whose intake changes (institutions); nil for enterprises and mentors.
  public var specialty: SpecialtyCode?
  public var capacity: Int

  public init(specialty: SpecialtyCode? = nil, capacity: Int) {
    self.specialty = specialty
    self.capacity = capacity
  }
}

/// `enterprise.capacity_changed` (schema version 2): the enterprise's new cap across its mentors
/// from the effective date; nil lifts the cap, 0 closes the enterprise to students.
public struct EnterpriseCapacityChanged: Hashable, Codable, Sendable {
  public var capacity: Int?

  public init(capacity: Int?) {
    self.capacity = capacity
  }
}

/// `enterprise.demand_declared`: how many people of a specialty an employer expects to need.
public struct DemandDeclared: Hashable, Codable, Sendable {
  public var specialty: SpecialtyCode
  public var count: Int
  /// The year the people are needed in.
  public var year: Int

  public init(specialty: SpecialtyCode, count: Int, year: Int) {
    self.specialty = specialty
    self.count = count
    self.year = year
  }
}
