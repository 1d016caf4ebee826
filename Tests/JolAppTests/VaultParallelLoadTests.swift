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
