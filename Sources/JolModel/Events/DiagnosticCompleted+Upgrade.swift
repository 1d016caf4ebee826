/// Schema version 1 of `learner.diagnostic_completed`, as written before issue 10's import: the
/// raw answers, the scores and the leading directions only. Version 2 adds each scale's band,
/// the leading scales and the validity flags, which a guidance report shows. Old events stay in
/// the log as they were; they are upgraded each time they are read.
struct DiagnosticCompletedV1: OlderEventData {
  var instrument: InstrumentRef
  var answers: [String: String]
  var scores: [String: FixedDecimal]
  var leadingDirections: [String]

  enum CodingKeys: String, CodingKey {
    case instrument, answers, scores
    case leadingDirections = "leading_directions"
  }

  /// The version 2 event: no bands or flags (version 1 did not record them; they are not
  /// guessed), the leading scales those at the highest score.
  var upgraded: DiagnosticCompleted {
    DiagnosticCompleted(
      instrument: instrument, answers: answers, scores: scores,
      leading: DiagnosticCompleted.highest(scores), leadingDirections: leadingDirections)
  }
}

extension DiagnosticCompleted {
  /// The scales at the highest score, by id (a version 1 event kept no instrument order).
  static func highest(_ scores: [String: FixedDecimal]) -> [String] {
    guard let top = scores.values.max() else { return [] }
    return scores.filter { $0.value == top }.map(\.key).sorted()
  }
}
