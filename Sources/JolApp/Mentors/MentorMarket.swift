import JolMatching
import JolModel
import JolPolicy

/// Builds a run's instance from the log's state and a programme (pure: no files, no clock).
///
/// - **Students**: learners with a list for the programme handed in on or before the date, and
///   — when the programme says `unlisted build` — learners in dual training at college on the
///   date without one (a student taught only at college needs no mentor at an enterprise).
///   A learner who has a mentor now takes no part (so a second round assigns only the
///   unmatched); nor does an erased learner, nor one pre-assigned (`preAssignments`).
/// - **Lists**: an enterprise expands to its mentors in the programme's order; a built list is
///   the acceptable mentors, most compatible first (specialty, language, district and
///   diagnostic direction matched; then mentor code), cut at the programme's `list`.
/// - **Acceptability**: the programme's hard constraints; a pair that breaks one keeps the
///   mentor on the student's list (their explanation says it does not accept them) and leaves
///   the student off the mentor's ranking. A ban (`bans`) does the same.
/// - **Capacities**: what is left — registered capacity less current mentorships and
///   pre-assignments — for mentors,
///   and, when `enterprise_capacity on`, for enterprises registered with a capacity (without
///   one an enterprise caps nothing; with 0 it takes nobody).
/// - **Priorities**: each acceptable student's score at the mentor (the programme's weights);
///   ties go to the lottery drawn from the programme's seed over students in id order.
struct MentorMarket {
  let state: ClusterState
  let programme: MentoringProgramme
  let classifier: SpecialtyClassifier
  let asOf: CivilDate
  /// Pairs (learner, mentor) a coordinator ruled out before the run.
  var bans: Set<[String]> = []
  /// Pairs a coordinator fixed before the run, in the order given
  /// (``checkedPreAssignments(held:)``).
  var preAssignments: [(learner: LearnerID, mentor: MentorID)] = []

  typealias Profile = MentorConstraints.Profile

  /// Whether `learner` is at college in dual training on `date`: who a built list is for.
  static func inDualTraining(_ learner: LearnerState, _ date: CivilDate) -> Bool {
    let onDate = StageOnDate(learner.history, on: date)
    return onDate.stage == .college && onDate.dualTraining == true
  }

  /// The programme's hard constraints and the bans (``MentorConstraints``).
  var constraints: MentorConstraints {
    MentorConstraints(state: state, programme: programme, bans: bans)
  }

  /// The run `id` of round `round` at `logPosition`.
  /// - Throws: ``CommandError`` when a pre-assignment cannot be made
  ///   (``checkedPreAssignments(held:)``).
  func run(id: String, round: Int, logPosition: UInt64) throws -> MentorRun {
    let mentors = state.mentors.values.compactMap { mentor in
      mentor.registration.map { (id: mentor.id, registration: $0) }
    }.sorted { $0.id < $1.id }
    var load = heldSeats()
    let fixed = try checkedPreAssignments(held: load)
    for pair in fixed { load[MentorID(pair.mentor), default: 0] += 1 }
    let preAssigned = Set(fixed.map(\.student))
    var students: [(LearnerState, MentorPreferenceRecord?)] = []
    state.forEachLearner { learner in
      guard learner.erased == nil, learner.currentMentorship == nil,
        !preAssigned.contains(learner.id.rawValue)
      else { return }
      let list = learner.mentorPreferences(for: programme.id, onOrBefore: asOf)
      if list != nil || (programme.unlisted == .build && Self.inDualTraining(learner, asOf)) {
        students.append((learner, list))
      }
    }
    students.sort { $0.0.id < $1.0.id }
    let constraints = self.constraints

    var runStudents: [MentorRun.Student] = []
    var applicants: [MentorID: [MentorRun.Applicant]] = [:]
    // The mentors a built list is taken from, most compatible first, by what they depend on
    // (``MentorConstraints/Profile/Key``): worked out once for the students who share it, not
    // once per student over every mentor. As many more than a list holds as bans could take
    // out of it.
    var builtLists: [MentorConstraints.Profile.Key: [MentorID]] = [:]
    let builtLength = programme.listLimit + constraints.bans.count
    for (learner, list) in students {
      let profile = constraints.profile(learner, asOf: asOf)
      var choices: [MentorID]
      var built = false
      if let list, !list.list.choices.isEmpty {
        choices = expand(list.list.choices, mentors)
      } else {
        built = true
        let key = profile.key
        let candidates: [MentorID]
        if let known = builtLists[key] {
          candidates = known
        } else {
          candidates = mentors.filter { constraints.keeps(profile, $0.registration) }
            .map { (mentor: $0, compatibility: compatibility(profile, $0.registration)) }
            .sorted {
              ($0.compatibility, $1.mentor.id) > ($1.compatibility, $0.mentor.id)
            }
            .prefix(builtLength).map(\.mentor.id)
          builtLists[key] = candidates
        }
        choices = Array(
          candidates.lazy.filter { !constraints.isBanned(learner.id, $0) }
            .prefix(programme.listLimit))
      }
      runStudents.append(
        MentorRun.Student(id: learner.id.rawValue, choices: choices.map(\.rawValue), built: built))
      for mentor in choices {
        guard let registration = state.mentors[mentor]?.registration,
          constraints.acceptable(profile, mentor, registration)
        else { continue }
        let components = programme.scoreComponents(
          facts: profile.facts, directionFits: fits(profile, registration),
          appliedOn: built ? nil : list?.declared)
        applicants[mentor, default: []].append(
          MentorRun.Applicant(
            student: learner.id.rawValue, score: components.total,
            components: components.map { MentorRun.Component(name: $0.name, value: $0.value) }))
      }
    }

    var enterpriseLoad: [EnterpriseID: Int] = [:]
    for (mentor, count) in load {
      if let enterprise = state.mentors[mentor]?.registration?.enterprise {
        enterpriseLoad[enterprise, default: 0] += count
      }
    }
    let enterprises: [MentorRun.Enterprise] =
      programme.enterpriseCapacity
      ? Set(mentors.map(\.registration.enterprise)).sorted().compactMap { id in
        guard let capacity = state.enterprises[id]?.registration?.capacity else { return nil }
        return MentorRun.Enterprise(
          id: id.rawValue, capacity: max(0, capacity - enterpriseLoad[id, default: 0]))
      } : []
    let lottery = MatchingLottery(seed: programme.seed, count: runStudents.count)
    return MentorRun(
      id: id, programme: programme.id, round: round, asOf: asOf, logPosition: logPosition,
      seed: programme.lottery, students: runStudents,
      mentors: mentors.map { mentor in
        MentorRun.Mentor(
          id: mentor.id.rawValue, enterprise: mentor.registration.enterprise.rawValue,
          capacity: max(0, mentor.registration.capacity - load[mentor.id, default: 0]),
          ranking: (applicants[mentor.id] ?? []).sorted { $0.score > $1.score })
      },
      enterprises: enterprises, lottery: lottery.numbers, preAssigned: fixed)
  }

  /// The mentorships held now, per mentor: seats a run cannot give.
  func heldSeats() -> [MentorID: Int] {
    var load: [MentorID: Int] = [:]
    state.forEachLearner { learner in
      if learner.erased == nil, let current = learner.currentMentorship {
        load[current.mentor, default: 0] += 1
      }
    }
    return load
  }

  /// A list as handed in, enterprises replaced by their mentors (each mentor once).
  private func expand(
    _ choices: [MentorChoice], _ mentors: [(id: MentorID, registration: MentorRegistered)]
  ) -> [MentorID] {
    var result: [MentorID] = []
    for choice in choices {
      switch choice {
      case .mentor(let id):
        if !result.contains(id) { result.append(id) }
      case .enterprise(let enterprise):
        var own = mentors.filter { $0.registration.enterprise == enterprise }
        if programme.expansion == .capacity {
          own.sort { $0.registration.capacity > $1.registration.capacity }
        }
        for mentor in own where !result.contains(mentor.id) { result.append(mentor.id) }
      }
    }
    return result
  }

  /// Whether the student's diagnostic direction is that of one of the mentor's specialties.
  private func fits(_ student: Profile, _ registration: MentorRegistered) -> Bool {
    guard let direction = student.facts.diagnosticDirection.flatMap(Direction.known) else {
      return false
    }
    return registration.specialties.contains { classifier.direction(of: $0) == direction }
  }

  /// How many of specialty, language, district and direction the pair shares.
  private func compatibility(_ student: Profile, _ registration: MentorRegistered) -> Int {
    var count = 0
    if let specialty = student.facts.specialty, registration.specialties.contains(specialty) {
      count += 1
    }
    if let language = student.language, registration.languages.contains(language) { count += 1 }
    if student.district != nil && student.district == constraints.district(of: registration) {
      count += 1
    }
    if fits(student, registration) { count += 1 }
    return count
  }
}
