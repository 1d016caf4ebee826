/// Records that run from a start event until an end event, one at a time for each thing:
/// categories (declared → ended), consents (recorded → withdrawn), mentorships (assigned →
/// ended).
///
/// The rule, whatever order the events arrive in: a thing's events are taken by date, and on one
/// date starts before ends (an end on the day of a start ends it that day). A start opens a run
/// when none is open; an end closes the open one. A start while a run is open (a repeat), and an
/// end with none open (nothing to end yet), are kept aside (``LearnerState/kept``): an event
/// dated earlier may arrive later and give them something to do.
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
  /// - Complexity: O(runs + kept) for an event dated after the thing's others; O(n log n) in the
  ///   thing's events otherwise (the thing's runs are derived again).
  mutating func apply(
    _ event: DomainEvent, key: String, on date: CivilDate, kept: inout [KeptEvent]
  ) {
    let last = lastIndex { $0.key == key }
    if !kept.keeps(Element.collection, key),
      last.map({ date > (self[$0].end ?? self[$0].start) }) ?? true
    {
      let open = last.map { self[$0].end == nil } ?? false
      switch (Element.starts(event), open) {
      case (true, false): insertInOrder(Element(starting: event, on: date))
      case (false, true): self[last!].close(by: event, on: date)
      default: kept.keep(event, on: date)
      }
      return
    }
    // Arrived out of date order: the thing's runs again from all its events — the runs' own
    // first, then the kept ones, then this one, so that events of one date keep their order.
    var events = filter { $0.key == key }.flatMap(\.events)
    events += kept.take(Element.collection, key)
    events.append(KeptEvent(effective: date, event: event))
    removeAll { $0.key == key }
    let ordered = events.withoutRepeats().enumerated().sorted {
      ($0.element.effective, Element.starts($0.element.event) ? 0 : 1, $0.offset)
        < ($1.element.effective, Element.starts($1.element.event) ? 0 : 1, $1.offset)
    }
    var runs: [Element] = []
    var open = false
    for (_, event) in ordered {
      switch (Element.starts(event.event), open) {
      case (true, false):
        runs.append(Element(starting: event.event, on: event.effective))
        open = true
      case (false, true):
        runs[runs.count - 1].close(by: event.event, on: event.effective)
        open = false
      default: kept.keep(event.event, on: event.effective)
      }
    }
    for run in runs { insertInOrder(run) }
  }

  /// Inserts a run in order of start, then thing.
  private mutating func insertInOrder(_ run: Element) {
    var index = count
    while index > 0
      && (self[index - 1].start > run.start
        || (self[index - 1].start == run.start
          && run.key.utf8.lexicographicallyPrecedes(self[index - 1].key.utf8)))
    {
      index -= 1
    }
    insert(run, at: index)
  }
}
