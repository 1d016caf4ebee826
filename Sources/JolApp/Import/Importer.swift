import JolModel

/// Checks every row of a file and plans its events: first each row alone (values, codes,
/// dates), then each valid row against the state (unknown IINs and institutions, what is
/// already recorded). Every problem is collected; nothing here writes.
enum Importer {
  /// Rows between two progress lines on stderr.
  static let progressInterval = 10_000

  /// The plan for `rows` against a data directory's state and vault.
  ///
  /// The rows are read in pieces on the other cores (``read(_:by:base:)``) while this core
  /// loads the state and the vault and plans the pieces read before
  /// (``Parallel/pipeline(pieces:make:consume:)``): the same plan as reading every row, then
  /// planning row after row.
  /// - Parameters:
  ///   - badRecords: why the file's records that could not be read were left out (a wrong
  ///     number of fields, a stray quote): listed among the other rows' errors, in file order.
  ///   - load: the state and the vault to plan against.
  ///   - progress: called with the number of rows checked so far, every ``progressInterval``
  ///     rows.
  ///   - rowsPerPiece: rows read in one piece; a divisor of ``progressInterval``.
  /// - Throws: what `load` throws.
  /// - Complexity: O(rows) for the kinds whose checks are dictionary look-ups.
  static func plan<Kind: ImportKind>(
    _ kind: inout Kind, rows: [CSVRow], badRecords: [CSVError] = [],
    against load: () throws -> (state: ClusterState, vault: VaultRead), base: ImportBase,
    random: inout some RandomNumberGenerator, progress: (Int) -> Void = { _ in },
    rowsPerPiece: Int = 1_000
  ) throws -> ImportPlan {
    // Reading needs the kind as it is before any row is planned; planning changes its planner.
    let reader = kind
    let pieces = (rows.count + rowsPerPiece - 1) / rowsPerPiece
    return try Parallel.pipeline(
      pieces: pieces,
      make: { piece in
        read(
          rows[piece * rowsPerPiece..<min(rows.count, (piece + 1) * rowsPerPiece)], by: reader,
          base: base)
      },
      consume: { take in
        let (state, vault) = try load()
        var plan: ImportPlan
        switch vault {
        case .whole(let whole): plan = ImportPlan(vault: whole)
        case .keys: plan = ImportPlan(vault: nil)
        }
        plan.rows = rows.count + Set(badRecords.map(\.line)).count
        plan.errors = badRecords
        plan.reRegister = base.reRegister
        // Only learner rows add people to the vault, and they name their learner themselves.
        // The state is taken, not copied: the first planned event would copy every learner.
        var working = IntakeState(consume state, learner: { vault.learner(iin: $0) })
        // Tables that grow with the rows get their room at once, not by doubling row after
        // row: a roster may bring a learner and a person per row.
        kind.planner.reserveCapacity(rows: rows.count)
        if Kind.writesVault {
          working.reserveLearners(rows.count)
          plan.vault.reservePeople(rows.count)
        }
        // Warnings found reading come before those found planning, as when every row is read
        // first.
        var readWarnings: [CSVError] = []
        for piece in 0..<pieces {
          let read = take(piece)
          plan.errors += read.errors
          readWarnings += read.warnings
          for notice in read.notices {
            if let index = plan.notices.firstIndex(where: { $0.text == notice }) {
              plan.notices[index].rows += 1
            } else {
              plan.notices.append((notice, 1))
            }
          }
          // Each record and row is lent to the planner in place, not copied (a copy counts a
          // reference on each of its strings).
          for index in read.records.indices {
            Self.plan(
              read.records[index], row: read.rows[index], by: &kind, into: &plan,
              working: &working, random: &random)
          }
          let done = min(rows.count, (piece + 1) * rowsPerPiece)
          if done % progressInterval == 0 { progress(done) }
        }
        plan.warnings = readWarnings + plan.warnings
        plan.errors.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        plan.state = working.state
        return plan
      })
  }

  /// Plans one valid row into `plan`, applying its events to the working state.
  private static func plan<Kind: ImportKind>(
    _ record: Kind.Record, row: CSVRow, by kind: inout Kind, into plan: inout ImportPlan,
    working: inout IntakeState, random: inout some RandomNumberGenerator
  ) {
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

  /// What reading some rows found: the valid records, and the others' problems, in row order.
  struct ReadRows<Record> {
    /// The valid rows' records, and the rows (each record's at the same index).
    var records: [Record] = []
    var rows: [CSVRow] = []
    var errors: [CSVError] = []
    var warnings: [CSVError] = []
    /// Each row's notices, in row order (the same notice once per row that gave it).
    var notices: [LocalizedText] = []
  }

  /// Reads `rows` alone, each with its own ``RowReader``: no state, so pieces of a file may be
  /// read at the same time.
  static func read<Kind: ImportKind>(_ rows: ArraySlice<CSVRow>, by kind: Kind, base: ImportBase)
    -> ReadRows<Kind.Record>
  {
    var read = ReadRows<Kind.Record>()
    read.records.reserveCapacity(rows.count)
    read.rows.reserveCapacity(rows.count)
    for row in rows {
      var reader = RowReader(row)
      let record = kind.read(&reader, base: base)
      read.notices += reader.notices
      if let record, reader.errors.isEmpty {
        read.records.append(record)
        read.rows.append(row)
        read.warnings += reader.warnings
      } else {
        read.errors += reader.errors
      }
    }
    return read
  }
}
