import JolModel
import Testing

@testable import JolApp

/// A reason holding a name the vault holds for anyone is refused, however large the vault
/// (the people are looked through on every core, each name part worked out once): the answer
/// is the one the definition gives — a word of the text, lowercased, is a word of a surname,
/// name or patronymic of three letters or more, lowercased and split at spaces.
@Suite struct FreeTextNameTests {
  static func vault() -> Vault {
    var vault = Vault(directory: "/nonexistent")
    for person in VaultParallelLoadTests.people(20_000) { vault.upsert(person) }
    var generator = SyntheticGenerator(seed: 9)
    let extra = generator.region(learners: 3).learners.map(\.person.iin)
    let odd = [("Ли", "Ан Мария", "Ёлкина-Бек"), ("O'Neil", "Ив", "ƏЛИЯ")]
    for ((surname, name, patronymic), iin) in zip(odd, extra) {
      vault.upsert(
        Person(
          learner: LearnerID("L-odd-" + surname), iin: iin, surname: surname, name: name,
          patronymic: patronymic, phone: "", email: "", birthDate: nil))
    }
    vault.mentors["M-1"] = MentorContact(
      mentor: "M-1", surname: "Тұрсынбекова", name: "Гүлназ", patronymic: "", phone: "",
      email: "")
    return vault
  }

  /// The names as the definition reads: every word of every part of three letters or more.
  static func names(_ vault: Vault) -> Set<String> {
    let parts =
      vault.people.values.flatMap { [$0.surname, $0.name, $0.patronymic] }
      + vault.mentors.values.flatMap { [$0.surname, $0.name, $0.patronymic] }
    var names = Set<String>()
    for part in parts where part.count >= 3 {
      for word in part.lowercased().split(whereSeparator: \.isWhitespace) {
        names.insert(String(word))
      }
    }
    return names
  }

  @Test func aTextIsRefusedExactlyWhenAWordOfItIsAName() throws {
    let vault = Self.vault()
    let names = Self.names(vault)
    let people = vault.people.values.sorted { $0.learner < $1.learner }
    var texts = [
      "request of the parent", "correction of data", "Ли asked", "request of ли",
      "мария called", "request of АН", "from ЁЛКИНА-БЕК", "from Ёлкина", "by o'neil",
      "ив", "әлия wrote", "ТҰРСЫНБЕКОВА", "гүлназ", "", "—",
    ]
    for person in [people[0], people[9_999], people[people.count - 1]] {
      texts += [
        "request of \(person.surname.uppercased())", "from \(person.name.lowercased())",
        "about \(person.patronymic)", "about \(person.surname)x",
      ]
    }
    for text in texts {
      let words = text.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" }
      let expected = words.contains { names.contains(String($0)) }
      let problem = FreeText.problem(text, vault: vault)
      #expect((problem == Messages.holdsName) == expected, "\(text)")
      #expect(problem == nil || problem == Messages.holdsName, "\(text)")
    }
    // Both ways are met.
    #expect(FreeText.problem("request of \(people[9_999].surname)", vault: vault) != nil)
    #expect(FreeText.problem("request of the parent", vault: vault) == nil)
  }
}
