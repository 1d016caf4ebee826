import JolDiagnostics
import JolFormat
import JolModel

/// A learner's ``Guidance`` for `jol diagnose recommend`: text for people (in their language),
/// JSON with ids and the reasons in the reader's language plus every language for programs.
enum GuidanceView {
  /// The result, the scales in words, the flags, the recommendations, and the guidance note.
  static func text(_ guidance: Guidance, learner: LearnerID, _ language: Language) -> String {
    func t(_ text: LocalizedText) -> String { text[language] }
    var lines = [
      t(
        DiagnosticsText.resultHeading.text([
          "learner": learner.rawValue, "title": guidance.title,
          "instrument": guidance.instrument.description,
          "date": LocalNumber.date(guidance.date, language),
        ]))
    ]
    for scale in guidance.scales {
      let score = scale.score.map { "\($0)/\(scale.maximum)" } ?? t(Profile.insufficientText)
      let band = scale.bandName.map { ", " + t($0) } ?? ""
      let meaning = scale.meaning.map { " — " + t($0) } ?? ""
      lines.append("  \(t(scale.name)): \(score)\(band)\(meaning)")
    }
    let leading = guidance.scales.filter { guidance.leading.contains($0.id) }.map { t($0.name) }
    lines.append(t(DiagnosticsText.leadingLine.text(["list": leading.joined(separator: ", ")])))
    if !guidance.flagTitles.isEmpty {
      lines.append(
        t(
          DiagnosticsText.flagsLine.text([
            "list": guidance.flagTitles.map(t).joined(separator: "; ")
          ])))
    }
    lines.append(t(DiagnosticsText.directionsHeading.text()))
    for (number, direction) in guidance.directions.enumerated() {
      lines.append("  \(number + 1). " + t(direction.reason))
      if direction.specialties.isEmpty {
        lines.append("     " + t(DiagnosticsText.noCollegeTeaches.text()))
      }
      for specialty in direction.specialties {
        lines.append("     • \(specialty.code.rawValue) \(t(specialty.name))")
        for college in specialty.colleges { lines.append("         – " + t(college.reason)) }
      }
    }
    lines.append(t(Guidance.note))
    return lines.joined(separator: "\n")
  }

  /// One object: `learner`, `instrument`, `version`, `date`, `scales` (`id`, `name`, `score`,
  /// `maximum`, `band`, `band_name`, `meaning`), `leading`, `flags`, `directions` (`direction`,
  /// `title`, `reason`, `specialties`: `code`, `name`, `colleges`: `institution`, `name_kk`,
  /// `name_ru`, `district`, `same_district`, `languages`, `intake`, `reason`), and `note`.
  /// Texts are objects of `kk`, `ru` and `en`.
  static func json(_ guidance: Guidance, learner: LearnerID) -> JSONValue {
    func text(_ value: LocalizedText?) -> JSONValue {
      guard let value else { return .null }
      return .object(Language.allCases.map { ($0.rawValue, .string(value[$0])) })
    }
    return .object([
      ("learner", .string(learner.rawValue)), ("instrument", .string(guidance.instrument.id)),
      ("version", .int(guidance.instrument.version)), ("date", .string(guidance.date.description)),
      (
        "scales",
        .array(
          guidance.scales.map { scale in
            .object([
              ("id", .string(scale.id)), ("name", text(scale.name)),
              ("score", scale.score.map { .number($0.description) } ?? .null),
              ("maximum", .int(scale.maximum)), ("band", .optional(scale.band)),
              ("band_name", text(scale.bandName)), ("meaning", text(scale.meaning)),
            ])
          })
      ),
      ("leading", .array(guidance.leading.map(JSONValue.string))),
      ("flags", .array(guidance.flags.map(JSONValue.string))),
      (
        "directions",
        .array(
          guidance.directions.map { direction in
            .object([
              ("direction", .string(direction.direction.rawValue)),
              ("title", text(direction.direction.title)), ("reason", text(direction.reason)),
              ("specialties", .array(direction.specialties.map(specialty))),
            ])
          })
      ),
      ("note", text(Guidance.note)),
    ])
  }

  private static func specialty(_ specialty: SpecialtyRecommendation) -> JSONValue {
    .object([
      ("code", .string(specialty.code.rawValue)),
      ("name", .object(Language.allCases.map { ($0.rawValue, .string(specialty.name[$0])) })),
      (
        "colleges",
        .array(
          specialty.colleges.map { college in
            .object([
              ("institution", .string(college.institution.rawValue)),
              ("name_kk", .string(college.names.kk)), ("name_ru", .string(college.names.ru)),
              ("district", .string(college.district)),
              ("same_district", .bool(college.sameDistrict)),
              ("languages", .array(college.languages.map { .string($0.rawValue) })),
              ("intake", .int(college.intake)),
              (
                "reason",
                .object(Language.allCases.map { ($0.rawValue, .string(college.reason[$0])) })
              ),
            ])
          })
      ),
    ])
  }
}
