/// An event about an institution, enterprise, mentor, policy, round or matching run, as the
/// state keeps it: an organisation's state is the fold of its events in date order (global
/// sequence breaking ties), whatever order they arrive in (``ClusterState/applyToOrganisations(_:)``);
/// the state keeps them by their stream, which names the organisation.
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
