import Foundation
import JolLog
import JolModel
import JolPolicy

/// Finding, reading and compiling policy, test and fact files for the `jol policy …` commands.
/// Paths in diagnostics are shown relative to the working directory when they lie inside it
/// (`Policies/grants/rural-youth-grant.policy:12:9`), as editors and CI expect.
enum PolicyFiles {
  /// Files ending in `.suffix` among `paths`: a directory contributes every such file below it
  /// (sorted), a file itself. Symbolic links are followed — a `Policies` that is a link, or a
  /// link to a folder of policies inside it — and a link back up the tree is read once. A
  /// missing path exits 66.
  static func find(_ paths: [String], suffix: String, _ context: Context) throws -> [String] {
    var result: [String] = []
    for path in paths {
      if isBuiltIn(path) {
        let prefix =
          path == ReferenceData.builtInRoot
          ? "" : String(path.dropFirst(ReferenceData.builtInRoot.count + 1))
        result += BuiltInPolicies.files.map(\.path)
          .filter { $0.hasPrefix(prefix) && $0.hasSuffix("." + suffix) }
          .map { ReferenceData.builtInRoot + "/" + $0 }
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CommandError(notFound(display(path, context)), exitCode: .noInput)
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      result += files(below: base).filter { $0.hasSuffix("." + suffix) }.sorted().map {
        base + "/" + $0
      }
    }
    return result
  }

  /// Every file below `base`, as paths relative to it, following symbolic links to files and
  /// directories; each directory is read once however many links lead to it.
  private static func files(below base: String) -> [String] {
    let manager = FileManager.default
    var visited: Set<String> = []
    var pending = [""]
    var result: [String] = []
    while let relative = pending.popLast() {
      let directory = relative.isEmpty ? base : base + "/" + relative
      let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
      guard visited.insert(real).inserted,
        let names = try? manager.contentsOfDirectory(atPath: directory)
      else { continue }
      for name in names {
        let child = relative.isEmpty ? name : relative + "/" + name
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: base + "/" + child, isDirectory: &isDirectory) else {
          continue  // a dangling link
        }
        if isDirectory.boolValue { pending.append(child) } else { result.append(child) }
      }
    }
    return result
  }

  /// The texts of `paths`, each named by its display path.
  /// - Throws: exit 65 listing every file with a byte that is not UTF-8 (line and column).
  static func read(_ paths: [String], _ context: Context) throws -> [(path: String, text: String)] {
    var texts: [(path: String, text: String)] = []
    var diagnostics: [Diagnostic] = []
    for path in paths {
      let name = display(path, context)
      let bytes = try readBytes(path)
      do throws(Diagnostic) {
        texts.append((name, try SourceText.decode(bytes, file: name)))
      } catch {
        diagnostics.append(error)
      }
    }
    if !diagnostics.isEmpty { throw report(diagnostics, context) }
    return texts
  }

  /// `path` relative to the working directory when inside it, else as given.
  static func display(_ path: String, _ context: Context) -> String {
    let prefix =
      context.console.workingDirectory.hasSuffix("/")
      ? context.console.workingDirectory : context.console.workingDirectory + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// The policy a `--policy FILE|ID` names: a file is checked on its own; an id is looked up
  /// among the policies directory's policies (the version in effect on `date`).
  /// - Throws: exit 66 for a missing file or unknown id (with the closest id), exit 65 with
  ///   every diagnostic written to standard error when the policy has errors.
  static func policy(_ reference: String, on date: CivilDate, _ context: Context) throws
    -> CompiledPolicy
  {
    try policyCompiler(reference, on: date, context).policy
  }

  /// ``policy(_:on:_:)``, and how to compile it again from the same texts, read once: a bulk
  /// command gives each core a compilation of its own, so that no two cores count references
  /// to the same closures and texts at every decision.
  static func policyCompiler(_ reference: String, on date: CivilDate, _ context: Context) throws
    -> (policy: CompiledPolicy, again: @Sendable () -> CompiledPolicy?)
  {
    let path = context.console.resolve(reference)
    if reference.hasSuffix(".policy") || reference.contains("/")
      || FileManager.default.fileExists(atPath: path)
    {
      let name = display(path, context)
      let text = try read([path], context)[0].text
      let codes = try classifier(for: path, context)
      let (policy, diagnostics) = PolicySet.compile(path: name, text: text, codes: codes)
      guard let policy else { throw report(diagnostics, context) }
      return (policy, { PolicySet.compile(path: name, text: text, codes: codes).0 })
    }
    let files = try read(
      find([context.policiesDirectory], suffix: "policy", context), context)
    let codes = try classifier(for: context.policiesDirectory, context)
    let (set, diagnostics) = PolicySet.load(files: files, codes: codes)
    let id = PolicyID(reference)
    if let policy = set.policy(id, on: date) {
      return (policy, { PolicySet.load(files: files, codes: codes).0.policy(id, on: date) })
    }
    let broken = diagnostics.filter { diagnostic in
      files.contains {
        $0.path == diagnostic.location.file && $0.text.contains("policy " + reference)
      }
    }
    if !broken.isEmpty { throw report(broken, context) }
    let known = set.policies.map(\.id.rawValue)
    throw CommandError(
      unknownPolicy(reference, ClosestMatch.suggestion(for: reference, among: known), known),
      exitCode: .noInput)
  }

  /// The TVET classifier that the specialty and qualification codes of the policies at `path`
  /// are checked against: from the `reference/` directory of `path` (a directory) or of its
  /// nearest parent that has one, else of the policies directory (`--policies`, `./Policies`).
  /// A `reference/` counts when it holds `tvet-specialties.csv`.
  ///
  /// Nil when there is none — a bare policy file in a temporary directory, say: the code check
  /// is then skipped rather than failed, as there is nothing to check the codes against; names,
  /// types, units and dates are still checked.
  /// - Throws: exit 66 when a classifier file is missing beside the specialties file, 65 with
  ///   file, line and column when one is malformed: policies are never checked against half a
  ///   classifier.
  static func classifier(for path: String, _ context: Context) throws -> SpecialtyClassifier? {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    let start = exists && isDirectory.boolValue ? path : parent(of: path)
    let upward = sequence(first: start) { parent(of: $0) == $0 ? nil : parent(of: $0) }
    guard
      let directory = upward.first(where: hasReference)
        ?? [context.policiesDirectory, ReferenceData.builtInRoot].first(where: hasReference)
    else { return nil }
    var owner = context
    owner.policiesDirectory = directory
    return try ReferenceData.classifier(owner)
  }

  /// Whether `directory` has a `reference/` with the TVET classifier in it.
  private static func hasReference(_ directory: String) -> Bool {
    if isBuiltIn(directory) { return true }
    return FileManager.default.fileExists(
      atPath: directory + "/reference/" + SpecialtyClassifier.specialtiesFileName)
  }

  /// The directory holding `path` (`/` for `/` itself); trailing slashes ignored.
  private static func parent(of path: String) -> String {
    var path = Substring(path)
    while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The subjects of a facts file (JSON Lines); a `categories` value may name the known
  /// categories and those the `policies` declare.
  /// - Throws: exit 66 when missing; exit 65 with each bad line's `file:line:column` on stderr.
  static func facts(_ reference: String, for policies: [CompiledPolicy] = [], _ context: Context)
    throws -> [Facts]
  {
    try factsPieces(reference, for: policies, context).flatMap { $0 }
  }

  /// ``facts(_:for:_:)`` in consecutive runs of the file's lines, as read
  /// (``FactsFile/parsePieces(_:fileName:categories:)``): for a command that goes through a
  /// large file in order.
  static func factsPieces(
    _ reference: String, for policies: [CompiledPolicy] = [], _ context: Context
  ) throws -> [[Facts]] {
    let path = context.console.resolve(reference)
    guard FileManager.default.fileExists(atPath: path) else {
      throw CommandError(notFound(display(path, context)), exitCode: .noInput)
    }
    // Read straight into the bytes the parser takes, in two halves at once: a region's facts
    // file is large enough that a copy out of `Data`, or one thread paging in its buffer, shows.
    guard let bytes = try? PosixFileSystem().readFileInHalves(path, cores: Parallel.cores) else {
      throw CommandError(unreadable(display(path, context)), exitCode: .ioError)
    }
    do {
      let categories = Facts.categories(for: policies)
      return try FactsFile.parsePieces(
        bytes, fileName: display(path, context), categories: categories)
    } catch {
      throw report(error.diagnostics, context)
    }
  }

  /// Writes every diagnostic to standard error and returns the exit-65 error that ends the
  /// command.
  static func report(_ diagnostics: [Diagnostic], _ context: Context) -> CommandError {
    for diagnostic in diagnostics { context.message(diagnostic.description(in: context.language)) }
    let files = Set(diagnostics.map(\.location.file)).count
    return CommandError(errorsFound(diagnostics.count, files: files), exitCode: .dataError)
  }
}

extension PolicyFiles {
  fileprivate static func notFound(_ path: String) -> LocalizedText {
    PolicyCommandText.notFound.text(["path": path])
  }

  fileprivate static func unreadable(_ path: String) -> LocalizedText {
    StoreText.unreadableFile.text(["path": path])
  }

  fileprivate static func unknownPolicy(_ id: String, _ hint: String?, _ known: [String])
    -> LocalizedText
  {
    let list = known.joined(separator: ", ")
    let rest =
      hint.map { CLIText.didYouMeanWord.text(["near": $0]) }
      ?? PolicyCommandText.knownPolicies.text(["list": list])
    return PolicyCommandText.unknownPolicy.text(["id": id, "hint": rest])
  }

  fileprivate static func errorsFound(_ count: Int, files: Int) -> LocalizedText {
    PolicyCommandText.errorsFound.text(["files": "\(files)", "count": "\(count)"])
  }
}
