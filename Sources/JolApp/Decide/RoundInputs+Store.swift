import JolModel
import JolPolicy

extension RoundInputs {
  /// The inputs of a round read from a data directory: the state as of `asOf` as known at
  /// `logPosition`, and the vault's birth dates (`vault`, when the caller has it loaded already).
  /// The population itself is ``RoundInputs/init(policy:asOf:logPosition:seed:supersedes:state:birthDate:)``.
  /// - Complexity: O(events) to fold the state, O(learners) to build the applicants.
  static func build(
    _ store: Store, policy: CompiledPolicy, asOf: CivilDate, logPosition: UInt64, seed: String,
    supersedes: RoundID? = nil, vault: Vault? = nil
  ) throws -> RoundInputs {
    // Not kept: `jol round run` appends the round after it.
    let state = try store.state(
      TimeSlice(asOf: asOf, knownAt: .sequence(logPosition)), keep: false)
    let vault = try vault ?? store.loadVault()
    return RoundInputs(
      policy: policy, asOf: asOf, logPosition: logPosition, seed: seed, supersedes: supersedes,
      state: state, birthDate: vault.birthDate(of:))
  }

  /// ``run()``, refusing a result the engine could not complete (an amount that cannot be
  /// counted): nothing is recorded from it.
  /// - Throws: ``CommandError`` 65 with the engine's diagnostics, at the policy's lines.
  func checkedRun() throws -> RoundResult {
    let result = run()
    guard result.errors.isEmpty else {
      let list = result.errors.map(\.description).joined(separator: "\n")
      throw CommandError(Messages.policyErrors(list), exitCode: .dataError)
    }
    return result
  }
}
