import JolModel
import JolPolicy

/// A programme's hard constraints and a coordinator's bans over the log's state: which
/// (student, mentor) pairs may be made at all. Shared by the run (``MentorMarket``) and by
/// `jol import mentor-preferences`, which warns about a choice the run would never assign.
struct MentorConstraints {
  let state: ClusterState
  let programme: MentoringProgramme
  /// Pairs (learner id, mentor code) a coordinator ruled out before the run.
  var bans: Set<[String]> = []

  /// What the constraints read of a student.
  struct Profile {
    var id: LearnerID
    var facts: Facts
    var language: Language?
    /// Where the student studies: their college's district when the college is registered
    /// (a dual student trains near it, wherever home is), else the district they live in.
    var district: String?
    var form: StudyForm?

    /// Everything the constraints and the compatibility of a pair read of the student
    /// (``MentorConstraints/breaks(_:_:_:)``, ``MentorMarket``'s compatibility): two students
    /// with the same key accept the same mentors, in the same order of compatibility.
    struct Key: Hashable {
      var specialty: SpecialtyCode?
      var language: Language?
      var district: String?
      var form: StudyForm?
      var direction: Direction?
    }

    var key: Key {
      Key(
        specialty: facts.specialty, language: language, district: district, form: form,
        direction: facts.diagnosticDirection.flatMap(Direction.known))
    }

    init(
      _ learner: LearnerState, asOf: CivilDate, collegeDistrict: (InstitutionID) -> String?
    ) {
      id = learner.id
      facts = Facts(learner: learner, asOf: asOf)
      // The programme followed: during the workplace part of dual training, the college's.
      let onDate = StageOnDate(learner.history, on: asOf)
      if let college = onDate.college {
        language = college.language
        form = college.form
      } else if let school = onDate.school {
        language = school.language
      }
      district = onDate.college.flatMap { collegeDistrict($0.institution) } ?? facts.district
    }
  }

  /// The profile of `learner` on `date`, their college's district read from the state.
  func profile(_ learner: LearnerState, asOf date: CivilDate) -> Profile {
    Profile(learner, asOf: date) { state.institutions[$0]?.registration?.district }
  }

  /// Whether the pair keeps every hard constraint of the programme, and is not banned.
  func acceptable(_ student: Profile, _ mentor: MentorID, _ registration: MentorRegistered)
    -> Bool
  {
    !isBanned(student.id, mentor) && keeps(student, registration)
  }

  /// Whether a coordinator ruled the pair out.
  func isBanned(_ student: LearnerID, _ mentor: MentorID) -> Bool {
    bans.contains([student.rawValue, mentor.rawValue])
  }

  /// Whether the pair keeps every hard constraint of the programme (bans aside): what
  /// ``Profile/key`` holds of the student decides it.
  func keeps(_ student: Profile, _ registration: MentorRegistered) -> Bool {
    !programme.constraints.contains { breaks($0, student, registration) }
  }

  /// The programme's constraints the pair breaks, in a fixed order (bans aside).
  func violations(_ student: Profile, _ registration: MentorRegistered)
    -> [MentoringProgramme.Constraint]
  {
    MentoringProgramme.Constraint.allCases.filter {
      programme.constraints.contains($0) && breaks($0, student, registration)
    }
  }

  /// Whether the pair breaks `constraint`. A fact the student lacks (no specialty, language or
  /// district recorded) breaks the constraint that reads it: the pair cannot be shown to keep it.
  func breaks(
    _ constraint: MentoringProgramme.Constraint, _ student: Profile,
    _ registration: MentorRegistered
  ) -> Bool {
    switch constraint {
    case .specialty:
      guard let specialty = student.facts.specialty else { return true }
      return !registration.specialties.contains(specialty)
    case .language:
      guard let language = student.language else { return true }
      return !registration.languages.contains(language)
    case .district:
      guard let district = student.district else { return true }
      return district != self.district(of: registration)
    case .shift:
      return !registration.shift.suits(student.form)
    }
  }

  /// The mentor's district, else its enterprise's.
  func district(of registration: MentorRegistered) -> String? {
    registration.district ?? state.enterprises[registration.enterprise]?.registration?.district
  }
}
