import JolModel
import JolPolicy

/// Everything a funding round decides from — the policy, the decision date, the log position
/// and the seed — and the population it builds from them. `jol round run` and `jol round
/// replay` both go through ``build(_:policy:asOf:logPosition:seed:)``, so a replay rebuilds
/// exactly the inputs of the run.
struct RoundInputs {
  let policy: CompiledPolicy
  let asOf: CivilDate
  /// The last global sequence of the log the round reads (events recorded later are unseen).
  let logPosition: UInt64
  /// The seed added to the policy's lottery seed; empty for none.
  let seed: String
  /// The earlier round this one supersedes: its awards count as revoked.
  let supersedes: RoundID?
  let applicants: [Applicant]

  /// The population: with `consider applicants`, the learners who applied to the policy on or
  /// before the date (with their first application's date); otherwise every learner. Learners
  /// whose data was erased are left out. Facts are as of `asOf`, as known at `logPosition`,
  /// with the awards of the round superseded (if any) revoked; ages come from the vault's
  /// birth dates (`vault`, when the caller has it loaded already).
  /// - Complexity: O(events) to fold the state, O(learners) to build the applicants.
  static func build(
    _ store: Store, policy: CompiledPolicy, asOf: CivilDate, logPosition: UInt64, seed: String,
    supersedes: RoundID? = nil, vault: Vault? = nil
  ) throws -> RoundInputs {
    var state = try store.state(TimeSlice(asOf: asOf, knownAt: .sequence(logPosition)))
    if let supersedes { state.revokeAwards(of: supersedes, reason: "superseded") }
    let source = LearnerFacts(state: state, vault: try vault ?? store.loadVault(), asOf: asOf)
    var applicants: [Applicant] = []
    for learner in source.learners {
      let facts = source.facts(learner, policy: policy.id)
      switch policy.consider {
      case .applicants:
        guard let appliedOn = facts.appliedOn else { continue }
        applicants.append(Applicant(facts: facts, appliedOn: appliedOn))
      case .all:
        applicants.append(Applicant(facts: facts))
      }
    }
    return RoundInputs(
      policy: policy, asOf: asOf, logPosition: logPosition, seed: seed, supersedes: supersedes,
      applicants: applicants)
  }

  /// Ranks and allocates (pure: the same inputs give the same result).
  func run() -> RoundResult {
    Round.run(policy: policy, applicants: applicants, asOf: asOf, seed: seed.isEmpty ? nil : seed)
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

extension RoundResult {
  /// SHA-256 (lowercase hex) of the results in canonical form `form`: 2 and later is
  /// ``canonicalText`` (no display text); 1, of rounds recorded before forms were versioned,
  /// was the JSON lines of `jol round run --format json --lang en`, each ended by a line break.
  func resultsSHA256(form: Int) -> String {
    if form == 1 {
      return SHA256.hex(RoundRenderer.formOneJSON(self).map { $0 + "\n" }.joined())
    }
    return SHA256.hex(canonicalText)
  }
}
