import Foundation
import Testing

@testable import JolPolicy

/// Every shipped policy in `Policies/` checks, and its `.tests` file passes.
struct ShippedPoliciesTests {
  static let policiesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Policies")

  /// Every file ending in `suffix` anywhere under `Policies/`, whatever folders a region keeps.
  static func files(_ suffix: String) throws -> [(path: String, text: String)] {
    try FileManager.default.subpathsOfDirectory(atPath: policiesDirectory.path)
      .filter { $0.hasSuffix(suffix) }.sorted().map { path in
        (
          "Policies/\(path)",
          try String(contentsOf: policiesDirectory.appendingPathComponent(path), encoding: .utf8)
        )
      }
  }

  static func load() throws -> PolicySet {
    let (set, diagnostics) = PolicySet.load(files: try files(".policy"))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    return set
  }

  @Test func everyShippedPolicyChecksAndHasItsTests() throws {
    let set = try Self.load()
    #expect(!set.policies.isEmpty)
    let tests = Set(try Self.files(".tests").map { $0.path })
    for policy in try Self.files(".policy") {
      let expected = String(policy.path.dropLast(".policy".count)) + ".tests"
      #expect(tests.contains(expected), "\(policy.path) has no \(expected) beside it")
    }
  }

  @Test func everyShippedTestsFilePasses() throws {
    let set = try Self.load()
    let testFiles = try Self.files(".tests")
    let (results, diagnostics) = PolicyTestRunner.run(files: testFiles, policies: set)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    // Every policy is exercised by at least one case.
    for policy in set.policies {
      #expect(results.contains { $0.decision?.policy == policy.id }, "no case for \(policy.id)")
    }
    let failed = results.filter { !$0.passed }
    #expect(failed.count == 0, "\(PolicyTestRunner.report(failed))")
  }

  @Test func aBrokenExpectationIsReportedAsAFailure() throws {
    let set = try Self.load()
    let text = """
      policy state-tvet-scholarship
      case "a deliberately wrong amount"
        as-of 2026-10-01
        facts stage=college funding=state_order form=full_time qualification_level=worker lowest_grade=4 categories=[]
        expect eligible
        amount 99999 KZT per month
      case "a deliberately wrong outcome"
        as-of 2026-10-01
        facts stage=college funding=paid form=full_time qualification_level=worker lowest_grade=4
        expect eligible
      """
    let (results, diagnostics) = PolicyTestRunner.run(
      files: [("broken.tests", text)], policies: set)
    #expect(diagnostics.isEmpty)
    #expect(results.count == 2)
    #expect(results.allSatisfy { !$0.passed })
    #expect(
      results[0].failures.map(\.en) == [
        "expected amount 99999 KZT per month, got 43574 KZT per month"
      ])
    #expect(
      results[0].failures.map(\.kk)
        == ["күтілген сома 99\u{00A0}999\u{00A0}₸ айына, бірақ нәтиже 43\u{00A0}574\u{00A0}₸ айына"]
    )
    #expect(
      results[0].failures.map(\.ru)
        == [
          "ожидалась сумма 99\u{00A0}999\u{00A0}₸ в месяц, а получено 43\u{00A0}574\u{00A0}₸ в месяц"
        ])
    #expect(
      results[1].failures.first?.en.hasPrefix(
        "expected eligible, got ineligible (not-state-order fail)") == true)
    #expect(
      results[1].failures.first?.kk.hasPrefix(
        "'eligible' күтілді, бірақ нәтиже — 'ineligible' (not-state-order орындалмады")
        == true)
    #expect(
      results[1].failures.first?.ru.hasPrefix(
        "ожидалось 'eligible', а получено 'ineligible' (not-state-order не выполнено")
        == true)
    #expect(PolicyTestRunner.report(results).hasSuffix("0 passed, 2 failed"))
    #expect(PolicyTestRunner.report(results, language: .kk).hasSuffix("0 өтті, 2 өтпеді"))
  }

  @Test func testFileErrorsArePlaced() throws {
    let set = try Self.load()
    let text =
      "policy state-tvet-scholarship\ncase \"x\"\n  as-of 2026-10-01\n  facts gpaa=3\n  expect eligible\n"
    let (_, diagnostics) = PolicyTestRunner.run(files: [("bad.tests", text)], policies: set)
    #expect(
      diagnostics.map(\.description) == [
        "bad.tests:4:9: error: unknown fact 'gpaa': did you mean 'gpa'?"
      ])
  }
}
