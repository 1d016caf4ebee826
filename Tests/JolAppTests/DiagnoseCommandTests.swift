import Foundation
import Testing

/// `jol diagnose check` and `jol diagnose score`, end to end from the command line.
@Suite struct DiagnoseCommandTests {
  /// A CSV file with `text` in a fresh directory; its path.
  static func csv(_ text: String) throws -> String {
    let path = try temporaryDirectory("jol-diagnose") + "/class-7a.csv"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static let allA = (1...20).map { "\($0)a" }.joined(separator: " ")
  static let allB = (1...20).map { "\($0)b" }.joined(separator: " ")

  @Test func theShippedInstrumentsCheckClean() {
    let result = runJol(["diagnose", "check", "--lang", "en"], workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    #expect(result.stdout == "instruments checked: 2; no errors\n")
  }

  @Test func aTypoIsReportedAtItsLineAndColumnWithExit65() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/diagnostics/riasec-60/1/riasec-60.instrument"
    try edit(file, replacing: "item 9 artistic", with: "item 9 artistc")
    let place = try position(of: "artistc", in: String(contentsOfFile: file, encoding: .utf8))
    let result = runJol(["diagnose", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    #expect(
      result.stdout.split(separator: "\n").contains(
        "Policies/diagnostics/riasec-60/1/riasec-60.instrument:\(place.line):\(place.column): error: there is no scale 'artistc': did you mean 'artistic'?"
      ))
    #expect(
      result.stdout.hasSuffix("instruments checked: 2; errors: 1; instruments unusable: 1\n"))
    // A folder given checks only what is in it.
    let one = runJol(
      ["diagnose", "check", "Policies/diagnostics/five-types", "--format", "json"],
      workingDirectory: root)
    #expect(one.exitCode == 0)
    #expect(one.stdout.isEmpty)
  }

  @Test func aMissingTranslationFailsTheCheck() throws {
    let root = try copyOfPolicies()
    let file = root + "/Policies/diagnostics/five-types/1/kk.texts"
    try edit(file, replacing: "option.5b ", with: "option.5c ")
    let result = runJol(["diagnose", "check", "--lang", "en"], workingDirectory: root)
    #expect(result.exitCode == 65)
    let place = try position(of: "option.5c", in: String(contentsOfFile: file, encoding: .utf8))
    #expect(
      result.stdout.contains(
        "Policies/diagnostics/five-types/1/kk.texts:\(place.line):1: error: the text 'option.5c' is for nothing the instrument has: did you mean 'option.5b'?"
      ))
    #expect(result.stdout.contains("kk.texts has no text 'option.5b'"))
  }

  @Test func scoresAsJSONLinesWithIds() throws {
    let file = try Self.csv("pupil,class,answers\n7A-01,7А,\(Self.allA)\n7A-02,7А,\(Self.allB)\n")
    let result = runJol(
      [
        "diagnose", "score", "--instrument", "five-types", file, "--format", "json", "--lang", "en",
      ],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    let rows = try jsonLines(result.stdout)
    #expect(rows.count == 2)
    #expect(rows[0]["pupil"] as? String == "7A-01")
    #expect(rows[0]["instrument"] as? String == "five-types")
    #expect(rows[0]["version"] as? Int == 1)
    #expect(
      rows[0]["scores"] as? [String: Int] == [
        "nature": 6, "technology": 4, "people": 4, "signs": 2, "art": 4,
      ])
    #expect((rows[0]["bands"] as? [String: String])?["signs"] == "not-expressed")
    #expect(rows[1]["leading"] as? [String] == ["signs"])
    #expect(rows[1]["flags"] as? [String] == ["straight_lining"])
    #expect(rows[0]["code"] == nil)
    #expect(result.stderr == "Results guide; they never select or exclude anyone.\n")
  }

  @Test func scoresRatingsFromItemColumnsWithTheCode() throws {
    var header = ["pupil"]
    var row = ["870412300415"]
    var insufficient = ["L-2"]
    for n in 1...60 {
      header.append("q\(n)")
      // Realistic (items 1, 7, 13…) 4, the rest 2; pupil L-2 leaves three realistic items empty.
      row.append(n % 6 == 1 ? "4" : "2")
      insufficient.append(n % 6 == 1 ? (n <= 13 ? "" : "4") : "3")
    }
    let text = [header, row, insufficient].map { $0.joined(separator: ";") }.joined(separator: "\n")
    let file = try Self.csv(text + "\n")
    let json = runJol(
      ["diagnose", "score", "--instrument", "riasec-60@1", file, "--format", "json"],
      workingDirectory: repositoryRoot)
    #expect(json.exitCode == 0)
    let rows = try jsonLines(json.stdout)
    #expect(rows[0]["code"] as? String == "RI=A=S=E=C")
    #expect((rows[0]["scores"] as? [String: Int])?["realistic"] == 40)
    #expect((rows[1]["scores"] as? [String: Any])?["realistic"] is NSNull)
    #expect((rows[1]["bands"] as? [String: Any])?["realistic"] is NSNull)
    #expect(
      rows[1]["flags"] as? [String] == ["missing_answers", "flat_profile", "insufficient_scales"])
    #expect(rows[1]["code"] as? String == "I=A=S=E=C")

    let csv = runJol(
      ["diagnose", "score", "--instrument", "riasec-60", file, "--format", "csv", "--lang", "ru"],
      workingDirectory: repositoryRoot)
    #expect(csv.exitCode == 0)
    let lines = csv.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("pupil,realistic,realistic_band,investigative,"))
    #expect(lines[0].hasSuffix(",leading,code,flags"))
    #expect(lines[1].hasPrefix("870412300415,40,высокий,20,средний,"))
    #expect(lines[2].hasPrefix("L-2,,недостаточно ответов,30,высокий,"))
    #expect(csv.stderr.contains("никого не отбирают"))
  }

  @Test func textNamesBandsInTheLanguageAndSaysResultsGuide() throws {
    let file = try Self.csv("pupil,answers\nP-1,\(Self.allA)\n")
    let result = runJol(
      ["diagnose", "score", "--instrument", "five-types", file, "--lang", "kk"],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Кәсіптердің бес түрі (Е. А. Климов бойынша) (five-types@1)")
    #expect(lines[1].hasPrefix("оқушы  Адам — табиғат"))
    #expect(lines[3].hasPrefix("P-1    6 орташа"))
    #expect(lines[3].contains("2 байқалмайды"))
    #expect(
      lines.last
        == "Нәтижелер бағыт-бағдар береді: олар бойынша ешкім іріктелмейді және ешкім шеттетілмейді."
    )
  }

  @Test func badAnswersAreAllListedAtTheirLineAndColumnWithExit65() throws {
    let file = try Self.csv(
      "pupil,answers\nP-1,1a 2c 3a 3b\nP-2,\"1:4 2b\"\n,1a\nP-4,\nP-5,\(Self.allA) 21b\n")
    let result = runJol(
      ["diagnose", "score", "--instrument", "five-types", file, "--lang", "en"],
      workingDirectory: try temporaryDirectory("jol-elsewhere"))
    #expect(result.exitCode == 65)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    let name = file
    #expect(
      lines == [
        "\(name):2:9: field 2 «answers»: item 2 has no option 'c': expected one of a, b",
        "\(name):2:14: field 2 «answers»: item 3 is answered twice",
        "\(name):3:7: field 2 «answers»: item 1 has no option ':4': expected one of a, b",
        "\(name):4:1: field 1 «pupil»: the value is empty but required",
        "\(name):5:5: field 2 «answers»: no answers at all",
        "\(name):6:\(5 + Self.allA.count + 1): field 2 «answers»: there is no item 21: items are numbered 1 to 20",
        "jol diagnose score: errors in the file \(name): 6; nothing scored",
      ])
  }

  @Test func ratingsOutOfRangeAndTooManyMissingAreErrors() throws {
    let file = try Self.csv("pupil;answers\nA;1:5 2:4\n")
    let result = runJol(
      ["diagnose", "score", "--instrument", "riasec-60", file, "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 65)
    #expect(
      result.stderr.contains(
        "class-7a.csv:2:5: field 2 «answers»: the rating '5' of item 1 is not valid: expected a whole number from 0 to 4"
      ))
    let missing = try Self.csv("pupil;answers\nA;1:4 2:4\n")
    let second = runJol(
      ["diagnose", "score", "--instrument", "riasec-60", missing, "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(second.exitCode == 65)
    #expect(
      second.stderr.contains(
        "class-7a.csv:2:3: field 2 «answers»: too many unanswered items: 58 (at most 6 allowed)"))
  }

  @Test func aMissingPupilColumnOrUnknownInstrumentIsExit65() throws {
    let file = try Self.csv("name,answers\nP-1,\(Self.allA)\n")
    let result = runJol(
      ["diagnose", "score", "--instrument", "five-types", file, "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("class-7a.csv:1:1"))
    #expect(result.stderr.contains("pupil"))
    let unknown = runJol(
      ["diagnose", "score", "--instrument", "five-type", file, "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(unknown.exitCode == 65)
    #expect(
      unknown.stderr.contains("there is no instrument 'five-type': did you mean 'five-types'?"))
    let version = runJol(
      ["diagnose", "score", "--instrument", "five-types@3", file, "--lang", "en"],
      workingDirectory: repositoryRoot)
    #expect(version.exitCode == 65)
    #expect(version.stderr.contains("instrument 'five-types' has no version 3; its versions: 1"))
  }
}
