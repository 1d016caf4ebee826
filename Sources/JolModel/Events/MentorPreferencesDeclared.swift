/// One entry of a learner's list for mentor assignment: a mentor, or an enterprise, which a
/// programme expands to its mentors in the programme's order.
public enum MentorChoice: Hashable, Sendable {
  case mentor(MentorID)
  case enterprise(EnterpriseID)
}

/// `learner.mentor_preferences_declared`: the learner's ranked list for a mentoring programme
/// (`jol import mentor-preferences`). The event's effective date is the day the list was handed
/// in (the `applied_on` fact of the programme). A later list for the same programme replaces
/// the earlier one.
public struct MentorPreferencesDeclared: Hashable, Codable, Sendable {
  /// The programme in `Policies/mentoring/`.
  public var programme: String
  /// Best first; may be empty (the programme may then build a list).
  public var choices: [MentorChoice]

  public init(programme: String, choices: [MentorChoice]) {
    self.programme = programme
    self.choices = choices
  }
}

extension MentorChoice: Codable {
  /// `{"mentor": "M-01"}` or `{"enterprise": "940140000385"}`.
  private enum CodingKeys: String, CodingKey { case mentor, enterprise }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let mentor = try container.decodeIfPresent(MentorID.self, forKey: .mentor) {
      self = .mentor(mentor)
    } else {
      self = .enterprise(try container.decode(EnterpriseID.self, forKey: .enterprise))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .mentor(let id): try container.encode(id, forKey: .mentor)
    case .enterprise(let id): try container.encode(id, forKey: .enterprise)
    }
  }
}
