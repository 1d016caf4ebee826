/// `Codable` form of the state, for snapshots: collections as arrays sorted by id (or maps keyed
/// by the id's text), so a snapshot is plain, stable JSON.
extension ClusterState: Codable {
  enum CodingKeys: String, CodingKey {
    case learners, institutions, enterprises, mentors, policies, rounds, matchings
    case coveredSequence = "covered_sequence"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    setLearners(try container.decode([LearnerState].self, forKey: .learners))
    for state in try container.decode([InstitutionState].self, forKey: .institutions) {
      institutions[state.id] = state
    }
    for state in try container.decode([EnterpriseState].self, forKey: .enterprises) {
      enterprises[state.id] = state
    }
    for state in try container.decode([MentorState].self, forKey: .mentors) {
      mentors[state.id] = state
    }
    for (id, versions) in try container.decode(
      [String: [PolicyVersionRecord]].self, forKey: .policies)
    {
      policies[PolicyID(id)] = versions
    }
    for (id, run) in try container.decode([String: RunState<RoundRun>].self, forKey: .rounds) {
      rounds[RoundID(id)] = run
    }
    for (id, run) in try container.decode([String: RunState<MatchingRun>].self, forKey: .matchings)
    {
      matchings[MatchingRunID(id)] = run
    }
    coveredSequence = try container.decode(UInt64.self, forKey: .coveredSequence)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(learners, forKey: .learners)
    try container.encode(institutions.values.sorted { $0.id < $1.id }, forKey: .institutions)
    try container.encode(enterprises.values.sorted { $0.id < $1.id }, forKey: .enterprises)
    try container.encode(mentors.values.sorted { $0.id < $1.id }, forKey: .mentors)
    try container.encode(
      Dictionary(uniqueKeysWithValues: policies.map { ($0.key.rawValue, $0.value) }),
      forKey: .policies)
    try container.encode(
      Dictionary(uniqueKeysWithValues: rounds.map { ($0.key.rawValue, $0.value) }), forKey: .rounds)
    try container.encode(
      Dictionary(uniqueKeysWithValues: matchings.map { ($0.key.rawValue, $0.value) }),
      forKey: .matchings)
    try container.encode(coveredSequence, forKey: .coveredSequence)
  }
}
