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
}
