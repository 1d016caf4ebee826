import Foundation
import Testing

@testable import JolModel

/// The copy of `Policies/` built into `jol` (`BuiltInPolicies.swift`, generated) is the
/// repository's, byte for byte: an installed `jol` decides and checks codes as the repository
/// does. After editing `Policies/`, regenerate it with
/// `JOL_REGENERATE_BUILT_IN=1 swift test --filter BuiltInPoliciesTests`.
@Suite struct BuiltInPoliciesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let generated = root.appendingPathComponent(
    "Sources/JolModel/Reference/BuiltInPolicies+Files.swift")

  /// The files built in: every policy, test file, reference table and diagnostic instrument with
  /// its texts, the crosswalk (READMEs stay documents).
  static func repositoryFiles() throws -> [(path: String, text: String)] {
    let policies = root.appendingPathComponent("Policies")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: policies.path)
      .filter {
        [
          ".policy", ".tests", ".csv", ".instrument", ".texts", ".programme", ".conf", ".passport",
          ".crosswalk",
        ].contains(
          where: $0.hasSuffix)
      }
      .sorted()
    return try paths.map { path in
      (path, try String(contentsOf: policies.appendingPathComponent(path), encoding: .utf8))
    }
  }

  @Test func theBuiltInCopyIsTheRepositorys() throws {
    let files = try Self.repositoryFiles()
    if ProcessInfo.processInfo.environment["JOL_REGENERATE_BUILT_IN"] == "1" {
      try Self.source(files).write(to: Self.generated, atomically: true, encoding: .utf8)
    }
    #expect(BuiltInPolicies.files.map(\.path) == files.map(\.path))
    for (path, text) in files {
      #expect(
        BuiltInPolicies.text(path) == text,
        "Policies/\(path) changed: JOL_REGENERATE_BUILT_IN=1 swift test --filter BuiltInPolicies")
    }
  }

  /// The Swift source of the generated file.
  static func source(_ files: [(path: String, text: String)]) -> String {
    var lines = [
      "// Generated from Policies/ by BuiltInPoliciesTests: do not edit; after editing Policies/,",
      "// run `JOL_REGENERATE_BUILT_IN=1 swift test --filter BuiltInPoliciesTests`.",
      "",
      "extension BuiltInPolicies {",
      "  /// Every file, by its path under `Policies/`, in path order.",
      "  public static let files: [(path: String, text: String)] = [",
    ]
    for (path, text) in files {
      precondition(!text.contains("\"\"\"####"), "\(path) holds the literal's delimiter")
      lines.append("    (")
      lines.append("      \"\(path)\",")
      lines.append("      ####\"\"\"")
      // Every line, the last one's newline included (an empty line before the delimiter).
      lines += text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "      " + $0 }
      lines.append("      \"\"\"####")
      lines.append("    ),")
    }
    lines += ["  ]", "}", ""]
    return lines.joined(separator: "\n")
  }
}
