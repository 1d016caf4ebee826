import JolModel

/// The result of one test case.
public struct PolicyTestResult: Sendable {
  public var file: String
  public var name: String
  public var location: SourceLocation
  /// What differed from the expectation; empty when the case passed.
  public var failures: [String]
  public var decision: Decision?

  public var passed: Bool { failures.isEmpty }
}

/// Runs `.tests` files against checked policies (`jol policy test`).
public enum PolicyTestRunner {
  /// Parses every test file and runs its cases against the policy it names in `policies`.
  /// Files that do not parse, or name an unknown policy, are returned as diagnostics.
  /// - Complexity: O(cases × criteria).
  public static func run(files: [(path: String, text: String)], policies: PolicySet) -> (
    results: [PolicyTestResult], diagnostics: [Diagnostic]
  ) {
    var results: [PolicyTestResult] = []
    var diagnostics: [Diagnostic] = []
    for (path, text) in files {
      let (file, found) = PolicyTestParser.parse(file: path, text: text)
      diagnostics += found
      guard let file else { continue }
      guard let policy = policies.policy(file.policy, version: file.version) else {
        var message =
          "no checked policy '\(file.policy)'\(file.version.map { " version \($0)" } ?? "")"
        if let near = EditDistance.closest(
          to: file.policy.rawValue, among: policies.policies.map(\.id.rawValue))
        {
          message += ": did you mean '\(near)'?"
        } else {
          message += " (does its .policy file have errors?)"
        }
        diagnostics.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1), message))
        continue
      }
      for testCase in file.cases { results.append(run(testCase, policy, file: path)) }
    }
    return (results, diagnostics)
  }

  /// Runs one case.
  public static func run(_ testCase: PolicyTestCase, _ policy: CompiledPolicy, file: String)
    -> PolicyTestResult
  {
    let decision = Evaluator.evaluate(policy, testCase.facts, asOf: testCase.asOf, explain: true)
    var failures: [String] = []
    if decision.outcome != testCase.outcome {
      failures.append(
        "expected \(testCase.outcome.rawValue), got \(decision.outcome.rawValue)"
          + describe(decision))
    }
    if testCase.amountGiven && decision.amount != testCase.amount {
      failures.append("expected amount \(text(testCase.amount)), got \(text(decision.amount))")
    }
    if let expected = testCase.reasons {
      let status: CriterionStatus = decision.outcome == .needsInformation ? .unknown : .fail
      let actual = decision.criteria.filter { $0.status == status }.map(\.id)
      if Set(actual) != Set(expected) {
        failures.append(
          "expected reasons [\(expected.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
        )
      }
    }
    if let expected = testCase.waived {
      let actual = decision.criteria.filter { $0.status == .waived }.map(\.id)
      if Set(actual) != Set(expected) {
        failures.append(
          "expected waived [\(expected.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
        )
      }
    }
    if let expected = testCase.missing, Set(expected) != Set(decision.missingFacts) {
      failures.append(
        "expected missing [\(expected.map(\.rawValue).joined(separator: ", "))], got [\(decision.missingFacts.map(\.rawValue).joined(separator: ", "))]"
      )
    }
    return PolicyTestResult(
      file: file, name: testCase.name, location: testCase.location, failures: failures,
      decision: decision)
  }

  /// `PASS`/`FAIL` lines and a summary, for `jol policy test`.
  public static func report(_ results: [PolicyTestResult]) -> String {
    var lines: [String] = []
    for result in results {
      if result.passed {
        lines.append("PASS \(result.location) \(result.name)")
      } else {
        lines.append("FAIL \(result.location) \(result.name)")
        for failure in result.failures { lines.append("     \(failure)") }
      }
    }
    let failed = results.filter { !$0.passed }.count
    lines.append("\(results.count - failed) passed, \(failed) failed")
    return lines.joined(separator: "\n")
  }

  private static func text(_ amount: Amount?) -> String {
    amount.map { "\($0.value) KZT per \($0.per.rawValue)" } ?? "none"
  }

  private static func describe(_ decision: Decision) -> String {
    let notable = decision.criteria.filter { $0.status == .fail || $0.status == .unknown }.map {
      "\($0.id) \($0.status.rawValue)"
    }
    return notable.isEmpty ? "" : " (" + notable.joined(separator: ", ") + ")"
  }
}
