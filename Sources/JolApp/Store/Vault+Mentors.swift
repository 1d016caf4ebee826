import JolLog
import JolModel

/// A mentor's personal data, as only the vault holds it: the log knows a mentor by code alone
/// (`mentor.registered` has no name field). Kept when `jol import mentors` has the columns;
/// shown only by `jol mentors show --names`.
struct MentorContact: Hashable, Sendable {
  var mentor: MentorID
  var surname: String
  var name: String
  var patronymic: String
  var phone: String
  var email: String

  /// "Surname Name Patronymic"; empty when the file gave no name.
  var fullName: String {
    [surname, name, patronymic].filter { !$0.isEmpty }.joined(separator: " ")
  }
}

/// `vault/mentors.csv`: `mentor_id, surname, name, patronymic, phone, email`, one row per mentor
/// whose import file had any of them. Written and replaced with the vault's other files (0600,
/// atomically); a vault written before mentors were kept has no such file and reads as none.
extension Vault {
  static let mentorsFile = "mentors.csv"
  static let mentorColumns = [
    CSVColumn("mentor_id"), CSVColumn("surname"), CSVColumn("name"), CSVColumn("patronymic"),
    CSVColumn("phone"), CSVColumn("email"),
  ]

  /// Adds or replaces a mentor's contact.
  mutating func upsert(_ contact: MentorContact) { mentors[contact.mentor] = contact }

  /// Deletes what the vault holds about a mentor.
  mutating func erase(_ mentor: MentorID) { mentors[mentor] = nil }

  /// Writes `mentors.csv` (only once a mentor was kept: an older vault stays as it was).
  func saveMentors(fileSystem: any FileSystem, writer: CSVWriter) throws {
    let path = directory + "/" + Self.mentorsFile
    guard !mentors.isEmpty || fileSystem.exists(path) else { return }
    let rows = mentors.values.sorted { $0.mentor < $1.mentor }.map { contact in
      [
        contact.mentor.rawValue, contact.surname, contact.name, contact.patronymic, contact.phone,
        contact.email,
      ]
    }
    try AtomicFile.write(
      writer.bytes(header: Self.mentorColumns.map(\.name), records: rows), to: path,
      fileSystem: fileSystem)
  }

  /// Reads `mentors.csv`, when present.
  /// - Throws: ``CommandError`` 65 naming the line of a mentor listed twice.
  mutating func loadMentors(fileSystem: any FileSystem) throws {
    let path = directory + "/" + Self.mentorsFile
    guard fileSystem.exists(path) else { return }
    let c = Self.mentorColumns
    var lineOfMentor: [MentorID: Int] = [:]
    for row in try Self.rows(try fileSystem.readFile(path), path: path, columns: c) {
      let mentor = MentorID(try row.value(c[0]))
      if let first = lineOfMentor.updateValue(row.line, forKey: mentor) {
        throw Self.damaged(
          path, line: row.line, what: "mentor_id \(mentor.rawValue) also on line \(first)")
      }
      upsert(
        MentorContact(
          mentor: mentor, surname: row[c[1]] ?? "", name: row[c[2]] ?? "",
          patronymic: row[c[3]] ?? "", phone: row[c[4]] ?? "", email: row[c[5]] ?? ""))
    }
  }
}
