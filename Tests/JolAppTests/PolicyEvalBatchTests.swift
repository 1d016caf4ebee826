import Foundation
import JolFormat
import JolModel
import JolPolicy
import Synchronization
import Testing

@testable import JolApp

/// `jol policy eval` over a file large enough to be read in pieces and decided in rounds on
/// every core writes what it writes for each line alone, in the file's order.
@Suite struct PolicyEvalBatchTests {
  /// `count` subjects `S0`, `S1`, …, each with the facts of learner `index % 3` of the
  /// command's tests: over a megabyte, so read in more than one piece.
  static let count = 7_001

  func evaluate(_ facts: [String], _ extra: [String]) throws -> JolOutput {
    let directory = try temporaryDirectory()
    let path = try writeFacts(facts, in: directory)
    return runJol(
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts", path, "--as-of",
        "2026-10-01", "--lang", "en",
      ] + extra, workingDirectory: repositoryRoot)
  }

  /// The large file, and the subject of each of its lines in the three-learner file.
  func largeFile() -> [String] {
    let learners = PolicyEvalCommandTests.learners
    return (0..<Self.count).map { index in
      learners[index % 3].replacingOccurrences(
        of: #""id": "L\#(index % 3 + 1)""#, with: #""id": "S\#(index)""#)
    }
  }

  @Test(arguments: [["--format", "json"], ["--format", "json", "--explain"]])
  func jsonLinesAreEachLinesOwnInTheFilesOrder(_ options: [String]) throws {
    let small = try evaluate(PolicyEvalCommandTests.learners, options)
    let large = try evaluate(largeFile(), options)
    #expect(large.exitCode == 0)
    let expected = small.stdout.split(separator: "\n")
    let lines = large.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == Self.count + 1)
    for (index, line) in lines.dropLast().enumerated() {
      let alone = expected[index % 3].replacingOccurrences(
        of: #""subject":"L\#(index % 3 + 1)""#, with: #""subject":"S\#(index)""#)
      guard line == alone else {
        Issue.record("line \(index + 1): \(line)")
        return
      }
    }
  }

  @Test func textBlocksAreEachLinesOwnInTheFilesOrderAndTallied() throws {
    let small = try evaluate(PolicyEvalCommandTests.learners, ["--explain"])
    let large = try evaluate(largeFile(), ["--explain"])
    #expect(large.exitCode == 0)
    let expected = small.stdout.components(separatedBy: "\n\n")
    let blocks = large.stdout.components(separatedBy: "\n\n")
    #expect(blocks.count == Self.count + 1)
    for (index, block) in blocks.dropLast().enumerated() {
      let alone = expected[index % 3].replacingOccurrences(
        of: "L\(index % 3 + 1) — ", with: "S\(index) — ")
      guard block == alone else {
        Issue.record("block \(index + 1): \(block)")
        return
      }
    }
    #expect(
      blocks.last == "7001 in all: 2334 eligible, 2334 not eligible, 2333 need information\n")
  }

  @Test(arguments: [1, 2, 3, 7])
  func roundsWriteInOrderAndCountEveryOutcome(cores: Int) {
    let population = (0..<2_000).map { Facts(id: "P\($0)") }
    let outcomes: [Outcome] = [.eligible, .ineligible, .needsInformation]
    let written = OutputBuffer()
    let console = Console(
      writeOut: { written.append(Array($0.utf8)) }, writeError: { _ in }, environment: [:],
      now: { 0 }, workingDirectory: "/", writeOutBytes: { written.append(Array($0)) })
    let context = Context(
      console: console, language: .en, dataDirectory: "/", policiesDirectory: "/")
    var output = PolicyOutput(context)
    // In uneven runs, as a facts file read in pieces gives them.
    let runs = [population[..<700], population[700..<701], population[701...]].map(Array.init)
    let counts = DecisionBatches.render(runs, cores: cores, into: &output) { _ in
      { facts, buffer in
        buffer.appendLine(facts.id)
        return outcomes[Int(facts.id.dropFirst())! % 3]
      }
    }
    output.flush()
    let expected = population.map { $0.id + "\n" }.joined()
    #expect(String(decoding: written.bytes, as: UTF8.self) == expected)
    #expect(counts == [.eligible: 667, .ineligible: 667, .needsInformation: 666])
  }
}

/// Collects written bytes from any thread.
private final class OutputBuffer: Sendable {
  private let storage = Mutex<[UInt8]>([])
  func append(_ bytes: [UInt8]) { storage.withLock { $0 += bytes } }
  var bytes: [UInt8] { storage.withLock { $0 } }
}
