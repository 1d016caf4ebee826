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
  func save(fileSystem: any FileSystem = PosixFileSystem()) throws {
    try fileSystem.makeDirectory(directory)
    // Safe to open in a spreadsheet (`=HYPERLINK(…)` in a name stays text), losslessly: `rows`
    // takes the `'` off again.
    let writer = CSVWriter(
      delimiter: .comma, lineEnding: .lf, writesByteOrderMark: false, escapesFormulas: true)
    try saveErasures(fileSystem: fileSystem, writer: writer)
    let peopleRows = people.values.sorted { $0.learner < $1.learner }.map { person in
      [
        person.learner.rawValue, person.iin.value, person.surname, person.name, person.patronymic,
        person.phone, person.email, person.birthDate?.description ?? "",
      ]
    }
    try AtomicFile.write(
      writer.bytes(header: Self.peopleColumns.map(\.name), records: peopleRows),
      to: directory + "/" + Self.peopleFile, fileSystem: fileSystem)
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
  /// - Throws: ``CommandError`` (65) naming the file, line and column of a damaged record.
  static func load(directory: String, fileSystem: any FileSystem = PosixFileSystem()) throws
    -> Vault
  {
    var vault = Vault(directory: directory)
    let peoplePath = directory + "/" + peopleFile
    if let bytes = try readIfPresent(peoplePath, fileSystem) {
      let rows = try rows(bytes, path: peoplePath, columns: peopleColumns)
      vault.people.reserveCapacity(rows.count)
      vault.learnerByIIN.reserveCapacity(rows.count)
      var lineOfIIN: [String: Int] = [:]
      var lineOfLearner: [String: Int] = [:]
      for row in rows {
        let c = peopleColumns
        let iinText = try row.value(c[1])
        guard case .success(let iin) = IIN.parse(iinText) else {
          throw damaged(peoplePath, line: row.line, what: "IIN")
        }
        // One entry per IIN and per learner id: a second one would silently map a person to
        // the wrong history.
        if let first = lineOfIIN.updateValue(row.line, forKey: iin.value) {
          throw damaged(
            peoplePath, line: row.line, what: "IIN \(iin.masked) also on line \(first)")
        }
        var birthDate: CivilDate?
        if let text = row.optionalValue(c[7]) {
          guard let date = CivilDate(text) else {
            throw damaged(peoplePath, line: row.line, what: "birth_date")
          }
          birthDate = date
        }
        let learnerText = try row.value(c[0])
        if let first = lineOfLearner.updateValue(row.line, forKey: learnerText) {
          throw damaged(
            peoplePath, line: row.line, what: "learner_id \(learnerText) also on line \(first)")
        }
        vault.upsert(
          Person(
            learner: LearnerID(try row.value(c[0])), iin: iin, surname: row[c[2]] ?? "",
            name: row[c[3]] ?? "", patronymic: row[c[4]] ?? "", phone: row[c[5]] ?? "",
            email: row[c[6]] ?? "", birthDate: birthDate))
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
      return try CSVReader.parse(bytes, fileName: path).unescapingFormulas()
        .bind(columns: columns)
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
