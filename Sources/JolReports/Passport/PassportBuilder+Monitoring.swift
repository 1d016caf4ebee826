import JolModel
import JolPolicy

extension PassportBuilder {
  // MARK: §11 monitoring

  mutating func kpis(_ section: PassportEntry) -> [KPI] {
    var result: [(KPI, PassportEntry)] = []
    for entry in reader.some("kpi", of: section) {
      guard let id = reader.id(entry, expected: "kpi ID") else { continue }
      let metric = reader.one("metric", of: entry).flatMap { self.metric($0) }
      let unit = reader.one("unit", of: entry).flatMap { self.unit($0, metric: metric) }
      let title = reader.optional("title", of: entry).flatMap { reader.text($0) }
      let baseline = reader.one("baseline", of: entry).map { ($0, reader.point($0)) }
      let shortTerm = reader.one("short_term", of: entry).map { ($0, reader.point($0)) }
      let longTerm = reader.one("long_term", of: entry).map { ($0, reader.point($0)) }
      guard let metric, let unit, let baseline, let shortTerm, let longTerm,
        let base = baseline.1, let short = shortTerm.1, let long = longTerm.1
      else { continue }
      var ok = true
      for (line, point) in [(baseline.0, base), (shortTerm.0, short), (longTerm.0, long)] {
        ok = checkValue(point, line, unit: unit) && ok
      }
      ok = checkYears(short, shortTerm.0, after: base, KPI.shortTermYears, .shortTermYears) && ok
      ok = checkYears(long, longTerm.0, after: base, KPI.longTermYears, .longTermYears) && ok
      ok = checkRise(short, shortTerm.0, from: base, baseline: true) && ok
      ok = checkRise(long, longTerm.0, from: short, baseline: false) && ok
      guard ok else { continue }
      result.append(
        (
          KPI(
            id: id, metric: metric, unit: unit, customTitle: title, baseline: base,
            shortTerm: short, longTerm: long), entry
        ))
    }
    unique(result.map { ($0.0.id, $0.1) })
    return result.map(\.0)
  }

  /// The metric a `metric` line names; an unknown one is an error suggesting the nearest.
  private mutating func metric(_ line: PassportEntry) -> Indicator? {
    guard let word = reader.words(line, 1, expected: "metric NAME")?[0] else { return nil }
    if let metric = Indicator(rawValue: word) { return metric }
    let known = Indicator.allCases.map(\.rawValue)
    let nearest =
      ClosestMatch.suggestion(for: word, among: known)
      ?? known.min { Self.distance(word, $0) < Self.distance(word, $1) }!
    reader.error(
      line.line, column: line.arguments.first!.column,
      PassportCheckMessage.unknownMetric.text([
        "word": word, "nearest": nearest, "expected": known.joined(separator: ", "),
      ]))
    return nil
  }

  private static func distance(_ a: String, _ b: String) -> Int {
    ClosestMatch.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
  }

  /// The unit a `unit` line names, which must be the metric's.
  private mutating func unit(_ line: PassportEntry, metric: Indicator?) -> KPIUnit? {
    guard let word = reader.words(line, 1, expected: "unit percent|learners")?[0] else {
      return nil
    }
    let column = line.arguments.first!.column
    guard let unit = KPIUnit(rawValue: word) else {
      reader.error(
        line.line, column: column,
        ReportingMessage.unknownSetting.text([
          "word": word, "expected": KPIUnit.allCases.map(\.rawValue).joined(separator: ", "),
        ]))
      return nil
    }
    if let metric, metric.unit != unit {
      reader.error(
        line.line, column: column,
        PassportCheckMessage.wrongUnit.text([
          "metric": metric.rawValue, "unit": metric.unit.rawValue, "word": word,
        ]))
      return nil
    }
    return unit
  }

  /// A share is 0–100; a count of learners is whole and not negative.
  private mutating func checkValue(_ point: KPI.Point, _ line: PassportEntry, unit: KPIUnit) -> Bool
  {
    let fine =
      switch unit {
      case .percent: point.value >= .zero && point.value <= FixedDecimal(100)
      case .learners: point.value >= .zero && point.value.units % FixedDecimal.scale == 0
      }
    if !fine {
      reader.error(
        line.line, column: Array(line.arguments)[1].column,
        unit == .percent
          ? PassportCheckMessage.badShare.text(["text": point.value.description])
          : PassportCheckMessage.badCount.text(["text": point.value.description]))
    }
    return fine
  }

  /// A target's year is `range` years after the baseline's.
  private mutating func checkYears(
    _ target: KPI.Point, _ line: PassportEntry, after baseline: KPI.Point,
    _ range: ClosedRange<Int>, _ message: PassportCheckMessage
  ) -> Bool {
    let years = (baseline.year + range.lowerBound)...(baseline.year + range.upperBound)
    guard years.contains(target.year) else {
      reader.error(
        line.line, column: line.arguments.first!.column,
        message.text([
          "year": String(target.year), "baseline": String(baseline.year),
          "low": String(years.lowerBound), "high": String(years.upperBound),
        ]))
      return false
    }
    return true
  }

  /// Every metric is higher-is-better: a target is not below the value before it.
  private mutating func checkRise(
    _ target: KPI.Point, _ line: PassportEntry, from previous: KPI.Point, baseline: Bool
  ) -> Bool {
    guard target.value >= previous.value else {
      reader.error(
        line.line, column: Array(line.arguments)[1].column,
        (baseline ? PassportCheckMessage.belowBaseline : .belowShortTerm).text([
          "value": target.value.description, "previous": previous.value.description,
        ]))
      return false
    }
    return true
  }
}
