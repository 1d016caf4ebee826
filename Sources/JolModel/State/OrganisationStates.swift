/// A school, college or university as the log describes it.
public struct InstitutionState: Hashable, Codable, Sendable {
  public var id: InstitutionID
  /// The registration, with each specialty's intake as last changed.
  public var registration: InstitutionRegistered?

  public init(id: InstitutionID) { self.id = id }
}

/// An employer's declared need for people of a specialty in a year (the latest declaration
/// for that specialty and year).
public struct DemandRecord: Hashable, Codable, Sendable {
  public var specialty: SpecialtyCode
  public var year: Int
  public var count: Int
  /// Effective date of the declaration.
  public var declared: CivilDate

  public init(specialty: SpecialtyCode, year: Int, count: Int, declared: CivilDate) {
    self.specialty = specialty
    self.year = year
    self.count = count
    self.declared = declared
  }
}

/// An enterprise as the log describes it.
public struct EnterpriseState: Hashable, Codable, Sendable {
  public var id: EnterpriseID
  /// The registration, with the capacity as last changed.
  public var registration: EnterpriseRegistered?
  /// Demand by specialty and year, sorted.
  public var demand: [DemandRecord] = []

  public init(id: EnterpriseID) { self.id = id }
}

/// A mentor as the log describes them.
public struct MentorState: Hashable, Codable, Sendable {
  public var id: MentorID
  /// The registration, with the capacity as last changed.
  public var registration: MentorRegistered?

  public init(id: MentorID) { self.id = id }
}

/// One published version of a policy.
public struct PolicyVersionRecord: Hashable, Codable, Sendable {
  public var publication: PolicyPublished
  public var published: CivilDate

  public init(publication: PolicyPublished, published: CivilDate) {
    self.publication = publication
    self.published = published
  }
}

/// A funding round or a matching run: its inputs and summary, and when it was published.
public struct RunState<Run: Hashable & Codable & Sendable>: Hashable, Codable, Sendable {
  public var run: Run?
  /// Effective date of the run.
  public var ran: CivilDate?
  public var published: CivilDate?

  public init() {}
}
