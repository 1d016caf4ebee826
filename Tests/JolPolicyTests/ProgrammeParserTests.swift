import JolModel
import Testing

@testable import JolPolicy

/// Mentoring programme files: the shipped one checks and reads as written; each mistake is
/// reported at its line and column, and a programme with one is not used.
@Suite struct ProgrammeParserTests {
  static let valid = """
    programme p1
      title kk "Бағдарлама" ru "Программа" en "Programme"
      require specialty
      require shift
      score gpa 10
      score category rural 3
      score applied_on 0.5 until 2026-08-31
      list 4
      lottery "p1-seed"
      enterprise_capacity off
      unlisted build
      expand by capacity
    """

  func parse(_ text: String, id: String? = "p1") -> (MentoringProgramme?, [String]) {
    let (programme, diagnostics) = ProgrammeParser.parse(
      file: "p1.programme", text: text, expectedID: id)
    return (programme, diagnostics.map(\.description))
  }

  @Test func aValidProgrammeReadsAsWritten() throws {
    let (programme, diagnostics) = parse(Self.valid)
    #expect(diagnostics == [])
    let p = try #require(programme)
    #expect(p.constraints == [.specialty, .shift])
    #expect(p.weights.map(\.term.name) == ["gpa", "category:rural", "applied_on"])
    #expect(
      p.weights[2] == .init(.appliedOn(until: CivilDate("2026-08-31")!), FixedDecimal("0.5")!))
    #expect(p.listLimit == 4 && p.lottery == "p1-seed" && !p.enterpriseCapacity)
    #expect(p.unlisted == .build && p.expansion == .capacity)
    #expect(p.title.kk == "Бағдарлама")
  }

  @Test func theShippedProgrammesCheck() throws {
    let files = try ShippedPoliciesTests.files(".programme")
    #expect(!files.isEmpty)
    for (path, text) in files {
      let id = String(path.split(separator: "/").last!.dropLast(".programme".count))
      let (programme, diagnostics) = ProgrammeParser.parse(file: path, text: text, expectedID: id)
      #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
      #expect(programme?.id == id)
    }
  }

  @Test(arguments: [
    ("  scor gpa 1", "p1.programme:13:3: error: unknown statement 'scor': did you mean 'score'?"),
    ("  score gpaa 1", "p1.programme:13:9: error: 'gpaa' cannot weigh in a score"),
    (
      "  list 40",
      "p1.programme:8:8: error: the list length must be a whole number from 1 to 20, not 40"
    ),
    ("  require travel", "p1.programme:13:11: error: expected a hard constraint, found 'travel'"),
    (
      "  lottery 5", "p1.programme:9:11: error: expected the lottery seed as quoted text, found '5'"
    ),
    ("  list 3", "p1.programme:13:3: error: 'list' given twice: a programme has one"),
    (
      "  require shift",
      "p1.programme:13:3: error: 'require shift' given twice: a programme has one"
    ),
    (
      "  score attendance x",
      "p1.programme:13:20: error: expected a weight (a decimal number), found 'x'"
    ),
  ])
  func aMistakeIsReportedAtItsLineAndColumn(line: String, expected: String) {
    // A line of a statement given once replaces the valid one; any other is added at the end.
    var lines = Self.valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let keyword = line.split(separator: " ").first.map(String.init) ?? ""
    if ["list", "lottery"].contains(keyword) && !line.hasSuffix(" 3"),
      let index = lines.firstIndex(where: { $0.hasPrefix("  " + keyword + " ") })
    {
      lines[index] = line
    } else {
      lines.append(line)
    }
    let (programme, diagnostics) = parse(lines.joined(separator: "\n") + "\n")
    #expect(programme == nil)
    // A statement that could not be read is also missing (list, lottery): said once more.
    #expect(diagnostics.filter { !$0.contains("is missing") }.count == 1, "\(diagnostics)")
    #expect(diagnostics.contains { $0.hasPrefix(expected) }, "\(diagnostics)")
  }

  @Test func missingStatementsAndAnotherNameAreReported() {
    let (programme, diagnostics) = parse(
      """
      programme other
        title kk "А" ru "Б"
      """)
    #expect(programme == nil)
    #expect(
      diagnostics == [
        "p1.programme:1:1: error: 'list' is missing: a programme needs it",
        "p1.programme:1:1: error: 'lottery' is missing: a programme needs it",
        "p1.programme:1:11: error: the programme is named 'other' but its file 'p1.programme': they must match",
        "p1.programme:2:3: error: the title needs all three languages: kk, ru and en",
      ])
  }

  @Test func aFileMustStartWithItsProgramme() {
    let (_, diagnostics) = parse("list 3\n", id: nil)
    #expect(
      diagnostics.first == "p1.programme:1:1: error: a programme file starts with 'programme ID'")
  }

  @Test func scoresAddTheWeightedFactsAndUnknownFactsWeighNothing() throws {
    let p = try #require(parse(Self.valid).0)
    var facts = Facts(id: "L1")
    facts.gpa = FixedDecimal("4.5")
    facts.categories = [.rural]
    let components = p.scoreComponents(
      facts: facts, directionFits: false, appliedOn: CivilDate("2026-08-21"))
    #expect(components.map(\.value) == [FixedDecimal(45), FixedDecimal(3), FixedDecimal(5)])
    #expect(components.total == FixedDecimal(53))
    #expect(
      p.scoreComponents(facts: Facts(id: "L2"), directionFits: true, appliedOn: nil).total == .zero)
  }

  @Test func theCatalogueIsComplete() {
    #expect(MessageCatalogue.problems(ProgrammeMessage.self) == [])
  }
}
