import JolModel

/// Re-scoring stored results under another version of their instrument (`jol diagnose
/// rescore`): each stored sheet of the instrument's id but another version is read again from
/// its raw answers and scored under `instrument`, as a new result with the same learner and
/// date. The old results stay in the log: the same answers under two versions give both
/// results, both kept. Pure: results in, events out.
public struct Rescoring: Sendable {
  /// A stored result: whose, when, and what the log holds.
  public struct Stored: Sendable {
    public var learner: LearnerID
    public var date: CivilDate
    public var result: DiagnosticCompleted

    public init(learner: LearnerID, date: CivilDate, result: DiagnosticCompleted) {
      self.learner = learner
      self.date = date
      self.result = result
    }
  }

  /// Why a stored sheet cannot be scored under the version asked for (an item or option it
  /// lacks, too many unanswered items).
  public struct Problem: Hashable, Sendable {
    public var learner: LearnerID
    public var date: CivilDate
    /// The version the sheet was stored under.
    public var from: InstrumentRef
    public var reason: LocalizedText
  }

  /// The new results to append, one event per sheet, in the order of `stored`.
  public var drafts: [EventDraft] = []
  /// Sheets already scored under the version asked for (by an import or an earlier re-scoring):
  /// nothing is appended for them, so re-scoring twice appends nothing.
  public var already = 0
  /// Sheets that cannot be scored under that version; when any, nothing should be written.
  public var problems: [Problem] = []

  /// Plans re-scoring `stored` (every stored result of the learners concerned, in log order)
  /// under `instrument`, with leading directions through `crosswalk`.
  /// - Complexity: O(results × items).
  public init(_ stored: [Stored], under instrument: Instrument, crosswalk: Crosswalk?) {
    let target = InstrumentRef(id: instrument.id, version: instrument.version)
    struct Key: Hashable {
      var learner: LearnerID
      var date: CivilDate
      var answers: [String: String]
    }
    var done: Set<Key> = []
    for entry in stored where entry.result.instrument == target {
      done.insert(Key(learner: entry.learner, date: entry.date, answers: entry.result.answers))
    }
    for entry in stored
    where entry.result.instrument.id == target.id && entry.result.instrument != target {
      let key = Key(learner: entry.learner, date: entry.date, answers: entry.result.answers)
      guard !done.contains(key) else {
        already += 1
        continue
      }
      let (sheet, found) = instrument.sheet(stored: entry.result.answers)
      if let first = found.first {
        problems.append(
          Problem(
            learner: entry.learner, date: entry.date, from: entry.result.instrument,
            reason: first.reason))
        continue
      }
      if let reason = instrument.completeness(of: sheet) {
        problems.append(
          Problem(
            learner: entry.learner, date: entry.date, from: entry.result.instrument,
            reason: reason))
        continue
      }
      done.insert(key)
      drafts.append(
        EventDraft(
          stream: .learner(entry.learner), effective: entry.date,
          event: .diagnosticCompleted(instrument.result(sheet, crosswalk: crosswalk))))
    }
  }
}
