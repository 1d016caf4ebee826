import Foundation

/// A temporary directory holding a copy of the shipped `Policies/`, for tests that break it.
func copyOfPolicies() throws -> String {
  let directory = try temporaryDirectory("jol-policies")
  try FileManager.default.copyItem(
    atPath: repositoryRoot + "/Policies", toPath: directory + "/Policies")
  return directory
}

/// Replaces the first `old` in the file at `path` by `new`; fails when `old` is absent.
func edit(_ path: String, replacing old: String, with new: String) throws {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  guard let range = text.range(of: old) else { throw EditError(missing: old, file: path) }
  try text.replacingCharacters(in: range, with: new).write(
    toFile: path, atomically: true, encoding: .utf8)
}

struct EditError: Error, CustomStringConvertible {
  let missing: String
  let file: String
  var description: String { "'\(missing)' not found in \(file)" }
}

/// 1-based line and column of the first `needle` in `text`.
func position(of needle: String, in text: String) throws -> (line: Int, column: Int) {
  for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    if let range = line.range(of: needle) {
      return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
    }
  }
  throw EditError(missing: needle, file: "text")
}

/// Writes `lines` as a facts file in `directory` and returns its path.
func writeFacts(_ lines: [String], in directory: String, name: String = "facts.jsonl") throws
  -> String
{
  let path = directory + "/" + name
  try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
  return path
}
