import Testing

@testable import JolModel

/// The text check of bound values that every import runs.
@Suite struct CSVRowTextSafetyTests {
  @Test func onlyTheColumnsAnImportReadsAreChecked() throws {
    let rows = try CSVReader.parse(
      "name;note;class\nА\u{1B}[2Jхмет;x\u{7}y;9\u{202E}\n", fileName: "n.csv"
    ).bind(columns: [CSVColumn("name"), CSVColumn("class")])
    let unsafe = rows[0].unsafeText()
    #expect(unsafe.map(\.column) == ["name", "class"])
    #expect(
      unsafe.map(\.error.problem) == [
        .forbiddenCharacter("\u{1B}"), .forbiddenCharacter("\u{202E}"),
      ])
    #expect(
      unsafe[0].error.message.en.hasPrefix(
        "n.csv:2:1: field 1 «name»: the value holds the control character U+001B"))
    #expect(!unsafe[0].error.message.en.contains("\u{1B}"))
    #expect(!unsafe[0].error.message.kk.contains("\u{1B}"))
    #expect(!unsafe[0].error.message.ru.contains("\u{1B}"))
  }

  @Test func surroundingSpaceIsTrimmedBeforeTheCheckAndLengthIsCountedInCharacters() throws {
    let longest = String(repeating: "ә", count: TextSafety.maximumFieldLength)
    let text = "a;b\n\t\(longest) ;\(longest)ә\n"
    let rows = try CSVReader.parse(text, fileName: "l.csv").bind(columns: [
      CSVColumn("a"), CSVColumn("b"),
    ])
    let unsafe = rows[0].unsafeText()
    #expect(unsafe.map(\.column) == ["b"])
    #expect(
      unsafe.first?.error.problem
        == .tooLong(
          length: TextSafety.maximumFieldLength + 1, maximum: TextSafety.maximumFieldLength))
  }

  @Test func displayableTextReplacesWhatActsOnATerminal() {
    #expect(
      TextSafety.displayable("Ахмет\u{1B}[2Jова\u{7}\u{202E}")
        == "Ахмет\u{FFFD}[2Jова\u{FFFD}\u{FFFD}")
    #expect(TextSafety.displayable("Әйгерім") == "Әйгерім")
  }

  /// The byte-level acceptance of ASCII and Cyrillic must agree with the scalar-by-scalar rule
  /// for every scalar, wherever it stands among letters the fast path accepts.
  @Test func theFirstForbiddenScalarIsFoundWhateverSurroundsIt() {
    var scalars = (0..<0x3100).compactMap(Unicode.Scalar.init)
    scalars += [0xFEFF, 0xFFF9, 0xFFFD, 0xFFFE, 0x1D173, 0x1F600, 0xE0001, 0xE0100, 0x10FFFF]
      .compactMap(Unicode.Scalar.init)
    for scalar in scalars {
      let expected: Unicode.Scalar? = TextSafety.isForbidden(scalar) ? scalar : nil
      for text in ["\(scalar)", "Әйгерім\(scalar)", "\(scalar)Ahmet", "Ұл-\(scalar)-ӘӨҮ"] {
        #expect(TextSafety.forbiddenScalar(in: text) == expected, "U+\(scalar.value)")
        #expect(TextSafety.forbiddenScalar(in: text[...]) == expected, "U+\(scalar.value)")
      }
    }
    #expect(TextSafety.forbiddenScalar(in: "Ахмет\u{202E}\u{1B}") == "\u{202E}")
  }
}
