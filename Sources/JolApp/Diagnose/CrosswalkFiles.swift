import JolDiagnostics
import JolModel

/// Finding and loading the crosswalk (`*.crosswalk` files) of `Policies/diagnostics/` for the
/// `jol diagnose …` and `jol import diagnostics` commands, checked against the instruments and
/// the TVET classifier.
enum CrosswalkFiles {
  /// What loading found: the crosswalk when every file checks, and every problem.
  struct Loaded {
    var crosswalk: Crosswalk?
    var errors: [InstrumentError]
    /// How many `.crosswalk` files were read.
    var fileCount: Int
  }

  /// Loads every `.crosswalk` file below `paths`.
  /// - Throws: exit 66 for a missing path, 65 for a file that is not UTF-8.
  /// - Parameter instruments: the instruments loaded from the same paths.
  static func load(_ paths: [String], instruments: InstrumentFiles.Loaded, _ context: Context)
    throws -> Loaded
  {
    let files = try PolicyFiles.read(
      try PolicyFiles.find(paths, suffix: "crosswalk", context), context)
    guard !files.isEmpty else { return Loaded(crosswalk: nil, errors: [], fileCount: 0) }
    let classifier = try ReferenceData.classifier(context)
    // An instrument whose own files have errors is reported there, not again as unknown here.
    let unusable = Set(
      instruments.brokenFolders.map { folder in
        String(InstrumentFiles.folder(of: folder).split(separator: "/").last ?? "")
      })
    switch CrosswalkLoader.load(
      files, instruments: instruments.instruments, unusable: unusable, classifier: classifier)
    {
    case .success(let crosswalk):
      return Loaded(crosswalk: crosswalk, errors: [], fileCount: files.count)
    case .failure(let failure):
      return Loaded(crosswalk: nil, errors: failure.errors, fileCount: files.count)
    }
  }

  /// The crosswalk of the policies directory, which must map `instrument`.
  /// - Throws: exit 65 listing the crosswalk's errors, or saying it does not map the instrument.
  static func crosswalk(for instrument: Instrument, _ context: Context) throws -> Crosswalk {
    let instruments = try InstrumentFiles.load([InstrumentFiles.directory(context)], context)
    let loaded = try load([InstrumentFiles.directory(context)], instruments: instruments, context)
    if !loaded.errors.isEmpty {
      for problem in loaded.errors { context.message(problem.description(in: context.language)) }
      throw CommandError(
        DiagnosticsText.crosswalkHasErrors.text(["count": String(loaded.errors.count)]),
        exitCode: .dataError)
    }
    guard let crosswalk = loaded.crosswalk, crosswalk.covers(instrument.id) else {
      throw CommandError(
        DiagnosticsText.noCrosswalk.text(["id": instrument.id]), exitCode: .dataError)
    }
    return crosswalk
  }
}
