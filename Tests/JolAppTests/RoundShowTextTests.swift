import Foundation
import Testing

/// `jol round show` in text: labels in the reader's language, numbers and money as the language
/// writes them — the same facts as the JSON line.
@Suite struct RoundShowTextTests {
  static func show(_ language: String, format: [String] = []) throws -> JolOutput {
    let directory = try JSONLinesOutputTests.demo.get()
    return runJol(
      [
        "round", "show", "akim-named-scholarship-2026-10-01", "--data", directory + "/data",
        "--policies", repositoryRoot + "/Policies", "--lang", language,
      ] + format, workingDirectory: directory)
  }

  @Test(arguments: [
    (
      "kk",
      [
        "Конкурс: akim-named-scholarship-2026-10-01", "Қағида: akim-named-scholarship v1",
        "Жеребе: ",
      ]
    ),
    (
      "ru",
      [
        "Конкурс: akim-named-scholarship-2026-10-01", "Правило: akim-named-scholarship v1",
        "Жеребьёвка: ",
      ]
    ),
    (
      "en",
      [
        "Round: akim-named-scholarship-2026-10-01", "Policy: akim-named-scholarship v1",
        "Lottery seed: ",
      ]
    ),
  ])
  func labelsAreInTheReadersLanguage(_ language: String, _ expected: [String]) throws {
    let result = try Self.show(language)
    #expect(result.exitCode == 0, "\(result.stderr)")
    for line in expected { #expect(result.stdout.contains(line), "\(line)") }
    #expect(!result.stdout.contains("policy_sha256"))
    #expect(result.stdout.split(separator: "\n").count == 11)
  }

  @Test func theTextCarriesTheJSONsHashes() throws {
    let json = try Self.show("en", format: ["--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let text = try Self.show("kk").stdout
    for key in ["policy_sha256", "results_sha256", "seed"] {
      let value = try #require(object[key] as? String)
      // No seed given: the text says so with a dash.
      #expect(text.contains(value.isEmpty ? ": —" : value), "\(key)")
    }
  }
}
