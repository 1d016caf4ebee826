/// Records that run from a start event until an end event, one at a time for each thing:
/// categories (declared → ended), consents (recorded → withdrawn), mentorships (assigned →
/// ended).
///
/// The rule, whatever order the events arrive in: a thing's events take effect by date, and on
/// one date in the order they were recorded (an end on the day of a start ends it that day; a
/// start after an end on one date starts the thing again). A start opens a run when none is
/// open; an end closes the open one. A start while a run is open (a repeat), and an end with none
/// open (nothing to end yet), are kept aside (``LearnerState/kept``) with their place among the
/// thing's starts and ends of their date: an event dated earlier may arrive later and give them
/// something to do. The same kind again right after one on its date (a re-import) does nothing,
/// whatever arrives later — only events dated earlier, or recorded later, can — so it is not kept.
///
/// No sequence is stored: a thing's runs are in the order of their events, and an event of a
/// date always arrives after the events of that date already folded in (the guarantee of
/// `LearnerState+Apply.swift`), so the kept events' places are all the order needs.
protocol DatedRun {
  /// The collection the runs are in.
  static var collection: KeptEvent.Collection { get }
  /// Whether an event of the collection starts a run (else it ends one).
  static func starts(_ event: DomainEvent) -> Bool
  /// The thing the run is of: a category, a consent reference, a mentor.
  var key: String { get }
  /// The run's first day.
  var start: CivilDate { get }
  /// The day it ended (exclusive), if it has.
  var end: CivilDate? { get }
  /// The run `event` starts on `date`.
  init(starting event: DomainEvent, on date: CivilDate)
  /// Ends the run by `event` on `date`.
  mutating func close(by event: DomainEvent, on date: CivilDate)
  /// The events the run was made of: its start, and its end when it has one.
  var events: [KeptEvent] { get }
}

extension Array where Element: DatedRun {
  /// Folds in an event of thing `key` dated `date`, keeping aside what it cannot apply.
  /// - Complexity: O(runs) for an event dated on or after the thing's others, when none of
  ///   them is kept; O(n log n) in the thing's events otherwise (its runs are derived again).
  mutating func apply(
    _ event: DomainEvent, key: String, on date: CivilDate, kept: inout [KeptEvent]
  ) {
    let last = lastIndex { $0.key == key }
    guard !kept.keeps(Element.collection, key),
      last.map({ date >= (self[$0].end ?? self[$0].start) }) ?? true
    else {
      derive(adding: event, key: key, on: date, kept: &kept)
      return
    }
    // After every event of the thing: it takes effect now.
    let starts = Element.starts(event)
    // The thing's last run, when it has not ended.
    let open = last.flatMap { self[$0].end == nil ? $0 : nil }
    if let last, (self[last].end ?? self[last].start) == date, starts == (open != nil) { return }
    switch (starts, open) {
    case (true, nil): insert(Element(starting: event, on: date))
    case (false, let open?): self[open].close(by: event, on: date)
    default:
      let onDate = reduce(0) { count, run in
        guard run.key == key else { return count }
        return count + (run.start == date ? 1 : 0) + (run.end == date ? 1 : 0)
      }
      kept.keep(event, on: date, after: onDate)
    }
  }

  /// The thing's runs again from all its events, arrived out of date order: the runs' own
  /// starts and ends, the kept events at their places among them, and `event`, recorded after
  /// every other of its date.
  private mutating func derive(
    adding event: DomainEvent, key: String, on date: CivilDate, kept: inout [KeptEvent]
  ) {
    // Each event with its place on its date: a run start or end after the ones before it of
    // its date; a kept event before the start or end its place names.
    var events: [(event: KeptEvent, place: Int, isRun: Bool)] = []
    var day: CivilDate?
    var onDay = 0
    for boundary in filter({ $0.key == key }).flatMap(\.events) {
      onDay = boundary.effective == day ? onDay + 1 : 0
      day = boundary.effective
      events.append((boundary, onDay, true))
    }
    events += kept.take(Element.collection, key).map { ($0, $0.after, false) }
    events.append((KeptEvent(effective: date, event: event), Int.max, false))
    removeAll { $0.key == key }
    let ordered = events.enumerated().sorted { a, b in
      (a.element.event.effective, a.element.place, a.element.isRun ? 1 : 0, a.offset)
        < (b.element.event.effective, b.element.place, b.element.isRun ? 1 : 0, b.offset)
    }.map(\.element.event)
    var runs: [Element] = []
    var previous: (date: CivilDate, starts: Bool)?
    onDay = 0
    for event in ordered {
      let starts = Element.starts(event.event)
      if let previous, previous.date == event.effective {
        // The same kind again right after one: a re-import, which does nothing.
        if previous.starts == starts { continue }
      } else {
        onDay = 0
      }
      previous = (event.effective, starts)
      switch (starts, runs.last.map { $0.end == nil } ?? false) {
      case (true, false):
        runs.append(Element(starting: event.event, on: event.effective))
        onDay += 1
      case (false, true):
        runs[runs.count - 1].close(by: event.event, on: event.effective)
        onDay += 1
      default: kept.keep(event.event, on: event.effective, after: onDay)
      }
    }
    for run in runs { insert(run) }
  }

  /// Inserts a run in order of start, then thing.
  private mutating func insert(_ run: Element) {
    insertInOrder(run) {
      $0.start > run.start
        || ($0.start == run.start && run.key.utf8.lexicographicallyPrecedes($0.key.utf8))
    }
  }
}
