/// An event of a learner's stream that the learner's records cannot say again, kept beside them
/// so that a collection can be derived anew when an event dated earlier arrives later: an end
/// with nothing (yet) to end, a start of something already held, a superseded list, a payment
/// before its grant. A learner whose events arrive in date order keeps none.
public struct KeptEvent: Hashable, Sendable {
  /// The event's effective date.
  public var effective: CivilDate
  /// The event, with only the fields the state uses (a mentorship's assignment is kept
  /// without its reason, which its period does not hold either).
  public var event: DomainEvent

  /// `event`, effective on `effective`.
  public init(effective: CivilDate, event: DomainEvent) {
    self.effective = effective
    self.event = event
  }

  /// Which collection of the state the event belongs to, and the thing in it that the event
  /// starts or ends (a stage, a category, a consent, a mentor, an award, a programme): events of
  /// different things never interact, so kept events are ordered by date, then these two.
  var thing: (collection: Collection, key: String)? {
    switch event {
    case .stageLeft(let e): (.history, e.stage.rawValue)
    case .categoryDeclared(let e), .categoryEnded(let e): (.categories, e.category.rawValue)
    case .consentRecorded(let e), .consentWithdrawn(let e): (.consents, e.reference)
    case .mentorshipAssigned(let e): (.mentorships, e.mentor.rawValue)
    case .mentorshipEnded(let e): (.mentorships, e.mentor.rawValue)
    case .awardGranted(let e): (.awards, Self.award(e.policy, e.round))
    case .awardRevoked(let e): (.awards, Self.award(e.policy, e.round))
    case .awardPaid(let e): (.awards, Self.award(e.policy, e.round))
    case .mentorPreferencesDeclared(let e): (.mentorPreferences, e.programme)
    default: nil
    }
  }

  /// Whether the event is a payment: the one kind of which the same event twice on one date is
  /// twice the effect. Any other event recorded again on its date (a re-import) changes
  /// nothing, whatever else arrives, so it is not kept twice.
  var isPayment: Bool {
    if case .awardPaid = event { true } else { false }
  }

  /// The key of an award: its policy and round.
  static func award(_ policy: PolicyID, _ round: RoundID) -> String {
    policy.rawValue + "\u{1F}" + round.rawValue
  }

  /// The collections that keep events, in the order kept events of one date are listed.
  enum Collection: UInt8, Comparable {
    case history, categories, consents, mentorships, awards, mentorPreferences

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// Whether `self` goes after `other` in ``LearnerState/kept``: by date, collection, key and
  /// kind; events of the same date, thing and kind stay in the order they arrived.
  func follows(_ other: KeptEvent) -> Bool {
    guard effective == other.effective else { return effective > other.effective }
    let (a, b) = (thing!, other.thing!)
    guard a.collection == b.collection else { return a.collection > b.collection }
    guard a.key == b.key else { return b.key.utf8.lexicographicallyPrecedes(a.key.utf8) }
    return rank > other.rank
  }

  /// The order of kinds among a thing's kept events of one date: starts, ends, payments. The
  /// rules never depend on the order of events of different kinds on one date, so they are
  /// kept in this order, and only events of one kind in the order they were recorded.
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
  mutating func keep(_ event: DomainEvent, on date: CivilDate) {
    let kept = KeptEvent(effective: date, event: event)
    guard kept.isPayment || !contains(kept) else { return }
    var index = count
    while index > 0 && self[index - 1].follows(kept) { index -= 1 }
    insert(kept, at: index)
  }

  /// Whether events of this thing (or of the whole collection) are kept.
  func keeps(_ collection: KeptEvent.Collection, _ key: String? = nil) -> Bool {
    contains { kept in
      let thing = kept.thing!
      return thing.collection == collection && key.map { $0 == thing.key } ?? true
    }
  }

  /// Removes and returns the kept events of a thing (or of the whole collection), in order.
  mutating func take(_ collection: KeptEvent.Collection, _ key: String? = nil) -> [KeptEvent] {
    guard keeps(collection, key) else { return [] }
    var taken: [KeptEvent] = []
    removeAll { kept in
      let thing = kept.thing!
      guard thing.collection == collection, key.map({ $0 == thing.key }) ?? true else {
        return false
      }
      taken.append(kept)
      return true
    }
    return taken
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
