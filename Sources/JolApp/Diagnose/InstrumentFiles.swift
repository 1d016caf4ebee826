import JolDiagnostics
import JolModel

/// Finding and loading the instruments of `Policies/diagnostics/` (or of given folders) for the
/// `jol diagnose …` commands. Each `.instrument` file is loaded with the `.texts` files of its
/// own folder; a `.texts` file in a folder without an instrument is an error.
enum InstrumentFiles {
  /// What loading found: the instruments that check, and every problem of the others.
  struct Loaded {
    var instruments: [Instrument]
    var errors: [InstrumentError]
    /// How many `.instrument` files were read.
    var fileCount: Int
    /// The folders (display paths) whose instrument has errors, to tell "broken" from
    /// "unknown" when one is asked for.
    var brokenFolders: [String]
  }

  /// The folder instruments are read from: `diagnostics/` of the policies directory.
  static func directory(_ context: Context) -> String {
    context.policiesDirectory + "/diagnostics"
  }

  /// Loads every instrument below `paths`.
  /// - Throws: exit 66 for a missing path, 65 for a file that is not UTF-8.
  static func load(_ paths: [String], _ context: Context) throws -> Loaded {
    let instrumentPaths = try PolicyFiles.find(paths, suffix: "instrument", context)
    let textsPaths = try PolicyFiles.find(paths, suffix: "texts", context)
    let instrumentFiles = try PolicyFiles.read(instrumentPaths, context)
    let textsFiles = try PolicyFiles.read(textsPaths, context)
    var byFolder: [String: [(path: String, text: String)]] = [:]
    for file in textsFiles { byFolder[folder(of: file.path), default: []].append(file) }
    var loaded = Loaded(
      instruments: [], errors: [], fileCount: instrumentFiles.count, brokenFolders: [])
    var folders: Set<String> = []
    for file in instrumentFiles {
      let folder = folder(of: file.path)
      folders.insert(folder)
      switch InstrumentLoader.load(instrument: file, texts: byFolder[folder] ?? []) {
      case .success(let instrument): loaded.instruments.append(instrument)
      case .failure(let failure):
        loaded.errors += failure.errors
        loaded.brokenFolders.append(folder)
      }
    }
    for file in textsFiles where !folders.contains(folder(of: file.path)) {
      loaded.errors.append(
        InstrumentError(
          file: file.path, line: 1, column: 1, message: DiagnoseText.textsWithoutInstrument.text()))
    }
    loaded.errors.sort()
    return loaded
  }

  /// The instrument `reference` (`ID` or `ID@VERSION`) names, from the policies directory.
  /// - Throws: exit 65 with the instrument's own errors when it does not check, or naming the
  ///   instruments there are when there is none such; 66 when there is no `diagnostics/`.
  static func instrument(_ reference: String, _ context: Context) throws -> Instrument {
    let loaded = try load([directory(context)], context)
    do {
      return try InstrumentShelf(loaded.instruments).find(reference)
    } catch {
      let id = String(reference.prefix { $0 != "@" })
      let broken = loaded.errors.filter { problem in
        loaded.brokenFolders.contains { folder(of: problem.file).hasPrefix($0) }
          && problem.file.split(separator: "/").contains(Substring(id))
      }
      if !broken.isEmpty {
        for problem in broken { context.message(problem.description(in: context.language)) }
        throw CommandError(
          DiagnoseText.instrumentHasErrors.text(["id": reference, "count": String(broken.count)]),
          exitCode: .dataError)
      }
      throw CommandError(error.message, exitCode: .dataError)
    }
  }

  /// The folder part of a path (`a/b/kk.texts` → `a/b`).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}
