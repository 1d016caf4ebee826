import JolModel
import JolPolicy

extension PassportBuilder {
  // MARK: §5 strategy

  mutating func goals(_ section: PassportEntry, kpis: [String]) -> [ClusterPassport.Goal] {
    var result: [(ClusterPassport.Goal, PassportEntry)] = []
    for entry in reader.some("goal", of: section) {
      guard let id = reader.id(entry, expected: "goal ID") else { continue }
      let title = reader.one("title", of: entry).flatMap { reader.text($0) }
      var measuredBy: [String] = []
      for line in reader.some("kpi", of: entry) {
        guard let kpi = reader.id(line, expected: "kpi ID") else { continue }
        if reference(kpi, line, among: kpis, message: .unknownKPI) {
          measuredBy.append(kpi)
        }
      }
      guard let title else { continue }
      result.append((ClusterPassport.Goal(id: id, title: title, kpis: measuredBy), entry))
    }
    unique(result.map { ($0.0.id, $0.1) })
    return result.map(\.0)
  }

  /// Whether `word` (the argument of `line`) is one of `known`; an error with the nearest when
  /// not.
  private mutating func reference(
    _ word: String, _ line: PassportEntry, among known: [String], message: PassportCheckMessage
  ) -> Bool {
    guard !known.contains(word) else { return true }
    let nearest = ClosestMatch.suggestion(for: word, among: known)
    reader.error(
      line.line, column: line.arguments.first!.column,
      message.text([
        "word": word, "expected": known.joined(separator: ", "),
        "hint": nearest.map { PassportCheckMessage.didYouMean.text(["nearest": $0]) } ?? .same(""),
      ]))
    return false
  }

  // MARK: §7 action plan

  mutating func measures(
    _ section: PassportEntry, participants: [String]
  ) -> [ClusterPassport.Measure] {
    var result: [(ClusterPassport.Measure, PassportEntry)] = []
    for entry in reader.some("measure", of: section) {
      guard let id = reader.id(entry, expected: "measure ID") else { continue }
      let title = reader.one("title", of: entry).flatMap { reader.text($0) }
      let deadline = reader.one("deadline", of: entry).flatMap { reader.date($0) }
      var responsible: [String] = []
      if let line = reader.one("responsible", of: entry) {
        if line.arguments.isEmpty || line.arguments.contains(where: \.isQuoted) {
          reader.error(
            line.line, column: PassportReader.end(of: line.line),
            PassportCheckMessage.expected.text(["expected": "responsible ID …"]))
        }
        for token in line.arguments where !token.isQuoted {
          let single = PassportEntry(
            line: ReportingLine(
              number: line.line.number, isIndented: true, tokens: [line.line.tokens[0], token]))
          if reference(
            token.text, single, among: participants, message: .unknownParticipant)
          {
            responsible.append(token.text)
          }
        }
      }
      let results = reader.some("result", of: entry).compactMap { reader.text($0) }
      guard let title, let deadline else { continue }
      result.append(
        (
          ClusterPassport.Measure(
            id: id, title: title, deadline: deadline, responsible: responsible, results: results),
          entry
        ))
    }
    unique(result.map { ($0.0.id, $0.1) })
    return result.map(\.0)
  }

  // MARK: §9 funding

  mutating func funding(_ section: PassportEntry) -> [ClusterPassport.FundingSource] {
    var result: [(ClusterPassport.FundingSource, PassportEntry)] = []
    for entry in reader.some("source", of: section) {
      guard let id = reader.id(entry, expected: "source ID") else { continue }
      let title = reader.one("title", of: entry).flatMap { reader.text($0) }
      var amounts: [ClusterPassport.FundingSource.Amount] = []
      for line in entry.all("amount") {
        guard reader.words(line, 2, expected: "amount YEAR TENGE") != nil,
          let year = reader.whole(line, at: 0, PassportReader.years),
          let tenge = reader.whole(line, at: 1, 0...1_000_000_000_000)
        else { continue }
        if amounts.contains(where: { $0.year == year }) {
          reader.error(line.line, ReportingMessage.repeatedSetting.text(["word": String(year)]))
        }
        amounts.append(.init(year: year, money: Money(tenge: Int64(tenge))))
      }
      guard let title else { continue }
      result.append(
        (
          ClusterPassport.FundingSource(
            id: id, title: title, amounts: amounts.sorted { $0.year < $1.year }), entry
        ))
    }
    unique(result.map { ($0.0.id, $0.1) })
    return result.map(\.0)
  }
}
