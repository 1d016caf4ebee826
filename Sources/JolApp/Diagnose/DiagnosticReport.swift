import JolDiagnostics
import JolModel

/// What `jol diagnose report` shows, gathered from the state as of a date: for a school or one
/// of its classes, each instrument's ``ClassSummary`` and every pupil's guidance; for one
/// learner, their guidance alone. Pupils are named by their pseudonymous learner ID only, as
/// `jol diagnose recommend` names them: the report never reads the vault's personal data.
struct DiagnosticReport {
  /// Whom the report is of.
  enum Subject {
    /// A school, or one of its classes (`9Ә`).
    case school(InstitutionID, names: OrganisationNames?, group: String?)
    case learner(LearnerID)
  }

  /// One pupil: their class on the date and their latest result of each instrument.
  struct Pupil {
    var learner: LearnerID
    /// `9Ә`; nil when the learner was not at school on the date.
    var group: String?
    /// By instrument id.
    var results: [Result]
  }

  /// A stored result, the instrument version that scored it, and its guidance.
  struct Result {
    var stored: DiagnosticSummary
    var instrument: Instrument
    var guidance: Guidance
  }

  var subject: Subject
  var asOf: CivilDate
  /// Each instrument's summary, by instrument id (the latest version among the results names
  /// the scales and bands); empty for a learner.
  var summaries: [(instrument: Instrument, summary: ClassSummary)]
  /// By class, then learner ID.
  var pupils: [Pupil]

  /// Whether it is one learner's profile.
  var isProfile: Bool {
    if case .learner = subject { true } else { false }
  }
}

extension DiagnosticReport {
  /// The report of `school`'s pupils on `asOf` (of `group` alone when given) with a result on or
  /// before it, each learner looked at once (``LearnerSource/mapLearners(minimumPiece:part:visit:)``):
  /// the school's pupils are kept, no one else.
  /// - Parameter source: the guidance, made from `learners`' organisations.
  /// - Throws: exit 65 for a school that is not registered or a class without pupils on the date
  ///   (naming the classes there are); 66 when no pupil has a result.
  static func school(
    _ school: InstitutionID, group: SchoolClass?, learners: inout LearnerSource, asOf: CivilDate,
    source: GuidanceSource
  ) throws -> DiagnosticReport {
    guard let registration = learners.state.institutions[school]?.registration,
      registration.kind == .school
    else {
      throw CommandError(
        DiagnosticsText.unknownSchool.text(["id": school.rawValue]), exitCode: .dataError)
    }
    typealias Member = (learner: LearnerState, placement: SchoolPlacement)
    let parts = try learners.mapLearners {
      (members: [Member](), classes: Set<String>())
    } visit: { part, learner in
      guard case .school(let placement)? = learner.period(on: asOf)?.placement,
        placement.institution == school
      else { return }
      part.classes.insert(SchoolClass.label(placement))
      if group?.contains(placement) ?? true { part.members.append((learner, placement)) }
    }
    var members = parts.flatMap(\.members)
    let classes = parts.reduce(into: Set<String>()) { $0.formUnion($1.classes) }
    if let group, members.isEmpty {
      throw CommandError(
        DiagnoseReportText.unknownClass.text([
          "school": school.rawValue, "class": "\(group.grade)\(group.letter)",
          "date": asOf.description,
          "list": classes.isEmpty
            ? "—" : classes.sorted(by: SchoolClass.order).joined(separator: ", "),
        ]), exitCode: .dataError)
    }
    members.sort {
      let (lhs, rhs) = ($0.placement, $1.placement)
      if SchoolClass.order(lhs, rhs) { return true }
      if SchoolClass.order(rhs, lhs) { return false }
      return $0.learner.id.rawValue < $1.learner.id.rawValue
    }
    let label = group.map { _ in members.first.map { SchoolClass.label($0.placement) } ?? "" }
    var pupils: [Pupil] = []
    var summarised: [ClassSummary.Pupil] = []
    for (learner, placement) in members {
      let results = try latestResults(learner, asOf: asOf, source: source)
      if !results.isEmpty {
        let group = SchoolClass.label(placement)
        pupils.append(Pupil(learner: learner.id, group: group, results: results))
        summarised.append(
          ClassSummary.Pupil(
            learner: learner.id, group: group,
            results: learner.diagnostics.filter { $0.date <= asOf }))
      }
    }
    guard !pupils.isEmpty else {
      throw CommandError(
        DiagnoseReportText.noResults.text([
          "scope": [school.rawValue, label].compactMap { $0 }.joined(separator: " "),
          "date": asOf.description,
        ]), exitCode: .noInput)
    }
    // The newest version among the results names each instrument's scales and bands.
    var newest: [String: Instrument] = [:]
    for instrument in pupils.flatMap({ $0.results.map(\.instrument) })
    where instrument.version > newest[instrument.id]?.version ?? 0 {
      newest[instrument.id] = instrument
    }
    let summaries = newest.keys.sorted().compactMap { id in
      newest[id].map { ($0, ClassSummary(instrument: $0, pupils: summarised)) }
    }
    return DiagnosticReport(
      subject: .school(school, names: registration.names, group: label), asOf: asOf,
      summaries: summaries, pupils: pupils)
  }

  /// The profile of `learner` on `asOf`.
  /// - Throws: exit 66 when the learner has no result on or before the date.
  static func learner(_ learner: LearnerState, asOf: CivilDate, source: GuidanceSource) throws
    -> DiagnosticReport
  {
    let id = learner.id
    let results = try latestResults(learner, asOf: asOf, source: source)
    guard !results.isEmpty else {
      throw CommandError(
        DiagnosticsText.noResult.text(["learner": id.rawValue, "date": asOf.description]),
        exitCode: .noInput)
    }
    var group: String?
    if case .school(let placement)? = learner.period(on: asOf)?.placement {
      group = SchoolClass.label(placement)
    }
    return DiagnosticReport(
      subject: .learner(id), asOf: asOf, summaries: [],
      pupils: [Pupil(learner: id, group: group, results: results)])
  }

  /// The guidance of `learner`'s latest result of each instrument on or before `asOf`, by
  /// instrument id.
  private static func latestResults(
    _ learner: LearnerState, asOf: CivilDate, source: GuidanceSource
  ) throws -> [Result] {
    var latest: [String: DiagnosticSummary] = [:]
    for result in learner.diagnostics where result.date <= asOf {
      latest[result.instrument.id] = result
    }
    return try latest.sorted { $0.key < $1.key }.map { _, result in
      Result(
        stored: result, instrument: try source.instrument(result.instrument.description),
        guidance: try source.guidance(learner, result, on: asOf))
    }
  }
}
