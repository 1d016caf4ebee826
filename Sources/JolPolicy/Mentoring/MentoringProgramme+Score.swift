import JolModel

/// One term of a student's score at a mentor: the weighted value of one fact.
public struct ScoreComponent: Hashable, Sendable {
  /// The term's name (``MentoringProgramme/Term/name``).
  public var name: String
  /// The weighted value; zero when the fact is unknown.
  public var value: FixedDecimal

  public init(name: String, value: FixedDecimal) {
    self.name = name
    self.value = value
  }
}

extension MentoringProgramme {
  /// The components of the score an enterprise ranks a student by at one of its mentors, in
  /// the programme's order of its `score` lines. An unknown fact weighs nothing (a student with
  /// no term result yet is not shut out, only ranked after those who have one).
  /// - Parameters:
  ///   - facts: the student's facts on the run's date.
  ///   - directionFits: whether the student's diagnostic direction is the direction of one of
  ///     the mentor's specialties.
  ///   - appliedOn: the day the student's list was handed in; nil for a built list.
  public func scoreComponents(facts: Facts, directionFits: Bool, appliedOn: CivilDate?)
    -> [ScoreComponent]
  {
    weights.map { weight in
      let value: FixedDecimal
      switch weight.term {
      case .gpa: value = facts.gpa.map { $0 * weight.weight } ?? .zero
      case .attendance: value = facts.attendance.map { $0 * weight.weight } ?? .zero
      case .diagnosticDirection: value = directionFits ? weight.weight : .zero
      case .category(let category):
        value = facts.categories?.contains(category) == true ? weight.weight : .zero
      case .appliedOn(let until):
        let days = appliedOn.map { max(0, $0.days(to: until)) } ?? 0
        value = FixedDecimal(days) * weight.weight
      }
      return ScoreComponent(name: weight.term.name, value: value)
    }
  }
}

extension [ScoreComponent] {
  /// The score: the sum of the components.
  public var total: FixedDecimal { reduce(.zero) { $0 + $1.value } }
}
