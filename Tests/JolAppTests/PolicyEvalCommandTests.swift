import Foundation
import JolApp
import Synchronization
import Testing

@Suite struct PolicyEvalCommandTests {
  static let learners = [
    #"{"id": "L1", "stage": "college", "funding": "state_order", "form": "full_time", "qualification_level": "specialist", "lowest_grade": 5, "categories": []}"#,
    #"{"id": "L2", "stage": "college", "funding": "paid", "form": "full_time", "qualification_level": "worker", "lowest_grade": 4}"#,
    #"{"id": "L3", "stage": "college", "funding": "state_order", "form": "full_time"}"#,
  ]

  func evaluate(_ extra: [String], facts: [String] = learners) throws -> JolOutput {
    let directory = try temporaryDirectory()
    let path = try writeFacts(facts, in: directory)
    return runJol(
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", path, "--as-of",
        "2026-10-01",
      ] + extra,
      workingDirectory: repositoryRoot)
  }

  @Test func explainedJSONHasTheShapeIssueFourSpecifies() throws {
    let result = try evaluate(["--explain", "--format", "json", "--lang", "en"])
    #expect(result.exitCode == 0)
    let rows = try jsonLines(result.stdout)
    #expect(rows.count == 3)

    let eligible = rows[0]
    #expect(eligible["subject"] as? String == "L1")
    #expect(eligible["policy"] as? String == "state-tvet-scholarship")
    #expect(eligible["version"] as? String == "3")
    #expect(eligible["as_of"] as? String == "2026-10-01")
    #expect(eligible["outcome"] as? String == "eligible")
    let amount = try #require(eligible["amount"] as? [String: Any])
    #expect(amount["value"] as? String == "48180")
    #expect(amount["currency"] as? String == "KZT")
    #expect(amount["per"] as? String == "month")
    #expect(Set(amount.keys) == ["value", "currency", "per"])
    let criteria = try #require(eligible["criteria"] as? [[String: Any]])
    #expect(
      criteria.map { $0["id"] as? String } == [
        "not-in-college", "not-state-order", "not-full-time", "has-satisfactory-grade",
        "holds-this-award",
      ])
    for criterion in criteria {
      #expect(criterion["status"] as? String == "pass")
      #expect(criterion["reason"] is String)
      #expect(criterion["values"] is [String: Any])
    }
    let grade = try #require(
      criteria.first { $0["id"] as? String == "has-satisfactory-grade" }?["values"]
        as? [String: Any])
    #expect(grade["lowest_grade"] as? String == "5")
    #expect((grade["categories"] as? [String]) == [])

    let refused = rows[1]
    #expect(refused["outcome"] as? String == "ineligible")
    #expect(refused["amount"] is NSNull)
    let failed = try #require(
      (refused["criteria"] as? [[String: Any]])?.first { $0["status"] as? String == "fail" })
    #expect(failed["id"] as? String == "not-state-order")
    #expect(
      failed["reason"] as? String
        == "Not studying under the state educational order (funding: paid)")
    #expect((failed["values"] as? [String: Any])?["funding"] as? String == "paid")

    let unknown = rows[2]
    #expect(unknown["outcome"] as? String == "needs-information")
    #expect(unknown["amount"] is NSNull)
    let missing = try #require(
      (unknown["criteria"] as? [[String: Any]])?.first { $0["status"] as? String == "unknown" })
    #expect(missing["id"] as? String == "has-satisfactory-grade")
    #expect((missing["values"] as? [String: Any])?["lowest_grade"] is NSNull)
    #expect((unknown["missing_facts"] as? [String])?.contains("lowest_grade") == true)
  }

  @Test func withoutExplainOnlyWhatDidNotPassIsListed() throws {
    let rows = try jsonLines(evaluate(["--format", "json", "--lang", "ru"]).stdout)
    #expect((rows[0]["criteria"] as? [Any])?.isEmpty == true)
    let refused = try #require((rows[1]["criteria"] as? [[String: Any]])?.first)
    #expect(refused["status"] as? String == "fail")
    #expect(
      refused["reason"] as? String
        == "Обучается не по государственному образовательному заказу (финансирование: платное)")
    // The codes stay in `values`, for programs.
    #expect((refused["values"] as? [String: Any])?["funding"] as? String == "paid")
  }

  @Test func textOutputExplainsInTheLanguageAndTallies() throws {
    let result = try evaluate(["--explain", "--lang", "kk"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("Шешім: тағайындалады"))
    #expect(result.stdout.contains("48\u{00A0}180\u{00A0}₸ айына"))
    #expect(
      result.stdout.contains(
        "Мемлекеттік білім беру тапсырысы бойынша оқымайды (қаржыландыру: ақылы)"))
    #expect(
      result.stdout.hasSuffix(
        "Барлығы 3: тағайындалады 1, тағайындалмайды 1, мәлімет жеткіліксіз 1\n"))
  }

  /// A waived criterion names the exception that waived it, as the policy wrote it, in text and
  /// in the JSON `reason` — not the exception's priority number.
  @Test func aWaivedCriterionNamesItsException() throws {
    let firstYear = [
      #"{"id": "F1", "stage": "college", "funding": "state_order", "form": "full_time", "qualification_level": "worker", "course": 1, "categories": []}"#
    ]
    let text = try evaluate(["--explain", "--lang", "en"], facts: firstYear)
    #expect(text.exitCode == 0)
    #expect(
      text.stdout.contains(
        "waived by an exception: year of study = 1 and not (lowest session grade: known)"))
    #expect(!text.stdout.contains("(20)"))
    let json = try evaluate(["--explain", "--lang", "ru", "--format", "json"], facts: firstYear)
    #expect(json.stdout.contains("снято исключением: курс = 1"))
    #expect(json.stdout.contains(#""priority":20"#))
  }

  @Test func anUnknownFactIsReportedAtItsLineAndColumnWithExit65() throws {
    let facts = [Self.learners[0], #"{"id": "L9", "stage": "college", "gpaa": 3.4}"#]
    let result = try evaluate(["--format", "json", "--lang", "en"], facts: facts)
    #expect(result.exitCode == 65)
    #expect(result.stdout.isEmpty)
    let column = try position(of: "\"gpaa\"", in: facts[1]).column
    #expect(
      result.stderr.contains(
        "facts.jsonl:2:\(column): error: unknown fact 'gpaa': did you mean 'gpa'?"))
  }

  @Test func missingFilesAndUnknownPoliciesExit66() throws {
    let missingFacts = runJol(
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", "nowhere.jsonl",
        "--lang", "en",
      ], workingDirectory: repositoryRoot)
    #expect(missingFacts.exitCode == 66)
    #expect(missingFacts.stderr.contains("nowhere.jsonl not found"))
    let typo = runJol(
      [
        "policy", "eval", "--policy", "state-tvet-scholarshp", "--facts", "x.jsonl", "--lang", "en",
      ],
      workingDirectory: repositoryRoot)
    #expect(typo.exitCode == 66)
    #expect(typo.stderr.contains("did you mean 'state-tvet-scholarship'?"))
    let missingPolicy = runJol(
      ["policy", "eval", "--policy", "old.policy", "--facts", "x.jsonl", "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(missingPolicy.exitCode == 66)
  }

  @Test func aPolicyFileIsEvaluatedOnItsOwn() throws {
    let directory = try temporaryDirectory()
    let path = try writeFacts(
      [
        #"{"id": "P1", "stage": "school", "grade": 11, "gpa": 3.5, "age": 17, "applied_on": "2026-07-01"}"#
      ],
      in: directory)
    let result = runJol(
      [
        "policy", "eval", "--policy", "Policies/grants/rural-youth-grant.policy", "--facts", path,
        "--as-of", "2026-08-25", "--format", "json",
      ], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    let row = try #require(try jsonLines(result.stdout).first)
    #expect(row["outcome"] as? String == "eligible")
    #expect((row["amount"] as? [String: Any])?["value"] as? String == "560000")
    #expect((row["amount"] as? [String: Any])?["per"] as? String == "year")
  }

  @Test func largeOutputStreamsInChunks() throws {
    let directory = try temporaryDirectory()
    let facts = (0..<3000).map { index in
      #"{"id": "S\#(index)", "stage": "college", "funding": "state_order", "form": "full_time", "qualification_level": "worker", "lowest_grade": \#(3 + index % 3)}"#
    }
    let path = try writeFacts(facts, in: directory)
    let writes = Mutex<[Int]>([])
    let console = Console(
      writeOut: { piece in writes.withLock { $0.append(piece.utf8.count) } }, writeError: { _ in },
      environment: [:], now: { 1_795_928_400 }, workingDirectory: repositoryRoot)
    let code = Jol.run(
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", path, "--as-of",
        "2026-10-01", "--explain", "--format", "json",
      ], console: console)
    #expect(code == 0)
    let sizes = writes.withLock { $0 }
    #expect(sizes.count > 2)
    #expect(sizes.dropLast().allSatisfy { $0 >= 64 * 1024 && $0 < 80 * 1024 })
  }
}
