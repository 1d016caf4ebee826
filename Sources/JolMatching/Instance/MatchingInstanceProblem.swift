import JolModel

/// Something wrong with a ``MatchingInstance``: where (by index into its arrays) and what.
/// Errors stop a run; warnings (a ranked student who did not list the mentor) are dropped pairs.
public struct MatchingInstanceProblem: Hashable, Sendable {
  /// Where in the instance: indices into `students`, `mentors`, `enterprises` and their lists.
  public enum Location: Hashable, Sendable {
    /// A student (its id).
    case student(Int)
    /// The `position`-th (0-based) entry of a student's choices.
    case choice(student: Int, position: Int)
    /// A mentor (its id).
    case mentor(Int)
    case mentorCapacity(Int)
    case mentorEnterprise(Int)
    /// The `position`-th (0-based) entry of a mentor's ranking (or score).
    case ranking(mentor: Int, position: Int)
    /// An enterprise (its id).
    case enterprise(Int)
    case enterpriseCapacity(Int)
  }

  /// What is wrong. Ids are given as text (`String(describing:)`), for messages.
  public enum Kind: Hashable, Sendable {
    case repeatedStudent(String)
    case repeatedMentor(String)
    case repeatedEnterprise(String)
    /// A choice names no mentor of the instance.
    case unknownMentor(String)
    /// A mentor appears twice in one student's choices.
    case repeatedChoice(String)
    /// A ranking names no student of the instance.
    case unknownStudent(String)
    /// A student appears twice in one mentor's ranking.
    case repeatedRanking(String)
    case negativeCapacity(Int)
    /// A mentor names an enterprise that `enterprises` does not have.
    case unknownEnterprise(String)
    /// `scores` and `ranking` differ in length.
    case scoreCount(ranking: Int, scores: Int)
    /// A score is higher than the one before it.
    case scoresNotDescending(previous: FixedDecimal, score: FixedDecimal)
    /// A mentor without scores shares a capped enterprise with one that has them (or the other
    /// way round): their priorities cannot be compared.
    case mixedScales(enterprise: String)
    /// Warning: a mentor ranks a student who did not list it; the entry is ignored.
    case notListedByStudent(student: String, mentor: String)
  }

  public var location: Location
  public var kind: Kind

  public init(_ location: Location, _ kind: Kind) {
    self.location = location
    self.kind = kind
  }

  /// Whether the problem only drops a pair (the run goes on) rather than stopping the run.
  public var isWarning: Bool {
    if case .notListedByStudent = kind { return true }
    return false
  }

  /// What is wrong, in every language, without the place.
  public var message: LocalizedText {
    switch kind {
    case .repeatedStudent(let id): MatchingText.repeatedStudent.text(["id": id])
    case .repeatedMentor(let id): MatchingText.repeatedMentor.text(["id": id])
    case .repeatedEnterprise(let id): MatchingText.repeatedEnterprise.text(["id": id])
    case .unknownMentor(let id): MatchingText.unknownMentor.text(["id": id])
    case .repeatedChoice(let id): MatchingText.repeatedChoice.text(["id": id])
    case .unknownStudent(let id): MatchingText.unknownStudent.text(["id": id])
    case .repeatedRanking(let id): MatchingText.repeatedRanking.text(["id": id])
    case .negativeCapacity(let value):
      MatchingText.negativeCapacity.text(["value": String(value)])
    case .unknownEnterprise(let id): MatchingText.unknownEnterprise.text(["id": id])
    case .scoreCount(let ranking, let scores):
      MatchingText.scoreCount.text(["ranking": String(ranking), "scores": String(scores)])
    case .scoresNotDescending(let previous, let score):
      MatchingText.scoresNotDescending.text([
        "previous": previous.description, "score": score.description,
      ])
    case .mixedScales(let enterprise): MatchingText.mixedScales.text(["enterprise": enterprise])
    case .notListedByStudent(let student, let mentor):
      MatchingText.notListedByStudent.text(["student": student, "mentor": mentor])
    }
  }
}

extension MatchingInstance {
  /// Everything wrong with the instance, in the order of its arrays; empty when it can be
  /// solved and verified as it is.
  /// - Complexity: O(total length of the lists × the longest student list).
  public var problems: [MatchingInstanceProblem] { MatchingMarket(self).problems }

  /// The JSON path of `location` in the instance format of `jol match solve`
  /// (``MatchingInstanceFile``): `students.s1[0]`, `mentors.m1.ranking[2]`.
  public func jsonPath(of location: MatchingInstanceProblem.Location) -> JSONPath {
    func text(_ id: some Hashable) -> String { String(describing: id) }
    switch location {
    case .student(let s): return JSONPath([.key("students"), .key(text(students[s].id))])
    case .choice(let s, let position):
      return JSONPath([.key("students"), .key(text(students[s].id)), .index(position)])
    case .mentor(let m): return JSONPath([.key("mentors"), .key(text(mentors[m].id))])
    case .mentorCapacity(let m):
      return JSONPath([.key("mentors"), .key(text(mentors[m].id)), .key("capacity")])
    case .mentorEnterprise(let m):
      return JSONPath([.key("mentors"), .key(text(mentors[m].id)), .key("enterprise")])
    case .ranking(let m, let position):
      return JSONPath([
        .key("mentors"), .key(text(mentors[m].id)), .key("ranking"), .index(position),
      ])
    case .enterprise(let e): return JSONPath([.key("enterprises"), .key(text(enterprises[e].id))])
    case .enterpriseCapacity(let e):
      return JSONPath([.key("enterprises"), .key(text(enterprises[e].id)), .key("capacity")])
    }
  }
}
