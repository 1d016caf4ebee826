import JolModel

/// `jol import stages`: transitions on the path. A row with an institution is entering a stage
/// (`learner.stage_entered` with the placement); a row without one is leaving the stage named
/// (`learner.stage_left`); `outside` needs no institution. Rows are planned by ``StagePlanner``.
struct StageImport: ImportKind {
  typealias C = ImportColumns.Stages

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { true }

  var planner = StagePlanner()

  static func column(_ field: StagePlanner.Field) -> CSVColumn {
    switch field {
    case .iin: ImportColumns.iin
    case .institution: C.institution
    case .stage: C.stage
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> StageRow? {
    let iin = reader.iin(ImportColumns.iin)
    let stage = reader.word(C.stage, ImportVocabulary.stage)
    let date = reader.date(C.date)
    let reason = reader.optionalWord(C.reason, ImportVocabulary.reason)
    guard let stage else { return nil }
    let move: StageRow.Move?
    if stage == .outside {
      move = Self.outside(&reader, reason: reason)
    } else if let institution = reader.optional(C.institution) {
      move = Self.placement(stage, institution, &reader, base.classifier!, reason: reason)
    } else {
      if reader.optional(C.reason) == nil {
        reader.fail(C.reason, ImportMessages.leavingNeedsReason)
      }
      move = .left(stage)
    }
    guard let iin, let date, let move else { return nil }
    return StageRow(iin: iin, date: date, reason: reason ?? .enrolled, move: move)
  }

  private static func outside(_ reader: inout RowReader, reason: TransitionReason?) -> StageRow
    .Move?
  {
    if let kind = reader.optionalWord(C.kind, ImportVocabulary.outsideKind) {
      return .entered(.outside(OutsidePlacement(kind: kind)))
    }
    if reader.optional(C.kind) != nil { return nil }
    let kind: OutsideKind =
      switch reason {
      case .conscripted: .militaryService
      case .moved: .leftRegion
      case .maternityLeave: .maternityLeave
      default: .neet
      }
    return .entered(.outside(OutsidePlacement(kind: kind)))
  }

  private static func placement(
    _ stage: Stage, _ institution: String, _ reader: inout RowReader,
    _ classifier: SpecialtyClassifier, reason: TransitionReason?
  ) -> StageRow.Move? {
    switch stage {
    case .school:
      let grade = reader.integer(C.grade, in: 1...12)
      let className = reader.required(C.className)
      let language = reader.word(C.language, ImportVocabulary.language)
      guard let grade, let className, let language else { return nil }
      return .entered(
        .school(
          SchoolPlacement(
            institution: InstitutionID(institution), grade: grade, className: className,
            language: language)))
    case .college:
      let programme = Self.programme(&reader, classifier)
      let form = Self.form(&reader)
      let funding = reader.word(C.funding, ImportVocabulary.funding)
      let language = reader.word(C.language, ImportVocabulary.language)
      guard let programme, let form, let funding, let language else { return nil }
      return .entered(
        .college(
          CollegePlacement(
            institution: InstitutionID(institution), specialty: programme.0,
            qualification: programme.1, form: form.form, dualTraining: form.dualTraining,
            funding: funding, language: language)))
    case .enterprise:
      guard reader.bin(C.institution) != nil else { return nil }
      var kind = reader.optionalWord(C.kind, ImportVocabulary.enterpriseKind)
      if kind == nil && reader.optional(C.kind) == nil {
        kind = reason == .employed ? .employment : .dualTraining
      }
      var specialty: SpecialtyCode?
      if reader.optional(C.specialty) != nil {
        specialty = reader.specialty(C.specialty, classifier)
      }
      guard let kind, reader.optional(C.specialty) == nil || specialty != nil else { return nil }
      return .entered(
        .enterprise(
          EnterprisePlacement(
            enterprise: EnterpriseID(institution), kind: kind, specialty: specialty)))
    case .university:
      let programme = reader.optional(C.programme) ?? reader.optional(C.specialty)
      if programme == nil { _ = reader.required(C.programme) }
      let funding = reader.word(C.funding, ImportVocabulary.funding)
      guard let programme, let funding else { return nil }
      return .entered(
        .university(
          UniversityPlacement(
            institution: InstitutionID(institution), programme: programme, funding: funding)))
    case .outside:
      return nil
    }
  }

  /// The form of study and whether training is dual. A word once written as a form (`дуальная`,
  /// `дистанционная`) is read as what it means (``ImportVocabulary/formerForm``) and noted.
  private static func form(_ reader: inout RowReader) -> (form: StudyForm, dualTraining: Bool)? {
    if let text = reader.optional(C.form), let read = ImportVocabulary.formerForm.value(text) {
      reader.note(ImportMessages.formerForm(text, read.form, dualTraining: read.dualTraining))
      return read
    }
    return reader.word(C.form, ImportVocabulary.form).map { ($0, false) }
  }

  /// The specialty and qualification of a college programme: a specialty code (eight digits,
  /// or an old seven-digit one), a qualification code (`4S06130103`, its specialty implied), or
  /// both when they agree.
  private static func programme(_ reader: inout RowReader, _ classifier: SpecialtyClassifier)
    -> (SpecialtyCode, QualificationCode?)?
  {
    var qualification: Qualification?
    if let text = reader.optional(C.qualification) {
      do {
        qualification = try classifier.qualification(text)
      } catch {
        reader.fail(C.qualification, error.reason)
        return nil
      }
    }
    guard let text = reader.optional(C.specialty) else {
      guard let qualification else {
        _ = reader.required(C.specialty)
        return nil
      }
      return (qualification.specialty, qualification.code)
    }
    if text.first?.isLetter == false, text.dropFirst().first?.isLetter == true,
      qualification == nil
    {
      // A qualification code written in the specialty column (`4S06130103`).
      do {
        let found = try classifier.qualification(text)
        return (found.specialty, found.code)
      } catch {
        reader.fail(C.specialty, error.reason)
        return nil
      }
    }
    guard let specialty = reader.specialty(C.specialty, classifier) else { return nil }
    if let qualification, qualification.specialty != specialty {
      reader.fail(
        C.qualification, ImportMessages.qualificationOfOtherSpecialty(qualification, specialty))
      return nil
    }
    return (specialty, qualification?.code)
  }
}
