import JolLog
import JolModel

extension VaultIndex {
  /// What the index says of an IIN.
  enum Answer: Hashable, Sendable {
    /// The person, read from their row of `people.csv`.
    case person(Person)
    /// `people.csv` has no row with this IIN.
    case absent
  }

  /// The person an IIN names, through the index: a binary search over its entries, then one row
  /// of `people.csv`. Nil when there is no usable index — missing, damaged, or made from another
  /// `people.csv` than the one there is — or anything read does not fit it: the caller then reads
  /// the whole vault, which gives the same answer (or the vault's own error) more slowly.
  /// - Complexity: O(log n) reads of one entry, then one row.
  static func lookup(_ iin: IIN, directory: String, fileSystem: any FileSystem = PosixFileSystem())
    -> Answer?
  {
    try? find(iin, directory: directory, fileSystem: fileSystem)
  }

  private static func find(_ iin: IIN, directory: String, fileSystem: any FileSystem) throws
    -> Answer?
  {
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
      try fileSystem.size(index, path: indexPath)
        == UInt64(headerSize) + header.count * UInt64(entrySize)
    else { return nil }
    let people = try fileSystem.open(peoplePath, .read)
    defer { fileSystem.close(people) }
    guard try isMade(from: people, path: peoplePath, header, fileSystem: fileSystem) else {
      return nil
    }
    let key = Entry.key(iin)
    var low = 0
    var high = Int(header.count)
    while low < high {
      let middle = (low + high) / 2
      let bytes = try fileSystem.bytes(
        index, at: UInt64(headerSize + middle * entrySize), count: entrySize, path: indexPath)
      guard let entry = entry(bytes[...], position: middle) else { return nil }
      if entry.key == key {
        return try row(entry, of: iin, people, path: peoplePath, header, fileSystem: fileSystem)
      }
      if entry.key < key { low = middle + 1 } else { high = middle }
    }
    return .absent
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

  /// The person of an entry's row, read with the file's header line; nil unless it is one whole
  /// row with the IIN asked.
  private static func row(
    _ entry: Entry, of iin: IIN, _ people: Int32, path: String, _ header: Header,
    fileSystem: any FileSystem
  ) throws -> Answer? {
    let headerLength = UInt64(header.csvHeaderLength)
    guard entry.offset >= headerLength,
      entry.offset + UInt64(entry.length) <= header.source.size
    else { return nil }
    let bytes =
      try fileSystem.bytes(people, at: 0, count: Int(headerLength), path: path)
      + fileSystem.bytes(people, at: entry.offset, count: Int(entry.length), path: path)
    let rows = try Vault.rows(bytes, path: path, columns: Vault.peopleColumns)
    guard rows.count == 1 else { return nil }
    let person = try Vault.person(rows[0], path: path)
    return person.iin == iin ? .person(person) : nil
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
}
