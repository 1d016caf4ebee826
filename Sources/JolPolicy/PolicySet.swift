import JolModel

/// The policies of a `Policies/` directory, checked together: ids unique per version,
/// exclusivity groups resolved across files.
public struct PolicySet: Sendable {
  /// Every policy that checked without errors, in file order.
  public private(set) var policies: [CompiledPolicy]
  /// Warnings about the files, sorted by place: legal, but probably not meant (a quota of 0
  /// seats). They do not keep a policy out of ``policies``; `jol policy check` shows them.
  public private(set) var warnings: [Diagnostic] = []

  /// Checks and compiles every file; the app reads the files and passes their contents.
  /// Files with errors are left out and their errors returned, sorted by place; warnings are
  /// in ``warnings``. A policy id named by the `awards` fact must be one of the files' ids or of
  /// `otherPolicies` (the ids of a directory when only some of its files are checked).
  ///
  /// With `codes`, every specialty and qualification code a policy compares with the
  /// `specialty` or `qualification` fact must be in that classifier: an unknown or malformed
  /// one is a diagnostic at the literal naming the nearest known code. Nil skips the code check.
  /// - Complexity: O(total text length + policies²) for the group resolution, plus
  ///   O(specialties) per unknown code.
  public static func load(
    files: [(path: String, text: String)], codes: SpecialtyClassifier? = nil,
    otherPolicies: Set<String> = []
  ) -> (PolicySet, [Diagnostic]) {
    // Each text is parsed once: for the ids `awards` may name, then for the check.
    let parsed = parse(files)
    let ids = Set(parsed.compactMap { $0.syntax.id?.value })
    return load(parsed: parsed, codes: codes, policyIDs: ids.union(otherPolicies))
  }

  private static func parse(_ files: [(path: String, text: String)])
    -> [(syntax: PolicySyntax, errors: [Diagnostic])]
  {
    files.map { PolicyParser.parse(file: $0.path, text: $0.text) }
  }

  /// The policy ids the texts declare (`policy ID` lines), whether or not they check.
  public static func ids(of files: [(path: String, text: String)]) -> Set<String> {
    Set(files.compactMap { PolicyParser.parse(file: $0.path, text: $0.text).0.id?.value })
  }

  /// ``load(files:codes:otherPolicies:)`` over parsed texts, with the known policy ids given;
  /// nil skips the check of the ids that `awards` names.
  private static func load(
    parsed: [(syntax: PolicySyntax, errors: [Diagnostic])], codes: SpecialtyClassifier?,
    policyIDs: Set<String>?
  ) -> (PolicySet, [Diagnostic]) {
    var policies: [CompiledPolicy] = []
    var diagnostics: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var seen: [String: String] = [:]
    for (syntax, errors) in parsed {
      let path = syntax.file
      let (policy, found) = PolicyChecker.compile(
        syntax, parseErrors: errors, codes: codes, policies: policyIDs)
      diagnostics += found.filter(\.isError)
      warnings += found.filter { !$0.isError }
      guard let policy else { continue }
      let key = policy.id.rawValue + "@" + policy.version
      if let other = seen[key] {
        diagnostics.append(
          Diagnostic(
            SourceLocation(file: path, line: 1, column: 1),
            .duplicateVersion(policy.id.rawValue, policy.version, other)
          ))
        continue
      }
      seen[key] = path
      policies.append(policy)
    }
    for index in policies.indices {
      policies[index].addSelfExclusion()
      if let group = policies[index].exclusiveGroup {
        let others = policies.filter { $0.exclusiveGroup == group && $0.id != policies[index].id }
        policies[index].addExclusivity(with: Array(Set(others.map(\.id))).sorted())
      }
      policies[index].complete(
        requirementTexts: policies[index].makeRequirementTexts(), classifierVersion: codes?.version)
    }
    var set = PolicySet(policies: policies)
    set.warnings = warnings
    return (set, diagnostics)
  }

  /// Checks and compiles one policy text on its own (no exclusivity partners, and the policy
  /// ids `awards` names are not checked, as the other policies are not at hand); `codes` as in
  /// ``load(files:codes:otherPolicies:)``. Warnings are left out.
  public static func compile(path: String, text: String, codes: SpecialtyClassifier? = nil)
    -> (CompiledPolicy?, [Diagnostic])
  {
    let (set, diagnostics) = load(parsed: parse([(path, text)]), codes: codes, policyIDs: nil)
    return (set.policies.first, diagnostics)
  }

  /// The policy with `id`: the given version, or the latest version in effect on `date`, or the
  /// highest version.
  public func policy(_ id: PolicyID, version: String? = nil, on date: CivilDate? = nil)
    -> CompiledPolicy?
  {
    let candidates = policies.filter { $0.id == id }
    if let version { return candidates.first { $0.version == version } }
    if let date, let current = candidates.last(where: { $0.isInEffect(on: date) }) {
      return current
    }
    return candidates.max { $0.version.compare(numerically: $1.version) }
  }
}

extension String {
  /// "2" < "10": versions compare as numbers where they are numbers.
  func compare(numerically other: String) -> Bool {
    if let a = FixedDecimal(self), let b = FixedDecimal(other) { return a < b }
    return self < other
  }
}

extension CompiledPolicy {
  /// Adds the built-in criterion that no award of this very policy is held on the decision
  /// date: a learner never holds two awards of one policy for overlapping periods (a round run
  /// again for the same period supersedes the earlier one and revokes its awards first).
  /// Facts without `awards` (a facts file that does not list them) hold none of it.
  mutating func addSelfExclusion() {
    let condition = TypedCondition.set(.awards, .none, [id.rawValue])
    let holdsNone = ConditionCompiler.compile(condition)
    criteria.append(
      CompiledCriterion(
        key: BuiltInReasons.holdsThisAward, condition: condition,
        test: { facts, context in facts.awards == nil ? .pass : holdsNone(facts, context) },
        rules: [], builtIn: true))
  }

  /// Adds the built-in exclusivity criterion: no award of another policy of the group held.
  mutating func addExclusivity(with others: [PolicyID]) {
    exclusiveWith = others
    guard !others.isEmpty else { return }
    let condition = TypedCondition.set(.awards, .none, others.map(\.rawValue))
    criteria.append(
      CompiledCriterion(
        key: BuiltInReasons.holdsExclusive, condition: condition,
        test: ConditionCompiler.compile(condition), rules: [], builtIn: true))
  }
}

extension Diagnostic.Message {
  fileprivate static func duplicateVersion(_ id: String, _ version: String, _ other: String) -> Self
  {
    PolicySetMessage.duplicateVersion.text([
      "id": id, "version": version, "other": other,
    ])
  }
}
