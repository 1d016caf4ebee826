import Foundation
import JolModel
import Synchronization
import Testing

@testable import JolApp

/// Erased people stay erased: the reason of an erasure holds no personal data, the vault keeps
/// a register of erasures by keyed hash (never the IIN), a roster imported again does not bring
/// the person back unless the operator re-registers them on purpose — whatever the order of a
/// concurrent `forget` and import — and a refused command leaves the directory as it was.
@Suite struct ErasureTests {
  static let erased = "080315600016"  // Ахметова Аружан in the Kazakh roster

  func bedWithRoster() throws -> ImportTestbed {
    let bed = try ImportTestbed()
    try bed.importBasics()
    return bed
  }

  @Test(arguments: [
    "request of Сейітова Дана 090103668510 +77017770001", "request 17, IIN 070514500011",
    "call 8 701 777 00 01", "from aruzhan@example.kz", "request of Ахметова",
    "Бекенов asked", "esc \u{1B}[2J\u{1B}[31m", "bidi \u{202E}txet",
    String(repeating: "x", count: 600), "tel +7 (701) 123-45-67", "req １１０６１９６０００１７",
    "Ахм\u{00AD}етова", "req\u{200B}17", "mail a.b＠mail.kz", "bad \u{FFFD} byte",
    "tag \u{E0041}", "req ٠٧٠٥١٤٥٠٠٠١١", "req 070_514_500_011", "req 070/514/500/011",
    "req 0705:1450:0011", "tel 8_701_555_12_34", "req 0\u{034F}70514500011", "ok \u{FE0F}",
    "ok \u{3164}",
  ])
  func aReasonWithPersonalDataIsRefusedAndChangesNothing(_ reason: String) throws {
    let bed = try bedWithRoster()
    let before = try fingerprint(bed.data)
    let result = bed.jol(["forget", Self.erased, "--reason", reason])
    #expect(result.exitCode == 64, "\(reason): \(result.stderr)")
    #expect(result.stderr.contains("no personal data"))
    for secret in ["090103668510", "070514500011", "77017770001", "aruzhan@"] {
      #expect(!result.stderr.contains(secret))
    }
    #expect(try fingerprint(bed.data) == before, "\(reason)")
  }

  @Test func anUnknownIINChangesNothingNotEvenTheLock() throws {
    let bed = try bedWithRoster()
    let before = try fingerprint(bed.data)
    #expect(bed.jol(["forget", "000229500018", "--reason", "request 17"]).exitCode == 66)
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func aRosterImportedAgainDoesNotBringThePersonBack() throws {
    let bed = try bedWithRoster()
    let (_, vaultBefore) = try bed.stateAndVault()
    let oldID = try #require(vaultBefore.person(iin: Self.erased)).learner
    #expect(bed.jol(["forget", Self.erased, "--reason", "request 2026/17"]).exitCode == 0)
    let before = try fingerprint(bed.data)

    let again = bed.jol(["import", "learners", "roster.csv", "--format", "json"])
    #expect(again.exitCode == 65, "\(again.stdout)")
    #expect(again.stdout.contains("was erased on"), "\(again.stdout)")
    #expect(again.stdout.contains("--re-register"))
    #expect(!again.stdout.contains(Self.erased) && !again.stderr.contains(Self.erased))
    #expect(try fingerprint(bed.data) == before, "nothing written")
    // No file of the data directory holds the IIN — the register holds a keyed hash.
    for (path, bytes) in contentsOfTree(bed.data) {
      #expect(!String(decoding: bytes, as: UTF8.self).contains(Self.erased), "\(path)")
    }
    #expect(FileManager.default.fileExists(atPath: bed.data + "/vault/erasures.csv"))

    // On purpose, with a reason: registered again under a new id; the old stream stays erased.
    let back = bed.jol([
      "import", "learners", "roster.csv", "--re-register", "--reason", "returned, consent 2026/31",
    ])
    #expect(back.exitCode == 0, "\(back.stderr)")
    let (state, vault) = try bed.stateAndVault()
    let person = try #require(vault.person(iin: Self.erased))
    #expect(person.learner != oldID)
    #expect(state.learner(oldID)?.erased != nil)
    #expect(state.learner(person.learner)?.erased == nil)
    #expect(bed.jol(["import", "learners", "roster.csv", "--re-register"]).exitCode == 64)
    #expect(bed.jol(["import", "learners", "roster.csv", "--reason", "x"]).exitCode == 64)
  }

  /// `forget` and an import of a roster naming the person, started together: in every order the
  /// person ends up erased (the import either ran first, or is refused, or met the lock).
  @Test func forgetBesideAnImportLeavesThePersonErased() throws {
    for round in 0..<8 {
      let bed = try bedWithRoster()
      let base = [
        "--data", bed.data, "--policies", repositoryRoot + "/Policies", "--lang", "en",
      ]
      let group = DispatchGroup()
      let results = Mutex([JolOutput]())
      for arguments in [
        ["import", "learners", "roster.csv"], ["forget", Self.erased, "--reason", "request 9"],
      ] {
        group.enter()
        DispatchQueue.global().async {
          let output = runJol(arguments + base, workingDirectory: bed.directory)
          results.withLock { $0.append(output) }
          group.leave()
        }
      }
      group.wait()
      let (_, vault) = try bed.stateAndVault()
      let outcomes = results.withLock { $0.map(\.exitCode) }
      if vault.person(iin: Self.erased) != nil {
        // Only possible if forget met the lock (75) and changed nothing.
        #expect(outcomes.contains(75), "round \(round): \(outcomes)")
      }
    }
  }

  /// The register is checked against the log: deleted, emptied, or under another key, it would
  /// let an erased person back in — every writer refuses instead, and nothing changes.
  @Test(arguments: [
    "deleted", "emptied", "key replaced", "check row removed", "code edited", "date edited",
  ])
  func aDamagedRegisterIsRefused(_ damage: String) throws {
    let bed = try bedWithRoster()
    #expect(bed.jol(["forget", Self.erased, "--reason", "request 2026/17"]).exitCode == 0)
    let register = bed.data + "/vault/erasures.csv"
    let text = try String(contentsOfFile: register, encoding: .utf8)
    let lines = text.split(separator: "\n")
    switch damage {
    case "deleted": try FileManager.default.removeItem(atPath: register)
    case "emptied":
      try (String(lines[0]) + "\n").write(toFile: register, atomically: true, encoding: .utf8)
    case "key replaced":
      try (String(repeating: "ab", count: 32) + "\n").write(
        toFile: bed.data + "/vault/key", atomically: true, encoding: .utf8)
    case "check row removed":
      try (lines.filter { !$0.contains("key-check") }.joined(separator: "\n") + "\n").write(
        toFile: register, atomically: true, encoding: .utf8)
    default:
      // A row edited by hand: its code's first digit, or its date.
      var edited = lines.map(String.init)
      let row = try #require(
        edited.firstIndex { !$0.contains("key-check") && !$0.hasPrefix("iin_hmac") })
      if damage == "code edited" {
        let first = edited[row].first == "1" ? "2" : "1"
        edited[row] = first + edited[row].dropFirst()
      } else {
        edited[row] = edited[row].replacingOccurrences(of: ",2026-", with: ",2025-")
      }
      try (edited.joined(separator: "\n") + "\n").write(
        toFile: register, atomically: true, encoding: .utf8)
    }
    let before = try fingerprint(bed.data)
    let again = bed.jol(["import", "learners", "roster.csv"])
    #expect(again.exitCode == 65, "\(damage): \(again.stderr)")
    #expect(again.stderr.contains("erasures.csv"), "the register is named: \(again.stderr)")
    #expect(try fingerprint(bed.data) == before)
    let people = try String(contentsOfFile: bed.data + "/vault/people.csv", encoding: .utf8)
    #expect(!people.contains(Self.erased), "\(damage)")
  }

  @Test(arguments: ["evil\u{1B}[31m", "op \u{202E}x", "clerk 070514500011", "x\ny"])
  func anActorWithPersonalDataOrControlsIsRefused(_ actor: String) throws {
    let bed = try bedWithRoster()
    try bed.export("new.csv", ImportFixtures.rosterRussian)
    let before = try fingerprint(bed.data)
    let result = runJol(
      ["import", "learners", "new.csv", "--data", bed.data, "--lang", "en"],
      environment: ["JOL_ACTOR": actor], workingDirectory: bed.directory)
    #expect(result.exitCode == 64, "\(result.stderr)")
    #expect(result.stderr.contains("JOL_ACTOR"))
    #expect(try fingerprint(bed.data) == before)
  }
}
