/// What a snapshot's tables say of its state, read before its learners (and without them, by
/// ``ClusterSnapshot/summary(of:)``): whether it is the log's current state or the state as of a
/// date, its latest date, and how many learners have their latest event on each date.
public struct SnapshotSummary: Hashable, Sendable {
  /// The date the state is as of — the events effective on or before it, of the log up to the
  /// record the header names (a checkpoint) — or nil for the log's current state.
  public var asOf: CivilDate?
  /// The latest effective date of the events folded in (``ClusterState/latestEffective``).
  public var latestEffective: CivilDate?
  public var latestDates: LatestDates

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    asOf = try r.optionalDate()
    latestEffective = try r.optionalDate()
    latestDates = try LatestDates(reading: &r)
  }
}
