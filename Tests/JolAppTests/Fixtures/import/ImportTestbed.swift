import Foundation
import JolModel

@testable import JolApp

/// A temporary working directory with a data directory path (not created) and helpers to write
/// import files and run `jol` against them.
struct ImportTestbed {
  let directory: String
  var data: String { directory + "/data" }

  init() throws { directory = try temporaryDirectory("jol-import") }

  /// Writes `bytes` to `name` in the working directory.
  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
  }

  /// Writes `text` as a spreadsheet export (BOM, CRLF).
  func export(_ name: String, _ text: String) throws {
    try write(name, ImportFixtures.spreadsheetExport(text))
  }

  /// Runs `jol` in-process with this data directory, the repository's policies and English.
  func jol(_ arguments: [String], lang: String = "en") -> JolOutput {
    runJol(
      arguments + ["--data", data, "--policies", repositoryRoot + "/Policies", "--lang", lang],
      workingDirectory: directory)
  }

  /// Imports the institutions and the Kazakh roster, expecting success.
  func importBasics() throws {
    try export("institutions.csv", ImportFixtures.institutions)
    try export("roster.csv", ImportFixtures.rosterKazakh)
    for (kind, file) in [("institutions", "institutions.csv"), ("learners", "roster.csv")] {
      let result = jol(["import", kind, file])
      guard result.exitCode == 0 else { throw TestbedError(result.stderr) }
    }
  }

  /// The data directory's state and vault, read as a command would.
  func stateAndVault() throws -> (ClusterState, Vault) {
    let console = Console(
      writeOut: { _ in }, writeError: { _ in }, environment: [:], now: { 1_795_928_400 },
      workingDirectory: directory)
    let context = Context(
      console: console, language: .en, dataDirectory: data,
      policiesDirectory: repositoryRoot + "/Policies")
    let store = try Store.openForReading(context)
    return (try store.currentState(), try store.loadVault())
  }

  /// The parsed JSON summary of an import run with `--format json`.
  static func summary(_ output: JolOutput) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    guard let summary = object as? [String: Any] else { throw TestbedError(output.stdout) }
    return summary
  }
}

struct TestbedError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Every file and directory under `path` with a hash of its bytes and its permissions; nil
/// when `path` does not exist. Two equal trees are byte for byte the same.
func fingerprint(_ path: String) throws -> [String: String]? {
  let manager = FileManager.default
  var isDirectory: ObjCBool = false
  guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
  var result: [String: String] = [:]
  let entries = try manager.subpathsOfDirectory(atPath: path)
  for entry in entries {
    let full = path + "/" + entry
    let attributes = try manager.attributesOfItem(atPath: full)
    let permissions = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
    _ = manager.fileExists(atPath: full, isDirectory: &isDirectory)
    if isDirectory.boolValue {
      result[entry] = "dir " + permissions
    } else {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
      result[entry] =
        SHA256.hash(bytes).map { String(format: "%02x", $0) }.joined() + " " + permissions
    }
  }
  return result
}

/// The state of the learner an IIN names in the vault.
func learnerState(_ iin: String, _ state: ClusterState, _ vault: Vault) throws -> LearnerState {
  guard let id = vault.person(iin: iin)?.learner, let learner = state.learner(id) else {
    throw TestbedError("no learner for \(iin)")
  }
  return learner
}
