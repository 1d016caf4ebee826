// Fast JSON forms of the learner stream's payloads. Each reader accepts keys in any order,
// rejects unknown and duplicate keys, and checks ranges; each writer writes the keys in the
// order of the type's `CodingKeys`, omitting nil optionals as `Codable` does.

extension LearnerRegistered: EventData {
  init(reading r: inout JSONReader) throws {
    var school: InstitutionID?
    var grade: Int?
    var className: String?
    var language: Language?
    var district: String?
    var region: String?
    var districtRecodedFrom: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("school") {
        try r.fresh(school)
        school = try r.readID()
      } else if r.keyIs("grade") {
        try r.fresh(grade)
        grade = try r.readInt(in: 1...12)
      } else if r.keyIs("class") {
        try r.fresh(className)
        className = try r.readNonEmptyString()
      } else if r.keyIs("language") {
        try r.fresh(language)
        language = try r.readEnum(Language.self)
      } else if r.keyIs("district") {
        try r.fresh(district)
        district = try r.readNonEmptyString()
      } else if r.keyIs("region") {
        try r.fresh(region)
        region = try r.readNonEmptyString()
      } else if r.keyIs("district_recoded_from") {
        try r.fresh(districtRecodedFrom)
        districtRecodedFrom = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      school: try r.require(school, "school"), grade: try r.require(grade, "grade"),
      className: try r.require(className, "class"), language: try r.require(language, "language"),
      district: try r.require(district, "district"), region: try r.require(region, "region"),
      districtRecodedFrom: districtRecodedFrom)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("school")
    w.string(school.rawValue)
    w.key("grade")
    w.int(grade)
    w.key("class")
    w.string(className)
    w.key("language")
    w.string(language.rawValue)
    w.key("district")
    w.string(district)
    w.key("region")
    w.string(region)
    if let districtRecodedFrom {
      w.key("district_recoded_from")
      w.string(districtRecodedFrom)
    }
    w.endObject()
  }
}

extension CategoryChange: EventData {
  init(reading r: inout JSONReader) throws {
    var category: Category?
    try r.beginObject()
    while try r.nextKey() {
      guard r.keyIs("category") else { throw r.unknownField() }
      try r.fresh(category)
      category = try r.readCode(Category.self)
    }
    self.init(category: try r.require(category, "category"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("category")
    w.string(category.rawValue)
    w.endObject()
  }
}

extension ConsentChange: EventData {
  init(reading r: inout JSONReader) throws {
    var reference: String?
    try r.beginObject()
    while try r.nextKey() {
      guard r.keyIs("reference") else { throw r.unknownField() }
      try r.fresh(reference)
      reference = try r.readNonEmptyString()
    }
    self.init(reference: try r.require(reference, "reference"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("reference")
    w.string(reference)
    w.endObject()
  }
}

extension LearnerErased: EventData {
  init(reading r: inout JSONReader) throws {
    var reason: String?
    try r.beginObject()
    while try r.nextKey() {
      guard r.keyIs("reason") else { throw r.unknownField() }
      try r.fresh(reason)
      reason = try r.readNonEmptyString()
    }
    self.init(reason: try r.require(reason, "reason"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("reason")
    w.string(reason)
    w.endObject()
  }
}

extension DiagnosticCompleted: EventData {
  init(reading r: inout JSONReader) throws {
    try self.init(reading: &r, schemaVersion: 2)
  }

  /// Reads the `data` object of schema version `schemaVersion` (1 or 2), upgraded to version 2:
  /// version 1 has no `bands`, `leading` or `flags` (and may not have them).
  init(reading r: inout JSONReader, schemaVersion: Int) throws {
    var instrument: InstrumentRef?
    var answers: [String: String]?
    var scores: [String: FixedDecimal]?
    var bands: [String: String]?
    var leadingScales: [String]?
    var flags: [String]?
    var leading: [String]?
    let current = schemaVersion >= 2
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("instrument") {
        try r.fresh(instrument)
        guard let value = InstrumentRef(try r.readString()) else {
          throw r.invalidValue("id@version")
        }
        instrument = value
      } else if r.keyIs("answers") {
        try r.fresh(answers)
        answers = try r.readMap { try $0.readNonEmptyString() }
      } else if r.keyIs("scores") {
        try r.fresh(scores)
        scores = try r.readMap { try $0.readDecimal() }
      } else if current && r.keyIs("bands") {
        try r.fresh(bands)
        bands = try r.readMap { try $0.readNonEmptyString() }
      } else if current && r.keyIs("leading") {
        try r.fresh(leadingScales)
        leadingScales = try r.readArray { try $0.readNonEmptyString() }
      } else if current && r.keyIs("flags") {
        try r.fresh(flags)
        flags = try r.readArray { try $0.readNonEmptyString() }
      } else if r.keyIs("leading_directions") {
        try r.fresh(leading)
        leading = try r.readArray { try $0.readNonEmptyString() }
      } else {
        throw r.unknownField()
      }
    }
    let read = (
      instrument: try r.require(instrument, "instrument"),
      answers: try r.require(answers, "answers"), scores: try r.require(scores, "scores"),
      directions: try r.require(leading, "leading_directions")
    )
    guard current else {
      self =
        DiagnosticCompletedV1(
          instrument: read.instrument, answers: read.answers, scores: read.scores,
          leadingDirections: read.directions
        ).upgraded
      return
    }
    self.init(
      instrument: read.instrument, answers: read.answers, scores: read.scores,
      bands: try r.require(bands, "bands"), leading: try r.require(leadingScales, "leading"),
      flags: try r.require(flags, "flags"), leadingDirections: read.directions)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("instrument")
    w.string(instrument.description)
    w.key("answers")
    w.map(answers) { $0.string($1) }
    w.key("scores")
    w.map(scores) { $0.decimal($1) }
    w.key("bands")
    w.map(bands) { $0.string($1) }
    w.key("leading")
    w.array(leading) { $0.string($1) }
    w.key("flags")
    w.array(flags) { $0.string($1) }
    w.key("leading_directions")
    w.array(leadingDirections) { $0.string($1) }
    w.endObject()
  }
}

extension StageEntered: EventData {
  init(reading r: inout JSONReader) throws {
    try self.init(reading: &r, schemaVersion: 2)
  }

  /// Reads the `data` object of schema version `schemaVersion` (1 or 2), upgraded to version 2.
  init(reading r: inout JSONReader, schemaVersion: Int) throws {
    var placement: StagePlacement?
    var reason: TransitionReason?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("placement") {
        try r.fresh(placement)
        placement = try StagePlacement(reading: &r, schemaVersion: schemaVersion)
      } else if r.keyIs("reason") {
        try r.fresh(reason)
        reason = try r.readEnum(TransitionReason.self)
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      placement: try r.require(placement, "placement"), reason: try r.require(reason, "reason"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("placement")
    placement.write(to: &w)
    w.key("reason")
    w.string(reason.rawValue)
    w.endObject()
  }
}

extension StageLeft: EventData {
  init(reading r: inout JSONReader) throws {
    var stage: Stage?
    var reason: TransitionReason?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("stage") {
        try r.fresh(stage)
        stage = try r.readEnum(Stage.self)
      } else if r.keyIs("reason") {
        try r.fresh(reason)
        reason = try r.readEnum(TransitionReason.self)
      } else {
        throw r.unknownField()
      }
    }
    self.init(stage: try r.require(stage, "stage"), reason: try r.require(reason, "reason"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("stage")
    w.string(stage.rawValue)
    w.key("reason")
    w.string(reason.rawValue)
    w.endObject()
  }
}

extension TermResult: EventData {
  init(reading r: inout JSONReader) throws {
    try self.init(reading: &r, schemaVersion: 2)
  }

  /// Reads schema version 1 (attendance a fraction, upgraded to percent) or 2.
  init(reading r: inout JSONReader, schemaVersion: Int) throws {
    var term: String?
    var institution: InstitutionID?
    var gpa: FixedDecimal?
    var attendance: FixedDecimal?
    var grades: [SubjectGrade]?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("term") {
        try r.fresh(term)
        term = try r.readNonEmptyString()
      } else if r.keyIs("institution") {
        try r.fresh(institution)
        institution = try r.readID()
      } else if r.keyIs("gpa") {
        try r.fresh(gpa)
        let value = try r.readDecimal()
        guard (FixedDecimal(0)...FixedDecimal(5)).contains(value) else {
          throw r.invalidValue("a GPA from 0 to 5")
        }
        gpa = value
      } else if r.keyIs("attendance") {
        try r.fresh(attendance)
        let value = try r.readDecimal()
        guard TermResult.attendanceRange(schemaVersion: schemaVersion).contains(value) else {
          throw r.invalidValue(
            schemaVersion == 1 ? "a fraction from 0 to 1" : "a percentage from 0 to 100")
        }
        attendance = schemaVersion == 1 ? TermResult.upgradeAttendance(value) : value
      } else if r.keyIs("grades") {
        try r.fresh(grades)
        grades = try r.readGrades()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      term: try r.require(term, "term"), institution: institution, gpa: try r.require(gpa, "gpa"),
      attendance: try r.require(attendance, "attendance"),
      sortedGrades: try r.require(grades, "grades"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("term")
    w.string(term)
    if let institution {
      w.key("institution")
      w.string(institution.rawValue)
    }
    w.key("gpa")
    w.decimal(gpa)
    w.key("attendance")
    w.decimal(attendance)
    w.key("grades")
    w.beginObject()
    for grade in grades {  // kept sorted by subject
      w.key(grade.subject)
      w.int(grade.grade)
    }
    w.endObject()
    w.endObject()
  }
}

extension JSONReader {
  /// Reads session grades, an object subject → 2–5, sorted by subject (byte order, which is
  /// the order ``TermResult`` keeps).
  ///
  /// Jol writes subjects in order, so the usual case is checked by comparing each key's bytes
  /// with the previous one's — no string comparisons; other orders are sorted.
  mutating func readGrades() throws -> [SubjectGrade] {
    try beginObject()
    var grades: [SubjectGrade] = []
    grades.reserveCapacity(12)
    var previous: Range<Int>? = nil
    var ordered = true
    while try nextKey() {
      if ordered, !keyEscaped, let last = previous {
        let order = compareBytes(last, keyRange)
        if order == 0 { throw duplicateField() }
        ordered = order < 0
      } else if keyEscaped {
        ordered = false
      }
      previous = keyRange
      let subject = currentKey
      grades.append(SubjectGrade(subject: subject, grade: try readInt(in: 2...5)))
    }
    if !ordered {
      grades.sort { $0.subject.utf8.lexicographicallyPrecedes($1.subject.utf8) }
      for index in grades.indices.dropFirst()
      where grades[index].subject == grades[index - 1].subject {
        throw JSONReadError(offset: offset, reason: .duplicateField(grades[index].subject))
      }
    }
    return grades
  }

  /// Byte order of two ranges of the input: negative, zero or positive.
  func compareBytes(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    let count = min(a.count, b.count)
    for index in 0..<count {
      let x = bytes[a.lowerBound + index]
      let y = bytes[b.lowerBound + index]
      if x != y { return x < y ? -1 : 1 }
    }
    return a.count - b.count
  }
}

extension MentorshipAssigned: EventData {
  init(reading r: inout JSONReader) throws {
    var mentor: MentorID?
    var enterprise: EnterpriseID?
    var matching: MatchingRunID?
    var reason: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("mentor") {
        try r.fresh(mentor)
        mentor = try r.readID()
      } else if r.keyIs("enterprise") {
        try r.fresh(enterprise)
        enterprise = try r.readID()
      } else if r.keyIs("matching") {
        try r.fresh(matching)
        matching = try r.readID()
      } else if r.keyIs("reason") {
        try r.fresh(reason)
        reason = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      mentor: try r.require(mentor, "mentor"), enterprise: try r.require(enterprise, "enterprise"),
      matching: matching, reason: reason)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("mentor")
    w.string(mentor.rawValue)
    w.key("enterprise")
    w.string(enterprise.rawValue)
    if let matching {
      w.key("matching")
      w.string(matching.rawValue)
    }
    if let reason {
      w.key("reason")
      w.string(reason)
    }
    w.endObject()
  }
}

extension MentorshipEnded: EventData {
  init(reading r: inout JSONReader) throws {
    var mentor: MentorID?
    var reason: MentorshipEndReason?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("mentor") {
        try r.fresh(mentor)
        mentor = try r.readID()
      } else if r.keyIs("reason") {
        try r.fresh(reason)
        reason = try r.readEnum(MentorshipEndReason.self)
      } else {
        throw r.unknownField()
      }
    }
    self.init(mentor: try r.require(mentor, "mentor"), reason: try r.require(reason, "reason"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("mentor")
    w.string(mentor.rawValue)
    w.key("reason")
    w.string(reason.rawValue)
    w.endObject()
  }
}
