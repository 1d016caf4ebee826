import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// What an import that does not change the vault reads of it (``VaultKeys``): through the index
/// when it is current, else from the whole vault — the same learners either way; and the same
/// refusal as the whole vault's when the vault does not cover the log.
@Suite struct VaultKeysTests {
  /// Every answer the keys give for `people` and for IINs no one has.
  static func answers(_ keys: VaultKeys, _ people: [Person]) -> [String] {
    let strangers = VaultIndexTests.people(5_000..<5_020).map(\.iin)
    return people.map { "\($0.iin.value) \(keys.learner(iin: $0.iin)?.rawValue ?? "-")" }
      + people.map { "\($0.learner.rawValue) \(keys.hasEntry($0.learner))" }
      + strangers.map { "\($0.value) \(keys.learner(iin: $0)?.rawValue ?? "-")" }
      + ["erased \(keys.erased.map(\.rawValue).sorted())"]
  }

  /// Breaks `consents.csv`: a vault read whole refuses it, the keys never read it.
  static func breakConsents(_ directory: String) throws {
    try AtomicFile.write(
      Array("reference,learner_id\nC-1\n".utf8), to: directory + "/" + Vault.consentsFile)
  }

  @Test func theIndexGivesTheWholeVaultsAnswers() throws {
    var vault = try VaultIndexTests.savedVault(VaultIndexTests.people(0..<300))
    vault.recordErasure(
      of: vault.people.values.first!.iin, learner: vault.people.values.first!.learner,
      on: CivilDate("2026-10-01")!)
    vault.erase(vault.people.values.first!.learner)
    try vault.save()
    let people = Array(vault.people.values)
    let expected = Self.answers(VaultKeys(try Vault.load(directory: vault.directory)), people)
    #expect(expected.contains { $0.hasPrefix("erased [\"L") })
    // Read through the index: a damaged consents file, which the keys do not need, shows it.
    try Self.breakConsents(vault.directory)
    #expect(throws: CommandError.self) { try Vault.load(directory: vault.directory) }
    #expect(Self.answers(try VaultKeys.load(directory: vault.directory), people) == expected)
  }

  @Test(arguments: VaultIndexTests.damages.indices)
  func aDamagedIndexIsNotBelievedTheVaultIsReadWhole(_ damage: Int) throws {
    let vault = try VaultIndexTests.savedVault(VaultIndexTests.people(1..<120))
    let people = Array(vault.people.values)
    let expected = Self.answers(VaultKeys(vault), people)
    let indexPath = vault.directory + "/" + VaultIndex.fileName
    let (what, change) = VaultIndexTests.damages[damage]
    try AtomicFile.write(change(try VaultIndexTests.indexBytes(vault.directory)), to: indexPath)
    let keys = try VaultKeys.load(directory: vault.directory)
    #expect(Self.answers(keys, people) == expected, "\(what)")
    // Read whole: the damaged consents file is reported.
    try Self.breakConsents(vault.directory)
    #expect(throws: CommandError.self, "\(what)") {
      try VaultKeys.load(directory: vault.directory)
    }
  }

  @Test func aVaultChangedAfterItsIndexIsReadWhole() throws {
    let vault = try VaultIndexTests.savedVault(VaultIndexTests.people(1..<50))
    let path = vault.directory + "/" + Vault.peopleFile
    // A row removed by hand: the index still lists it; the keys must not.
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let removed = try #require(vault.people.values.first { !$0.patronymic.contains("\n") })
    lines.removeAll { $0.hasPrefix(removed.learner.rawValue + ",") }
    try AtomicFile.write(Array(lines.joined(separator: "\n").utf8), to: path)
    let keys = try VaultKeys.load(directory: vault.directory)
    #expect(keys.learner(iin: removed.iin) == nil)
    #expect(!keys.hasEntry(removed.learner))
    let kept = try #require(vault.people.values.first { $0.learner != removed.learner })
    #expect(keys.learner(iin: kept.iin) == kept.learner)
  }

  @Test func aLearnerIdWrittenQuotedIsReadByTheCSVReader() throws {
    // Jol's ids never need quoting, but the keys must not take a quoted field's bytes as an id.
    var people = VaultIndexTests.people(1..<20)
    people[3].learner = LearnerID("L,\"3\"")
    people[4].learner = LearnerID("-L4")  // written as a formula, with a leading '
    let vault = try VaultIndexTests.savedVault(people)
    let keys = try VaultKeys.load(directory: vault.directory)
    #expect(keys.learner(iin: people[3].iin) == LearnerID("L,\"3\""))
    #expect(keys.learner(iin: people[4].iin) == LearnerID("-L4"))
    #expect(Self.answers(keys, people) == Self.answers(VaultKeys(vault), people))
  }

  @Test func anImportThatDoesNotChangeTheVaultRefusesAVaultThatLostEntries() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("stages.csv", ImportFixtures.stages)
    let path = bed.data + "/vault/people.csv"
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    try AtomicFile.write(
      Array((lines.dropLast().joined(separator: "\n") + "\n").utf8), to: path)
    let before = try fingerprint(bed.data)
    let result = bed.jol(["import", "stages", "stages.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("lacks the entries of 1 learners"), "\(result.stderr)")
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func anImportThatDoesNotChangeTheVaultRefusesALostErasureRegister() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    #expect(bed.jol(["forget", "100101500012", "--reason", "request 5"]).exitCode == 0)
    try FileManager.default.removeItem(atPath: bed.data + "/vault/" + Vault.erasuresFile)
    try bed.export("stages.csv", ImportFixtures.stages)
    let before = try fingerprint(bed.data)
    let result = bed.jol(["import", "stages", "stages.csv"])
    #expect(result.exitCode == 65, "\(result.stderr)")
    #expect(result.stderr.contains(Vault.erasuresFile), "\(result.stderr)")
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func anImportThatDoesNotChangeTheVaultFindsItsLearnersThroughTheIndex() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    try bed.export("stages.csv", ImportFixtures.stages)
    // consents.csv is damaged while the file is imported: only a read of the whole vault
    // would stop at it.
    let consents = bed.data + "/vault/" + Vault.consentsFile
    let kept = try PosixFileSystem().readFile(consents)
    try Self.breakConsents(bed.data + "/vault")
    let result = bed.jol(["import", "stages", "stages.csv", "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(try ImportTestbed.summary(result)["appended"] as? Int == 3)
    try AtomicFile.write(kept, to: consents)
    let (state, vault) = try bed.stateAndVault()
    let pupil = try #require(vault.person(iin: "080315600016")?.learner)
    #expect(state.learner(pupil)?.current?.placement.stage == .college)
  }
}
