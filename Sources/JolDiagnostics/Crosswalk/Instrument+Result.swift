import JolModel

extension Instrument {
  /// The raw answers as a result keeps them: item number → option id (`"7": "a"`) or rating
  /// (`"12": "4"`), unanswered items left out. Bound to option ids, never positions, so they
  /// can be re-scored under another version (``sheet(stored:)``).
  public func storedAnswers(_ sheet: AnswerSheet) -> [String: String] {
    var answers: [String: String] = [:]
    for (index, answer) in sheet.answers.enumerated() where answer >= 0 {
      switch response {
      case .choice:
        let options = items[index].options
        if Int(answer) < options.count { answers[String(index + 1)] = options[Int(answer)].id }
      case .rating:
        answers[String(index + 1)] = String(answer)
      }
    }
    return answers
  }

  /// The sheet of stored answers (``storedAnswers(_:)``, possibly of another version), read as
  /// ``parseAnswers(_:)`` reads a form: an item or option this version lacks, or a rating out
  /// of its range, is a problem; too many unanswered items are for ``completeness(of:)``.
  public func sheet(stored answers: [String: String]) -> (
    sheet: AnswerSheet, problems: [AnswerProblem]
  ) {
    let separator: String
    if case .rating = response { separator = ":" } else { separator = "" }
    let text = answers.sorted { (Int($0.key) ?? 0, $0.key) < (Int($1.key) ?? 0, $1.key) }
      .map { $0.key + separator + $0.value }.joined(separator: " ")
    return parseAnswers(text)
  }

  /// The result of one sheet as the log keeps it (`learner.diagnostic_completed`): the raw
  /// answers, `id@version`, each scored scale's score and band, the leading scales, the flags,
  /// and the directions the leading scales point to through `crosswalk` (none without one).
  public func result(_ sheet: AnswerSheet, crosswalk: Crosswalk?) -> DiagnosticCompleted {
    let profile = score(sheet)
    var scores: [String: FixedDecimal] = [:]
    var bands: [String: String] = [:]
    for (index, scale) in scales.enumerated() {
      guard let score = profile.scores[index], let band = profile.bands[index] else { continue }
      scores[scale.id] = FixedDecimal(score)
      bands[scale.id] = scale.bands[band].id
    }
    let leading = profile.leading.map { scales[$0].id }
    let directions = crosswalk?.directions(instrument: id, leading: leading) ?? []
    return DiagnosticCompleted(
      instrument: InstrumentRef(id: id, version: version), answers: storedAnswers(sheet),
      scores: scores, bands: bands, leading: leading, flags: profile.flags.ids,
      leadingDirections: directions.map(\.rawValue))
  }
}
