/// A learner's state in the binary snapshot. Layout, in order: id (inline), a byte of flags for
/// the optional parts, registration, stage history, categories, consents, last term (its
/// summary: term, institution, grade point average, attendance, then the lowest grade when the
/// flags' bit 16 says there is one), its date,
/// recorded terms, diagnostics (each with its answers' digest), mentorships, awards,
/// applications, mentor preferences, erasure date, last sequence, kept events (each as its log
/// payload's JSON, then its place among its thing's run starts and ends).
extension LearnerState {
  private static let hasRegistration: UInt8 = 1
  private static let hasLastTerm: UInt8 = 2
  private static let hasLastTermDate: UInt8 = 4
  private static let hasErased: UInt8 = 8
  private static let hasLowestGrade: UInt8 = 16

  func write(to w: inout SnapshotWriter) {
    w.inline(id.rawValue)
    var flags: UInt8 = 0
    if registration != nil { flags |= Self.hasRegistration }
    if lastTerm != nil { flags |= Self.hasLastTerm }
    if lastTermDate != nil { flags |= Self.hasLastTermDate }
    if erased != nil { flags |= Self.hasErased }
    if lastTerm?.lowestGrade != nil { flags |= Self.hasLowestGrade }
    w.byte(flags)
    if let registration {
      w.shared(registration.district)
      w.shared(registration.region)
      w.date(registration.registered)
    }
    w.count(history.count)
    for period in history {
      period.placement.write(to: &w)
      w.date(period.from)
      w.date(period.until)
      w.enumeration(period.entryReason)
      w.enumeration(period.exitReason)
      w.byte((period.endedByLeaving ? 1 : 0) | (period.leftAfterEntryOfItsDate ? 2 : 0))
    }
    w.count(categories.count)
    for period in categories {
      w.shared(period.category.rawValue)
      w.date(period.from)
      w.date(period.until)
    }
    w.count(consents.count)
    for consent in consents {
      w.inline(consent.reference)
      w.date(consent.recorded)
      w.date(consent.withdrawn)
    }
    if let lastTerm {
      w.shared(lastTerm.term)
      w.shared(lastTerm.institution?.rawValue)
      w.decimal(lastTerm.gpa)
      w.decimal(lastTerm.attendance)
      if let lowest = lastTerm.lowestGrade { w.int(lowest) }
    }
    if let lastTermDate { w.date(lastTermDate) }
    w.count(terms.count)
    for term in terms { term.write(to: &w) }
    w.count(diagnostics.count)
    for diagnostic in diagnostics {
      w.shared(diagnostic.instrument.id)
      w.int(diagnostic.instrument.version)
      w.date(diagnostic.date)
      w.digest(diagnostic.answers)
      w.count(diagnostic.scores.count)
      for score in diagnostic.scores {
        w.shared(score.scale)
        w.decimal(score.score)
        w.shared(score.band)
      }
      w.count(diagnostic.leading.count)
      for scale in diagnostic.leading { w.shared(scale) }
      w.count(diagnostic.flags.count)
      for flag in diagnostic.flags { w.shared(flag) }
      w.count(diagnostic.leadingDirections.count)
      for direction in diagnostic.leadingDirections { w.shared(direction) }
    }
    w.count(mentorships.count)
    for mentorship in mentorships {
      w.shared(mentorship.mentor.rawValue)
      w.shared(mentorship.enterprise.rawValue)
      w.shared(mentorship.matching?.rawValue)
      w.date(mentorship.from)
      w.date(mentorship.until)
      w.enumeration(mentorship.endReason)
    }
    w.count(awards.count)
    for award in awards {
      award.grant.write(to: &w)
      w.date(award.granted)
      w.date(award.revoked)
      w.shared(award.revocationReason)
      w.money(award.paid)
    }
    // Applications as their event JSON: the payload grows optional fields, and the snapshot
    // then carries them without a change of its own.
    w.count(applications.count)
    for application in applications {
      var json = JSONWriter()
      application.application.write(to: &json)
      w.inline(String(decoding: json.bytes, as: UTF8.self))
      w.date(application.appliedOn)
    }
    w.count(mentorPreferences.count)
    for record in mentorPreferences {
      var json = JSONWriter()
      record.list.write(to: &json)
      w.inline(String(decoding: json.bytes, as: UTF8.self))
      w.date(record.declared)
    }
    if let erased { w.date(erased) }
    w.varint(lastSequence)
    w.varint(firstSequence)
    w.date(latestEffective)
    w.count(kept.count)
    for event in kept {
      w.inline(event.json)
      w.count(event.after)
    }
  }

  /// A learner's id, the first thing of its record, and its ``LearnerIndex/hash(_:)`` (taken
  /// from the bytes, which are at hand).
  static func readID(from r: inout SnapshotReader) throws(SnapshotError)
    -> (id: LearnerID, hash: UInt64)
  {
    let bytes = try r.inlineBytes()
    guard !bytes.isEmpty else { throw r.malformed("a learner id") }
    return (LearnerID(String(decoding: bytes, as: UTF8.self)), LearnerIndex.hash(utf8: bytes))
  }

  /// Reads the rest of the learner's record into this state, fresh from ``init(id:)``. The
  /// reader builds each state in its place: a state built and then moved there was copied, a
  /// retain and a release of each of its arrays and strings.
  mutating func readRecord(from r: inout SnapshotReader) throws(SnapshotError) {
    let flags = try r.byte()
    if flags & Self.hasRegistration != 0 {
      registration = LearnerRegistration(
        district: try r.shared(), region: try r.shared(), registered: try r.date())
    }
    let periods = try r.count()
    if periods > 0 {
      history.reserveCapacity(periods)
      for _ in 0..<periods {
        var period = StagePeriod(
          placement: try StagePlacement(reading: &r), from: try r.date(),
          until: try r.optionalDate(), entryReason: try r.enumeration(.transitionReason),
          exitReason: try r.optionalEnumeration(.transitionReason))
        // Bit 0: ended by leaving; bit 1: left after its date's entry (only with bit 0).
        let ending = try r.byte()
        guard ending == 0 || ending == 1 || ending == 3 else {
          throw r.malformed("how a stage period ended: 0, 1 or 3")
        }
        period.endedByLeaving = ending & 1 != 0
        period.leftAfterEntryOfItsDate = ending & 2 != 0
        history.append(period)
      }
    }
    let categoryCount = try r.count()
    if categoryCount > 0 {
      categories.reserveCapacity(categoryCount)
      for _ in 0..<categoryCount {
        categories.append(
          CategoryPeriod(
            category: Category(rawValue: try r.shared()), from: try r.date(),
            until: try r.optionalDate()))
      }
    }
    let consentCount = try r.count()
    if consentCount > 0 {
      consents.reserveCapacity(consentCount)
      for _ in 0..<consentCount {
        consents.append(
          ConsentRecord(
            reference: try r.inline(), recorded: try r.date(), withdrawn: try r.optionalDate()))
      }
    }
    if flags & Self.hasLastTerm != 0 {
      lastTerm = TermSummary(
        term: try r.shared(), institution: try r.optionalShared().map(InstitutionID.init),
        gpa: try r.decimal(), attendance: try r.decimal(),
        lowestGrade: flags & Self.hasLowestGrade != 0 ? try r.int() : nil)
    }
    if flags & Self.hasLastTermDate != 0 { lastTermDate = try r.date() }
    let termCount = try r.count()
    if termCount > 0 {
      terms.reserveCapacity(termCount)
      for _ in 0..<termCount { terms.append(try RecordedTerm(reading: &r)) }
    }
    let diagnosticCount = try r.count()
    if diagnosticCount > 0 {
      diagnostics.reserveCapacity(diagnosticCount)
      for _ in 0..<diagnosticCount {
        let instrument = InstrumentRef(id: try r.shared(), version: try r.int())
        let date = try r.date()
        let answers = try r.digest()
        let scoreCount = try r.count()
        var scores: [ScaleScore] = []
        scores.reserveCapacity(scoreCount)
        for _ in 0..<scoreCount {
          scores.append(
            ScaleScore(scale: try r.shared(), score: try r.decimal(), band: try r.optionalShared()))
        }
        var leading: [String] = []
        for _ in 0..<(try r.count()) { leading.append(try r.shared()) }
        var flags: [String] = []
        for _ in 0..<(try r.count()) { flags.append(try r.shared()) }
        let directionCount = try r.count()
        var directions: [String] = []
        directions.reserveCapacity(directionCount)
        for _ in 0..<directionCount { directions.append(try r.shared()) }
        diagnostics.append(
          DiagnosticSummary(
            instrument: instrument, date: date, scores: scores, leading: leading, flags: flags,
            leadingDirections: directions, answers: answers))
      }
    }
    let mentorshipCount = try r.count()
    if mentorshipCount > 0 {
      mentorships.reserveCapacity(mentorshipCount)
      for _ in 0..<mentorshipCount {
        mentorships.append(
          MentorshipPeriod(
            mentor: MentorID(try r.shared()), enterprise: EnterpriseID(try r.shared()),
            matching: try r.optionalShared().map(MatchingRunID.init), from: try r.date(),
            until: try r.optionalDate(), endReason: try r.optionalEnumeration(.mentorshipEndReason)
          ))
      }
    }
    let awardCount = try r.count()
    if awardCount > 0 {
      awards.reserveCapacity(awardCount)
      for _ in 0..<awardCount {
        awards.append(
          AwardRecord(
            grant: try AwardGranted(reading: &r), granted: try r.date(),
            revoked: try r.optionalDate(), revocationReason: try r.optionalShared(),
            paid: try r.money()))
      }
    }
    let applicationCount = try r.count()
    if applicationCount > 0 {
      applications.reserveCapacity(applicationCount)
      for _ in 0..<applicationCount {
        let text = try r.inline()
        let application = try Self.application(fromJSON: text)
        applications.append(ApplicationRecord(application: application, appliedOn: try r.date()))
      }
    }
    let preferenceCount = try r.count()
    for _ in 0..<preferenceCount {
      let list = try Self.payload(MentorPreferencesDeclared.self, fromJSON: try r.inline())
      mentorPreferences.append(MentorPreferenceRecord(list: list, declared: try r.date()))
    }
    if flags & Self.hasErased != 0 { erased = try r.date() }
    lastSequence = try r.varint()
    firstSequence = try r.varint()
    latestEffective = try r.optionalDate()
    let keptCount = try r.count()
    for _ in 0..<keptCount {
      let json = try r.inline()
      let after = try r.count()
      guard let event = try? KeptEvent(json: json, after: after) else {
        throw r.malformed("a kept event as its payload's JSON, then its place")
      }
      kept.append(event)
    }
  }
}

extension AwardGranted {
  func write(to w: inout SnapshotWriter) {
    w.shared(policy.rawValue)
    w.int(policyVersion)
    w.shared(round.rawValue)
    w.money(amount)
    w.date(periodStart)
    w.date(periodEnd)
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      policy: PolicyID(try r.shared()), policyVersion: try r.int(), round: RoundID(try r.shared()),
      amount: try r.money(), periodStart: try r.date(), periodEnd: try r.date())
  }
}

extension LearnerState {
  /// An application read back from the JSON a snapshot keeps it as.
  fileprivate static func application(fromJSON text: String) throws(SnapshotError)
    -> ApplicationSubmitted
  {
    try payload(ApplicationSubmitted.self, fromJSON: text)
  }

  /// A payload kept in the snapshot as its event JSON.
  fileprivate static func payload<T: FastJSONCodable>(_: T.Type, fromJSON text: String)
    throws(SnapshotError) -> T
  {
    var text = text
    do {
      return try text.withUTF8 { utf8 in
        var reader = JSONReader(UnsafeRawBufferPointer(utf8))
        return try T(reading: &reader)
      }
    } catch {
      throw .malformed(offset: 0, expected: "\(T.self) as JSON (\(error))")
    }
  }
}
