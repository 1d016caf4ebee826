import JolModel
import JolPolicy

/// What an import will write: the events (one batch per row, each atomic), the vault after it,
/// and the counts the summary reports. Built from validated rows against the current state, so
/// a row already recorded plans nothing and a changed row plans only its correction.
struct ImportPlan {
  /// One batch per row that changes something, in file order.
  var batches: [[EventDraft]] = []
  /// The vault with this file's people and consents. Only the kinds that change the vault
  /// (``ImportKind/writesVault``) plan with one; the others never touch it.
  var vault: Vault {
    get { loadedVault! }
    _modify { yield &loadedVault! }
  }
  private var loadedVault: Vault?
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
  /// How old words were read, each once with the number of rows that used it, in file order.
  var notices: [(text: LocalizedText, rows: Int)] = []
  /// Warnings about valid rows: listed, they do not stop the import.
  var warnings: [CSVError] = []
  /// `--re-register --reason TEXT`: the reason erased people of the file are registered again
  /// (nil: an erased IIN is an error).
  var reRegister: String?

  /// The state planned against with ``batches`` folded in: the state the log will hold once they
  /// are appended, handed to the store so it need not replay them to refresh its snapshot.
  var state: ClusterState?

  /// A plan against `vault` (nil: the kind does not change the vault).
  init(vault: Vault?) { loadedVault = vault }

  /// Events planned.
  var eventCount: Int { batches.reduce(0) { $0 + $1.count } }
}

/// What a plan reads of the vault: the whole vault, for the kinds that change it
/// (``ImportKind/writesVault``); only its keys for the others.
enum VaultRead {
  case whole(Vault)
  case keys(VaultKeys)

  /// The learner an IIN names in the vault, if any.
  func learner(iin: IIN) -> LearnerID? {
    switch self {
    case .whole(let vault): vault.person(iin: iin.value)?.learner
    case .keys(let keys): keys.learner(iin: iin)
    }
  }
}

/// What every import reads besides its file.
struct ImportBase {
  /// The date of rows that do not give one: `--effective`, else today.
  var effective: CivilDate
  /// The TVET classifier, for specialty and qualification codes (loaded only for the kinds
  /// that read them).
  var classifier: SpecialtyClassifier?
  /// The KATO table, for district codes (loaded only for the kinds that read them).
  var kato: KATOTable? = nil
  /// `--re-register --reason TEXT` (learners only): erased people may be registered again.
  var reRegister: String? = nil
  /// The policies of the policies directory (loaded only for the kinds that name policies),
  /// and their ids.
  var policies: PolicySet? = nil {
    didSet { policyIDs = Set(policies?.policies.map(\.id.rawValue) ?? []) }
  }
  private(set) var policyIDs: Set<String> = []
  /// The mentoring programmes (loaded only for the kinds that name them).
  var programmes: [String: MentoringProgramme]? = nil
}
