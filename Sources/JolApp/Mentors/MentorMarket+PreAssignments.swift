import JolModel

extension MentorMarket {
  /// The pre-assignments as the run records them, each checked against the log and the
  /// seats left after the ones before it: the student then takes no part in the run and the
  /// seat counts as taken. The programme's hard constraints do not apply (a coordinator's
  /// decision, as a `move` is).
  ///
  /// - Parameter held: the mentorships held now, per mentor (``heldSeats()``).
  /// - Throws: ``CommandError`` 64 when a student is pre-assigned twice or a pair is both banned
  ///   and pre-assigned; 66 for a learner the log does not have (or erased); 65 when the mentor
  ///   is not registered, the student already has a mentor, or the mentor — or, when the
  ///   programme counts enterprise capacities, its enterprise — has no seat left.
  func checkedPreAssignments(held: [MentorID: Int]) throws -> [MentorRun.PreAssignment] {
    var taken = held
    var enterpriseTaken: [EnterpriseID: Int] = [:]
    for (mentor, count) in held {
      if let enterprise = state.mentors[mentor]?.registration?.enterprise {
        enterpriseTaken[enterprise, default: 0] += count
      }
    }
    var seen: Set<LearnerID> = []
    var result: [MentorRun.PreAssignment] = []
    for (learnerID, mentor) in preAssignments {
      let names = ["student": learnerID.rawValue, "mentor": mentor.rawValue]
      guard seen.insert(learnerID).inserted else {
        throw CommandError.usage(MentorsText.preAssignedTwice.text(names))
      }
      if bans.contains([learnerID.rawValue, mentor.rawValue]) {
        throw CommandError.usage(MentorsText.bannedAndPreAssigned.text(names))
      }
      guard let learner = state.learner(learnerID), learner.erased == nil else {
        throw LearnerLookup.unknownLearner(learnerID)
      }
      if let current = learner.currentMentorship {
        throw CommandError(
          MentorsText.preAssignedHasMentor.text(
            ["student": learnerID.rawValue, "mentor": current.mentor.rawValue]),
          exitCode: .dataError)
      }
      guard let registration = state.mentors[mentor]?.registration else {
        throw CommandError(
          MentorsText.unknownMentor.text(["mentor": mentor.rawValue]), exitCode: .dataError)
      }
      let used = taken[mentor, default: 0]
      guard used < registration.capacity else {
        throw CommandError(
          MentorsText.noSeatForPreAssignment.text(
            names.merging(
              ["capacity": "\(registration.capacity)", "taken": "\(used)"]) { a, _ in a }),
          exitCode: .dataError)
      }
      let enterprise = registration.enterprise
      if programme.enterpriseCapacity,
        let capacity = state.enterprises[enterprise]?.registration?.capacity,
        enterpriseTaken[enterprise, default: 0] >= capacity
      {
        throw CommandError(
          MentorsText.noEnterpriseSeatForPreAssignment.text(
            names.merging(
              [
                "enterprise": enterprise.rawValue, "capacity": "\(capacity)",
                "taken": "\(enterpriseTaken[enterprise, default: 0])",
              ]) { a, _ in a }),
          exitCode: .dataError)
      }
      taken[mentor, default: 0] += 1
      enterpriseTaken[enterprise, default: 0] += 1
      result.append(
        MentorRun.PreAssignment(
          student: learnerID.rawValue, mentor: mentor.rawValue, enterprise: enterprise.rawValue))
    }
    return result
  }
}
