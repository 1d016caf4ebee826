/// Institutions, enterprises, mentors, policies, rounds and matching runs in the binary
/// snapshot. They are few (thousands, against a million learners), so each is written plainly;
/// collections keyed by id are written sorted by id, so equal states give equal bytes.
extension InstitutionState {
  func write(to w: inout SnapshotWriter) {
    w.inline(id.rawValue)
    guard let registration else { return w.byte(0) }
    w.byte(1)
    w.enumeration(registration.kind)
    registration.names.write(to: &w)
    w.shared(registration.district)
    w.languages(registration.languages)
    w.count(registration.specialties.count)
    for offer in registration.specialties {
      w.shared(offer.specialty.rawValue)
      w.int(offer.intake)
    }
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(id: InstitutionID(try r.inline()))
    guard try r.presence() else { return }
    let kind: InstitutionKind = try r.enumeration(.institutionKind)
    let names = try OrganisationNames(reading: &r)
    let district = try r.shared()
    let languages = try r.languages()
    var specialties: [SpecialtyOffer] = []
    for _ in 0..<(try r.count()) {
      specialties.append(
        SpecialtyOffer(specialty: SpecialtyCode(rawValue: try r.shared()), intake: try r.int()))
    }
    registration = InstitutionRegistered(
      kind: kind, names: names, district: district, languages: languages, specialties: specialties)
  }
}

extension EnterpriseState {
  func write(to w: inout SnapshotWriter) {
    w.inline(id.rawValue)
    if let registration {
      w.byte(1)
      registration.names.write(to: &w)
      w.shared(registration.district)
      w.specialties(registration.specialties)
      // -1: no cap (a capacity is never negative).
      w.int(registration.capacity ?? -1)
    } else {
      w.byte(0)
    }
    w.count(demand.count)
    for record in demand {
      w.shared(record.specialty.rawValue)
      w.int(record.year)
      w.int(record.count)
      w.date(record.declared)
    }
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(id: EnterpriseID(try r.inline()))
    if try r.presence() {
      let names = try OrganisationNames(reading: &r)
      let district = try r.shared()
      let specialties = try r.specialties()
      let capacity = try r.int()
      registration = EnterpriseRegistered(
        names: names, district: district, specialties: specialties,
        capacity: capacity >= 0 ? capacity : nil)
    }
    for _ in 0..<(try r.count()) {
      demand.append(
        DemandRecord(
          specialty: SpecialtyCode(rawValue: try r.shared()), year: try r.int(), count: try r.int(),
          declared: try r.date()))
    }
  }
}

extension MentorState {
  func write(to w: inout SnapshotWriter) {
    w.inline(id.rawValue)
    guard let registration else { return w.byte(0) }
    w.byte(1)
    w.shared(registration.enterprise.rawValue)
    w.specialties(registration.specialties)
    w.languages(registration.languages)
    w.int(registration.capacity)
    w.enumeration(registration.shift)
    w.shared(registration.district)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(id: MentorID(try r.inline()))
    guard try r.presence() else { return }
    registration = MentorRegistered(
      enterprise: EnterpriseID(try r.shared()), specialties: try r.specialties(),
      languages: try r.languages(), capacity: try r.int(), shift: try r.enumeration(.shift),
      district: try r.optionalShared())
  }
}

extension PolicyVersionRecord {
  func write(to w: inout SnapshotWriter) {
    w.int(publication.version)
    w.inline(publication.text)
    w.inline(publication.sha256)
    w.date(published)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      publication: PolicyPublished(
        version: try r.int(), text: try r.inline(), sha256: try r.inline()),
      published: try r.date())
  }
}

extension RoundRun {
  func write(to w: inout SnapshotWriter) {
    w.shared(policy.rawValue)
    w.int(policyVersion)
    w.inline(policySHA256)
    w.count(groupSHA256.count)
    for hash in groupSHA256 { w.inline(hash) }
    w.date(asOf)
    w.varint(logPosition)
    w.inline(seed)
    w.int(applicants)
    w.int(awarded)
    w.money(totalAmount)
    w.inline(resultsSHA256)
    w.int(resultsForm ?? 0)
    w.shared(supersedes?.rawValue)
    w.shared(supersedeReason)
    w.shared(classifier)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    let policy = PolicyID(try r.shared())
    let version = try r.int()
    let policySHA256 = try r.inline()
    var group: [String] = []
    for _ in 0..<(try r.count()) { group.append(try r.inline()) }
    self.init(
      policy: policy, policyVersion: version, policySHA256: policySHA256, groupSHA256: group,
      asOf: try r.date(), logPosition: try r.varint(), seed: try r.inline(),
      applicants: try r.int(), awarded: try r.int(), totalAmount: try r.money(),
      resultsSHA256: try r.inline())
    let form = try r.int()
    resultsForm = form == 0 ? nil : form
    supersedes = try r.optionalShared().map(RoundID.init)
    supersedeReason = try r.optionalShared()
    classifier = try r.optionalShared()
  }
}

extension MatchingRun {
  func write(to w: inout SnapshotWriter) {
    w.shared(programme)
    w.date(asOf)
    w.varint(logPosition)
    w.inline(seed)
    w.int(students)
    w.int(mentors)
    w.int(assigned)
    w.int(blockingPairs)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      programme: try r.shared(), asOf: try r.date(), logPosition: try r.varint(),
      seed: try r.inline(), students: try r.int(), mentors: try r.int(), assigned: try r.int(),
      blockingPairs: try r.int())
  }
}

extension RunState {
  func write(to w: inout SnapshotWriter, _ writeRun: (Run, inout SnapshotWriter) -> Void) {
    if let run {
      w.byte(1)
      writeRun(run, &w)
    } else {
      w.byte(0)
    }
    w.date(ran)
    w.date(published)
  }

  init(
    reading r: inout SnapshotReader,
    _ readRun: (inout SnapshotReader) throws(SnapshotError) -> Run
  ) throws(SnapshotError) {
    self.init()
    if try r.presence() { run = try readRun(&r) }
    ran = try r.optionalDate()
    published = try r.optionalDate()
  }
}

extension OrganisationNames {
  func write(to w: inout SnapshotWriter) {
    w.inline(kk)
    w.inline(ru)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(kk: try r.inline(), ru: try r.inline())
  }
}

extension SnapshotWriter {
  mutating func languages(_ values: [Language]) {
    count(values.count)
    for value in values { enumeration(value) }
  }

  mutating func specialties(_ values: [SpecialtyCode]) {
    count(values.count)
    for value in values { shared(value.rawValue) }
  }
}

extension SnapshotReader {
  /// A presence byte: 1 when an optional part follows, 0 when not.
  mutating func presence() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw malformed("a presence byte 0 or 1")
    }
  }

  mutating func languages() throws(SnapshotError) -> [Language] {
    var values: [Language] = []
    for _ in 0..<(try count()) { values.append(try enumeration(.language)) }
    return values
  }

  mutating func specialties() throws(SnapshotError) -> [SpecialtyCode] {
    var values: [SpecialtyCode] = []
    for _ in 0..<(try count()) { values.append(SpecialtyCode(rawValue: try shared())) }
    return values
  }
}
