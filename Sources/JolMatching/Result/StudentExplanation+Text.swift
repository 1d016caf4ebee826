import JolFormat
import JolModel

extension StudentExplanation {
  /// The explanation as a student reads it, in `language`: the outcome, then why each preferred
  /// choice did not take them, joined by `; `. «assigned to your choice #2 (mentor m2); your
  /// choice #1 (m1) was full with students ranked higher (its cutoff 78.5, your score 74)».
  /// Ids are shown by `name` (their description by default).
  public func text(
    in language: Language, name: (MentorID) -> String = { "\($0)" },
    enterpriseName: (EnterpriseID) -> String = { "\($0)" }
  ) -> String {
    var parts: [String] = []
    switch outcome {
    case .assigned(let choice, let mentor):
      parts.append(
        ExplanationText.assigned.text(
          ["choice": "\(choice)", "mentor": name(mentor)], in: language))
    case .noAcceptableMentor:
      parts.append(ExplanationText.unmatchedNoAcceptableMentor.text(in: language))
    case .everyAcceptableMentorFull:
      parts.append(ExplanationText.unmatchedEveryMentorFull.text(in: language))
    }
    for entry in preferred {
      var values: [String: any MessageValue] = [
        "choice": "\(entry.choice)", "mentor": name(entry.mentor),
      ]
      let key: ExplanationText
      switch entry.reason {
      case .unacceptable: key = .preferredUnacceptable
      case .mentorHasNoSeats: key = .preferredNoSeats
      case .mentorFull(let cutoff, let yours):
        key = Self.fill(
          &values, cutoff, yours, language, .preferredFullScore, .preferredFullRank,
          .preferredFullTie)
      case .enterpriseHasNoSeats(let enterprise):
        values["enterprise"] = enterpriseName(enterprise)
        key = .enterpriseNoSeats
      case .enterpriseFull(let enterprise, let cutoff, let yours):
        values["enterprise"] = enterpriseName(enterprise)
        key = Self.fill(
          &values, cutoff, yours, language, .enterpriseFullScore, .enterpriseFullRank,
          .enterpriseFullTie)
      }
      parts.append(key.text(values, in: language))
    }
    return parts.joined(separator: "; ")
  }

  /// Puts the cutoff and the student's priority into `values`; the message for scores, ranks or
  /// a tie that the lottery decided.
  private static func fill(
    _ values: inout [String: any MessageValue], _ cutoff: PriorityValue, _ yours: PriorityValue,
    _ language: Language, _ score: ExplanationText, _ rank: ExplanationText,
    _ tie: ExplanationText
  ) -> ExplanationText {
    values["cutoff"] = cutoff.text(language)
    if cutoff == yours { return tie }
    switch yours {
    case .score(let value):
      values["score"] = LocalNumber.decimal(value, language)
      return score
    case .rank(let value):
      values["rank"] = LocalNumber.integer(value, language)
      return rank
    }
  }
}

extension PriorityValue {
  /// The number as a reader of `language` writes it.
  public func text(_ language: Language) -> String {
    switch self {
    case .score(let value): LocalNumber.decimal(value, language)
    case .rank(let value): LocalNumber.integer(value, language)
    }
  }
}
