import Foundation
import JolApp
import Synchronization

/// What a `jol` run printed and returned.
struct JolOutput {
  var exitCode: Int32
  var stdout: String
  var stderr: String
}

/// Collects what a command writes, from any thread.
private final class Buffer: Sendable {
  private let text = Mutex("")
  func append(_ piece: String) { text.withLock { $0 += piece } }
  var value: String { text.withLock { $0 } }
}

/// Runs `jol` in-process with captured streams, a fixed clock (2026-11-29 10:00 in Kazakhstan)
/// and only the environment given.
func runJol(
  _ arguments: [String], environment: [String: String] = [:],
  workingDirectory: String = FileManager.default.currentDirectoryPath
) -> JolOutput {
  let out = Buffer()
  let err = Buffer()
  let console = Console(
    writeOut: { out.append($0) }, writeError: { err.append($0) }, environment: environment,
    now: { 1_795_928_400 }, workingDirectory: workingDirectory)
  let code = Jol.run(arguments, console: console)
  return JolOutput(exitCode: code, stdout: out.value, stderr: err.value)
}

/// Runs the built `jol` executable as a separate process, as a person would.
func runJolExecutable(
  _ arguments: [String], environment: [String: String] = [:], workingDirectory: String? = nil,
  executable: URL? = nil, removing removed: [String] = []
) throws -> JolOutput {
  let process = Process()
  process.executableURL = try executable ?? jolExecutable()
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  for name in removed { env[name] = nil }
  env.merge(environment) { $1 }
  process.environment = env
  if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let stdout = out.fileHandleForReading.readDataToEndOfFile()
  let stderr = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return JolOutput(
    exitCode: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self))
}

/// The `jol` binary that `swift test` built beside the test bundle.
func jolExecutable() throws -> URL {
  var directory = Bundle.main.bundleURL
  for _ in 0..<4 {
    let candidate = directory.appendingPathComponent("jol")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    directory.deleteLastPathComponent()
  }
  // `swift test` puts the test bundle in .build/<triple>/debug/; fall back to the package root.
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let candidate = root.appendingPathComponent(".build/debug/jol")
  if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
  throw MissingExecutable(searched: Bundle.main.bundleURL.path)
}

struct MissingExecutable: Error, CustomStringConvertible {
  let searched: String
  var description: String {
    "the jol executable was not built next to \(searched); run `swift build` first"
  }
}

/// The repository's root, for tests that read `Policies/`.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A fresh, empty temporary directory.
func temporaryDirectory(_ label: String = "jol-test") throws -> String {
  // Letters only: a run of twelve digits in a path would be masked as an IIN in messages.
  let unique = String((0..<20).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement()! })
  let path = NSTemporaryDirectory() + "\(label)-\(unique)"
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
