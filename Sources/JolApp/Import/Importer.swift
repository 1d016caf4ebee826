import JolModel

/// Checks every row of a file and plans its events: first each row alone (values, codes,
/// dates), then each valid row against the state (unknown IINs and institutions, what is
/// already recorded). Every problem is collected; nothing here writes.
enum Importer {
  /// Rows between two progress lines on stderr.
  static let progressInterval = 10_000

  /// The plan for `rows` against a data directory's state and vault.
  /// - Parameters:
  ///   - badRecords: why the file's records that could not be read were left out (a wrong
  ///     number of fields, a stray quote): listed among the other rows' errors, in file order.
  ///   - progress: called with the number of rows checked so far, every ``progressInterval``
  ///     rows.
  /// - Complexity: O(rows) for the kinds whose checks are dictionary look-ups.
  static func plan<Kind: ImportKind>(
    _ kind: inout Kind, rows: [CSVRow], badRecords: [CSVError] = [], state: consuming ClusterState,
    vault: VaultRead, base: ImportBase, random: inout some RandomNumberGenerator,
    progress: (Int) -> Void = { _ in }
  ) -> ImportPlan {
    var plan: ImportPlan
    switch vault {
    case .whole(let whole): plan = ImportPlan(vault: whole)
    case .keys: plan = ImportPlan(vault: nil)
    }
    plan.rows = rows.count + Set(badRecords.map(\.line)).count
    plan.errors = badRecords
    plan.reRegister = base.reRegister
    let read = readAll(rows, by: kind, base: base, progress: progress)
    plan.errors += read.errors
    plan.warnings = read.warnings
    for notice in read.notices {
      if let index = plan.notices.firstIndex(where: { $0.text == notice }) {
        plan.notices[index].rows += 1
      } else {
        plan.notices.append((notice, 1))
      }
    }
    // Only learner rows add people to the vault, and they name their learner themselves.
    // The state is taken, not copied: the first planned event would copy every learner.
    var working = IntakeState(consume state, learner: { vault.learner(iin: $0) })
    // Tables that grow with the rows get their room at once, not by doubling row after row:
    // a roster may bring a learner and a person per row.
    kind.planner.reserveCapacity(rows: read.records.count)
    if Kind.writesVault {
      working.reserveLearners(read.records.count)
      plan.vault.reservePeople(read.records.count)
    }
    for (record, row) in read.records {
      let edits = plan.vaultEdits
      switch kind.plan(record, row: row, working: &working, plan: &plan, random: &random) {
      case .success(let drafts):
        if drafts.isEmpty {
          if plan.vaultEdits == edits { plan.duplicates += 1 }
        } else {
          for draft in drafts { working.apply(draft) }
          plan.batches.append(drafts)
        }
      case .failure(let problems):
        plan.errors += problems.errors
      }
    }
    plan.errors.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    plan.state = working.state
    return plan
  }

  /// What reading some rows found: the valid records, and the others' problems, in row order.
  struct ReadRows<Record> {
    var records: [(Record, CSVRow)] = []
    var errors: [CSVError] = []
    var warnings: [CSVError] = []
    /// Each row's notices, in row order (the same notice once per row that gave it).
    var notices: [LocalizedText] = []
  }

  /// Reads every row, in blocks between progress lines, each block on every core
  /// (``Parallel``): the pieces are joined in file order, so the result is the one reading row
  /// after row would give (``read(_:by:base:)`` of all rows).
  static func readAll<Kind: ImportKind>(
    _ rows: [CSVRow], by kind: Kind, base: ImportBase, progress: (Int) -> Void = { _ in }
  ) -> ReadRows<Kind.Record> {
    var all = ReadRows<Kind.Record>()
    all.records.reserveCapacity(rows.count)
    for block in stride(from: 0, to: rows.count, by: progressInterval) {
      let end = min(block + progressInterval, rows.count)
      for piece in Parallel.map(slicing: block..<end, { read(rows[$0], by: kind, base: base) }) {
        all.records += piece.records
        all.errors += piece.errors
        all.warnings += piece.warnings
        all.notices += piece.notices
      }
      if end % progressInterval == 0 { progress(end) }
    }
    return all
  }

  /// Reads `rows` alone, each with its own ``RowReader``: no state, so pieces of a file may be
  /// read at the same time.
  static func read<Kind: ImportKind>(_ rows: ArraySlice<CSVRow>, by kind: Kind, base: ImportBase)
    -> ReadRows<Kind.Record>
  {
    var read = ReadRows<Kind.Record>()
    read.records.reserveCapacity(rows.count)
    for row in rows {
      var reader = RowReader(row)
      let record = kind.read(&reader, base: base)
      read.notices += reader.notices
      if let record, reader.errors.isEmpty {
        read.records.append((record, row))
        read.warnings += reader.warnings
      } else {
        read.errors += reader.errors
      }
    }
    return read
  }
}
