import JolModel

/// One kind of import file: its columns, how a row is read into a typed row (no state needed:
/// every row is checked alone before anything is planned), and the pure planner that decides
/// what a typed row means against the state.
///
/// ## How to add an import kind
///
/// Mentor, diagnostic and every later import follow the same four pieces:
/// 1. **Columns** — `ImportColumns.<Kind>` (`ImportColumns.swift`, or next to the kind): each
///    column's canonical header and the aliases officers write.
/// 2. **Typed row** — `<Kind>Row` in `JolModel/Intake/`: the row's values, validated and typed
///    (IINs, codes, dates), without personal fields (those go to the vault).
/// 3. **Pure planner** — `<Kind>Planner: RowPlanner` in `JolModel/Intake/` (or in the engine
///    whose rules it needs): typed row + ``IntakeState`` → the events to append, or
///    ``RowProblems`` at the planner's `Field`s. No files, no clock; what the vault knows comes in
///    as ``IntakeState/learner``. Its unit tests need neither files nor a store.
/// 4. **The kind** — `<Kind>Import: ImportKind` in `JolApp/Import/`: `columns`, `read` (CSV row
///    → typed row, through ``RowReader``), `column(_:)` (each planner field's column), and the
///    planner; registered as an `ImportCommand` in `ImportCommands.group`. The default ``plan``
///    runs the planner; only a kind that writes the vault (learners, mentors) wraps it.
///
/// The pipeline (``Importer``, ``ImportRun``) does the rest the same way for every kind: reads
/// the file, lists every error of every row, reports the summary, writes only a clean file.
protocol ImportKind {
  /// The pure planner of this kind's rows.
  associatedtype Planner: RowPlanner
  /// A row read and validated: the planner's typed row, or (learners) that and the personal
  /// fields the kind keeps in the vault.
  associatedtype Record = Planner.Row

  /// The columns, found by header name.
  static var columns: [CSVColumn] { get }

  /// The column a planner's problem at `field` is reported in.
  static func column(_ field: Planner.Field) -> CSVColumn

  /// Options of this kind's command beyond those every import has.
  static var options: [OptionSpec] { get }

  /// What the synopsis shows of ``options`` before `FILE` (`--instrument ID[@VERSION] `).
  static var synopsis: String { get }

  /// Whether rows name specialties or qualifications (the classifier is loaded then).
  static var readsSpecialties: Bool { get }

  /// Whether rows name policies (the policies directory is loaded then).
  static var readsPolicies: Bool { get }

  /// Whether rows name districts (the KATO table is loaded then).
  static var readsDistricts: Bool { get }

  /// Whether rows name mentoring programmes (`Policies/mentoring/` is loaded then).
  static var readsProgrammes: Bool { get }

  /// Whether rows change the vault (people, consents, mentors' contacts): the plan then holds
  /// the whole vault (``ImportPlan/vault``). Other kinds read only its keys (``VaultKeys``).
  static var writesVault: Bool { get }

  /// A kind ready to plan a file (one per plan: planners remember earlier rows).
  init()

  /// The planner, with what it remembers of the file's earlier rows.
  var planner: Planner { get set }

  /// The option naming the date of rows that give none (`effective`; `date` for diagnostics,
  /// the day the pupils answered).
  static var dateOption: String { get }

  /// Reads what the file's rows need beyond the kind's columns, once per file, before any row:
  /// the options of the command (`--instrument`) and the file's header (which answers columns
  /// it has).
  /// - Returns: problems with the header (listed like a missing column; nothing is planned).
  /// - Throws: a ``CommandError`` for a problem with the command's options or policies.
  mutating func prepare(_ table: CSVTable, _ arguments: ParsedArguments, _ context: Context)
    throws -> [CSVError]

  /// Reads one row; problems go into `reader`. Rows are read on several threads at once
  /// (``Importer/plan(_:rows:badRecords:against:base:random:progress:rowsPerPiece:)``): this reads the kind and `base`, never changes
  /// anything shared.
  func read(_ reader: inout RowReader, base: ImportBase) -> Record?

  /// Plans the events of one record against the working state; problems that need the state
  /// (an unknown IIN or institution) are returned, nothing is planned for that row then.
  /// - Returns: the row's events (empty when already recorded), or the row's errors.
  mutating func plan(
    _ record: Record, row: CSVRow, working: inout IntakeState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors>
}

extension ImportKind {
  static var options: [OptionSpec] { [] }
  static var synopsis: String { "" }
  static var readsPolicies: Bool { false }
  static var readsDistricts: Bool { false }
  static var readsProgrammes: Bool { false }
  static var writesVault: Bool { false }
  static var dateOption: String { "effective" }
  mutating func prepare(_ table: CSVTable, _ arguments: ParsedArguments, _ context: Context)
    throws -> [CSVError]
  { [] }

  /// The planner's verdict on `row`, its problems placed at their columns.
  static func located(_ plan: RowPlan<Planner.Field>, row: CSVRow) -> Result<
    [EventDraft], RowErrors
  > {
    plan.mapError { problems in
      RowErrors(problems.problems.map { row.error(in: column($0.field), reason: $0.reason) })
    }
  }
}

extension ImportKind where Record == Planner.Row {
  /// The planner's plan of `record`: the kinds whose rows need nothing of the vault but its
  /// IINs (``IntakeState/learner``).
  mutating func plan(
    _ record: Record, row: CSVRow, working: inout IntakeState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    Self.located(planner.plan(record, line: row.line, in: working), row: row)
  }
}

/// The problems of one row found while planning.
struct RowErrors: Error {
  var errors: [CSVError]
  init(_ errors: [CSVError]) { self.errors = errors }
  init(_ error: CSVError) { self.errors = [error] }
}
