import Foundation
import JolMatching
import JolModel

/// One run of the mentor assignment: the instance the engine solved (each student's list, each
/// mentor's capacity and scored ranking with the score's components, enterprises' capacities),
/// the lottery, and where in the log it was built. Kept as a derived file
/// (`DATA/snapshots/mentoring/RUN-ID.json`) from `jol mentors assign` until `publish`, and
/// after, for `explain`, `show`, `verify` and `move`; solving it again gives the same result
/// (the engine is deterministic), so the file holds the inputs, not the outcome.
struct MentorRun: Codable, Equatable {
  struct Student: Codable, Equatable {
    /// The learner (pseudonymous id).
    var id: String
    /// Mentor ids, best first, after enterprises were expanded.
    var choices: [String]
    /// Whether the programme built the list (the student listed nothing).
    var built: Bool
  }

  struct Applicant: Codable, Equatable {
    var student: String
    var score: FixedDecimal
    /// The score's terms, in the programme's order.
    var components: [Component]
  }

  struct Component: Codable, Equatable {
    var name: String
    var value: FixedDecimal
  }

  struct Mentor: Codable, Equatable {
    var id: String
    var enterprise: String
    /// The seats left for this run (registered capacity less current mentorships).
    var capacity: Int
    /// The students who listed the mentor and whom it accepts, highest score first.
    var ranking: [Applicant]
  }

  /// A pair a coordinator fixed before the run (`--pre-assign`): the student took no part and
  /// the seat was taken; `publish` records it with the others.
  struct PreAssignment: Codable, Equatable {
    var student: String
    var mentor: String
    var enterprise: String
  }

  struct Enterprise: Codable, Equatable {
    var id: String
    /// Seats left across its mentors for this run.
    var capacity: Int
  }

  var id: String
  var programme: String
  var round: Int
  var asOf: CivilDate
  /// The global sequence of the last event the run read: publishing needs the log unchanged.
  var logPosition: UInt64
  var seed: String
  var students: [Student]
  var mentors: [Mentor]
  /// Enterprises whose capacity caps their mentors (none when the programme turns it off).
  var enterprises: [Enterprise]
  /// Each student's lottery number, in student order.
  var lottery: [Int]
  /// The pairs fixed before the run, in the order given.
  var preAssigned: [PreAssignment] = []

  fileprivate enum CodingKeys: String, CodingKey {
    case id, programme, round
    case asOf = "as_of"
    case logPosition = "log_position"
    case seed, students, mentors, enterprises, lottery
    case preAssigned = "pre_assigned"
  }

  /// The engine's instance.
  var instance: MatchingInstance<String, String, String> {
    let capped = Set(enterprises.map(\.id))
    return MatchingInstance(
      students: students.map { .init($0.id, choices: $0.choices) },
      mentors: mentors.map { mentor in
        .init(
          mentor.id, capacity: mentor.capacity,
          enterprise: capped.contains(mentor.enterprise) ? mentor.enterprise : nil,
          ranking: mentor.ranking.map(\.student), scores: mentor.ranking.map(\.score))
      },
      enterprises: enterprises.map { .init($0.id, capacity: $0.capacity) })
  }

  /// The result: the instance solved with the recorded lottery.
  /// - Throws: ``CommandError`` 65 when the file's instance does not hold together (edited).
  func solve() throws -> MatchingResult<String, String, String> {
    guard lottery.count == students.count else { throw damaged }
    do {
      return try instance.solve(lottery: MatchingLottery(numbers: lottery))
    } catch {
      throw damaged
    }
  }

  /// The student's index, if the run has them.
  func index(of learner: LearnerID) -> Int? {
    students.firstIndex { $0.id == learner.rawValue }
  }

  /// The student's pre-assignment, if the run has one.
  func preAssignment(of learner: LearnerID) -> PreAssignment? {
    preAssigned.first { $0.student == learner.rawValue }
  }

  private var damaged: CommandError {
    CommandError(MentorsText.runDamaged.text(["id": id]), exitCode: .dataError)
  }
}

extension MentorRun {
  /// Decodes a run file; one kept before pre-assignments existed has none.
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    programme = try container.decode(String.self, forKey: .programme)
    round = try container.decode(Int.self, forKey: .round)
    asOf = try container.decode(CivilDate.self, forKey: .asOf)
    logPosition = try container.decode(UInt64.self, forKey: .logPosition)
    seed = try container.decode(String.self, forKey: .seed)
    students = try container.decode([Student].self, forKey: .students)
    mentors = try container.decode([Mentor].self, forKey: .mentors)
    enterprises = try container.decode([Enterprise].self, forKey: .enterprises)
    lottery = try container.decode([Int].self, forKey: .lottery)
    preAssigned =
      try container.decodeIfPresent([PreAssignment].self, forKey: .preAssigned) ?? []
  }
}
