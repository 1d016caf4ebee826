/// Fast form of ``StagePlacement``: the flat object of its `Codable` form, keys in any order;
/// exactly the keys of the named stage are accepted.
extension StagePlacement: FastJSONCodable {
  init(reading r: inout JSONReader) throws {
    try self.init(reading: &r, schemaVersion: 2)
  }

  /// Reads the placement as schema `schemaVersion` of `learner.stage_entered` wrote it: version 1
  /// had no `dual_training` and its `form` included `dual` and `distance`
  /// (``StudyFormV1``), upgraded here.
  init(reading r: inout JSONReader, schemaVersion: Int) throws {
    var stage: Stage?
    var institution: InstitutionID?
    var grade: Int?
    var className: String?
    var language: Language?
    var specialty: SpecialtyCode?
    var qualification: QualificationCode?
    var form: StudyForm?
    var dualTraining: Bool?
    var funding: Funding?
    var enterprise: EnterpriseID?
    var kind: String?
    var kindOffset = 0
    var programme: String?
    var present: UInt16 = 0  // bit i: placementFields[i] was given
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("stage") {
        try r.fresh(stage)
        stage = try r.readEnum(Stage.self)
        continue
      }
      if r.keyIs("institution") {
        try r.fresh(institution)
        institution = try r.readID()
        present |= 1 << 0
      } else if r.keyIs("grade") {
        try r.fresh(grade)
        grade = try r.readInt(in: 1...12)
        present |= 1 << 1
      } else if r.keyIs("class") {
        try r.fresh(className)
        className = try r.readNonEmptyString()
        present |= 1 << 2
      } else if r.keyIs("language") {
        try r.fresh(language)
        language = try r.readEnum(Language.self)
        present |= 1 << 3
      } else if r.keyIs("specialty") {
        try r.fresh(specialty)
        specialty = try r.readCode(SpecialtyCode.self)
        present |= 1 << 4
      } else if r.keyIs("qualification") {
        try r.fresh(qualification)
        qualification = try r.readCode(QualificationCode.self)
        present |= 1 << 5
      } else if r.keyIs("form") {
        try r.fresh(form)
        if schemaVersion == 1 {
          let old = try r.readEnum(StudyFormV1.self)
          (form, dualTraining) = (old.upgraded.form, old.upgraded.dualTraining)
        } else {
          form = try r.readEnum(StudyForm.self)
        }
        present |= 1 << 6
      } else if r.keyIs("dual_training"), schemaVersion >= 2 {
        try r.fresh(dualTraining)
        dualTraining = try r.readBool()
        present |= 1 << 11
      } else if r.keyIs("funding") {
        try r.fresh(funding)
        funding = try r.readEnum(Funding.self)
        present |= 1 << 7
      } else if r.keyIs("enterprise") {
        try r.fresh(enterprise)
        enterprise = try r.readID()
        present |= 1 << 8
      } else if r.keyIs("kind") {
        try r.fresh(kind)
        kindOffset = r.keyOffset
        kind = try r.readString()
        present |= 1 << 9
      } else if r.keyIs("programme") {
        try r.fresh(programme)
        programme = try r.readNonEmptyString()
        present |= 1 << 10
      } else {
        throw r.unknownField()
      }
    }
    let end = r.offset
    func only(_ mask: UInt16) throws {
      guard present & ~mask != 0 else { return }
      let index = (present & ~mask).trailingZeroBitCount
      throw JSONReadError(offset: end, reason: .unknownField(placementFields[index]))
    }
    func kindValue<T: RawRepresentable & CaseIterable>(_: T.Type) throws -> T
    where T.RawValue == String {
      let text = try r.require(kind, "kind")
      guard let value = T(rawValue: text) else {
        let accepted = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        throw JSONReadError(
          offset: kindOffset,
          reason: .invalidValue(field: "kind", expected: "one of \(accepted), not '\(text)'"))
      }
      return value
    }
    switch try r.require(stage, "stage") {
    case .school:
      try only(schoolFields)
      self = .school(
        SchoolPlacement(
          institution: try r.require(institution, "institution"),
          grade: try r.require(grade, "grade"),
          className: try r.require(className, "class"),
          language: try r.require(language, "language")))
    case .college:
      try only(collegeFields)
      self = .college(
        CollegePlacement(
          institution: try r.require(institution, "institution"),
          specialty: try r.require(specialty, "specialty"), qualification: qualification,
          form: try r.require(form, "form"),
          dualTraining: try r.require(dualTraining, "dual_training"),
          funding: try r.require(funding, "funding"),
          language: try r.require(language, "language")))
    case .enterprise:
      try only(enterpriseFields)
      self = .enterprise(
        EnterprisePlacement(
          enterprise: try r.require(enterprise, "enterprise"),
          kind: try kindValue(EnterprisePlacementKind.self),
          specialty: specialty))
    case .university:
      try only(universityFields)
      self = .university(
        UniversityPlacement(
          institution: try r.require(institution, "institution"),
          programme: try r.require(programme, "programme"),
          funding: try r.require(funding, "funding")))
    case .outside:
      try only(outsideFields)
      self = .outside(OutsidePlacement(kind: try kindValue(OutsideKind.self)))
    }
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("stage")
    w.string(stage.rawValue)
    switch self {
    case .school(let p):
      w.key("institution")
      w.string(p.institution.rawValue)
      w.key("grade")
      w.int(p.grade)
      w.key("class")
      w.string(p.className)
      w.key("language")
      w.string(p.language.rawValue)
    case .college(let p):
      w.key("institution")
      w.string(p.institution.rawValue)
      w.key("specialty")
      w.string(p.specialty.rawValue)
      if let qualification = p.qualification {
        w.key("qualification")
        w.string(qualification.rawValue)
      }
      w.key("form")
      w.string(p.form.rawValue)
      w.key("dual_training")
      w.bool(p.dualTraining)
      w.key("funding")
      w.string(p.funding.rawValue)
      w.key("language")
      w.string(p.language.rawValue)
    case .enterprise(let p):
      w.key("enterprise")
      w.string(p.enterprise.rawValue)
      w.key("kind")
      w.string(p.kind.rawValue)
      if let specialty = p.specialty {
        w.key("specialty")
        w.string(specialty.rawValue)
      }
    case .university(let p):
      w.key("institution")
      w.string(p.institution.rawValue)
      w.key("programme")
      w.string(p.programme)
      w.key("funding")
      w.string(p.funding.rawValue)
    case .outside(let p):
      w.key("kind")
      w.string(p.kind.rawValue)
    }
    w.endObject()
  }
}

/// Keys of the placement object other than `stage`, in the bit order of the reader's mask.
private let placementFields = [
  "institution", "grade", "class", "language", "specialty", "qualification", "form", "funding",
  "enterprise", "kind", "programme", "dual_training",
]

/// The reader's mask for a set of keys.
private func placementMask(_ keys: [String]) -> UInt16 {
  keys.reduce(0) { mask, key in mask | 1 << placementFields.firstIndex(of: key)! }
}

private let schoolFields = placementMask(["institution", "grade", "class", "language"])
private let collegeFields = placementMask([
  "institution", "specialty", "qualification", "form", "dual_training", "funding", "language",
])
private let enterpriseFields = placementMask(["enterprise", "kind", "specialty"])
private let universityFields = placementMask(["institution", "programme", "funding"])
private let outsideFields = placementMask(["kind"])
