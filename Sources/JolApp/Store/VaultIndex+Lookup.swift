import JolLog
import JolModel

extension VaultIndex {
  /// What the index says of an IIN or a learner id.
  enum Answer: Hashable, Sendable {
    /// The person, read from their row of `people.csv`.
    case person(Person)
    /// `people.csv` has no row with this IIN (or learner id).
    case absent
  }

  /// The person an IIN names, through the index: a binary search over its entries, then one
  /// row of `people.csv`. Nil when there is no usable index — missing, damaged, or made from
  /// another `people.csv` than the one there is — or anything read does not fit it: the caller
  /// then reads the whole vault, which gives the same answer (or the vault's own error) more
  /// slowly.
  /// - Complexity: O(log n) reads of one entry, then one row.
  static func lookup(_ iin: IIN, directory: String, fileSystem: any FileSystem = PosixFileSystem())
    -> Answer?
  {
    try? withIndex(directory: directory, fileSystem: fileSystem) { opened in
      let key = Entry.key(iin)
      var low = 0
      var high = Int(opened.header.count)
      while low < high {
        let middle = (low + high) / 2
        let bytes = try opened.indexBytes(
          at: UInt64(headerSize + middle * entrySize), count: entrySize)
        guard let entry = entry(bytes[...], position: middle) else { return nil }
        if entry.key == key {
          guard let person = try opened.person(at: entry.offset, length: entry.length),
            person.iin == iin
          else { return nil }
          return .person(person)
        }
        if entry.key < key { low = middle + 1 } else { high = middle }
      }
      return .absent
    }
  }

  /// The person of a learner id, through the index: a binary search over the rows in the file's
  /// order (learner id order), reading the row at each step. Nil as for an IIN
  /// (``lookup(_:directory:fileSystem:)``).
  /// - Complexity: O(log n) reads of one row's place and the row.
  static func lookup(
    _ learner: LearnerID, directory: String, fileSystem: any FileSystem = PosixFileSystem()
  ) -> Answer? {
    try? withIndex(directory: directory, fileSystem: fileSystem) { opened in
      let count = opened.header.count
      var low = 0
      var high = Int(count)
      while low < high {
        let middle = (low + high) / 2
        let bytes = try opened.indexBytes(at: rowOffset(middle, count: count), count: rowSize)
        guard let row = row(bytes[...], position: middle),
          let person = try opened.person(at: row.offset, length: row.length)
        else { return nil }
        if person.learner == learner { return .person(person) }
        if person.learner < learner { low = middle + 1 } else { high = middle }
      }
      return .absent
    }
  }

  /// The index and `people.csv`, open and found to belong together.
  private struct Opened {
    let index: Int32
    let people: Int32
    let indexPath: String
    let peoplePath: String
    let header: Header
    let fileSystem: any FileSystem

    func indexBytes(at offset: UInt64, count: Int) throws -> [UInt8] {
      try fileSystem.bytes(index, at: offset, count: count, path: indexPath)
    }

    /// The person of the row at `offset`, read with the file's header line; nil unless it is
    /// one whole row.
    func person(at offset: UInt64, length: UInt32) throws -> Person? {
      let headerLength = UInt64(header.csvHeaderLength)
      guard offset >= headerLength, offset + UInt64(length) <= header.source.size else {
        return nil
      }
      let bytes =
        try fileSystem.bytes(people, at: 0, count: Int(headerLength), path: peoplePath)
        + fileSystem.bytes(people, at: offset, count: Int(length), path: peoplePath)
      let rows = try Vault.rows(bytes, path: peoplePath, columns: Vault.peopleColumns)
      guard rows.count == 1 else { return nil }
      return try Vault.person(rows[0], path: peoplePath)
    }
  }

  /// `body`'s answer with the index and `people.csv` open; nil when there is no usable index
  /// (missing, not listing rows, of another size than its header says, or made from another
  /// `people.csv`).
  private static func withIndex(
    directory: String, fileSystem: any FileSystem, _ body: (Opened) throws -> Answer?
  ) throws -> Answer? {
    let indexPath = directory + "/" + fileName
    let peoplePath = directory + "/" + Vault.peopleFile
    // Plain files only: a FIFO would block the reader, a link could lead anywhere.
    guard try fileSystem.status(indexPath)?.kind == .regular,
      try fileSystem.status(peoplePath)?.kind == .regular
    else { return nil }
    let index = try fileSystem.open(indexPath, .read)
    defer { fileSystem.close(index) }
    guard
      let header = header(
        try fileSystem.bytes(index, at: 0, count: headerSize, path: indexPath)[...]),
      header.listsRows,
      try fileSystem.size(index, path: indexPath) == fileSize(count: header.count)
    else { return nil }
    let people = try fileSystem.open(peoplePath, .read)
    defer { fileSystem.close(people) }
    guard try isMade(from: people, path: peoplePath, header, fileSystem: fileSystem) else {
      return nil
    }
    return try body(
      Opened(
        index: index, people: people, indexPath: indexPath, peoplePath: peoplePath,
        header: header, fileSystem: fileSystem))
  }

  /// Whether the open `people.csv` is the one the index was made from: the same identity, or —
  /// copied, restored, touched — the same bytes.
  static func isMade(
    from people: Int32, path: String, _ header: Header, fileSystem: any FileSystem
  ) throws -> Bool {
    let identity = try fileSystem.identity(people, path: path)
    if identity == header.source { return true }
    guard identity.size == header.source.size else { return false }
    let bytes = try fileSystem.bytes(people, at: 0, count: Int(identity.size), path: path)
    return bytes.count == Int(identity.size) && CRC32C.checksum(bytes) == header.checksum
  }
}

extension Store {
  /// The person an IIN names in the vault: through its index when it is current, else by
  /// reading the whole vault (``Vault/load(directory:fileSystem:)``). The same answer either way.
  func person(iin: IIN) throws -> Person? {
    switch VaultIndex.lookup(iin, directory: vaultPath) {
    case .person(let person)?: person
    case .absent?: nil
    case nil: try loadVault().person(iin: iin.value)
    }
  }

  /// The person of a learner id in the vault, as ``person(iin:)`` finds an IIN's.
  func person(learner: LearnerID) throws -> Person? {
    switch VaultIndex.lookup(learner, directory: vaultPath) {
    case .person(let person)?: person
    case .absent?: nil
    case nil: try loadVault().people[learner]
    }
  }
}
