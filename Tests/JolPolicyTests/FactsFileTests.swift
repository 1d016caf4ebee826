import JolModel
import Testing

@testable import JolPolicy

struct FactsFileTests {
  func parse(_ text: String) throws(FactsFileError) -> [Facts] {
    try FactsFile.parse(Array(text.utf8), fileName: "facts.jsonl")
  }

  @Test func readsEveryKindOfValueExactly() throws {
    let facts = try parse(
      """
      {"id": "L1", "stage": "college", "gpa": 3.45, "attendance": "92,5", "lowest_grade": 4, "categories": ["rural", "orphan"], "mentorship": true, "birth_date": "2008-02-29", "specialty": "07150500", "awards": []}

      {"id": 2, "gpa": null}
      """)
    #expect(facts.count == 2)
    #expect(facts[0].gpa == FixedDecimal("3.45"))
    #expect(facts[0].attendance == FixedDecimal("92.5"))
    #expect(facts[0].categories == [.rural, .orphan])
    #expect(facts[0].mentorship == true)
    #expect(facts[0].specialty?.rawValue == "07150500")
    #expect(facts[0].awards == [])
    #expect(facts[1].id == "2")
    #expect(facts[1].gpa == nil)
  }

  @Test(arguments: [
    (
      "{\"id\": \"L1\", \"gpaa\": 3}",
      "facts.jsonl:1:14: error: unknown fact 'gpaa': did you mean 'gpa'?"
    ),
    (
      "{\"id\": \"L1\", \"stage\": \"colege\"}",
      "facts.jsonl:1:23: error: unknown stage 'colege': expected one of school, college, enterprise, university, outside (did you mean 'college'?)"
    ),
    (
      "{\"id\": \"L1\", \"gpa\": 7}", "facts.jsonl:1:21: error: gpa 7 is out of range: expected 0–5"
    ),
    (
      "{\"stage\": \"college\"}",
      "facts.jsonl:1:1: error: missing \"id\": every line names its subject"
    ),
    (
      "{\"id\": \"Ә1\", \"ағы\": 1}",
      "facts.jsonl:1:14: error: unknown fact 'ағы': expected id or one of stage, grade, institution, specialty, qualification, qualification_level, form, dual_training, funding, course, gpa, attendance, lowest_grade, categories, region, district, age, birth_date, diagnostic_direction, mentorship, awards, applied_on, employer, enterprise_agreement, work_obligation_years"
    ),
    (
      "{\"id\": \"L1\", \"gpa\": 4, \"gpa\": 5}",
      "facts.jsonl:1:24: error: key 'gpa' given twice"
    ),
    (
      "{\"id\": \"L1\", \"stage\": \"school\", \"id\": \"L2\"}",
      "facts.jsonl:1:33: error: key 'id' given twice"
    ),
    (
      "{\"id\": \"L1\", \"awards\": [], \"gpa\": 4, \"awards\": []}",
      "facts.jsonl:1:38: error: key 'awards' given twice"
    ),
    (
      "{\"id\": \"L1\"} x",
      "facts.jsonl:1:14: error: unexpected 'x' after the object: one object per line"
    ),
    (
      "{\"id\": \"L1\", \"lowest_grade\": \"4.5\"}",
      "facts.jsonl:1:30: error: lowest_grade: expected a whole number"
    ),
  ])
  func errorsArePlaced(input: String, expected: String) {
    #expect(throws: FactsFileError.self) { try parse(input) }
    do {
      _ = try parse("{\"id\": \"ok\"}\n" + input)
    } catch {
      #expect(
        error.description
          == expected.replacingOccurrences(of: "facts.jsonl:1:", with: "facts.jsonl:2:"))
    }
  }

  /// The words true, false and null are read on their bytes: whole, at a line's end or before
  /// a separator; a word cut short or run on is an error at its place, never read past the line.
  @Test func literalWordsAreReadWholeOrPlaced() throws {
    let facts = try parse(
      """
      {"id": "a", "mentorship": true}
      {"id": "b", "mentorship":false }
      {"id": "c", "mentorship": null, "gpa": 4}
      """)
    #expect(facts.map(\.mentorship) == [true, false, nil])
    #expect(facts[2].gpa == FixedDecimal("4"))
    for (line, column) in [
      (#"{"id": "L1", "mentorship": tru}"#, 28),
      (#"{"id": "L1", "mentorship": fals"#, 28),
      (#"{"id": "L1", "mentorship": nul"#, 28),
      (#"{"id": "L1", "mentorship": n"#, 28),
      (#"{"id": "L1", "mentorship": truex}"#, 32),
      (#"{"id": "L1", "mentorship": nullnull}"#, 32),
    ] {
      do {
        _ = try parse(line + "\n{\"id\": \"L2\", \"mentorship\": true}")
        Issue.record("expected an error: \(line)")
      } catch {
        #expect(error.diagnostics.count == 1, "\(line)")
        #expect(error.description.hasPrefix("facts.jsonl:1:\(column): error:"), "\(error)")
      }
    }
  }

  @Test func repeatedIDIsAnError() {
    do {
      _ = try parse("{\"id\": \"a\"}\n{\"id\": \"a\"}")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == "facts.jsonl:2:1: error: id 'a' repeats line 1: one line per subject")
    }
  }

  @Test func evalOverAFactsFileMatchesTheTestFileCase() throws {
    let set = try ShippedPoliciesTests.load()
    let policy = set.policy("state-tvet-scholarship")!
    let facts = try parse(
      "{\"id\": \"L7\", \"stage\": \"college\", \"funding\": \"state_order\", \"form\": \"full_time\", \"qualification_level\": \"worker\", \"lowest_grade\": 5, \"categories\": []}"
    )
    let line = DecisionRenderer.json(
      Evaluator.evaluate(policy, facts[0], asOf: date("2026-10-01")), language: .ru)
    #expect(
      line.contains(
        "\"subject\":\"L7\",\"policy\":\"state-tvet-scholarship\",\"version\":\"\(policy.version)\""
      ))
    #expect(
      line.contains(
        "\"as_of\":\"2026-10-01\",\"outcome\":\"eligible\",\"amount\":{\"value\":\"50110\",\"currency\":\"KZT\",\"per\":\"month\"}"
      ))
  }
}

struct PolicyDiffTests {
  @Test func raisingTheThresholdShowsWhoLoses() throws {
    let old = compileSample()
    let new = compileSample(
      samplePolicy.replacingOccurrences(of: "version 2", with: "version 3").replacingOccurrences(
        of: "from 2026-09-01 = 3.5", with: "from 2026-09-01 = 3.7"))
    var rng = SyntheticGenerator(seed: 99)
    let population = (0..<500).map { rng.facts(id: "P\($0)") }
    let diff = PolicyDiff.compare(
      old: old, new: new, population: population, asOf: date("2026-10-01"))
    #expect(diff.gains == 0)
    #expect(diff.losses > 0)
    for row in diff.rows where row.change == .loses {
      #expect(row.new.failedReasons == ["gpa-below-minimum"])
      let gpa = try #require(population.first { $0.id == row.subject }?.gpa)
      #expect(gpa >= FixedDecimal("3.5")! && gpa < FixedDecimal("3.7")!)
    }
    #expect(diff.newTotal!.value < diff.oldTotal!.value)
    #expect(diff.text(language: .en).contains("gain: 0; lose: \(diff.losses)"))
    #expect(diff.json().last!.contains("\"losses\":\(diff.losses)"))
  }
}
