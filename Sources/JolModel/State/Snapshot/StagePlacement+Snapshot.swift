/// A placement in the binary snapshot: its stage (one byte), then that stage's fields.
extension StagePlacement {
  func write(to w: inout SnapshotWriter) {
    w.enumeration(stage)
    switch self {
    case .school(let p):
      w.shared(p.institution.rawValue)
      w.int(p.grade)
      w.shared(p.className)
      w.enumeration(p.language)
    case .college(let p):
      w.shared(p.institution.rawValue)
      w.shared(p.specialty.rawValue)
      w.shared(p.qualification?.rawValue)
      w.enumeration(p.form)
      w.byte(p.dualTraining ? 1 : 0)  // a flag byte, read back as a presence byte (0 or 1)
      w.enumeration(p.funding)
      w.enumeration(p.language)
    case .enterprise(let p):
      w.shared(p.enterprise.rawValue)
      w.enumeration(p.kind)
      w.shared(p.specialty?.rawValue)
    case .university(let p):
      w.shared(p.institution.rawValue)
      w.shared(p.programme)
      w.enumeration(p.funding)
    case .outside(let p):
      w.enumeration(p.kind)
    }
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.enumeration(.stage, Stage.self) {
    case .school:
      self = .school(
        SchoolPlacement(
          institution: InstitutionID(try r.shared()), grade: try r.int(), className: try r.shared(),
          language: try r.enumeration(.language)))
    case .college:
      self = .college(
        CollegePlacement(
          institution: InstitutionID(try r.shared()),
          specialty: SpecialtyCode(rawValue: try r.shared()),
          qualification: try r.optionalShared().map { QualificationCode(rawValue: $0) },
          form: try r.enumeration(.studyForm), dualTraining: try r.presence(),
          funding: try r.enumeration(.funding),
          language: try r.enumeration(.language)))
    case .enterprise:
      self = .enterprise(
        EnterprisePlacement(
          enterprise: EnterpriseID(try r.shared()),
          kind: try r.enumeration(.enterprisePlacementKind),
          specialty: try r.optionalShared().map { SpecialtyCode(rawValue: $0) }))
    case .university:
      self = .university(
        UniversityPlacement(
          institution: InstitutionID(try r.shared()), programme: try r.shared(),
          funding: try r.enumeration(.funding)))
    case .outside:
      self = .outside(OutsidePlacement(kind: try r.enumeration(.outsideKind)))
    }
  }
}
