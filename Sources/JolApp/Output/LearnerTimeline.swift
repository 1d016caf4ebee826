import JolFormat
import JolModel

/// A learner's folded state as people read it (text) and programs read it (JSON).
struct LearnerTimeline {
  let state: LearnerState
  /// The vault's record, only when the person was asked for by IIN.
  let person: Person?
  let asOf: CivilDate
  let knownAt: KnownAt?

  /// The timeline for people, one line per fact. Text from the vault and the log is shown with
  /// ``TextSafety/displayable(_:)``: a control character stored before imports checked for them
  /// (or written by another program) shows as U+FFFD and never acts on the terminal.
  func text(_ language: Language) -> String {
    func t(_ text: LocalizedText) -> String { text[language] }
    func day(_ date: CivilDate) -> String { LocalNumber.date(date, language) }
    var lines: [String] = []
    var title = t(Words.learner) + " " + state.id.rawValue
    if let person {
      title += " — " + person.fullName + " (" + t(Words.iin) + " " + person.iin.value + ")"
    }
    lines.append(title)
    var when = TimelineText.asOf.text(["date": day(asOf)], in: language)
    if let knownAt { when += "; " + t(Words.knownAt) + " " + Self.describe(knownAt) }
    lines.append(when)
    if let erased = state.erased {
      lines.append(t(Words.erased) + " " + day(erased))
    }
    if let registration = state.registration {
      lines.append(
        t(Words.region) + ": "
          + (Region(rawValue: registration.region)?.name[language] ?? registration.region)
          + ", " + t(Words.district) + ": " + registration.district)
    }
    lines.append("")
    lines.append(t(Words.path) + ":")
    if state.history.isEmpty { lines.append("  —") }
    for period in state.history {
      let until = period.until.map(day) ?? "…"
      var line = "  " + day(period.from) + " – " + until + "  "
      line += Self.placement(period.placement, language)
      line += "  (" + period.entryReason.title[language]
      if let exit = period.exitReason { line += " → " + exit.title[language] }
      line += ")"
      lines.append(line)
    }
    let categories = state.categories(on: asOf)
    if !categories.isEmpty {
      lines.append(
        t(Words.categories) + ": " + categories.map { $0.title[language] }.joined(separator: ", "))
    }
    if let term = state.lastTerm {
      var line =
        t(Words.lastTerm) + " \(term.term): GPA " + LocalNumber.decimal(term.gpa, language) + ", "
        + t(Words.attendance) + " " + LocalNumber.decimal(term.attendance, language) + "%"
      if let lowest = term.lowestGrade {
        line += ", " + t(Words.lowestGrade) + " " + LocalNumber.integer(lowest, language)
      }
      lines.append(line)
    }
    for award in state.awards {
      var line =
        t(Words.award) + ": " + award.grant.policy.rawValue + " v\(award.grant.policyVersion), "
        + LocalNumber.money(award.grant.amount, language)
        + " (" + day(award.grant.periodStart) + " – " + day(award.grant.periodEnd) + ")"
      if let revoked = award.revoked { line += ", " + t(Words.revoked) + " " + day(revoked) }
      lines.append(line)
    }
    for mentorship in state.mentorships {
      lines.append(
        t(Words.mentor) + ": " + mentorship.mentor.rawValue + " @ " + mentorship.enterprise.rawValue
          + " (" + day(mentorship.from) + " – " + (mentorship.until.map(day) ?? "…") + ")")
    }
    for diagnostic in state.diagnostics {
      lines.append(
        t(Words.diagnostic) + " " + day(diagnostic.date) + ": " + diagnostic.instrument.description
          + " → "
          + diagnostic.leadingDirections.joined(separator: ", "))
    }
    return lines.map(TextSafety.displayable).joined(separator: "\n")
  }

  /// The timeline for programs; strings are escaped by ``JSONValue``, control characters
  /// included, so the output is one line of JSON however the values were stored.
  var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("learner", .string(state.id.rawValue)),
      ("as_of", .string(asOf.description)),
      ("known_at", knownAt.map { .string(Self.describe($0)) } ?? .null),
    ]
    if let person {
      members.append(
        (
          "person",
          .object([("iin", .string(person.iin.value)), ("full_name", .string(person.fullName))])
        ))
    }
    members.append(("erased", .optional(state.erased?.description)))
    members.append(("stage", .optional(state.period(on: asOf)?.placement.stage.rawValue)))
    members.append(
      (
        "timeline",
        .array(
          state.history.map { period in
            .object([
              ("from", .string(period.from.description)),
              ("until", .optional(period.until?.description)),
              ("stage", .string(period.placement.stage.rawValue)),
              ("placement", Self.placementJSON(period.placement)),
              ("entry_reason", .string(period.entryReason.rawValue)),
              ("exit_reason", .optional(period.exitReason?.rawValue)),
            ])
          })
      ))
    members.append(("categories", .array(state.categories(on: asOf).map { .string($0.rawValue) })))
    members.append(
      (
        "last_term",
        state.lastTerm.map { term in
          .object([
            ("term", .string(term.term)), ("gpa", .number(term.gpa.description)),
            ("attendance", .number(term.attendance.description)),
            ("lowest_grade", term.lowestGrade.map { .int($0) } ?? .null),
          ])
        } ?? .null
      ))
    members.append(
      (
        "awards",
        .array(
          state.awards.map { award in
            .object([
              ("policy", .string(award.grant.policy.rawValue)),
              ("version", .int(award.grant.policyVersion)),
              ("round", .string(award.grant.round.rawValue)),
              ("amount", .string(award.grant.amount.description)),
              ("granted", .string(award.granted.description)),
              ("revoked", .optional(award.revoked?.description)),
            ])
          })
      ))
    return .object(members)
  }

  static func describe(_ knownAt: KnownAt) -> String {
    switch knownAt {
    case .date(let date): date.description
    case .sequence(let sequence): "#\(sequence)"
    }
  }

  static func placement(_ placement: StagePlacement, _ language: Language) -> String {
    let stage = placement.stage.title[language]
    switch placement {
    case .school(let school):
      return
        "\(stage) \(school.institution), \(school.grade)\(school.className.isEmpty ? "" : " «\(school.className)»"), \(school.language.rawValue)"
    case .college(let college):
      var text = "\(stage) \(college.institution), \(college.specialty.rawValue)"
      if let qualification = college.qualification { text += " / \(qualification.rawValue)" }
      text += ", " + college.form.title[language]
      if college.dualTraining {
        text += ", " + EnterprisePlacementKind.dualTraining.title[language]
      }
      return text + ", " + college.funding.title[language] + ", \(college.language.rawValue)"
    case .enterprise(let enterprise):
      return "\(stage) \(enterprise.enterprise), " + enterprise.kind.title[language]
        + (enterprise.specialty.map { ", \($0.rawValue)" } ?? "")
    case .university(let university):
      return "\(stage) \(university.institution), \(university.programme), "
        + university.funding.title[language]
    case .outside(let outside):
      return outside.kind.title[language]
    }
  }

  static func placementJSON(_ placement: StagePlacement) -> JSONValue {
    switch placement {
    case .school(let s):
      .object([
        ("institution", .string(s.institution.rawValue)), ("grade", .int(s.grade)),
        ("class", .string(s.className)), ("language", .string(s.language.rawValue)),
      ])
    case .college(let c):
      .object([
        ("institution", .string(c.institution.rawValue)),
        ("specialty", .string(c.specialty.rawValue)),
        ("qualification", .optional(c.qualification?.rawValue)), ("form", .string(c.form.rawValue)),
        ("dual_training", .bool(c.dualTraining)),
        ("funding", .string(c.funding.rawValue)), ("language", .string(c.language.rawValue)),
      ])
    case .enterprise(let e):
      .object([
        ("enterprise", .string(e.enterprise.rawValue)), ("kind", .string(e.kind.rawValue)),
        ("specialty", .optional(e.specialty?.rawValue)),
      ])
    case .university(let u):
      .object([
        ("institution", .string(u.institution.rawValue)), ("programme", .string(u.programme)),
        ("funding", .string(u.funding.rawValue)),
      ])
    case .outside(let o): .object([("kind", .string(o.kind.rawValue))])
    }
  }
}

private enum Words {
  static let learner = TimelineText.learner.text()
  static let iin = TimelineText.iin.text()
  static let knownAt = TimelineText.knownAt.text()
  static let erased = TimelineText.erased.text()
  static let region = TimelineText.region.text()
  static let district = TimelineText.district.text()
  static let path = TimelineText.path.text()
  static let categories = TimelineText.categories.text()
  static let lastTerm = TimelineText.lastTerm.text()
  static let attendance = TimelineText.attendance.text()
  static let lowestGrade = TimelineText.lowestGrade.text()
  static let award = TimelineText.award.text()
  static let revoked = TimelineText.revoked.text()
  static let mentor = TimelineText.mentor.text()
  static let diagnostic = TimelineText.diagnostic.text()
}
