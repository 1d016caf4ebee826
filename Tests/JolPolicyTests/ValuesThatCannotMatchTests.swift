import JolModel
import Testing

@testable import JolPolicy

/// Issue #7, item 10: values that can never match are refused at the literal, with the nearest
/// valid value; and item 9: mixed scripts in identifiers, bounds of facts on thresholds and
/// parameters.
struct ValuesThatCannotMatchTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var body: String
    var message: String
    var testDescription: String { message }
  }

  static let cases: [Case] = [
    Case(
      body: "require region = ⟦99 because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "unknown region '99'"),
    Case(
      body: "require region in [61, ⟦KZ-63] because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "unknown region 'KZ-63': did you mean '63'?"),
    Case(
      body:
        "require diagnostic_direction = ⟦enginering because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "unknown diagnostic_direction 'enginering': did you mean 'engineering'?"),
    Case(
      body: "require awards has none [⟦serpin] because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "no policy 'serpin': 'awards' names policy ids"),
    Case(
      body:
        "require awards has none [⟦akim-named-scholarshp] because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "did you mean 'akim-named-scholarship'?"),
    Case(
      body: "require course >= ⟦7 because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "course 7 is out of range: expected 1–6"),
    Case(
      body: "require gpa >= ⟦6 because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "gpa 6 is out of range: expected 0–5"),
    Case(
      body: "require attendance >= ⟦1000% because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "attendance 1000% is out of range: expected 0%–100%"),
    Case(
      body:
        "parameter min_gpa\n  from 2026-09-01 = ⟦400.5\nrequire gpa >= min_gpa because r\nreason r kk \"а\" ru \"б\" en \"c\"",
      message: "parameter 'min_gpa' is compared with gpa at 9:16; gpa 400.5 is out of range"),
    // A Cyrillic 'а' (U+0430) inside a Latin reason key.
    Case(
      body: "require gpa >= 3 because lo⟦\u{430}w\nreason low kk \"а\" ru \"б\" en \"c\"",
      message: ""),
  ]

  @Test(arguments: cases.indices.dropLast())
  func refusedAtTheLiteral(index: Int) throws {
    let golden = Self.cases[index]
    let marked = try MarkedPolicy(golden.body)
    let (set, all) = marked.diagnostics()
    #expect(set.policies.isEmpty, "the policy must not be usable")
    let here = marked.atMarker()
    #expect(
      here.contains { $0.isError && $0.description.contains(golden.message) },
      "expected '\(golden.message)' at \(marked.line):\(marked.column), got:\n\(all.map(\.description).joined(separator: "\n"))"
    )
    #expect(here.allSatisfy(isTrilingual))
  }

  @Test func mixedScriptsInAnIdentifierAreAnErrorAtTheOddLetter() throws {
    // `akim` with a Cyrillic 'і' (U+0456) in the policy id: looks the same, never matches.
    var text = MarkedPolicy.header.replacingOccurrences(
      of: "policy marked", with: "policy ak\u{456}m-named")
    text += "require gpa >= 3 because low\nreason low kk \"а\" ru \"б\" en \"c\"\n"
    let (_, diagnostics) = PolicySet.compile(path: "mixed.policy", text: text)
    let error = try #require(diagnostics.first)
    #expect(error.location == SourceLocation(file: "mixed.policy", line: 1, column: 10))
    #expect(error.description.contains("'ak\u{456}m-named' mixes letters of two scripts"))
    #expect(error.description.contains("U+456") && error.description.contains("Cyrillic"))
    #expect(error.message.ru.contains("смешаны буквы разных алфавитов"))
    #expect(isTrilingual(error))
  }

  @Test func aReasonKeyWithACyrillicLetterIsRefused() throws {
    let marked = try MarkedPolicy(Self.cases.last!.body)
    #expect(
      marked.atMarker().contains { $0.description.contains("mixes letters of two scripts") })
  }

  @Test func kazakhWordsAndValidValuesStillCheck() {
    let text =
      MarkedPolicy.header
        + """
        require region in [61, 63] because r
        require awards has none [marked] because a
        require gpa >= 5 and course <= 6 and attendance >= 100% because g
        reason r kk "Облыс" ru "Область" en "Region"
        reason a kk "Марапат" ru "Награда" en "Award"
        reason g kk "Үлгерім" ru "Успеваемость" en "Grades"
        rank by (diagnostic_direction in [engineering, medicine]) first, gpa desc
        tiebreak lottery "marked"
        seats 10
        """
    let (set, errors) = PolicySet.load(files: [("ok.policy", text)])
    #expect(errors.isEmpty, "\(errors)")
    #expect(set.policies.count == 1)
  }
}
