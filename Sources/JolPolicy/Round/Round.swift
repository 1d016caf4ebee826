import JolModel

/// Funding rounds: rank eligible applicants, fill reserved quotas, then general seats, within
/// seats and budget, one award per learner.
///
/// Allocation, per policy:
/// 1. eligible applicants are ordered by the rank keys, then by the seeded lottery;
/// 2. each reserved quota (`reserve 30% for rural …`, ⌊seats × share⌋ seats) is filled first,
///    in rank order, by applicants its condition admits;
/// 3. unused quota seats go to the general pool or stay vacant, as each quota says;
/// 4. the general pool is filled by everyone not yet awarded, in rank order;
/// 5. the budget is spent in rank order; the first award it cannot cover stops that pool
///    (no lower-ranked applicant jumps ahead because the award is smaller).
///
/// With several policies (an exclusivity group with preferences), applicants propose to their
/// preferred policy first; a policy keeps the best it can take and rejects the rest, who
/// propose to their next choice (applicant-proposing deferred acceptance). No learner ends up
/// with two awards of the round.
public enum Round {
  /// Runs a round of one policy. `seed` is added to the policy's lottery seed when given (a
  /// re-run of the same round uses the same one).
  /// - Complexity: O(n log n) in the number of applicants.
  public static func run(
    policy: CompiledPolicy, applicants: [Applicant], asOf: CivilDate, seed: String? = nil
  ) -> RoundResult {
    run(policies: [policy], applicants: applicants, asOf: asOf, seed: seed)
  }

  /// Runs a round over several policies with applicants' preferences between them.
  /// - Complexity: O(p · n log n) to rank, plus O(p · n) per deferred-acceptance step.
  public static func run(
    policies: [CompiledPolicy], applicants: [Applicant], asOf: CivilDate, seed: String? = nil
  ) -> RoundResult {
    let (subjects, originals, duplicate) = deduplicate(applicants, asOf: asOf)
    var rankings = policies.map {
      RoundRanking(policy: $0, subjects: subjects, asOf: asOf, seed: seed)
    }
    let preferences = subjects.indices.map { index -> [Int] in
      let wanted = applicants[originals[index]].preferences
      if wanted.isEmpty { return Array(policies.indices) }
      return wanted.compactMap { id in policies.firstIndex { $0.id == id } }
    }

    // Deferred acceptance; with one policy it is a single allocation.
    var pointer = [Int](repeating: 0, count: subjects.count)
    var holding = [Int](repeating: -1, count: subjects.count)
    var candidates = policies.map { _ in [Bool](repeating: false, count: subjects.count) }
    var changed = true
    while changed {
      changed = false
      for index in subjects.indices where holding[index] < 0 {
        while pointer[index] < preferences[index].count {
          let choice = preferences[index][pointer[index]]
          if rankings[choice].isEligible(index) && !candidates[choice][index] {
            candidates[choice][index] = true
            changed = true
            break
          }
          pointer[index] += 1
        }
      }
      guard changed else { break }
      for choice in policies.indices {
        rankings[choice].allocate(candidates: candidates[choice])
        for index in subjects.indices where candidates[choice][index] {
          if rankings[choice].isAwarded(index) {
            holding[index] = choice
          } else {
            candidates[choice][index] = false
            if holding[index] == choice { holding[index] = -1 }
            if pointer[index] < preferences[index].count,
              preferences[index][pointer[index]] == choice
            {
              pointer[index] += 1
            }
          }
        }
      }
    }
    let results = policies.indices.map { choice in
      rankings[choice].result(
        holding: holding, choice: choice, duplicates: duplicate, applicants: applicants)
    }
    return RoundResult(asOf: asOf, seeds: rankings.map(\.seedText), policies: results)
  }

  /// First application of each subject (earliest `appliedOn`, then input order); the others
  /// are duplicates.
  private static func deduplicate(_ applicants: [Applicant], asOf: CivilDate) -> (
    subjects: [Facts], originals: [Int], duplicates: [Int]
  ) {
    let applied = applicants.map { $0.appliedOn ?? $0.facts.appliedOn }
    var first: [String: Int] = [:]
    first.reserveCapacity(applicants.count)
    for index in applicants.indices {
      let subject = applicants[index].facts.id
      if let existing = first[subject] {
        if let later = applied[index], applied[existing].map({ later < $0 }) ?? true {
          first[subject] = index
        }
      } else {
        first[subject] = index
      }
    }
    var subjects: [Facts] = []
    var originals: [Int] = []
    originals.reserveCapacity(first.count)
    var duplicates: [Int] = []
    subjects.reserveCapacity(first.count)
    for index in applicants.indices {
      guard first[applicants[index].facts.id] == index else {
        duplicates.append(index)
        continue
      }
      var facts = applicants[index].facts
      if let appliedOn = applicants[index].appliedOn { facts.appliedOn = appliedOn }
      subjects.append(facts)
      originals.append(index)
    }
    return (subjects, originals, duplicates)
  }
}
