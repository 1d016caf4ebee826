import JolDiagnostics
import JolFormat
import JolModel

/// What a pupil's ``Guidance`` is made from, read once for any number of pupils: the instruments
/// and the crosswalk of `Policies/diagnostics/`, the TVET classifier, the district names and the
/// region's colleges. `jol diagnose recommend` asks it for one learner, `jol diagnose report` for
/// a class.
struct GuidanceSource {
  private let shelf: InstrumentShelf
  private let crosswalk: Crosswalk?
  private let classifier: SpecialtyClassifier
  private let kato: KATOTable?
  private let colleges: [InstitutionState]

  /// Reads the instruments, the crosswalk and the reference data; `state` gives the colleges.
  /// - Throws: exit 65 when the crosswalk has errors (each listed on standard error).
  init(state: ClusterState, _ context: Context) throws {
    let directory = InstrumentFiles.directory(context)
    let loaded = try InstrumentFiles.load([directory], context)
    let walk = try CrosswalkFiles.load([directory], instruments: loaded, context)
    if !walk.errors.isEmpty {
      for problem in walk.errors { context.message(problem.description(in: context.language)) }
      throw CommandError(
        DiagnosticsText.crosswalkHasErrors.text(["count": String(walk.errors.count)]),
        exitCode: .dataError)
    }
    shelf = InstrumentShelf(loaded.instruments)
    crosswalk = walk.crosswalk
    classifier = try ReferenceData.classifier(context)
    kato = try? ReferenceData.kato(context)
    colleges = state.institutions.values.sorted { $0.id.rawValue < $1.id.rawValue }
  }

  /// The instrument `reference` names (`five-types@1`, or an id for its latest version).
  /// - Throws: exit 65 naming the instruments there are.
  func instrument(_ reference: String) throws -> Instrument {
    do {
      return try shelf.find(reference)
    } catch {
      throw CommandError(error.message, exitCode: .dataError)
    }
  }

  /// The guidance of `learner`'s `result`: scored by the result's own instrument version, the
  /// colleges filtered by the language the learner studies in at school on `date` and ordered
  /// by their district.
  /// - Throws: exit 65 when the instrument version is not in the policies or the crosswalk
  ///   does not map it.
  func guidance(_ learner: LearnerState, _ result: DiagnosticSummary, on date: CivilDate) throws
    -> Guidance
  {
    let instrument = try instrument(result.instrument.description)
    guard let crosswalk, crosswalk.covers(instrument.id) else {
      throw CommandError(
        DiagnosticsText.noCrosswalk.text(["id": instrument.id]), exitCode: .dataError)
    }
    let school = learner.history.last { $0.placement.stage == .school && $0.from <= date }
    var language: Language?
    if case .school(let placement) = school?.placement { language = placement.language }
    return Guidance(
      result: result, instrument: instrument, crosswalk: crosswalk, classifier: classifier,
      colleges: colleges, district: learner.registration?.district, language: language,
      districtName: { kato?.name(of: $0) })
  }
}
