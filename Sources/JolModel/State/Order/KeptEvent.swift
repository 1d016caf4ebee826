/// An event of a learner's stream that the learner's records cannot say again, kept beside them
/// so that a collection can be derived anew when an event dated earlier arrives later: an end
/// with nothing (yet) to end, a start of something already held, a superseded list, a payment
/// before its grant. A learner whose events arrive in date order keeps none, except a repeat or
/// an end of nothing (on a later date than the thing's last event) and a list replaced by another.
public struct KeptEvent: Hashable, Sendable {
  /// The event's effective date.
  public var effective: CivilDate
  /// The event, with only the fields the state uses (a mentorship's assignment is kept
  /// without its reason, which its period does not hold either).
  public var event: DomainEvent
  /// For an event of a dated run (``DatedRun``): how many of its thing's run starts and ends
  /// of the same date were recorded before it — where it falls among them, as events of one
  /// date take effect in the order they were recorded. 0 for the other collections.
  public var after: Int

  /// `event`, effective on `effective`, recorded after `after` run starts and ends of its
  /// thing and date.
  /// - Precondition: `event` is of a kind a collection keeps (``thing(of:)`` is not nil).
  public init(effective: CivilDate, event: DomainEvent, after: Int = 0) {
    precondition(Self.thing(of: event) != nil, "not a kept kind of event: \(event)")
    self.effective = effective
    self.event = event
    self.after = after
  }

  /// Which collection of the state an event belongs to, and the thing in it that the event
  /// starts or ends: events of different things never interact, so kept events are ordered by
  /// date, then thing. Nil for kinds that are not kept.
  static func thing(of event: DomainEvent) -> Thing? {
    switch event {
    case .stageLeft(let e): Thing(.history, e.stage.rawValue)
    case .categoryDeclared(let e), .categoryEnded(let e): Thing(.categories, e.category.rawValue)
    case .consentRecorded(let e), .consentWithdrawn(let e): Thing(.consents, e.reference)
    case .mentorshipAssigned(let e): Thing(.mentorships, e.mentor.rawValue)
    case .mentorshipEnded(let e): Thing(.mentorships, e.mentor.rawValue)
    case .awardGranted(let e): Thing(.awards, e.policy.rawValue, e.round.rawValue)
    case .awardRevoked(let e): Thing(.awards, e.policy.rawValue, e.round.rawValue)
    case .awardPaid(let e): Thing(.awards, e.policy.rawValue, e.round.rawValue)
    case .mentorPreferencesDeclared(let e): Thing(.mentorPreferences, e.programme)
    default: nil
    }
  }

  /// Whether the event is a payment: the one kind of which the same event twice on one date is
  /// twice the effect. Any other event recorded again on its date (a re-import) changes
  /// nothing, whatever else arrives, so it is not kept twice.
  var isPayment: Bool {
    if case .awardPaid = event { true } else { false }
  }

  /// Whether the event is of the award of `policy` in `round`.
  func isOfAward(_ policy: PolicyID, _ round: RoundID) -> Bool {
    switch event {
    case .awardGranted(let e): e.policy == policy && e.round == round
    case .awardRevoked(let e): e.policy == policy && e.round == round
    case .awardPaid(let e): e.policy == policy && e.round == round
    default: false
    }
  }

  /// The collections that keep events, in the order kept events of one date are listed.
  enum Collection: UInt8, Comparable {
    case history, categories, consents, mentorships, awards, mentorPreferences

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// Whether `self` goes after `other` in ``LearnerState/kept``: by date, collection, key,
  /// place among the thing's run starts and ends (``after``) and kind; events of the same date,
  /// thing, place and kind stay in the order they arrived.
  func follows(_ other: KeptEvent) -> Bool {
    guard effective == other.effective else { return effective > other.effective }
    let (a, b) = (Self.thing(of: event), Self.thing(of: other.event))
    // Every kept event has a thing (`init`); were one without, it would go first.
    guard a == b else { return a.map { a in b.map { $0 < a } ?? true } ?? false }
    guard after == other.after else { return after > other.after }
    return rank > other.rank
  }

  /// The order of kinds among a thing's kept events of one date and place: starts, ends,
  /// payments. Where the rules depend on the order of events of one date (dated runs), no two
  /// kept events share a place; elsewhere they never do, so kept events are kept in this order,
  /// and only events of one kind in the order they were recorded.
  private var rank: Int {
    switch event {
    case .categoryEnded, .consentWithdrawn, .mentorshipEnded, .awardRevoked: 1
    case .awardPaid: 2
    default: 0
    }
  }
}

extension [KeptEvent] {
  /// Keeps an event, after the kept events of its date and thing — unless the same event of
  /// the same date is kept already (a re-import).
  /// - Complexity: O(kept).
  mutating func keep(_ event: DomainEvent, on date: CivilDate, after: Int = 0) {
    let kept = KeptEvent(effective: date, event: event, after: after)
    guard kept.isPayment || !contains(kept) else { return }
    insertInOrder(kept) { $0.follows(kept) }
  }

  /// Whether events of this thing (or of the whole collection) are kept.
  /// - Complexity: O(1) when nothing is kept, as for almost every learner; O(kept) otherwise.
  func keeps(_ collection: KeptEvent.Collection, _ key: String? = nil) -> Bool {
    !isEmpty && contains { $0.isOf(collection, key) }
  }

  /// Removes and returns the kept events of a thing (or of the whole collection), in order.
  mutating func take(_ collection: KeptEvent.Collection, _ key: String? = nil) -> [KeptEvent] {
    take { $0.isOf(collection, key) }
  }

  /// Removes and returns the kept events `isTaken` picks, in order.
  /// - Complexity: O(1) when nothing is kept; O(kept) otherwise.
  mutating func take(where isTaken: (KeptEvent) -> Bool) -> [KeptEvent] {
    guard !isEmpty else { return [] }
    let taken = filter(isTaken)
    if !taken.isEmpty { removeAll(where: isTaken) }
    return taken
  }
}

extension KeptEvent {
  /// Whether the event is of `collection`, and of thing `key` when one is given.
  fileprivate func isOf(_ collection: Collection, _ key: String?) -> Bool {
    guard let thing = Self.thing(of: event) else { return false }
    return thing.collection == collection && key.map { $0 == thing.key } ?? true
  }
}

extension [KeptEvent] {
  /// The events without the repeats of an earlier one (``KeptEvent/isPayment``), in order.
  /// - Complexity: O(n²), for the few events of one thing.
  func withoutRepeats() -> [KeptEvent] {
    var events: [KeptEvent] = []
    for event in self where event.isPayment || !events.contains(event) { events.append(event) }
    return events
  }
}
