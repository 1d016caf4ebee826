import Foundation
import JolModel
import Testing

@testable import JolApp

/// The vault is checked: one entry per IIN and per learner id, and an entry for every learner
/// stream of the log that was not erased. A vault that does not match is reported with its
/// file and line, and nothing is written.
@Suite struct VaultCheckTests {
  func bed() throws -> ImportTestbed {
    let bed = try ImportTestbed()
    try bed.importBasics()
    return bed
  }

  var writers: [[String]] {
    [
      ["import", "learners", "roster.csv"],
      ["forget", "070514500011", "--reason", "request 5"],
      ["round", "run", "--policy", "akim-named-scholarship", "--as-of", "2026-10-15"],
    ]
  }

  @Test(arguments: ["iin", "learner_id"])
  func aDuplicatedEntryIsReportedWithItsLines(_ column: String) throws {
    let bed = try bed()
    let path = bed.data + "/vault/people.csv"
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(
      String.init)
    var copy = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    if column == "iin" {
      copy[0] = "L0000000000000bad"
    } else {
      copy[1] = "000229500018"
    }
    lines.append(copy.joined(separator: ","))
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let before = try fingerprint(bed.data)
    let show = bed.jol(["learner", "show", "080315600016"])
    #expect(show.exitCode == 65)
    #expect(show.stderr.contains("people.csv:5"), "\(show.stderr)")
    #expect(show.stderr.contains("also on line 2"))
    for command in writers {
      let result = bed.jol(command)
      #expect(result.exitCode == 65, "\(command): \(result.stderr)")
    }
    #expect(try fingerprint(bed.data) == before)
  }

  @Test func aLostVaultIsReportedAndNothingIsRegisteredAgain() throws {
    let bed = try bed()
    try FileManager.default.removeItem(atPath: bed.data + "/vault/people.csv")
    let before = try fingerprint(bed.data)
    let result = bed.jol(["import", "learners", "roster.csv"])
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("lacks the entries of 3 learners"), "\(result.stderr)")
    #expect(result.stderr.contains("restore the vault"))
    let round = bed.jol(writers[2])
    #expect(round.exitCode == 65, "\(round.stderr)")
    #expect(try fingerprint(bed.data) == before)
    let (state, _) = try bed.stateAndVault()
    #expect(state.learners.count == 3, "no learner registered twice")
  }

  /// A state large enough to be looked at on every core, learners registered in no order of
  /// their ids; those at positions `erasedAt` erased.
  static func state(learners count: Int, erasedAt erased: (Int) -> Bool) -> ClusterState {
    var state = IntakeState(ClusterState())
    let date = CivilDate("2026-09-01")!
    for number in 0..<count {
      let stream = StreamName.learner(LearnerID("L\((number * 7_919) % count)"))
      state.apply(
        EventDraft(
          stream: stream, effective: date,
          event: .learnerRegistered(
            LearnerRegistered(
              school: "SCH-1", grade: 9, className: "А", language: .kk, district: "351010000",
              region: "35"))))
      if erased(number) {
        state.apply(
          EventDraft(
            stream: stream, effective: date, event: .learnerErased(LearnerErased(reason: "r"))))
      }
    }
    return state.state
  }

  /// Of many learners lacking an entry (or an erasure), the message counts them all and names
  /// the first five in the state's order, as one look at learner after learner finds them.
  @Test func aLargeStatesMissingEntriesAreCountedAndTheFirstNamed() throws {
    let state = Self.state(learners: 40_000) { $0 % 10 == 3 }
    let ids = state.learners.map(\.id)
    let erased = Set(ids.enumerated().filter { $0.offset % 20 == 3 }.map(\.element))
    let lacking = Set(ids.enumerated().filter { $0.offset % 1_000 == 998 }.map(\.element))
    func message(erased: Set<LearnerID>) -> String? {
      do {
        try Vault.checkCovers(
          state, directory: "vault", erased: erased, hasEntry: { !lacking.contains($0) })
        return nil
      } catch {
        return (error as? CommandError)?.message.en
      }
    }
    let first = { (ids: [LearnerID]) in ids.prefix(5).map(\.rawValue).joined(separator: ", ") }
    // Half the erased learners lack their erasure: those are reported first.
    let erasures = try #require(message(erased: erased))
    let withoutErasure = ids.enumerated().filter { $0.offset % 10 == 3 && $0.offset % 20 != 3 }
    #expect(
      erasures.contains("lacks \(withoutErasure.count) learners the log records as erased"),
      "\(erasures)")
    #expect(erasures.contains(first(withoutErasure.map(\.element)) + ", …"), "\(erasures)")
    // With every erasure registered, the learners without an entry.
    let allErased = Set(ids.enumerated().filter { $0.offset % 10 == 3 }.map(\.element))
    let entries = try #require(message(erased: allErased))
    let missing = ids.filter { lacking.contains($0) && !allErased.contains($0) }
    #expect(entries.contains("lacks the entries of \(missing.count) learners"), "\(entries)")
    #expect(entries.contains(first(missing) + ", …"), "\(entries)")
    #expect(message(erased: allErased.union(lacking)) == nil)
  }
}
