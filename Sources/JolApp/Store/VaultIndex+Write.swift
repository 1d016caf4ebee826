import JolLog
import JolModel

/// The writer's side of the index: written with `people.csv`, and rebuilt after a write when it
/// is missing, damaged or made from another `people.csv`. Only the data directory's writer
/// (holding the log's lock) writes it: a reader that wrote an index of what it read could put
/// back the IIN of a person erased in the meantime.
extension VaultIndex {
  /// Writes the index of `people.csv`, which was just written as `bytes` at `peoplePath`
  /// (atomically, 0600).
  /// - Throws: `FileSystemError`. Callers may go on: without an index, readers read the vault.
  static func write(
    _ entries: [Entry], of bytes: [UInt8], at peoplePath: String, fileSystem: any FileSystem
  ) throws {
    let people = try fileSystem.open(peoplePath, .read)
    defer { fileSystem.close(people) }
    let identity = try fileSystem.identity(people, path: peoplePath)
    // Another size: not the file just written (an index of it could only mislead).
    guard identity.size == UInt64(bytes.count) else { return }
    try save(entries, of: bytes, identity: identity, listsRows: true, at: peoplePath, fileSystem)
  }

  /// Rebuilds the index unless it is intact and made from the `people.csv` there is: reads the
  /// index whole (every entry's check, their order, their bounds) and, to rebuild, `people.csv`
  /// whole. An index of a `people.csv` that is not as Jol writes it says so (readers then read
  /// the vault whole), so the next writer does not try again. No `people.csv`, no index.
  /// - Throws: ``CommandError`` for a damaged `people.csv` (nothing is written), or
  ///   `FileSystemError`.
  static func refresh(directory: String, fileSystem: any FileSystem = PosixFileSystem()) throws {
    let peoplePath = directory + "/" + Vault.peopleFile
    let indexPath = directory + "/" + fileName
    guard try fileSystem.status(peoplePath)?.kind == .regular else {
      if try fileSystem.status(indexPath) != nil { try fileSystem.unlink(indexPath) }
      return
    }
    let people = try fileSystem.open(peoplePath, .read)
    defer { fileSystem.close(people) }
    let identity = try fileSystem.identity(people, path: peoplePath)
    if try fileSystem.status(indexPath)?.kind == .regular,
      let header = verified(try fileSystem.readFile(indexPath)), header.source == identity
    {
      return
    }
    let bytes = try fileSystem.bytes(people, at: 0, count: Int(identity.size), path: peoplePath)
    let (canonical, entries) = Vault.peopleBytes(
      try Vault.people(bytes, path: peoplePath).byLearner.values)
    let listsRows = canonical == bytes
    try save(
      listsRows ? entries : [], of: bytes, identity: identity, listsRows: listsRows,
      at: peoplePath, fileSystem)
  }

  /// The header of an index file whose every part is intact and consistent; nil otherwise.
  static func verified(_ bytes: [UInt8]) -> Header? { entries(bytes)?.header }

  /// The header and entries of an index file whose every part is intact and consistent (each
  /// entry's and row's check, their order, their bounds; the rows one after the other from the
  /// header line to the file's end, as Jol writes `people.csv`); nil otherwise. The rows are not
  /// matched to the entries: a lookup checks the row it reads.
  static func entries(_ bytes: [UInt8]) -> (header: Header, entries: [Entry])? {
    guard let header = header(bytes.prefix(headerSize)),
      header.listsRows || header.count == 0,
      UInt64(bytes.count) == fileSize(count: header.count)
    else { return nil }
    var entries: [Entry] = []
    entries.reserveCapacity(Int(header.count))
    for position in 0..<Int(header.count) {
      let start = headerSize + position * entrySize
      guard let entry = entry(bytes[start..<start + entrySize], position: position),
        entries.last.map({ $0.key < entry.key }) ?? true,
        entry.offset >= UInt64(header.csvHeaderLength),
        entry.offset + UInt64(entry.length) <= header.source.size
      else { return nil }
      entries.append(entry)
    }
    var end = UInt64(header.csvHeaderLength)
    for position in 0..<Int(header.count) {
      let start = Int(rowOffset(position, count: header.count))
      guard let row = row(bytes[start..<start + rowSize], position: position), row.offset == end
      else { return nil }
      end += UInt64(row.length)
    }
    guard header.count == 0 || end == header.source.size else { return nil }
    return (header, entries)
  }

  private static func save(
    _ entries: [Entry], of bytes: [UInt8], identity: FileIdentity, listsRows: Bool,
    at peoplePath: String, _ fileSystem: any FileSystem
  ) throws {
    let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
    let header = Header(
      listsRows: listsRows, csvHeaderLength: UInt32(lineEnd), count: UInt64(entries.count),
      source: identity, checksum: CRC32C.checksum(bytes))
    let directory = String(peoplePath[..<(peoplePath.lastIndex(of: "/") ?? peoplePath.endIndex)])
    try AtomicFile.write(
      encode(header, entries: entries), to: directory + "/" + fileName, fileSystem: fileSystem)
  }
}
