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
    _ kind: inout Kind, rows: [CSVRow], badRecords: [CSVError] = [], state: ClusterState,
    vault: Vault, base: ImportBase, random: inout some RandomNumberGenerator,
    progress: (Int) -> Void = { _ in }
  ) -> ImportPlan {
    var plan = ImportPlan(vault: vault)
    plan.rows = rows.count + Set(badRecords.map(\.line)).count
    plan.errors = badRecords
    plan.reRegister = base.reRegister
    var records: [(Kind.Record, CSVRow)] = []
    records.reserveCapacity(rows.count)
    for (index, row) in rows.enumerated() {
      var reader = RowReader(row)
      let record = kind.read(&reader, base: base)
      for notice in reader.notices {
        if let index = plan.notices.firstIndex(where: { $0.text == notice }) {
          plan.notices[index].rows += 1
        } else {
          plan.notices.append((notice, 1))
        }
      }
      if let record, reader.errors.isEmpty {
        records.append((record, row))
        plan.warnings += reader.warnings
      } else {
        plan.errors += reader.errors
      }
      if (index + 1) % progressInterval == 0 { progress(index + 1) }
    }
    // Only learner rows add people to the vault, and they name their learner themselves.
    var working = IntakeState(state, learner: { vault.person(iin: $0.value)?.learner })
    for (record, row) in records {
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
    return plan
  }
}
