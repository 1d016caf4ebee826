import JolModel

@testable import JolMatching

typealias Instance = MatchingInstance<String, String, String>
typealias IntInstance = MatchingInstance<Int, Int, Int>

/// Small random instances for property and brute-force tests: lists in random order, mentors
/// ranking a random part of those who chose them (and now and then a student who did not),
/// scores with ties on some, enterprise caps on some.
struct RandomInstances {
  var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
  mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

  mutating func instance(
    students: Int, mentors: Int, maxCapacity: Int = 2, enterprises: Int = 0, scored: Bool = false
  ) -> IntInstance {
    var lists = (0..<students).map { _ in
      Array((0..<mentors).shuffled(using: &generator).prefix(int(0...mentors)))
    }
    if students > 0 && lists.allSatisfy(\.isEmpty) { lists[0] = [0] }
    var enterpriseOf = [Int?](repeating: nil, count: mentors)
    if enterprises > 0 {
      for m in 0..<mentors where chance(70) { enterpriseOf[m] = int(0...enterprises - 1) }
    }
    let mentorList = (0..<mentors).map { m -> IntInstance.Mentor in
      var applicants = (0..<students).filter { lists[$0].contains(m) }.shuffled(using: &generator)
      applicants = applicants.filter { _ in chance(85) }
      if chance(20), let outsider = (0..<students).first(where: { !lists[$0].contains(m) }) {
        applicants.append(outsider)
      }
      var scores: [FixedDecimal]?
      if scored {
        scores = applicants.map { _ in FixedDecimal(int(1...4)) }.sorted(by: >)
      }
      return IntInstance.Mentor(
        m, capacity: int(0...maxCapacity), enterprise: enterpriseOf[m], ranking: applicants,
        scores: scores)
    }
    return IntInstance(
      students: lists.enumerated().map { IntInstance.Student($0, choices: $1) },
      mentors: mentorList,
      enterprises: (0..<enterprises).map { IntInstance.Enterprise($0, capacity: int(0...3)) })
  }
}

/// Stability by its definition, naively, from the instance alone: for the brute-force tests,
/// to check the solver and the verifier against.
enum Definition {
  /// The priority of `student` at `mentor`, nil when unacceptable to either side.
  static func priority(_ instance: IntInstance, _ student: Int, _ mentor: Int) -> Int64? {
    guard instance.students[student].choices.contains(mentor) else { return nil }
    let m = instance.mentors[mentor]
    guard let position = m.ranking.firstIndex(of: student) else { return nil }
    return m.scores.map { $0[position].units } ?? -Int64(position + 1)
  }

  /// Whether contract (a, ma) ranks above (b, mb).
  static func above(
    _ instance: IntInstance, _ lottery: [Int], _ a: Int, _ ma: Int, _ b: Int, _ mb: Int
  ) -> Bool {
    let pa = priority(instance, a, ma)!
    let pb = priority(instance, b, mb)!
    if pa != pb { return pa > pb }
    if lottery[a] != lottery[b] { return lottery[a] < lottery[b] }
    if a != b { return a < b }
    let list = instance.students[a].choices
    return list.firstIndex(of: ma)! < list.firstIndex(of: mb)!
  }

  /// Whether `matching` (mentor per student, nil unmatched) is valid and has no blocking pair.
  static func isStable(_ instance: IntInstance, _ lottery: [Int], _ matching: [Int?]) -> Bool {
    isValid(instance, matching) && blockingCount(instance, lottery, matching) == 0
  }

  static func isValid(_ instance: IntInstance, _ matching: [Int?]) -> Bool {
    for (s, m) in matching.enumerated() {
      if let m, priority(instance, s, m) == nil { return false }
    }
    for mentor in instance.mentors
    where matching.filter({ $0 == mentor.id }).count > mentor.capacity {
      return false
    }
    for enterprise in instance.enterprises {
      let load = matching.filter { m in
        m.map { instance.mentors[$0].enterprise == enterprise.id } ?? false
      }
      if load.count > enterprise.capacity { return false }
    }
    return true
  }

  static func blockingCount(_ instance: IntInstance, _ lottery: [Int], _ matching: [Int?]) -> Int {
    var count = 0
    for (s, student) in instance.students.enumerated() {
      let limit =
        matching[s].flatMap { student.choices.firstIndex(of: $0) } ?? student.choices.count
      for m in student.choices.prefix(limit) where priority(instance, s, m) != nil {
        let atMentor = matching.indices.filter {
          matching[$0] == m && above(instance, lottery, $0, m, s, m)
        }
        if atMentor.count >= instance.mentors[m].capacity { continue }
        if let e = instance.mentors[m].enterprise {
          let atEnterprise = matching.indices.filter { t in
            guard let mt = matching[t], instance.mentors[mt].enterprise == e else { return false }
            return above(instance, lottery, t, mt, s, m)
          }
          if atEnterprise.count >= instance.enterprises[e].capacity { continue }
        }
        count += 1
      }
    }
    return count
  }

  /// Every valid matching, by brute force: each student unmatched or with an acceptable mentor.
  static func allValidMatchings(_ instance: IntInstance) -> [[Int?]] {
    var result: [[Int?]] = []
    var current: [Int?] = []
    func extend(_ s: Int) {
      if s == instance.students.count {
        if isValid(instance, current) { result.append(current) }
        return
      }
      current.append(nil)
      extend(s + 1)
      current.removeLast()
      for m in instance.students[s].choices where priority(instance, s, m) != nil {
        current.append(m)
        extend(s + 1)
        current.removeLast()
      }
    }
    extend(0)
    return result
  }

  /// The place of `mentor` on the student's list; unmatched is below every choice.
  static func place(_ instance: IntInstance, _ student: Int, _ mentor: Int?) -> Int {
    mentor.flatMap { instance.students[student].choices.firstIndex(of: $0) } ?? Int.max
  }
}
