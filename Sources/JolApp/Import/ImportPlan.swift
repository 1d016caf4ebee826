import JolModel
import JolPolicy

/// What an import will write: the events (one batch per row, each atomic), the vault after it,
/// and the counts the summary reports. Built from validated rows against the current state, so
/// a row already recorded plans nothing and a changed row plans only its correction.
struct ImportPlan {
  /// One batch per row that changes something, in file order.
  var batches: [[EventDraft]] = []
  /// The vault with this file's people and consents.
  var vault: Vault
  /// Whether ``vault`` differs from the vault the plan started from.
  var vaultChanged: Bool { vaultEdits > 0 }
  /// Learners new to the vault.
  var learnersAdded = 0
  /// Changes to the vault (people added or updated, consents recorded).
  var vaultEdits = 0
  /// Rows read.
  var rows = 0
  /// Rows that asked for nothing the data directory does not already hold.
  var duplicates = 0
  /// Problems found; the plan is written only when there are none.
  var errors: [CSVError] = []
  /// `--re-register --reason TEXT`: the reason erased people of the file are registered again
  /// (nil: an erased IIN is an error).
  var reRegister: String?

  /// Events planned.
  var eventCount: Int { batches.reduce(0) { $0 + $1.count } }
}

/// The state an import plans against: the data directory's state with this file's earlier
/// rows folded in, so two rows about one learner (left school, entered college) see each other.
struct WorkingState {
  private(set) var state: ClusterState
  private var sequence: UInt64

  init(_ state: ClusterState) {
    self.state = state
    self.sequence = state.coveredSequence
  }

  /// Folds a planned event in, as the log will once it is appended.
  mutating func apply(_ draft: EventDraft) {
    sequence += 1
    state.apply(
      EventEnvelope(
        id: EventID(""), stream: draft.stream, streamVersion: 0, sequence: sequence,
        recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: draft.effective,
        actor: ActorID(""), event: draft.event))
  }

  /// Whether folding `draft` in would change nothing: it is already recorded.
  func isRecorded(_ draft: EventDraft) -> Bool {
    guard draft.stream.kind == .learner else { return false }
    let id = LearnerID(draft.stream.id)
    guard var learner = state.learner(id) else { return false }
    let before = learner
    learner.apply(draft.event, effective: draft.effective, sequence: before.lastSequence)
    return learner == before
  }
}

extension ImportKind {
  static var options: [OptionSpec] { [] }
  static var readsPolicies: Bool { false }
}

/// What every import reads besides its file.
struct ImportBase {
  /// The date of rows that do not give one: `--effective`, else today.
  var effective: CivilDate
  /// The TVET classifier, for specialty and qualification codes (loaded only for the kinds
  /// that read them).
  var classifier: SpecialtyClassifier?
  /// `--re-register --reason TEXT` (learners only): erased people may be registered again.
  var reRegister: String? = nil
  /// The policies of the policies directory (loaded only for the kinds that name policies),
  /// and their ids.
  var policies: PolicySet? = nil {
    didSet { policyIDs = Set(policies?.policies.map(\.id.rawValue) ?? []) }
  }
  private(set) var policyIDs: Set<String> = []
}

/// One kind of import file: its columns, how a row is read (no state needed: every row is
/// checked before anything is planned) and how a read row becomes events.
protocol ImportKind {
  /// A row read and validated.
  associatedtype Record

  /// The columns, found by header name.
  static var columns: [CSVColumn] { get }

  /// Options of this kind's command beyond those every import has.
  static var options: [OptionSpec] { get }

  /// Whether rows name specialties or qualifications (the classifier is loaded then).
  static var readsSpecialties: Bool { get }

  /// Whether rows name policies (the policies directory is loaded then).
  static var readsPolicies: Bool { get }

  /// Prepares to plan against a data directory.
  init(store: Store) throws

  /// Whether ``observe(_:)`` wants the log's events (read in the same pass as the state).
  static var observesLog: Bool { get }

  /// Sees one event of the log, in order, before any row is planned: for what the state does
  /// not keep.
  mutating func observe(_ envelope: EventEnvelope)

  /// Reads one row; problems go into `reader`.
  func read(_ reader: inout RowReader, base: ImportBase) -> Record?

  /// Plans the events of one record against the working state; problems that need the state
  /// (an unknown IIN or institution) are returned, nothing is planned for that row then.
  /// - Returns: the row's events (empty when already recorded), or the row's errors.
  mutating func plan(
    _ record: Record, row: CSVRow, working: inout WorkingState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors>
}

extension ImportKind {
  static var observesLog: Bool { false }
  mutating func observe(_ envelope: EventEnvelope) {}
}

/// The problems of one row found while planning.
struct RowErrors: Error {
  var errors: [CSVError]
  init(_ errors: [CSVError]) { self.errors = errors }
  init(_ error: CSVError) { self.errors = [error] }
}
