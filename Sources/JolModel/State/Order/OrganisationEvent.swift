/// An event about an institution, enterprise, mentor, policy, round or matching run, as the
/// state keeps it: an organisation's state is the fold of its events in date order (global
/// sequence breaking ties), whatever order they arrive in (``ClusterState/applyToOrganisations(_:)``).
/// Organisations are few (thousands of events, against millions about learners), so all their
/// events are kept.
struct OrganisationEvent: Hashable, Sendable {
  var effective: CivilDate
  var sequence: UInt64
  var event: DomainEvent

  /// Whether `self` comes after `other` in date order.
  func follows(_ other: OrganisationEvent) -> Bool {
    (effective, sequence) > (other.effective, other.sequence)
  }
}

/// The organisation of the state an event is about: which collection, and the id in it (the
/// event's stream id).
struct OrganisationKey: Hashable, Comparable, Sendable {
  /// The collections of organisations, in the order a snapshot lists them.
  enum Kind: UInt8, Comparable, Sendable {
    case institution, enterprise, mentor, policy, round, matching

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  var kind: Kind
  var id: String

  init(_ kind: Kind, _ id: String) {
    self.kind = kind
    self.id = id
  }

  /// The organisation `event`, of a stream with this id, is about; nil for an event about a
  /// learner. Every type is listed (no `default:`).
  init?(_ event: DomainEvent, id: String) {
    switch event {
    case .institutionRegistered, .institutionCapacityChanged: kind = .institution
    case .enterpriseRegistered, .enterpriseCapacityChanged, .demandDeclared: kind = .enterprise
    case .mentorRegistered, .mentorCapacityChanged: kind = .mentor
    case .policyPublished: kind = .policy
    case .roundRun, .roundPublished: kind = .round
    case .matchingRun, .matchingPublished: kind = .matching
    case .learnerRegistered, .categoryDeclared, .categoryEnded, .consentRecorded,
      .consentWithdrawn, .diagnosticCompleted, .stageEntered, .stageLeft, .termResult,
      .mentorshipAssigned, .mentorshipEnded, .awardGranted, .awardRevoked, .awardPaid,
      .learnerErased, .applicationSubmitted, .mentorPreferencesDeclared:
      return nil
    }
    self.id = id
  }

  static func < (a: Self, b: Self) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
}
