/// The outcome of ``MatchingInstance/solve(lottery:)``: the student-optimal stable assignment,
/// who is unmatched, each mentor's and enterprise's cutoff, the lottery used, and each student's
/// explanation. Arrays run parallel to the instance's (`students`, `mentors`, `enterprises`).
public struct MatchingResult<
  StudentID: Hashable & Sendable, MentorID: Hashable & Sendable,
  EnterpriseID: Hashable & Sendable
>: Sendable {
  public typealias Instance = MatchingInstance<StudentID, MentorID, EnterpriseID>

  public let instance: Instance
  public let lottery: MatchingLottery
  let market: MatchingMarket
  let order: ContractOrder
  /// Per student: the contract held at the end, -1 when unmatched.
  let held: [Int32]
  /// Per mentor and per enterprise: the lowest-ranked contract admitted (-1: none), and how many.
  let mentorWorst: [Int32]
  let mentorLoad: [Int]
  let enterpriseWorst: [Int32]
  let enterpriseLoad: [Int]

  init(_ instance: Instance, _ market: MatchingMarket, _ lottery: MatchingLottery) {
    self.instance = instance
    self.market = market
    self.lottery = lottery
    order = ContractOrder(market, lottery: lottery.numbers)
    held = DeferredAcceptance.run(market, order: order)
    var mentorWorst = [Int32](repeating: -1, count: market.mentorCount)
    var mentorLoad = [Int](repeating: 0, count: market.mentorCount)
    var enterpriseWorst = [Int32](repeating: -1, count: market.enterpriseCapacity.count)
    var enterpriseLoad = [Int](repeating: 0, count: market.enterpriseCapacity.count)
    for contract in held where contract >= 0 {
      let m = Int(market.contractMentor[Int(contract)])
      mentorLoad[m] += 1
      if mentorWorst[m] < 0 || order.isBetter(mentorWorst[m], than: contract) {
        mentorWorst[m] = contract
      }
      let e = Int(market.mentorEnterprise[m])
      guard e >= 0 else { continue }
      enterpriseLoad[e] += 1
      if enterpriseWorst[e] < 0 || order.isBetter(enterpriseWorst[e], than: contract) {
        enterpriseWorst[e] = contract
      }
    }
    self.mentorWorst = mentorWorst
    self.mentorLoad = mentorLoad
    self.enterpriseWorst = enterpriseWorst
    self.enterpriseLoad = enterpriseLoad
  }

  /// Each student's mentor (nil: unmatched), in instance order.
  public var assignedMentors: [MentorID?] {
    held.map { $0 < 0 ? nil : instance.mentors[Int(market.contractMentor[Int($0)])].id }
  }

  /// Every (student, mentor) pair of the assignment, in student order.
  public var pairs: [(student: StudentID, mentor: MentorID)] {
    held.enumerated().compactMap { s, contract in
      contract < 0
        ? nil
        : (instance.students[s].id, instance.mentors[Int(market.contractMentor[Int(contract)])].id)
    }
  }

  /// Each mentor's students, best-ranked first, in mentor order (a mentor with none included).
  public var assignments: [(mentor: MentorID, students: [StudentID])] {
    var contracts = [[Int32]](repeating: [], count: market.mentorCount)
    for contract in held where contract >= 0 {
      contracts[Int(market.contractMentor[Int(contract)])].append(contract)
    }
    return contracts.enumerated().map { m, list in
      let sorted = list.sorted { order.isBetter($0, than: $1) }
      return (
        instance.mentors[m].id,
        sorted.map { instance.students[Int(market.contractStudent[Int($0)])].id }
      )
    }
  }

  /// The students with no mentor, in instance order.
  public var unmatched: [StudentID] {
    held.enumerated().compactMap { $1 < 0 ? instance.students[$0].id : nil }
  }

  /// How many students have a mentor.
  public var matchedCount: Int { held.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }

  /// Each mentor's cutoff (nil: admitted nobody), in mentor order.
  public var cutoffs: [Cutoff?] {
    (0..<market.mentorCount).map { m in
      cutoff(
        mentorWorst[m], mentorLoad[m], Int(market.mentorCapacity[m]), scored: market.mentorScored[m]
      )
    }
  }

  /// Each enterprise's cutoff (nil: admitted nobody), in enterprise order.
  public var enterpriseCutoffs: [Cutoff?] {
    (0..<market.enterpriseCapacity.count).map { e in
      let worst = enterpriseWorst[e]
      let scored = worst >= 0 && market.mentorScored[Int(market.contractMentor[Int(worst)])]
      return cutoff(worst, enterpriseLoad[e], Int(market.enterpriseCapacity[e]), scored: scored)
    }
  }

  private func cutoff(_ worst: Int32, _ load: Int, _ capacity: Int, scored: Bool) -> Cutoff? {
    guard worst >= 0 else { return nil }
    return Cutoff(
      value: PriorityValue(market.contractPriority[Int(worst)], scored: scored), admitted: load,
      capacity: capacity)
  }
}

/// A ``MatchingInstance`` that cannot be solved: its problems (errors and warnings).
public struct MatchingInstanceError: Error, Sendable {
  public var problems: [MatchingInstanceProblem]
}

extension MatchingInstance {
  /// Solves the instance with a lottery drawn from `seed` (see ``MatchingLottery``).
  /// - Throws: ``MatchingInstanceError`` when ``problems`` has an error (not only warnings).
  /// - Complexity: O(C·L + P log P): C contracts, L the longest list, P proposals.
  // Specialised for String ids, the ids `jol` reads: generic code called from another module
  // runs unspecialised, through witness tables, several times slower.
  @_specialize(exported:true,where StudentID == String, MentorID == String, EnterpriseID == String)
  public func solve(seed: UInt64) throws(MatchingInstanceError)
    -> MatchingResult<StudentID, MentorID, EnterpriseID>
  {
    try solve(lottery: MatchingLottery(seed: seed, count: students.count))
  }

  /// Solves the instance with the given lottery: student-proposing deferred acceptance under
  /// the rule on ``MatchingInstance``. Deterministic: the same instance and lottery give the
  /// same result.
  /// - Precondition: `lottery.numbers` has one number per student.
  /// - Throws: ``MatchingInstanceError`` when ``problems`` has an error (not only warnings).
  @_specialize(exported:true,where StudentID == String, MentorID == String, EnterpriseID == String)
  public func solve(lottery: MatchingLottery) throws(MatchingInstanceError)
    -> MatchingResult<StudentID, MentorID, EnterpriseID>
  {
    precondition(lottery.numbers.count == students.count, "one lottery number per student")
    let market = MatchingMarket(self)
    guard !market.hasErrors else { throw MatchingInstanceError(problems: market.problems) }
    return MatchingResult(self, market, lottery)
  }
}
