/// Schema version 1 of `learner.stage_entered`, as written before issue 9: a college placement's
/// `form` was one of `full_time`, `dual`, `evening`, `distance`, and there was no
/// `dual_training`. Dual training is not a form of study but a way of training full-time
/// students, and "distance" is a technology, not a form (TVET's forms are очная, вечерняя,
/// заочная: stat.gov.kz). Version 2 writes `form` ∈ full_time, evening, extramural and
/// `dual_training`. Old events stay in the log as they were; they are upgraded each time they
/// are read.
struct StageEnteredV1: OlderEventData {
  var placement: StagePlacementV1
  var reason: TransitionReason

  /// The version 2 event.
  var upgraded: StageEntered { StageEntered(placement: placement.upgraded, reason: reason) }
}

/// A version 1 placement, as `Codable` reads it: a college placement with a ``StudyFormV1``,
/// any other stage as version 2 reads it (only college placements changed).
struct StagePlacementV1: Decodable, Sendable {
  var upgraded: StagePlacement

  private enum CodingKeys: String, CodingKey { case stage }

  init(from decoder: any Decoder) throws {
    let stage = try decoder.container(keyedBy: CodingKeys.self).decode(Stage.self, forKey: .stage)
    guard stage == .college else {
      upgraded = try StagePlacement(from: decoder)
      return
    }
    let college = try CollegePlacementV1(from: decoder)
    let form = college.form.upgraded
    upgraded = .college(
      CollegePlacement(
        institution: college.institution, specialty: college.specialty,
        qualification: college.qualification, form: form.form, dualTraining: form.dualTraining,
        funding: college.funding, language: college.language))
  }
}

/// A version 1 college placement: the version 2 fields but `dual_training`, with the old forms.
private struct CollegePlacementV1: Decodable {
  var institution: InstitutionID
  var specialty: SpecialtyCode
  var qualification: QualificationCode?
  var form: StudyFormV1
  var funding: Funding
  var language: Language
}

/// The form of study as version 1 wrote it.
enum StudyFormV1: String, CaseIterable, Decodable, Sendable {
  case fullTime = "full_time"
  /// Dual training: a full-time student trained partly at an enterprise.
  case dual
  case evening
  /// Never a form of study; the closest form is extramural (заочная / сырттай), the form in
  /// which study away from the college is organised.
  case distance

  /// The version 2 form and dual-training flag.
  var upgraded: (form: StudyForm, dualTraining: Bool) {
    switch self {
    case .fullTime: (.fullTime, false)
    case .dual: (.fullTime, true)
    case .evening: (.evening, false)
    case .distance: (.extramural, false)
    }
  }
}
