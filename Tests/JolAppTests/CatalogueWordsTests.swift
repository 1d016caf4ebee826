import Foundation
import JolModel
import Testing

@testable import JolApp

/// The official words of `Policies/GLOSSARY.md` stay in every catalogue: a Kazakh or Russian
/// template of any target (`Sources/*/Messages/`, `Sources/JolModel/Text/Messages/`) that uses a
/// word the glossary replaced fails here, with its file and the word.
@Suite struct CatalogueWordsTests {
  /// Words no template may use, with the languages they are forbidden in. A word matches
  /// anywhere in a template unless `atWordStart`, which only matches where a word begins (so
  /// «ереже» finds «ережесі», «ережелерді» but not a word that merely contains its letters).
  static let forbidden: [(word: String, languages: Set<String>, atWordStart: Bool)] = [
    ("госзаказ", ["kk", "ru"], false),  // государственный образовательный заказ
    ("марапат", ["kk"], false),  // тағайындау
    ("наград", ["ru"], false),  // назначение
    ("политик", ["ru"], false),  // правила
    ("сейф", ["kk"], false),  // қорғалған қойма
    ("соңғы кезең", ["kk"], false),  // Соңғы семестр
    ("дуалды", ["kk"], false),  // дуальды (оқыту)
    ("ереже", ["kk"], true),  // қағидалар
  ]

  /// The forbidden words `text` (a template in `language`) uses.
  static func forbiddenWords(in text: String, language: String) -> [String] {
    let lowered = text.lowercased()
    return forbidden.filter { entry in
      guard entry.languages.contains(language) else { return false }
      guard entry.atWordStart else { return lowered.contains(entry.word) }
      return lowered.ranges(of: entry.word).contains { range in
        range.lowerBound == lowered.startIndex
          || !lowered[lowered.index(before: range.lowerBound)].isLetter
      }
    }.map(\.word)
  }

  @Test func noCatalogueUsesAReplacedWord() throws {
    let files = try Self.catalogueFiles()
    #expect(files.count > 20)
    var found: [String] = []
    for file in files {
      let source = try String(contentsOf: file, encoding: .utf8)
      for (language, text) in Self.templates(in: source) {
        for word in Self.forbiddenWords(in: text, language: language) {
          found.append("\(file.lastPathComponent): \(language) «\(word)» in \(text)")
        }
      }
    }
    #expect(found == [])
  }

  /// The scan sees a forbidden word where a catalogue would hold it.
  @Test func theScanFindsAWord() {
    let source = #"MessageTemplate(kk: "сейф", ru: "политика «{id}»", en: "policy")"#
    let texts = Self.templates(in: source)
    #expect(texts.contains { $0 == ("kk", "сейф") })
    #expect(texts.contains { $0 == ("ru", "политика «{id}»") })
  }

  /// «ереже» is found in each case form and after punctuation, never inside another word, and
  /// only in Kazakh.
  @Test func theScanFindsEverySuffixedFormOfAWordButNotItsLetters() {
    for text in [
      "ереже жоқ", "«{id}» ережесі", "ережелерді тексеру", "Ережелердің тесттері", "(ереженің",
    ] {
      #expect(Self.forbiddenWords(in: text, language: "kk") == ["ереже"], "\(text)")
    }
    #expect(Self.forbiddenWords(in: "кережеден", language: "kk") == [])
    #expect(Self.forbiddenWords(in: "қағидалар жоқ", language: "kk") == [])
    #expect(Self.forbiddenWords(in: "ереже", language: "ru") == [])
    #expect(Self.forbiddenWords(in: "дуалды оқыту", language: "kk") == ["дуалды"])
    #expect(Self.forbiddenWords(in: "дуальды оқыту", language: "kk") == [])
  }

  /// Every `kk: "…"` and `ru: "…"` string of a catalogue source file.
  static func templates(in source: String) -> [(String, String)] {
    let pattern = #/(kk|ru):\s*"((?:[^"\\]|\\.)*)"/#
    return source.matches(of: pattern).map { (String($0.output.1), String($0.output.2)) }
  }

  static func catalogueFiles() throws -> [URL] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    let manager = FileManager.default
    var folders = [root.appendingPathComponent("JolModel/Text/Messages")]
    for target in try manager.contentsOfDirectory(atPath: root.path) {
      folders.append(root.appendingPathComponent(target).appendingPathComponent("Messages"))
    }
    return folders.flatMap { folder in
      ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
        $0.hasSuffix(".swift")
      }.map { folder.appendingPathComponent($0) }
    }
  }
}

/// A district of another region says which region it belongs to, in words that read for an
/// oblast («Қостанай облысы») and a city («Астана қ.») alike.
@Suite struct DistrictRegionWordsTests {
  @Test func aDistrictOfAnotherRegionSaysWhereItBelongs() {
    let code = KATOCode(rawValue: "395400000")!
    let text = KATOError(.outsideRegion(code, found: .kostanay, expected: .akmola)).reason
    #expect(text.kk.hasPrefix("395400000 ауданы Қостанай облысы құрамына жатады, ал жолда"))
    #expect(text.ru.hasPrefix("район 395400000 относится к региону «Костанайская область»"))
  }
}

/// A spreadsheet may head its policy column with the glossary's word or the one Jol used before.
@Suite struct PolicyColumnWordsTests {
  @Test(arguments: ["правила", "Правила", "қағидалар", "политика", "ереже", "policy"])
  func thePolicyColumnReadsItsWords(_ header: String) {
    #expect(ImportColumns.Applications.policy.matches(header))
  }
}
