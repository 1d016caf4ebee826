import JolFormat
import JolModel

extension MatchingResult {
  /// The result as one JSON object (keys snake_case, ids as their description):
  /// `assignments` (mentor → students, best-ranked first), `unmatched`, `blocking_pairs` and
  /// `violations` (counts from `report`, the verifier's), `cutoffs` (mentor → null or
  /// `{"kind": "score"|"rank", "value", "admitted", "capacity"}`), `enterprise_cutoffs`,
  /// `seed` and `lottery` (student → number), `explanations` (student → `text` in `language`
  /// and the structured `outcome`, `choice`, `mentor`, `preferred`), and `warnings`.
  public func json(
    report: VerificationReport<StudentID, MentorID, EnterpriseID>, warnings: [String],
    language: Language
  ) -> JSONValue {
    let explanations = self.explanations
    let assigned: [(String, JSONValue)] = assignments.map { mentor, students in
      ("\(mentor)", .array(students.map { .string("\($0)") }))
    }
    let mentorCutoffs: [(String, JSONValue)] = zip(instance.mentors, cutoffs).map {
      ("\($0.id)", Self.json($1))
    }
    let enterpriseCutoffs: [(String, JSONValue)] = zip(instance.enterprises, enterpriseCutoffs)
      .map { ("\($0.id)", Self.json($1)) }
    let numbers: [(String, JSONValue)] = zip(instance.students, lottery.numbers).map {
      ("\($0.id)", .int($1))
    }
    let explained: [(String, JSONValue)] = zip(instance.students, explanations).map {
      ("\($0.id)", $1.json(language))
    }
    return .object([
      ("students", .int(instance.students.count)),
      ("matched", .int(matchedCount)),
      ("assignments", .object(assigned)),
      ("unmatched", .array(unmatched.map { .string("\($0)") })),
      ("blocking_pairs", .int(report.blockingPairs.count)),
      ("violations", .int(report.violations.count)),
      ("cutoffs", .object(mentorCutoffs)),
      ("enterprise_cutoffs", .object(enterpriseCutoffs)),
      ("seed", lottery.seed.map { .number(String($0)) } ?? .null),
      ("lottery", .object(numbers)),
      ("explanations", .object(explained)),
      ("warnings", .array(warnings.map(JSONValue.string))),
    ])
  }

  private static func json(_ cutoff: Cutoff?) -> JSONValue {
    guard let cutoff else { return .null }
    return .object([
      ("kind", .string(cutoff.value.kind)), ("value", cutoff.value.json),
      ("admitted", .int(cutoff.admitted)), ("capacity", .int(cutoff.capacity)),
    ])
  }
}

extension StudentExplanation {
  /// `{"text", "outcome", "choice", "mentor", "preferred": [{"choice", "mentor", "reason", …}]}`:
  /// the text in `language`, the rest structured (`outcome` `assigned`, `no_acceptable_mentor`
  /// or `every_acceptable_mentor_full`; each preferred choice's `reason`, with `cutoff` and
  /// `yours` when it was full).
  public func json(_ language: Language) -> JSONValue {
    var members: [(String, JSONValue)] = [("text", .string(text(in: language)))]
    switch outcome {
    case .assigned(let choice, let mentor):
      members += [
        ("outcome", .string("assigned")), ("choice", .int(choice)),
        ("mentor", .string("\(mentor)")),
      ]
    case .noAcceptableMentor: members.append(("outcome", .string("no_acceptable_mentor")))
    case .everyAcceptableMentorFull:
      members.append(("outcome", .string("every_acceptable_mentor_full")))
    }
    members.append(("preferred", .array(preferred.map(Self.json))))
    return .object(members)
  }

  private static func json(_ entry: PreferredChoice) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("choice", .int(entry.choice)), ("mentor", .string("\(entry.mentor)")),
    ]
    switch entry.reason {
    case .unacceptable: members.append(("reason", .string("unacceptable")))
    case .mentorHasNoSeats: members.append(("reason", .string("mentor_has_no_seats")))
    case .mentorFull(let cutoff, let yours):
      members += [
        ("reason", .string("mentor_full")), ("kind", .string(cutoff.kind)),
        ("cutoff", cutoff.json), ("yours", yours.json),
      ]
    case .enterpriseHasNoSeats(let enterprise):
      members += [
        ("reason", .string("enterprise_has_no_seats")), ("enterprise", .string("\(enterprise)")),
      ]
    case .enterpriseFull(let enterprise, let cutoff, let yours):
      members += [
        ("reason", .string("enterprise_full")), ("enterprise", .string("\(enterprise)")),
        ("kind", .string(cutoff.kind)), ("cutoff", cutoff.json), ("yours", yours.json),
      ]
    }
    return .object(members)
  }
}

extension PriorityValue {
  /// `score` or `rank`.
  var kind: String {
    switch self {
    case .score: "score"
    case .rank: "rank"
    }
  }

  /// A score as an exact decimal string (`"78.5"`, as every decimal in Jol's JSON), a rank as a
  /// number.
  var json: JSONValue {
    switch self {
    case .score(let value): .string(value.description)
    case .rank(let value): .int(value)
    }
  }
}
