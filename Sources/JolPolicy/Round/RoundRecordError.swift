import JolModel

/// Why a round cannot be recorded as decided.
public enum RoundRecordError: Error, Sendable {
  /// The policy's version is not a whole number (the log numbers versions 1, 2, …).
  case versionNotNumber(CompiledPolicy)
  /// The amounts of the round's policies together cannot be counted (too large).
  case totalOverflow(CompiledPolicy)
  /// The policy's text differs from the text the log holds under the same version, whose
  /// SHA-256 is `logged`.
  case changedWithoutVersion(CompiledPolicy, logged: String)
}
