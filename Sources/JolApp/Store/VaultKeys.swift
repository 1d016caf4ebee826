import JolLog
import JolModel

/// What an import that does not change the vault needs of it: the learner each IIN names, the
/// learners with an entry and the erasure register — to find each row's learner and to check
/// that the vault covers the log (``checkCovers(_:)``, as ``Vault/checkCovers(_:)``).
///
/// Read through the vault's index (``VaultIndex``) when it is current: the index and
/// `people.csv` read once each, and only the learner id of each row taken — no person made, no
/// name or contact read. Without a usable index (missing, damaged, made from another
/// `people.csv`, or a row not as Jol writes it) the whole vault is read, with its own checks:
/// the same keys either way.
struct VaultKeys {
  /// Each person's learner, by ``VaultIndex/Entry/key(_:)`` of their IIN.
  private var learnerByKey: [UInt64: LearnerID] = [:]
  /// The learners with an entry.
  private var withEntry: Set<LearnerID> = []
  /// The learners of the erasure register.
  private(set) var erased: Set<LearnerID> = []
  /// The vault's directory.
  let directory: String

  /// The learner an IIN names in the vault, if any.
  func learner(iin: IIN) -> LearnerID? { learnerByKey[VaultIndex.Entry.key(iin)] }

  /// Whether a learner has an entry.
  func hasEntry(_ learner: LearnerID) -> Bool { withEntry.contains(learner) }

  /// The keys of a whole vault.
  init(_ vault: Vault) {
    directory = vault.directory
    learnerByKey.reserveCapacity(vault.people.count)
    for person in vault.people.values {
      learnerByKey[VaultIndex.Entry.key(person.iin)] = person.learner
    }
    withEntry = Set(vault.people.keys)
    erased = vault.erasedLearners
  }

  private init(directory: String) { self.directory = directory }

  /// The keys of the vault in `directory`: through its index when it is current, else from the
  /// whole vault (``Vault/load(directory:fileSystem:)``, which reports a damaged file).
  /// - Throws: ``CommandError`` (65) for a damaged vault file or erasure register.
  static func load(directory: String, fileSystem: any FileSystem = PosixFileSystem()) throws
    -> VaultKeys
  {
    if var keys = try? indexed(directory: directory, fileSystem: fileSystem) {
      var registers = Vault(directory: directory)
      try registers.loadErasures(fileSystem: fileSystem)
      keys.erased = registers.erasedLearners
      return keys
    }
    return VaultKeys(try Vault.load(directory: directory, fileSystem: fileSystem))
  }

  /// The people's keys through the index; nil when there is no usable one, or a row's learner
  /// id is not written plainly (quoted, or escaped as a formula): the caller reads the vault.
  private static func indexed(directory: String, fileSystem: any FileSystem) throws -> VaultKeys? {
    let indexPath = directory + "/" + VaultIndex.fileName
    let peoplePath = directory + "/" + Vault.peopleFile
    guard try fileSystem.status(indexPath)?.kind == .regular,
      try fileSystem.status(peoplePath)?.kind == .regular,
      let (header, entries) = VaultIndex.entries(try fileSystem.readFile(indexPath)),
      header.listsRows
    else { return nil }
    let people = try fileSystem.open(peoplePath, .read)
    defer { fileSystem.close(people) }
    guard try VaultIndex.isMade(from: people, path: peoplePath, header, fileSystem: fileSystem)
    else { return nil }
    let bytes = try fileSystem.bytes(
      people, at: 0, count: Int(header.source.size), path: peoplePath)
    guard bytes.count == Int(header.source.size) else { return nil }
    var keys = VaultKeys(directory: directory)
    keys.learnerByKey.reserveCapacity(entries.count)
    keys.withEntry.reserveCapacity(entries.count)
    for entry in entries {
      guard let learner = plainFirstField(bytes, entry) else { return nil }
      keys.learnerByKey[entry.key] = learner
      keys.withEntry.insert(learner)
    }
    return keys
  }

  /// The learner id that starts an entry's row, when written plainly: up to the first comma,
  /// not empty, no quote, not escaped as a formula (a leading `'`).
  private static func plainFirstField(_ bytes: [UInt8], _ entry: VaultIndex.Entry) -> LearnerID? {
    let start = Int(entry.offset)
    let end = start + Int(entry.length)
    guard let comma = bytes[start..<end].firstIndex(of: UInt8(ascii: ",")), comma > start,
      bytes[start] != UInt8(ascii: "'"),
      !bytes[start..<comma].contains(UInt8(ascii: "\""))
    else { return nil }
    return LearnerID(String(decoding: bytes[start..<comma], as: UTF8.self))
  }

  /// Checks the vault against the log's state before anything is written, as
  /// ``Vault/checkCovers(_:)`` does.
  func checkCovers(_ state: ClusterState) throws {
    try Vault.checkCovers(state, directory: directory, erased: erased, hasEntry: hasEntry)
  }
}
