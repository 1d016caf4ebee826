/// The stage history, whatever order its events arrive in.
///
/// Entries (`learner.registered`, `learner.stage_entered`) make the periods: one per date — on
/// one date the entry recorded last wins (a correction) — each running until the next one, which
/// ends it for its own reason. A leave (`learner.stage_left` of a stage on a date) ends the
/// earliest period of that stage that it falls in, from its first day to the next period's first
/// day inclusive: so a leave on the day the next period starts ends the one before. A period
/// ends on the earliest leave that falls in it (on one date, the one recorded first); the other
/// leaves, and leaves that fall in no period of their stage, are kept aside.
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
      let endsPrevious =
        last > 0 && period.from == date && history[last - 1].placement.stage == stage
      if !endsPrevious {
        if period.placement.stage != stage {
          kept.keep(.stageLeft(StageLeft(stage: stage, reason: reason)), on: date)
          return
        }
        guard let until = period.until else {
          history[last].until = date
          history[last].exitReason = reason
          history[last].endedByLeaving = true
          return
        }
        // The last period can only have been ended by a leave: an earlier one wins, and the
        // same one again changes nothing.
        if until == date && period.exitReason == reason { return }
        if until <= date {
          kept.keep(.stageLeft(StageLeft(stage: stage, reason: reason)), on: date)
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
        event: .stageLeft(StageLeft(stage: period.placement.stage, reason: reason)))
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
      leaves.append(
        KeptEvent(effective: date, event: .stageLeft(StageLeft(stage: stage, reason: reason))))
    }
    history = entries.indices.map { index in
      let next = index + 1 < entries.count ? entries[index + 1] : nil
      return StagePeriod(
        placement: entries[index].placement, from: entries[index].date, until: next?.date,
        entryReason: entries[index].reason, exitReason: next?.reason)
    }
    // By date; on one date, in the order listed: the periods' own leaves were recorded before
    // the kept ones of their stage and date, and this one last.
    let ordered = leaves.withoutRepeats().enumerated().sorted {
      ($0.element.effective, $0.offset) < ($1.element.effective, $1.offset)
    }
    for (_, kept) in ordered {
      guard case .stageLeft(let leave) = kept.event else { continue }
      let day = kept.effective
      let index = history.indices.first { index in
        history[index].placement.stage == leave.stage && history[index].from <= day
          && (index + 1 == history.count || day <= history[index + 1].from)
      }
      if let index, !history[index].endedByLeaving {
        history[index].until = day
        history[index].exitReason = leave.reason
        history[index].endedByLeaving = true
      } else {
        self.kept.keep(kept.event, on: day)
      }
    }
  }
}
