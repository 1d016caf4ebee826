import Foundation
import JolModel
import Testing

@testable import JolApp

/// `people.csv` is read on every core, in pieces: every person comes back, and of several
/// problems the one reported is the first in the file, as reading row after row finds.
@Suite struct VaultParallelLoadTests {
  static func people(_ count: Int) -> [Person] {
    var generator = SyntheticGenerator(seed: 5)
    let region = generator.region(learners: count)
    return region.learners.enumerated().map { index, learner in
      Person(
        learner: LearnerID("L" + String(1_000_000 + index)), iin: learner.person.iin,
        surname: learner.person.surname, name: learner.person.name,
        patronymic: learner.person.patronymic, phone: "", email: "",
        birthDate: learner.person.birthDate)
    }
  }

  /// `people.csv` of `people`, its lines as written (the header first).
  static func lines(_ people: [Person]) -> [String] {
    String(decoding: Vault.peopleBytes(people).bytes, as: UTF8.self)
      .split(separator: "\n").map(String.init)
  }

  static func message(_ lines: [String]) -> String? {
    do {
      _ = try Vault.people(Array((lines.joined(separator: "\n") + "\n").utf8), path: "people.csv")
      return nil
    } catch let error as CommandError {
      return error.message.en
    } catch {
      return "\(error)"
    }
  }

  @Test func everyPersonComesBack() throws {
    let people = Self.people(3_000)
    let bytes = Vault.peopleBytes(people).bytes
    let read = try Vault.people(bytes, path: "people.csv")
    #expect(read.byLearner.count == people.count)
    for person in people {
      #expect(read.byLearner[person.learner] == person)
      #expect(read.learnerByIIN[person.iin.value] == person.learner)
    }
  }

  /// `people.csv` is written on every core too, in pieces: the same bytes as one row after
  /// another in learner id order, and each entry of the index at its person's row.
  @Test func theFileWrittenInPiecesIsTheFileWrittenRowByRow() throws {
    let people = Self.people(20_000).shuffled()
    let (bytes, entries) = Vault.peopleBytes(people)
    var expected: [UInt8] = []
    Vault.writer.appendRecord(Vault.peopleColumns.map(\.name), to: &expected)
    var rows: [(start: Int, person: Person)] = []
    for person in people.sorted(by: { $0.learner < $1.learner }) {
      rows.append((expected.count, person))
      Vault.writer.appendRecord(
        [
          person.learner.rawValue, person.iin.value, person.surname, person.name,
          person.patronymic, person.phone, person.email, person.birthDate?.description ?? "",
        ], to: &expected)
    }
    #expect(bytes == expected)
    #expect(entries.count == rows.count)
    for (entry, row) in zip(entries, rows) {
      #expect(entry.offset == UInt64(row.start))
      #expect(entry.key == VaultIndex.Entry.key(row.person.iin))
      let line = String(
        decoding: bytes[Int(entry.offset)..<Int(entry.offset) + Int(entry.length)], as: UTF8.self)
      #expect(line.hasPrefix(row.person.learner.rawValue + ",") && line.hasSuffix("\n"))
    }
  }

  /// A vault read again in the same process takes the people of the earlier read only while
  /// `people.csv` is the file it read: once replaced (as Jol writes it, or by hand, even with
  /// the same size), the new file is read.
  @Test func aVaultReadAgainReadsAReplacedPeopleFile() throws {
    let directory = FileManager.default.temporaryDirectory.path + "/jol-vault-\(UUID())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let people = Self.people(10)
    var vault = Vault(directory: directory)
    for person in people.prefix(9) { vault.upsert(person) }
    try vault.save()
    let first = try Vault.load(directory: directory)
    #expect(first.people.count == 9)
    let same = try Vault.load(directory: directory, reusing: first)
    #expect(same.people == first.people && same.learnerByIIN == first.learnerByIIN)

    // Replaced by a writer: one person more.
    vault.upsert(people[9])
    try vault.save()
    let after = try Vault.load(directory: directory, reusing: first)
    #expect(after.people.count == 10 && after.people[people[9].learner] == people[9])
    #expect(after.learnerByIIN[people[9].iin.value] == people[9].learner)

    // Replaced by hand with bytes of the same length: a name changed.
    let path = directory + "/" + Vault.peopleFile
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let renamed = people[0].surname.uppercased()
    #expect(renamed != people[0].surname && renamed.utf8.count == people[0].surname.utf8.count)
    try text.replacingOccurrences(of: people[0].surname, with: renamed)
      .write(toFile: path, atomically: true, encoding: .utf8)
    let edited = try Vault.load(directory: directory, reusing: after)
    #expect(edited.people[people[0].learner]?.surname == renamed)

    // Gone: the vault is empty, whatever was read before.
    try FileManager.default.removeItem(atPath: path)
    #expect(try Vault.load(directory: directory, reusing: edited).people.isEmpty)
  }

  @Test func theFirstProblemInTheFileIsReported() throws {
    var lines = Self.lines(Self.people(3_000))
    // A repeated IIN early on, a damaged IIN late in the file (in another piece).
    let repeated = lines[2].split(separator: ",", omittingEmptySubsequences: false)
    var second = lines[3].split(separator: ",", omittingEmptySubsequences: false)
    second[1] = repeated[1]
    lines[3] = second.joined(separator: ",")
    var late = lines[2_900].split(separator: ",", omittingEmptySubsequences: false)
    late[1] = "12345"
    lines[2_900] = late.joined(separator: ",")
    let duplicate = try #require(Self.message(lines))
    #expect(
      duplicate.hasPrefix("people.csv:4:") && duplicate.contains("also on line 3"), "\(duplicate)")

    // A learner id repeated far from its first line (another piece), before the damaged IIN.
    var copied = lines
    copied[3] = Self.lines(Self.people(3_000))[3]
    var again = copied[2_500].split(separator: ",", omittingEmptySubsequences: false)
    again[0] = copied[10].split(separator: ",", omittingEmptySubsequences: false)[0]
    copied[2_500] = again.joined(separator: ",")
    let repeatedID = try #require(Self.message(copied))
    #expect(
      repeatedID.hasPrefix("people.csv:2501:") && repeatedID.contains("learner_id")
        && repeatedID.contains("also on line 11"), "\(repeatedID)")

    // Without the repeat, the damaged IIN is reported, at its line.
    lines[3] = Self.lines(Self.people(3_000))[3]
    let damaged = try #require(Self.message(lines))
    #expect(damaged.hasPrefix("people.csv:2901:") && damaged.contains("(IIN)"), "\(damaged)")
  }
}
