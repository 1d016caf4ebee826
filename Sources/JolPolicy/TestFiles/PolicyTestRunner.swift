import JolFormat
import JolModel

/// The result of one test case.
public struct PolicyTestResult: Sendable {
  public var file: String
  public var name: String
  public var location: SourceLocation
  /// What differed from the expectation, in every language; empty when the case passed.
  public var failures: [LocalizedText]
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
    let categories = Facts.categories(for: policies.policies)
    for (path, text) in files {
      let (file, found) = PolicyTestParser.parse(file: path, text: text, categories: categories)
      diagnostics += found
      guard let file else { continue }
      guard let policy = policies.policy(file.policy, version: file.version) else {
        let near = EditDistance.closest(
          to: file.policy.rawValue, among: policies.policies.map(\.id.rawValue))
        diagnostics.append(
          Diagnostic(
            SourceLocation(file: path, line: 1, column: 1),
            .noCheckedPolicy(file.policy.rawValue, file.version, near: near)))
        continue
      }
      for testCase in file.cases { results.append(run(testCase, policy, file: path)) }
      for round in file.rounds { results.append(run(round, policy, file: path)) }
    }
    return (results, diagnostics)
  }

  /// Runs one case.
  public static func run(_ testCase: PolicyTestCase, _ policy: CompiledPolicy, file: String)
    -> PolicyTestResult
  {
    let decision = Evaluator.evaluate(policy, testCase.facts, asOf: testCase.asOf, explain: true)
    var failures: [LocalizedText] = []
    if decision.outcome != testCase.outcome {
      failures.append(
        .outcome(expected: testCase.outcome, got: decision.outcome) + describe(decision))
    }
    if testCase.amountGiven && decision.amount != testCase.amount {
      failures.append(.amount(expected: testCase.amount, got: decision.amount))
    }
    if let expected = testCase.reasons {
      let status: CriterionStatus = decision.outcome == .needsInformation ? .unknown : .fail
      let actual = decision.criteria.filter { $0.status == status }.map(\.id)
      if Set(actual) != Set(expected) {
        failures.append(.differs(.reasons, expected: expected, got: actual))
      }
    }
    if let expected = testCase.waived {
      let actual = decision.criteria.filter { $0.status == .waived }.map(\.id)
      if Set(actual) != Set(expected) {
        failures.append(.differs(.waived, expected: expected, got: actual))
      }
    }
    if let expected = testCase.missing, Set(expected) != Set(decision.missingFacts) {
      failures.append(
        .differs(
          .missing, expected: expected.map(\.rawValue), got: decision.missingFacts.map(\.rawValue)))
    }
    return PolicyTestResult(
      file: file, name: testCase.name, location: testCase.location, failures: failures,
      decision: decision)
  }

  /// `PASS`/`FAIL` lines and a summary, in `language` (`PASS`/`FAIL` stay: tools grep them).
  public static func report(_ results: [PolicyTestResult], language: Language = .en) -> String {
    var lines: [String] = []
    for result in results {
      if result.passed {
        lines.append("PASS \(result.location) \(result.name)")
      } else {
        lines.append("FAIL \(result.location) \(result.name)")
        for failure in result.failures { lines.append("     \(failure[language])") }
      }
    }
    let failed = results.filter { !$0.passed }.count
    lines.append(LocalizedText.summary(passed: results.count - failed, failed: failed)[language])
    return lines.joined(separator: "\n")
  }

  /// " (key fail, key unknown)": the criteria that made the outcome.
  private static func describe(_ decision: Decision) -> LocalizedText {
    let notable = decision.criteria.filter { $0.status == .fail || $0.status == .unknown }
    guard !notable.isEmpty else { return .same("") }
    return LocalizedText.each({ language in
      let parts = notable.map { "\($0.id) \(LocalizedText.status($0.status)[language])" }
      return " (" + parts.joined(separator: ", ") + ")"
    })
  }
}

/// Which list a case expected.
private enum ExpectedList { case reasons, waived, missing }

extension LocalizedText {
  fileprivate static func noCheckedPolicy(_ id: String, _ version: String?, near: String?) -> Self {
    let version = version.map { PolicyTestMessage.policyVersion.text(["version": $0]) }
    let head = PolicyTestMessage.noCheckedPolicy.text(["id": id, "version": version ?? .same("")])
    if let near { return head + .didYouMean(near) }
    return head
      + PolicyTestMessage.policyHasErrors.text()
  }

  fileprivate static func outcome(expected: Outcome, got: Outcome) -> Self {
    PolicyTestMessage.outcomeDiffers.text([
      "expected": expected.rawValue, "got": got.rawValue,
    ])
  }

  fileprivate static func amount(expected: Amount?, got: Amount?) -> Self {
    PolicyTestMessage.amountDiffers.text([
      "expected": Self.each { text(expected, $0) }, "got": Self.each { text(got, $0) },
    ])
  }

  /// The amount as the test file writes it in English (`44000 KZT per month`), as people
  /// read it otherwise (`44 000 ₸ айына`).
  private static func text(_ amount: Amount?, _ language: Language) -> String {
    guard let amount else { return PolicyTestMessage.noAmount.text(in: language) }
    if language == .en { return "\(amount.value) KZT per \(amount.per.rawValue)" }
    return LocalNumber.money(amount.value, language) + " " + amount.per.title[language]
  }

  fileprivate static func differs(_ list: ExpectedList, expected: [String], got: [String]) -> Self {
    let expected = "[\(expected.joined(separator: ", "))]"
    let got = "[\(got.joined(separator: ", "))]"
    return switch list {
    case .reasons:
      PolicyTestMessage.reasonsDiffer.text(["expected": expected, "got": got])
    case .waived:
      PolicyTestMessage.waivedDiffer.text(["expected": expected, "got": got])
    case .missing:
      PolicyTestMessage.missingDiffer.text(["expected": expected, "got": got])
    }
  }

  fileprivate static func status(_ status: CriterionStatus) -> Self {
    switch status {
    case .pass: PolicyTestMessage.statusPass.text()
    case .fail: PolicyTestMessage.statusFail.text()
    case .unknown: PolicyTestMessage.statusUnknown.text()
    case .waived: PolicyTestMessage.statusWaived.text()
    }
  }

  fileprivate static func summary(passed: Int, failed: Int) -> Self {
    PolicyTestMessage.summary.text(["passed": String(passed), "failed": String(failed)])
  }
}
