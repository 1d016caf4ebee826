import Foundation
import JolLog
import JolModel

/// Runs one import end to end: read the file, check every row, plan against the data directory,
/// and only when nothing is wrong, write.
///
/// Order of writes: the vault first, then the log. A crash between the two leaves vault entries
/// without events, which importing the file again completes (the learner is found in the vault
/// and their missing registration planned); the other order could leave events for a learner
/// the vault cannot map to a person. The log append is one group commit (one flush) of the
/// rows' batches, joined whole into log batches of about ``Store/joinedBatchEvents`` events.
///
/// Checking reads the data directory without its lock and creates nothing, so a file with
/// errors leaves the directory byte for byte as it was — even one that does not exist. It is
/// read on another core while the file is parsed (``Ahead``), and its rows read on the other
/// cores while the ones before are planned (``Importer/plan(_:rows:badRecords:against:base:random:progress:rowsPerPiece:)``).
/// Only a valid file opens the directory for writing; if another writer changed it in between,
/// the plan is made again under the lock.
struct ImportRun<Kind: ImportKind> {
  let kindName: String
  let arguments: ParsedArguments
  let context: Context

  func run() throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let dryRun = arguments.flag("dry-run")
    let fileName = arguments.positionals[0]
    var base = ImportBase(
      effective: try arguments.date(Kind.dateOption, default: context.console.today),
      classifier: Kind.readsSpecialties ? try ReferenceData.classifier(context) : nil)
    base.reRegister = try arguments.reason(pairedWith: "re-register")
    if Kind.readsDistricts { base.kato = try ReferenceData.kato(context) }
    if Kind.readsPolicies { base.policies = try PolicyDirectory.load(context) }
    if Kind.readsProgrammes { base.programmes = try ProgrammeDirectory.load(context) }
    // The data directory is read on another core while the file is parsed and checked; what
    // opening or reading it throws is thrown only where the plan needs it, after the file's own
    // problems were found.
    let loading = Ahead { [base] in
      let reader = try Store.openForReading(context, creatable: true)
      // Read before the plan's own read of the vault: a writer changing it in between shows.
      let vaultBytes = vaultFiles(reader)
      return (store: reader, vaultBytes: vaultBytes, planned: try Self.load(reader, base))
    }
    let bytes = try readBytes(context.console.resolve(fileName))
    var summary = ImportSummary(file: fileName, kind: kindName, dryRun: dryRun)
    let table: CSVTable
    let rows: [CSVRow]
    var kind = Kind()
    do {
      table = try CSVReader.parse(bytes, fileName: fileName, badRecords: .collect)
      rows = try table.bind(columns: Kind.columns)
    } catch {
      summary.errors = [error]
      return summary.report(format, context)
    }
    let headerErrors = try kind.prepare(table, arguments, context)
    guard headerErrors.isEmpty else {
      summary.errors = headerErrors
      return summary.report(format, context)
    }
    let started = DispatchTime.now().uptimeNanoseconds
    var reader: Store?
    var vaultBytes: [[UInt8]?] = []
    var plan = try makePlan(kind, rows, table.badRecords, base: base) {
      let loaded = try loading.take()
      (reader, vaultBytes) = (loaded.store, loaded.vaultBytes)
      return loaded.planned
    }
    // Whatever the outcome, the rows and the plan are left for the process's exit (a region's
    // worth of small allocations), when the console takes them.
    defer { context.console.keepUntilExit?((table, rows, plan, kind)) }
    summary.take(plan)
    guard plan.errors.isEmpty else { return summary.report(format, context) }
    if dryRun || (plan.batches.isEmpty && !plan.vaultChanged) {
      return summary.report(format, context)
    }

    let writer = try Store.openForWriting(context)
    if changedSince(reader!, writer, vaultBytes) {
      plan = try makePlan(kind, rows, table.badRecords, base: base) {
        try Self.load(writer, base)
      }
      summary.take(plan)
      guard plan.errors.isEmpty else { return summary.report(format, context) }
    }
    if plan.eventCount >= Importer.progressInterval {
      context.message(context.text(ImportSummary.writing(fileName, plan.eventCount)))
    }
    let checked = DispatchTime.now().uptimeNanoseconds
    // The vault is saved while the events are encoded, before any is written.
    summary.appended = try writer.append(
      plan.batches, joining: Store.joinedBatchEvents, folded: plan.state
    ) {
      if plan.vaultChanged { try saveVault(plan.vault) }
    }
    summary.seconds = (
      check: Double(checked - started) / 1e9,
      write: Double(DispatchTime.now().uptimeNanoseconds - checked) / 1e9
    )
    return summary.report(format, context)
  }

  /// The plan of `rows` made by a copy of `prepared` (a kind remembers the rows it planned),
  /// against what `load` loads (``load(_:_:)``, or its value loaded ahead).
  private func makePlan(
    _ prepared: Kind, _ rows: [CSVRow], _ badRecords: [CSVError], base: ImportBase,
    against load: () throws -> (state: ClusterState, vault: VaultRead)
  ) throws -> ImportPlan {
    var kind = prepared
    var random = KernelRandom()
    let total = rows.count
    let fileName = arguments.positionals[0]
    return try Importer.plan(
      &kind, rows: rows, badRecords: badRecords, against: load, base: base, random: &random,
      progress: { done in
        context.message(context.text(ImportSummary.progress(fileName, done, total)))
      })
  }

  /// The state a plan is made against, and what it reads of the vault: the whole vault for the
  /// kinds that change it (or to re-register erased people), else its keys only, through its
  /// index.
  private static func load(_ store: Store, _ base: ImportBase) throws -> (
    state: ClusterState, vault: VaultRead
  ) {
    let state = try store.currentState()
    if Kind.writesVault || base.reRegister != nil {
      let whole = try store.loadVault()
      if let reason = base.reRegister {
        try FreeText.check(reason, option: "--reason", vault: whole)
      }
      try whole.checkCovers(state)
      return (state, .whole(whole))
    }
    let keys = try store.vaultKeys()
    try keys.checkCovers(state)
    return (state, .keys(keys))
  }

  /// Whether another writer appended or changed the vault between checking and locking.
  private func changedSince(_ reader: Store, _ writer: Store, _ vaultBytes: [[UInt8]?]) -> Bool {
    (reader.log?.lastSequence ?? 0) != (writer.log?.lastSequence ?? 0)
      || vaultFiles(writer) != vaultBytes
  }

  /// The bytes of the vault's files (nil for a missing one).
  private func vaultFiles(_ store: Store) -> [[UInt8]?] {
    let fileSystem = PosixFileSystem()
    return [Vault.peopleFile, Vault.consentsFile, Vault.mentorsFile, Vault.erasuresFile].map {
      name in
      let path = store.vaultPath + "/" + name
      return fileSystem.exists(path) ? (try? fileSystem.readFile(path)) ?? [] : nil
    }
  }

  private func saveVault(_ vault: Vault) throws {
    let doing = ImportRunText.vaultUnwritable.text()
    do {
      try vault.save()
    } catch let error as CommandError {
      throw error
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: doing)
    } catch {
      throw CommandError(
        LocalizedText.each { doing[$0] + ": \(error)" },
        exitCode: .ioError)
    }
  }
}
