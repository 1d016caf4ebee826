import JolModel

/// What one instrument's results say about a group of pupils (a class, a school): how many lead
/// on each scale, how many fall in each band of each scale, whose results are to be read with
/// care, and whose leading direction changed since their previous administration. The summary
/// of `jol diagnose report`; pure, from the stored results.
///
/// Each pupil counts once, with their latest result of the instrument (any version); a pupil
/// whose leading scales tie counts on each of them, and once in ``tied``, so the leading counts
/// may add up to more than ``pupils``.
public struct ClassSummary: Sendable {
  /// One pupil's results of the instrument, oldest first, as the state keeps them.
  public struct Pupil: Sendable {
    public var learner: LearnerID
    /// The pupil's class (`9Ә`), as the report shows it.
    public var group: String
    public var results: [DiagnosticSummary]

    public init(learner: LearnerID, group: String, results: [DiagnosticSummary]) {
      self.learner = learner
      self.group = group
      self.results = results
    }
  }

  /// A pupil whose result carries validity flags.
  public struct Flagged: Sendable, Hashable {
    public var learner: LearnerID
    public var group: String
    /// Flag ids (``ProfileFlags/all``), in that order.
    public var flags: [String]
  }

  /// A pupil whose leading direction differs between their previous and latest results.
  public struct Change: Sendable, Hashable {
    public var learner: LearnerID
    public var group: String
    public var previous: DiagnosticSummary
    public var latest: DiagnosticSummary
  }

  /// The instrument's id.
  public var instrument: String
  /// Pupils with a result.
  public var pupils: Int
  /// Per scale, in the instrument's order: the pupils leading on it.
  public var leading: [(scale: String, count: Int)]
  /// Pupils whose leading scales tie.
  public var tied: Int
  /// Per scale: the pupils in each of its bands (in the scale's order), and those whose score
  /// was insufficient or kept no band.
  public var bands: [(scale: String, counts: [(band: String, count: Int)], unbanded: Int)]
  /// Pupils whose latest result carries flags, in the order of the pupils given.
  public var flagged: [Flagged]
  /// Pupils with an earlier administration (a result dated before their latest).
  public var compared: Int
  /// Those of them whose leading direction (the `diagnostic_direction` fact: none when scales
  /// tie) differs between the two.
  public var changes: [Change]

  /// The summary of `pupils`' results of `instrument` (their results of other instruments are
  /// ignored). A re-scoring of the same answers (same date) is not an administration: the
  /// previous result is the latest one dated before the latest result.
  /// - Complexity: O(pupils × (results + scales × bands)).
  public init(instrument: Instrument, pupils: [Pupil]) {
    self.instrument = instrument.id
    var leadingCounts = [Int](repeating: 0, count: instrument.scales.count)
    var bandCounts = instrument.scales.map { [Int](repeating: 0, count: $0.bands.count) }
    var unbanded = [Int](repeating: 0, count: instrument.scales.count)
    var counted = 0
    var tied = 0
    var compared = 0
    var flagged: [Flagged] = []
    var changes: [Change] = []
    for pupil in pupils {
      let results = pupil.results.filter { $0.instrument.id == instrument.id }
      guard let latest = results.last else { continue }
      counted += 1
      if latest.leading.count > 1 { tied += 1 }
      for (index, scale) in instrument.scales.enumerated() {
        if latest.leading.contains(scale.id) { leadingCounts[index] += 1 }
        let band = latest.scores.first { $0.scale == scale.id }?.band
        if let band, let position = scale.bands.firstIndex(where: { $0.id == band }) {
          bandCounts[index][position] += 1
        } else {
          unbanded[index] += 1
        }
      }
      if !latest.flags.isEmpty {
        let ids = ProfileFlags.all.map(\.id).filter(latest.flags.contains)
        flagged.append(Flagged(learner: pupil.learner, group: pupil.group, flags: ids))
      }
      if let previous = results.last(where: { $0.date < latest.date }) {
        compared += 1
        if previous.leadingDirection != latest.leadingDirection {
          changes.append(
            Change(
              learner: pupil.learner, group: pupil.group, previous: previous, latest: latest))
        }
      }
    }
    self.pupils = counted
    self.leading = zip(instrument.scales, leadingCounts).map { ($0.id, $1) }
    self.tied = tied
    self.bands = instrument.scales.indices.map { index in
      let scale = instrument.scales[index]
      return (
        scale.id, zip(scale.bands, bandCounts[index]).map { ($0.id, $1) }, unbanded[index]
      )
    }
    self.flagged = flagged
    self.compared = compared
    self.changes = changes
  }
}
