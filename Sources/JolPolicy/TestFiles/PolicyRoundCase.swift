import JolModel

/// A round case of a `.tests` file: applicants with their facts and days of application, and
/// what the round must decide — who is awarded, and how many seats each pool has.
///
/// ```
/// round "the rural quota fills first"
///   as-of 2026-08-25
///   applicant A applied 2026-07-01 facts gpa=4.6 categories=[rural]
///   applicant B applied 2026-07-01 facts gpa=4.9
///   awarded A, B
///   pool rural seats 30
/// ```
public struct PolicyRoundCase: Sendable {
  public var name: String
  public var location: SourceLocation
  public var asOf: CivilDate
  /// The lottery seed added to the policy's (`seed "…"`), if any.
  public var seed: String?
  public var applicants: [Applicant]
  /// The subjects expected awarded, exactly (in any order).
  public var awarded: [String]
  /// Expected seats by pool name (`general` or a reserved quota's name).
  public var poolSeats: [(name: String, seats: Int)]
}

extension PolicyTestRunner {
  /// Runs one round case: the round over its applicants, compared with what it expects.
  public static func run(_ round: PolicyRoundCase, _ policy: CompiledPolicy, file: String)
    -> PolicyTestResult
  {
    let result = Round.run(
      policy: policy, applicants: round.applicants, asOf: round.asOf, seed: round.seed)
    var failures: [LocalizedText] = []
    if let policyResult = result.policies.first {
      let awarded = policyResult.entries.filter { $0.status == .awarded }.map(\.subject)
      if Set(awarded) != Set(round.awarded) {
        failures.append(.awardedDiffers(expected: round.awarded, got: awarded))
      }
      for (name, seats) in round.poolSeats {
        let pool = policyResult.pools.enumerated().first { index, pool in
          pool.name == name || (name == "general" && index == 0)
        }?.element
        if pool?.seats != seats {
          failures.append(.poolSeatsDiffer(name, expected: seats, got: pool?.seats))
        }
      }
      failures += result.errors.map { error in LocalizedText.each({ _ in error.description }) }
    }
    return PolicyTestResult(
      file: file, name: round.name, location: round.location, failures: failures, decision: nil)
  }
}

extension LocalizedText {
  fileprivate static func awardedDiffers(expected: [String], got: [String]) -> Self {
    let expected = "[\(expected.joined(separator: ", "))]"
    let got = "[\(got.sorted().joined(separator: ", "))]"
    return PolicyTestMessage.awardedDiffers.text(["expected": expected, "got": got])
  }

  fileprivate static func poolSeatsDiffer(_ name: String, expected: Int, got: Int?) -> Self {
    let got = got.map(String.init) ?? "—"
    return PolicyTestMessage.poolSeatsDiffer.text([
      "name": name, "expected": String(expected), "got": got,
    ])
  }
}
