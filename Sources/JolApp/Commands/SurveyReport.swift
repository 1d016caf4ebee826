import JolFormat
import JolLog
import JolModel

/// A damaged log's survey for people: what is intact, what is damaged, what is lost, and how to
/// get back (`jol log verify` on damage, `jol log salvage`).
enum SurveyReport {
  /// The text lines of the report.
  static func lines(_ survey: LogSurvey, log: String, language: Language) -> [String] {
    var lines: [String] = []
    func say(_ text: LocalizedText) { lines.append(text[language]) }
    say(Texts.intact(log, survey))
    if let acknowledged = survey.acknowledgedThrough { say(Texts.acknowledged(acknowledged)) }
    for range in survey.lost { say(Texts.lost(range)) }
    for damage in survey.damage {
      say(damage.unacknowledged ? Texts.torn(damage) : Texts.damaged(damage))
    }
    if !survey.isIntact { say(Texts.wayBack) }
    return lines
  }

  /// The report as one JSON object (snake_case keys).
  static func json(_ survey: LogSurvey, extra: [(String, JSONValue)] = []) -> JSONValue {
    JSONValue.object(
      extra + [
        ("intact_records", .int(Int(survey.intactRecords))),
        ("intact_batches", .int(survey.batches.count)),
        ("acknowledged_through", survey.acknowledgedThrough.map { .int(Int($0)) } ?? .null),
        ("lost_records", .int(Int(survey.lostRecords))),
        (
          "lost",
          .array(
            survey.lost.map {
              .object([("from", .int(Int($0.lowerBound))), ("through", .int(Int($0.upperBound)))])
            })
        ),
        (
          "damaged",
          .array(
            survey.damage.map {
              .object([
                ("segment", .string($0.segment)), ("offset", .int(Int($0.offset))),
                ("length", .int(Int($0.length))), ("what", .string($0.what)),
                ("unacknowledged", .bool($0.unacknowledged)),
              ])
            })
        ),
      ])
  }

  fileprivate enum Texts {
    static func intact(_ log: String, _ survey: LogSurvey) -> LocalizedText {
      let records = survey.intactRecords
      let batches = survey.batches.count
      return CommandText.salvageIntact.text([
        "log": "\(log)", "records": "\(records)", "batches": "\(batches)",
      ])
    }

    static func acknowledged(_ sequence: UInt64) -> LocalizedText {
      CommandText.salvageAcknowledged.text(["sequence": String(sequence)])
    }

    static func lost(_ range: ClosedRange<UInt64>) -> LocalizedText {
      let span =
        range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
      return CommandText.salvageLost.text(["span": span, "range": String(range.count)])
    }

    static func damaged(_ damage: LogSurvey.Damage) -> LocalizedText {
      let end = damage.offset + damage.length
      return CommandText.salvageDamaged.text([
        "segment": "\(damage.segment)", "offset": "\(damage.offset)", "end": "\(end)",
        "what": "\(damage.what)",
      ])
    }

    static func torn(_ damage: LogSurvey.Damage) -> LocalizedText {
      let end = damage.offset + damage.length
      return CommandText.salvageUnacknowledged.text([
        "segment": "\(damage.segment)", "offset": "\(damage.offset)", "end": "\(end)",
      ])
    }

    static let wayBack = CommandText.salvageWayBack.text()
  }
}
