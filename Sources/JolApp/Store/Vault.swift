import JolLog
import JolModel

/// The personal-data vault: IIN ↔ LearnerID, names, contacts and consents of learners, and
/// mentors' names and contacts (`Vault+Mentors.swift`), in CSV files under `vault/`
/// (owner-only), each replaced atomically as a whole. Small and
/// mutable, unlike the log: erasure deletes a person here, and afterwards nothing Jol writes
/// can show them.
///
/// Only the data directory's writer (holding the log's lock) saves the vault.
struct Vault: Sendable {
  private(set) var people: [LearnerID: Person] = [:]
  private(set) var learnerByIIN: [String: LearnerID] = [:]
  private(set) var consents: [String: Consent] = [:]
  /// Mentors' names and contacts by code.
  var mentors: [MentorID: MentorContact] = [:]
  /// The erasure register by keyed IIN hash, and its key (`Vault+Erasures.swift`).
  var erasures: [String: Erasure] = [:]
  var key: [UInt8]?
  /// Whether the key was made in this process and is not saved yet.
  var keyIsNew = false

  /// The vault's directory.
  let directory: String
  /// The identity of the `people.csv` read (nil: none was there), by which a later read in the
  /// same process takes the people from this one (``load(directory:fileSystem:reusing:)``).
  private(set) var peopleSource: FileIdentity?

  static let peopleFile = "people.csv"
  static let consentsFile = "consents.csv"

  /// The person an IIN names, if known.
  func person(iin: String) -> Person? { learnerByIIN[iin].flatMap { people[$0] } }

  /// Adds or replaces a person.
  mutating func upsert(_ person: Person) {
    if let previous = people.updateValue(person, forKey: person.learner),
      previous.iin != person.iin
    {
      learnerByIIN[previous.iin.value] = nil
    }
    learnerByIIN[person.iin.value] = person.learner
  }

  /// Makes room for `count` more people than the vault holds.
  mutating func reservePeople(_ count: Int) {
    people.reserveCapacity(people.count + count)
    learnerByIIN.reserveCapacity(learnerByIIN.count + count)
  }

  /// Adds or replaces a consent.
  mutating func upsert(_ consent: Consent) { consents[consent.reference] = consent }

  /// Deletes everything the vault holds about a learner.
  mutating func erase(_ learner: LearnerID) {
    if let person = people.removeValue(forKey: learner) { learnerByIIN[person.iin.value] = nil }
    consents = consents.filter { $0.value.learner != learner }
  }

  /// Writes the files atomically (each: temp, fsync, rename, fsync of the directory), 0600:
  /// the erasure register first, so a crash can leave an erased person in `people.csv` (and
  /// `jol forget` run again finishes) but never a person gone without their erasure noted.
  /// `people.csv` is followed by its index (``VaultIndex``), derived and rebuilt when missing.
  func save(fileSystem: any FileSystem = PosixFileSystem()) throws {
    try fileSystem.makeDirectory(directory)
    let writer = Self.writer
    try saveErasures(fileSystem: fileSystem, writer: writer)
    let (peopleBytes, entries) = Self.peopleBytes(people.values)
    // The old index goes first: one left behind by a failed write below could still list an
    // erased person's IIN. Without one, readers read the whole vault until a writer rebuilds it.
    let indexPath = directory + "/" + VaultIndex.fileName
    if (try? fileSystem.status(indexPath)) != nil { try fileSystem.unlink(indexPath) }
    let peoplePath = directory + "/" + Self.peopleFile
    try AtomicFile.write(peopleBytes, to: peoplePath, fileSystem: fileSystem)
    try? VaultIndex.write(entries, of: peopleBytes, at: peoplePath, fileSystem: fileSystem)
    let consentRows = consents.values.sorted { $0.reference < $1.reference }.map { consent in
      [
        consent.reference, consent.learner.rawValue, consent.givenBy.rawValue,
        consent.representative, consent.purpose, consent.givenOn.description,
        consent.validUntil?.description ?? "", consent.withdrawnOn?.description ?? "",
      ]
    }
    try AtomicFile.write(
      writer.bytes(header: Self.consentColumns.map(\.name), records: consentRows),
      to: directory + "/" + Self.consentsFile, fileSystem: fileSystem)
    try saveMentors(fileSystem: fileSystem, writer: writer)
  }

  /// How the vault's files are written. Safe to open in a spreadsheet (`=HYPERLINK(…)` in a name
  /// stays text), losslessly: ``rows(_:path:columns:)`` takes the `'` off again.
  static let writer = CSVWriter(
    delimiter: .comma, lineEnding: .lf, writesByteOrderMark: false, escapesFormulas: true)

  /// `people.csv` as ``save(fileSystem:)`` writes it (people in learner id order), and where
  /// each person's row lies in it, for the index. The rows are written on every core, in
  /// pieces of the order, then put one after the other.
  /// - Complexity: O(n log n) in the number of people.
  static func peopleBytes(_ people: some Collection<Person>) -> (
    bytes: [UInt8], entries: [VaultIndex.Entry]
  ) {
    let all = Array(people)
    let order = StringOrder.sorted(Array(all.indices)) { all[$0].learner.rawValue }
    // Each piece's rows, and their entries at offsets from the piece's start.
    let pieces = all.withUnsafeBufferPointer { all in
      Parallel.map(slicing: order.indices, minimumPiece: 4096) { range in
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 * range.count)
        var entries: [VaultIndex.Entry] = []
        entries.reserveCapacity(range.count)
        for position in order[range] {
          // Read in place: a copy of the person would count a reference on each string.
          let person = all.baseAddress! + position
          let start = bytes.count
          writer.appendRecord(
            [
              person.pointee.learner.rawValue, person.pointee.iin.value, person.pointee.surname,
              person.pointee.name, person.pointee.patronymic, person.pointee.phone,
              person.pointee.email, person.pointee.birthDate?.description ?? "",
            ], to: &bytes)
          entries.append(
            VaultIndex.Entry(
              iin: person.pointee.iin, offset: UInt64(start),
              length: UInt32(bytes.count - start)))
        }
        return (bytes, entries)
      }
    }
    var bytes: [UInt8] = []
    writer.appendRecord(peopleColumns.map(\.name), to: &bytes)
    bytes.reserveCapacity(bytes.count + pieces.reduce(0) { $0 + $1.0.count })
    var entries: [VaultIndex.Entry] = []
    entries.reserveCapacity(all.count)
    for (piece, pieceEntries) in pieces {
      let base = UInt64(bytes.count)
      bytes += piece
      for var entry in pieceEntries {
        entry.offset += base
        entries.append(entry)
      }
    }
    return (bytes, entries)
  }
}

extension Vault {
  static let peopleColumns = [
    CSVColumn("learner_id"), CSVColumn("iin"), CSVColumn("surname"), CSVColumn("name"),
    CSVColumn("patronymic"), CSVColumn("phone"), CSVColumn("email"),
    // Optional: vaults written before birth dates were imported have no such column.
    CSVColumn("birth_date", required: false),
  ]
  static let consentColumns = [
    CSVColumn("reference"), CSVColumn("learner_id"), CSVColumn("given_by"),
    CSVColumn("representative"), CSVColumn("purpose"), CSVColumn("given_on"),
    CSVColumn("valid_until"), CSVColumn("withdrawn_on"),
  ]

  /// Reads the vault in `directory`; an absent vault is empty.
  /// - Parameter earlier: a vault of the same directory read earlier in this process. Its people
  ///   are taken when `people.csv` is the very file it read (the same ``FileIdentity``: Jol
  ///   replaces the file whole, by a rename, so another content is another file), which saves
  ///   reading a million people twice; the other files, small, are read again.
  /// - Throws: ``CommandError`` (65) naming the file, line and column of a damaged record.
  static func load(
    directory: String, fileSystem: any FileSystem = PosixFileSystem(), reusing earlier: Vault? = nil
  ) throws -> Vault {
    var vault = Vault(directory: directory)
    let peoplePath = directory + "/" + peopleFile
    if fileSystem.exists(peoplePath) {
      let file = try fileSystem.open(peoplePath, .read)
      defer { fileSystem.close(file) }
      let identity = try fileSystem.identity(file, path: peoplePath)
      vault.peopleSource = identity
      if let earlier, earlier.directory == directory, earlier.peopleSource == identity {
        (vault.people, vault.learnerByIIN) = (earlier.people, earlier.learnerByIIN)
      } else {
        let bytes = try fileSystem.bytes(file, at: 0, count: Int(identity.size), path: peoplePath)
        (vault.people, vault.learnerByIIN) = try Self.people(bytes, path: peoplePath)
      }
    }
    let consentsPath = directory + "/" + consentsFile
    if let bytes = try readIfPresent(consentsPath, fileSystem) {
      for row in try rows(bytes, path: consentsPath, columns: consentColumns) {
        let c = consentColumns
        guard let givenBy = Consent.GivenBy(rawValue: try row.value(c[2])),
          let givenOn = CivilDate(try row.value(c[5]))
        else { throw damaged(consentsPath, line: row.line, what: "given_by/given_on") }
        vault.upsert(
          Consent(
            reference: try row.value(c[0]), learner: LearnerID(try row.value(c[1])),
            givenBy: givenBy, representative: row[c[3]] ?? "", purpose: row[c[4]] ?? "",
            givenOn: givenOn, validUntil: row.optionalValue(c[6]).flatMap(CivilDate.init),
            withdrawnOn: row.optionalValue(c[7]).flatMap(CivilDate.init)))
      }
    }
    try vault.loadMentors(fileSystem: fileSystem)
    try vault.loadErasures(fileSystem: fileSystem)
    return vault
  }

  /// The people of `people.csv` by learner id, and their learner ids by IIN: the vault's own
  /// tables, each key hashed once.
  /// - Throws: ``CommandError`` (65) naming the line of a damaged record, or of an IIN or a
  ///   learner id listed twice (a second entry would silently map a person to the wrong history).
  static func people(_ bytes: [UInt8], path: String) throws -> (
    byLearner: [LearnerID: Person], learnerByIIN: [String: LearnerID]
  ) {
    let rows = try rows(bytes, path: path, columns: peopleColumns)
    // Each row is read alone, on every core (``Parallel``); the rows are then checked in file
    // order, so the first problem reported is the one reading row after row finds.
    let pieces = Parallel.map(slicing: rows.indices) { range -> ([Person], (any Error)?) in
      var read: [Person] = []
      read.reserveCapacity(range.count)
      do {
        for row in rows[range] { read.append(try Self.person(row, path: path)) }
        return (read, nil)
      } catch {
        return (read, error)
      }
    }
    var byLearner: [LearnerID: Person] = [:]
    byLearner.reserveCapacity(rows.count)
    var learnerByIIN: [String: LearnerID] = [:]
    learnerByIIN.reserveCapacity(rows.count)
    /// The line of the first person read that `repeats` holds for, once a repeat is found.
    func lineOfFirst(where repeats: (Person) -> Bool) -> Int {
      var position = 0
      for (people, _) in pieces {
        for person in people {
          if repeats(person) { return rows[position].line }
          position += 1
        }
      }
      return 0
    }
    var read = 0
    for (people, failure) in pieces {
      for person in people {
        let line = rows[read].line
        read += 1
        if learnerByIIN.updateValue(person.learner, forKey: person.iin.value) != nil {
          let first = lineOfFirst { $0.iin == person.iin }
          throw damaged(path, line: line, what: "IIN \(person.iin.masked) also on line \(first)")
        }
        if byLearner.updateValue(person, forKey: person.learner) != nil {
          let first = lineOfFirst { $0.learner == person.learner }
          throw damaged(
            path, line: line, what: "learner_id \(person.learner.rawValue) also on line \(first)")
        }
      }
      if let failure { throw failure }
    }
    return (byLearner, learnerByIIN)
  }

  /// The person a row of `people.csv` holds.
  /// - Throws: ``CommandError`` (65) naming the line of a missing or malformed field.
  static func person(_ row: CSVRow, path: String) throws -> Person {
    let c = peopleColumns
    guard case .success(let iin) = IIN.parse(try row.value(c[1])) else {
      throw damaged(path, line: row.line, what: "IIN")
    }
    var birthDate: CivilDate?
    if let text = row.optionalValue(c[7]) {
      guard let date = CivilDate(text) else {
        throw damaged(path, line: row.line, what: "birth_date")
      }
      birthDate = date
    }
    return Person(
      learner: LearnerID(try row.value(c[0])), iin: iin, surname: row[c[2]] ?? "",
      name: row[c[3]] ?? "", patronymic: row[c[4]] ?? "", phone: row[c[5]] ?? "",
      email: row[c[6]] ?? "", birthDate: birthDate)
  }

  private static func readIfPresent(_ path: String, _ fileSystem: any FileSystem) throws
    -> [UInt8]?
  {
    guard fileSystem.exists(path) else { return nil }
    return try fileSystem.readFile(path)
  }

  /// The records of a vault file, each field as it was before ``save(fileSystem:)`` escaped it.
  static func rows(_ bytes: [UInt8], path: String, columns: [CSVColumn]) throws
    -> [CSVRow]
  {
    do {
      var table = try CSVReader.parse(bytes, fileName: path)
      table.unescapeFormulas()
      return try table.bind(columns: columns)
    } catch {
      throw CommandError(error.message, exitCode: .dataError)
    }
  }

  static func damaged(_ path: String, line: Int, what: String) -> CommandError {
    CommandError(
      StoreText.damaged.text(["path": path, "line": String(line), "what": what]),
      exitCode: .dataError)
  }
}
