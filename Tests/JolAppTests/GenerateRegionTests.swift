import Foundation
import JolModel
import Testing

@testable import JolApp

/// `jol generate region`: the sample region as importable spreadsheets, byte for byte the same
/// for the same seed and size, with IINs that never repeat, importable as written.
@Suite struct GenerateRegionTests {
  func generate(_ extra: [String], into directory: String) -> JolOutput {
    runJol(["generate", "region", "--out", directory, "--lang", "en"] + extra)
  }

  func files(_ directory: String) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    let root = URL(fileURLWithPath: directory)
    let walker = FileManager.default.enumerator(atPath: directory)
    while let relative = walker?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let url = root.appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        contents[relative] = try Data(contentsOf: url)
      }
    }
    return contents
  }

  @Test func theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws {
    let root = try temporaryDirectory("jol-generate")
    for name in ["a", "b"] {
      let result = generate(["--learners", "400", "--seed", "7"], into: root + "/" + name)
      #expect(result.exitCode == 0, "\(result.stderr)")
    }
    let a = try files(root + "/a")
    #expect(
      a.keys.contains("intake/roster.csv")
        && a.keys.contains("Policies/scholarships/state-tvet-scholarship.policy"))
    #expect(a == (try files(root + "/b")))
    #expect(generate(["--learners", "400", "--seed", "8"], into: root + "/c").exitCode == 0)
    let c = try files(root + "/c")
    #expect(c["intake/roster.csv"] != a["intake/roster.csv"])
    // A second run replaces what the first wrote and leaves the same bytes.
    #expect(generate(["--learners", "400", "--seed", "7"], into: root + "/a").exitCode == 0)
    #expect(a == (try files(root + "/a")))
  }

  /// Every file goes through the real intake (`jol import KIND`, in the order listed), the
  /// diagnostics files through `jol diagnose score`, and the mentors can be assigned.
  @Test func iinsNeverRepeatAndTheFilesImportAsWritten() throws {
    let root = try temporaryDirectory("jol-generate")
    let result = generate(["--learners", "3000", "--format", "json"], into: root + "/region")
    #expect(result.exitCode == 0, "\(result.stderr)")
    let listed = try jsonObjects(result.stdout)
    #expect(
      listed.map { $0["import"] as? String ?? "" } == [
        "institutions", "learners", "stages", "grades", "demand", "applications", "mentors",
        "mentor-preferences", "diagnostics", "diagnostics",
      ])
    #expect(listed.first { $0["import"] as? String == "learners" }?["rows"] as? Int == 3000)
    #expect(listed.allSatisfy { ($0["rows"] as? Int ?? 0) > 0 })
    let roster = try String(contentsOfFile: root + "/region/intake/roster.csv", encoding: .utf8)
    let iins = roster.split(whereSeparator: \.isNewline).dropFirst().map {
      String($0.split(separator: ";").first ?? "")
    }
    #expect(iins.count == 3000)
    #expect(Set(iins).count == 3000, "no IIN appears twice")
    #expect(FileManager.default.fileExists(atPath: root + "/region/README.txt"))
    let data = root + "/data"
    let policies = ["--data", data, "--policies", root + "/region/Policies"]
    for file in listed {
      let path = root + "/region/" + (file["file"] as? String ?? "")
      let kind = file["import"] as? String ?? ""
      let run =
        kind == "diagnostics"
        ? runJol(
          ["diagnose", "score", "--instrument", file["instrument"] as? String ?? "", path]
            + policies)
        : runJol(["import", kind, path] + policies)
      #expect(run.exitCode == 0, "\(kind): \(run.stderr.prefix(2000))")
    }
    let assigned = runJol(
      [
        "mentors", "assign", "--programme", "kst-dual-2026", "--as-of", "2026-09-01", "--format",
        "json",
      ] + policies)
    #expect(assigned.exitCode == 0, "\(assigned.stderr.prefix(2000))")
  }

  @Test func withoutOutOrWithABadSeedItIsAUsageError() throws {
    #expect(runJol(["generate", "region"]).exitCode == 64)
    let root = try temporaryDirectory("jol-generate")
    #expect(generate(["--seed", "-1"], into: root + "/x").exitCode == 64)
    #expect(generate(["--learners", "5"], into: root + "/x").exitCode == 64)
  }
}
