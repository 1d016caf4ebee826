// The records that are dated runs: what starts and ends each, and the events it is made of.

extension CategoryPeriod: DatedRun {
  static var collection: KeptEvent.Collection { .categories }
  static func starts(_ event: DomainEvent) -> Bool {
    if case .categoryDeclared = event { true } else { false }
  }
  var key: String { category.rawValue }
  var start: CivilDate { from }
  var end: CivilDate? { until }

  init(starting event: DomainEvent, on date: CivilDate) {
    guard case .categoryDeclared(let e) = event else { preconditionFailure("\(event)") }
    self.init(category: e.category, from: date)
  }

  mutating func close(by event: DomainEvent, on date: CivilDate) { until = date }

  var events: [KeptEvent] {
    let change = CategoryChange(category: category)
    var events = [KeptEvent(effective: from, event: .categoryDeclared(change))]
    if let until { events.append(KeptEvent(effective: until, event: .categoryEnded(change))) }
    return events
  }
}

extension ConsentRecord: DatedRun {
  static var collection: KeptEvent.Collection { .consents }
  static func starts(_ event: DomainEvent) -> Bool {
    if case .consentRecorded = event { true } else { false }
  }
  var key: String { reference }
  var start: CivilDate { recorded }
  var end: CivilDate? { withdrawn }

  init(starting event: DomainEvent, on date: CivilDate) {
    guard case .consentRecorded(let e) = event else { preconditionFailure("\(event)") }
    self.init(reference: e.reference, recorded: date)
  }

  mutating func close(by event: DomainEvent, on date: CivilDate) { withdrawn = date }

  var events: [KeptEvent] {
    let change = ConsentChange(reference: reference)
    var events = [KeptEvent(effective: recorded, event: .consentRecorded(change))]
    if let withdrawn {
      events.append(KeptEvent(effective: withdrawn, event: .consentWithdrawn(change)))
    }
    return events
  }
}

extension MentorshipPeriod: DatedRun {
  static var collection: KeptEvent.Collection { .mentorships }
  static func starts(_ event: DomainEvent) -> Bool {
    if case .mentorshipAssigned = event { true } else { false }
  }
  var key: String { mentor.rawValue }
  var start: CivilDate { from }
  var end: CivilDate? { until }

  /// The assignment's reason is not kept: the period does not hold it.
  init(starting event: DomainEvent, on date: CivilDate) {
    guard case .mentorshipAssigned(let e) = event else { preconditionFailure("\(event)") }
    self.init(mentor: e.mentor, enterprise: e.enterprise, matching: e.matching, from: date)
  }

  mutating func close(by event: DomainEvent, on date: CivilDate) {
    guard case .mentorshipEnded(let e) = event else { preconditionFailure("\(event)") }
    until = date
    endReason = e.reason
  }

  var events: [KeptEvent] {
    var events = [
      KeptEvent(
        effective: from,
        event: .mentorshipAssigned(
          MentorshipAssigned(mentor: mentor, enterprise: enterprise, matching: matching)))
    ]
    if let until, let endReason {
      events.append(
        KeptEvent(
          effective: until,
          event: .mentorshipEnded(MentorshipEnded(mentor: mentor, reason: endReason))))
    }
    return events
  }
}
