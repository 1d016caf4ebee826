import Foundation
import JolDiagnostics
import JolModel
import Testing

/// The checker on the shipped files with one edit each: every problem at its file, line and
/// column, in every language.
@Suite struct InstrumentCheckerTests {
  /// The problems of five-types after replacing `old` with `new` in the file named `file`
  /// (`five-types.instrument`, `kk.texts`…), with the line and column where `new` now is.
  static func problems(
    _ id: String = "five-types", in file: String, replacing old: String, with new: String,
    marker: String? = nil
  ) throws -> (errors: [InstrumentError], path: String, line: Int, column: Int) {
    var (instrument, texts) = try ShippedInstruments.files(id)
    func edit(_ text: String) -> String {
      precondition(text.contains(old), "\(old) not in \(file)")
      return text.replacingOccurrences(of: old, with: new)
    }
    var path = ""
    var edited = ""
    if instrument.path.hasSuffix("/" + file) {
      instrument.text = edit(instrument.text)
      (path, edited) = (instrument.path, instrument.text)
    } else {
      let index = try #require(texts.firstIndex { $0.path.hasSuffix("/" + file) })
      texts[index].text = edit(texts[index].text)
      (path, edited) = (texts[index].path, texts[index].text)
    }
    let (line, column) = place(of: marker ?? new, in: edited)
    let result = InstrumentLoader.load(instrument: instrument, texts: texts)
    guard case .failure(let failure) = result else { return ([], path, line, column) }
    return (failure.errors, path, line, column)
  }

  /// Line and column (characters) of the first `needle` in `text`.
  static func place(of needle: String, in text: String) -> (Int, Int) {
    guard let range = text.range(of: needle) else { return (0, 0) }
    let before = text[..<range.lowerBound]
    let line = before.filter(\.isNewline).count + 1
    let column =
      before.count
      - (before.lastIndex(where: \.isNewline).map {
        before.distance(from: before.startIndex, to: $0) + 1
      } ?? 0) + 1
    return (line, column)
  }

  @Test func theShippedInstrumentsCheck() throws {
    #expect(try ShippedInstruments.fiveTypes.reference == "five-types@1")
    #expect(try ShippedInstruments.riasec.reference == "riasec-60@1")
  }

  @Test func aMisspeltScaleIsReportedAtItWithTheNearestScale() throws {
    let found = try Self.problems(
      in: "five-types.instrument", replacing: "item 4\n  option a technology",
      with: "item 4\n  option a tehnology", marker: "tehnology")
    #expect(found.errors.count == 1)
    let error = try #require(found.errors.first)
    #expect(error.file == found.path)
    #expect((error.line, error.column) == (found.line, found.column))
    #expect(error.message.en == "there is no scale 'tehnology': did you mean 'technology'?")
    #expect(error.description(in: .kk).contains(": қате: 'tehnology' деген шкала жоқ"))
  }

  @Test func aMisspeltStatementIsReportedAtItsWord() throws {
    let found = try Self.problems(
      in: "five-types.instrument", replacing: "version 1", with: "verison 1", marker: "verison")
    let messages = found.errors.map { "\($0.line):\($0.column) \($0.message.en)" }
    #expect(
      messages.contains("\(found.line):1 unknown statement 'verison': did you mean 'version'?"))
    #expect(messages.contains { $0.hasSuffix("the instrument has no 'version' line") })
  }

  @Test func bandsThatLeaveAGapAreReportedAtTheBand() throws {
    let found = try Self.problems(
      in: "five-types.instrument",
      replacing: "scale art\n  band not-expressed 0..2\n  band medium 3..6",
      with: "scale art\n  band not-expressed 0..2\n  band medium 4..6", marker: "4..6")
    #expect(found.errors.map(\.line) == [found.line])
    #expect(found.errors.map(\.column) == [found.column])
    #expect(
      found.errors[0].message.en.hasPrefix(
        "the band 'medium' of the scale 'art' (4..6) must start at 3"))
  }

  @Test func anOptionOnAnUnknownLetterOrTwiceIsReported() throws {
    let twice = try Self.problems(
      in: "five-types.instrument", replacing: "item 2\n  option a people\n  option b signs",
      with: "item 2\n  option a people\n  option a signs", marker: "a signs")
    #expect(twice.errors.contains { $0.line == twice.line && $0.column == twice.column })
    let capital = try Self.problems(
      in: "five-types.instrument", replacing: "item 2\n  option a people",
      with: "item 2\n  option A people", marker: "A people")
    #expect(
      capital.errors.map(\.message.en).first
        == "'A' cannot be an option id: expected one lowercase Latin letter (a, b)")
  }

  @Test func aLanguageMissingATextFailsAtTheIdsDefinition() throws {
    // The Russian text of option 7b removed: reported where the instrument defines 7b.
    var (instrument, texts) = try ShippedInstruments.files("five-types")
    let ru = texts.firstIndex { $0.path.hasSuffix("ru.texts") }!
    texts[ru].text = texts[ru].text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("option.7b ") }.joined(separator: "\n")
    let result = InstrumentLoader.load(instrument: instrument, texts: texts)
    guard case .failure(let failure) = result else {
      Issue.record("loaded")
      return
    }
    // At the option id: `  option b technology`, two lines below `item 7`.
    let itemLine = Self.place(of: "item 7\n", in: instrument.text).0
    #expect(failure.errors.count == 1)
    #expect(failure.errors[0].file == instrument.path)
    #expect((failure.errors[0].line, failure.errors[0].column) == (itemLine + 2, 10))
    #expect(
      failure.errors[0].message.en
        == "Policies/diagnostics/five-types/1/ru.texts has no text 'option.7b'")
  }

  @Test func anExtraTextIdFailsAtItsLine() throws {
    let found = try Self.problems(
      in: "kk.texts", replacing: "option.12b ", with: "option.12c ", marker: "option.12c")
    let extra = found.errors.filter { $0.file == found.path }
    #expect(extra.count == 1)
    #expect((extra[0].line, extra[0].column) == (found.line, found.column))
    #expect(
      extra[0].message.en
        == "the text 'option.12c' is for nothing the instrument has: did you mean 'option.12b'?")
    // …and 12b is now missing in Kazakh, reported in the instrument file.
    #expect(found.errors.contains { $0.message.en.hasSuffix("kk.texts has no text 'option.12b'") })
  }

  @Test func aTextGivenTwiceOrEmptyIsReported() throws {
    let found = try Self.problems(
      in: "en.texts", replacing: "title \"", with: "title \"\"\ntitle \"", marker: "title \"\"")
    #expect(found.errors.map(\.message.en).contains("the text 'title' is empty"))
    #expect(found.errors.contains { $0.message.en.hasPrefix("the text 'title' is given twice") })
  }

  @Test func aRatingItemNumberingGapIsReported() throws {
    let found = try Self.problems(
      "riasec-60", in: "riasec-60.instrument", replacing: "item 17 enterprising",
      with: "item 71 enterprising",
      marker: "71")
    let messages = found.errors.map(\.message.en)
    #expect(
      messages.contains(
        "items must be numbered from 1 without gaps (the last is 71): missing 17, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70"
      ))
  }

  @Test func theFolderMustBeIdAndVersion() throws {
    let (instrument, texts) = try ShippedInstruments.files("five-types")
    let moved = texts.map { ($0.path.replacingOccurrences(of: "/1/", with: "/2/"), $0.text) }
    let result = InstrumentLoader.load(
      instrument: (instrument.path.replacingOccurrences(of: "/1/", with: "/2/"), instrument.text),
      texts: moved)
    guard case .failure(let failure) = result else {
      Issue.record("loaded")
      return
    }
    #expect(
      failure.errors.map(\.message.en) == ["version 1 is in the folder '2': expected the folder 1/"]
    )
  }

  @Test func aControlCharacterIsReportedAtItsColumn() throws {
    let found = try Self.problems(
      in: "ru.texts", replacing: "title \"Пять", with: "title \"\u{202E}Пять", marker: "\u{202E}")
    #expect(found.errors.count == 1)
    #expect((found.errors[0].line, found.errors[0].column) == (found.line, found.column))
    #expect(found.errors[0].message.en.contains("U+202E"))
  }
}
