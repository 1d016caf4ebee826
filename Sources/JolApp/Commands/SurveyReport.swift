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
      return LocalizedText(
        kk: "\(log): \(records) жазба (\(batches) топ) бүтін",
        ru: "\(log): целы \(records) записей (\(batches) пакетов)",
        en: "\(log): \(records) records in \(batches) batches are intact")
    }

    static func acknowledged(_ sequence: UInt64) -> LocalizedText {
      LocalizedText(
        kk: "журнал \(sequence)-жазбаға дейін расталған",
        ru: "журнал подтверждал записи по №\(sequence)",
        en: "the log acknowledged records through sequence \(sequence)")
    }

    static func lost(_ range: ClosedRange<UInt64>) -> LocalizedText {
      let span =
        range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
      return LocalizedText(
        kk: "ЖОҒАЛДЫ: №\(span) жазбалар (\(range.count))",
        ru: "ПОТЕРЯНЫ: записи №\(span) (\(range.count))",
        en: "LOST: records \(span) (\(range.count))")
    }

    static func damaged(_ damage: LogSurvey.Damage) -> LocalizedText {
      let end = damage.offset + damage.length
      return LocalizedText(
        kk: "бүлінген: \(damage.segment), \(damage.offset)–\(end) байттар: \(damage.what)",
        ru: "повреждено: \(damage.segment), байты \(damage.offset)–\(end): \(damage.what)",
        en: "damaged: \(damage.segment) bytes \(damage.offset)–\(end): \(damage.what)")
    }

    static func torn(_ damage: LogSurvey.Damage) -> LocalizedText {
      let end = damage.offset + damage.length
      return LocalizedText(
        kk: "расталмаған жазу (жоғалту емес): \(damage.segment), \(damage.offset)–\(end) байттар",
        ru: "неподтверждённая запись (не потеря): \(damage.segment), байты \(damage.offset)–\(end)",
        en: "unacknowledged write (not a loss): \(damage.segment) bytes \(damage.offset)–\(end)")
    }

    static let wayBack = LocalizedText(
      kk:
        "журналға ештеңе жазылмайды. Бүтін топтарды жаңа каталогқа көшіру: jol log salvage --into ЖАҢА-КАТАЛОГ (осы каталог өзгермейді)",
      ru:
        "в журнал ничего не записывается. Скопировать целые пакеты в новый каталог: jol log salvage --into НОВЫЙ-КАТАЛОГ (этот каталог не меняется)",
      en:
        "nothing is written to this log. Copy every intact batch to a new directory: jol log salvage --into NEW-DIR (this one is left as it is)"
    )
  }
}
