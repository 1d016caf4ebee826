/// Tags for the identifiers of decision runs.
public enum RoundTag {}
public enum MatchingRunTag {}

/// A funding round: one run of a policy over its applicants (`akim-named-2026-autumn`).
public typealias RoundID = Tagged<RoundTag, String>
/// A run of the mentor assignment (`kst-dual-2026`).
public typealias MatchingRunID = Tagged<MatchingRunTag, String>
