/// The stage history, whatever order its events arrive in.
///
/// Entries (`learner.registered`, `learner.stage_entered`) make the periods: one per date — on
/// one date the entry recorded last wins (a correction) — each running until the next one, which
/// ends it for its own reason. A leave (`learner.stage_left` of a stage on a date) ends the
/// latest period of that stage that it falls in, from its first day to the next period's first
/// day inclusive, among the periods begun before it: those from earlier dates, and the one of
/// its date when an entry of that date was recorded before the leave. That is the period the
/// import checked it against (`StagePlanner`: the one of the stage holding the date): on a
/// transfer day (college A, then college B from that day, then a leave of college) it is B;
/// with no period of the stage holding the date, the one that ended that day as another stage
/// began (a leave of school on the day college starts). A period ends on the earliest leave that
/// falls in it (on one date, the one recorded first); the other leaves, and leaves that fall in
/// no period of their stage, are kept aside with whether they followed their date's entry
/// (``KeptEvent/after``: 1 or 0), as a period left keeps it
/// (``StagePeriod/leftAfterEntryOfItsDate``).
extension LearnerState {
  /// Folds in an entry to `placement` on `date`.
  /// - Complexity: O(1) for an entry dated after the learner's other stage events.
  mutating func enter(_ placement: StagePlacement, on date: CivilDate, reason: TransitionReason) {
    if !kept.keeps(.history) {
      if history.isEmpty {
        history.append(StagePeriod(placement: placement, from: date, entryReason: reason))
        return
      }
      let last = history.count - 1
      if history[last].from < date, history[last].until.map({ $0 <= date }) ?? true {
        if history[last].until == nil {
          history[last].until = date
          history[last].exitReason = reason
        }
        history.append(StagePeriod(placement: placement, from: date, entryReason: reason))
        return
      }
    }
    deriveHistory(adding: .entry(placement, reason), on: date)
  }

  /// Folds in a leave of `stage` on `date`.
  /// - Complexity: O(1) for a leave dated after the learner's other stage events.
  mutating func leave(_ stage: Stage, on date: CivilDate, reason: TransitionReason) {
    if !kept.keeps(.history), let period = history.last, period.from <= date {
      let last = history.count - 1
      // Only the last period can begin on `date`, and its entry was recorded before this leave.
      let afterEntry = period.from == date
      let endsPrevious =
        afterEntry && last > 0 && period.placement.stage != stage
        && history[last - 1].placement.stage == stage
      if !endsPrevious {
        let left = StageLeft(stage: stage, reason: reason)
        if period.placement.stage != stage {
          kept.keep(.stageLeft(left), on: date, after: afterEntry ? 1 : 0)
          return
        }
        guard let until = period.until else {
          history[last].until = date
          history[last].exitReason = reason
          history[last].endedByLeaving = true
          history[last].leftAfterEntryOfItsDate = afterEntry
          return
        }
        // The last period can only have been ended by a leave: an earlier one wins, and the
        // same one again changes nothing.
        if until == date && period.exitReason == reason { return }
        if until <= date {
          kept.keep(.stageLeft(left), on: date, after: afterEntry ? 1 : 0)
          return
        }
      }
    }
    deriveHistory(adding: .leave(stage, reason), on: date)
  }

  /// A stage event.
  private enum StageChange {
    case entry(StagePlacement, TransitionReason)
    case leave(Stage, TransitionReason)
  }

  /// The history again from every stage event: the periods' entries and leaves, the kept
  /// leaves, and `change`.
  /// - Complexity: O(periods × leaves).
  private mutating func deriveHistory(adding change: StageChange, on date: CivilDate) {
    var entries = history.map { (date: $0.from, placement: $0.placement, reason: $0.entryReason) }
    var leaves = history.compactMap { period -> KeptEvent? in
      guard period.endedByLeaving, let until = period.until, let reason = period.exitReason
      else { return nil }
      return KeptEvent(
        effective: until,
        event: .stageLeft(StageLeft(stage: period.placement.stage, reason: reason)),
        after: period.leftAfterEntryOfItsDate ? 1 : 0)
    }
    leaves += kept.take(.history)
    switch change {
    case .entry(let placement, let reason):
      // Recorded last, so a correction of any entry of its date.
      if let index = entries.firstIndex(where: { $0.date == date }) {
        entries[index] = (date, placement, reason)
      } else {
        let index = entries.firstIndex { $0.date > date } ?? entries.count
        entries.insert((date, placement, reason), at: index)
      }
    case .leave(let stage, let reason):
      // Recorded after every entry of its date.
      let afterEntry = entries.contains { $0.date == date }
      leaves.append(
        KeptEvent(
          effective: date, event: .stageLeft(StageLeft(stage: stage, reason: reason)),
          after: afterEntry ? 1 : 0))
    }
    history = entries.indices.map { index in
      let next = index + 1 < entries.count ? entries[index + 1] : nil
      return StagePeriod(
        placement: entries[index].placement, from: entries[index].date, until: next?.date,
        entryReason: entries[index].reason, exitReason: next?.reason)
    }
    // By date; on one date, those before its entry first, then in the order listed: the
    // periods' own leaves were recorded before the kept ones of their stage and date, and this
    // one last.
    let ordered = leaves.withoutRepeats().enumerated().sorted {
      ($0.element.effective, $0.element.after, $0.offset)
        < ($1.element.effective, $1.element.after, $1.offset)
    }
    for (_, kept) in ordered {
      guard case .stageLeft(let leave) = kept.event else { continue }
      let (day, afterEntry) = (kept.effective, kept.after > 0)
      let index = history.indices.last { index in
        history[index].placement.stage == leave.stage
          && (history[index].from < day || (afterEntry && history[index].from == day))
          && (index + 1 == history.count || day <= history[index + 1].from)
      }
      if let index, !history[index].endedByLeaving {
        history[index].until = day
        history[index].exitReason = leave.reason
        history[index].endedByLeaving = true
        history[index].leftAfterEntryOfItsDate = afterEntry
      } else {
        self.kept.keep(kept.event, on: day, after: kept.after)
      }
    }
  }
}
