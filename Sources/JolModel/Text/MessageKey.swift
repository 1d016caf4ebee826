/// The key of one message of a catalogue area. Every text Jol shows a person is a key whose
/// kk/ru/en templates live in that area's catalogue file, compiled into the program (an installed
/// `jol` needs no resource files).
///
/// ## Adding a message
///
/// 1. Pick the area: an enum per area, in its target's `Messages/Catalogue+Area.swift`
///    (`JolModel/Text/Messages/`, `JolPolicy/Messages/`, `JolApp/Messages/`: `ImportText`,
///    `SyntaxMessage`, `CheckMessage`, …). A new feature adds its own (`MentoringMessage`) and
///    lists it in its target's catalogue test. A closed set's titles are the set itself
///    conforming to ``TitledValue``.
/// 2. Add a case: a stable, descriptive key (`notADate`). Keys name what happened, not the words.
/// 3. Add its three templates to the area's switch; the file holds nothing but keys and
///    templates. Values go in `{placeholder}`s (lowercase ASCII, digits, `_`), the same set in
///    every language; `{{` and `}}` write a brace. Use the terms of `Policies/GLOSSARY.md`.
/// 4. Call it: `ImportText.notADate.text(["text": text])` → ``LocalizedText``. Numbers are
///    formatted by the caller in the reader's language; a value that differs by language is a
///    ``LocalizedText``.
///
/// The catalogue test (``MessageCatalogue/problems(_:)``) fails when a key lacks a language,
/// the languages' placeholder sets differ, or a template does not render; a placeholder the call
/// site did not supply renders as ``MessageTemplate/missingMarker(_:)``.
public protocol MessageKey: CaseIterable, Hashable, Sendable {
  /// The key's texts.
  var template: MessageTemplate { get }
}

extension MessageKey {
  /// The message with `values` put into its placeholders.
  public func text(_ values: [String: any MessageValue] = [:]) -> LocalizedText {
    template.render(values)
  }

  /// The message in `language` alone (renderers that write one language need not fill three).
  public func text(_ values: [String: any MessageValue] = [:], in language: Language) -> String {
    template.render(values, in: language)
  }

  /// The names of the key's placeholders (those of its Kazakh template; the catalogue test keeps
  /// the other languages equal).
  public var placeholders: Set<String> { template.placeholders(in: .kk) }
}

/// Checks of a whole catalogue area, for each target's catalogue test.
public enum MessageCatalogue {
  /// What is wrong with `area`'s templates, one line each; empty when every key has three
  /// non-empty templates with one placeholder set, and renders completely with a value for each.
  public static func problems<Key: MessageKey>(_ area: Key.Type) -> [String] {
    var problems: [String] = []
    for key in Key.allCases {
      let template = key.template
      let expected = template.placeholders(in: .kk)
      for language in Language.allCases {
        let text = template[language]
        if text.allSatisfy(\.isWhitespace) {
          problems.append("\(Key.self).\(key): no \(language) text")
        }
        let names = template.placeholders(in: language)
        if names != expected {
          problems.append(
            "\(Key.self).\(key): \(language) placeholders \(names.sorted()) ≠ kk \(expected.sorted())"
          )
        }
      }
      var values: [String: any MessageValue] = [:]
      for name in expected { values[name] = "‹\(name)›" }
      let rendered = template.render(values)
      for language in Language.allCases where rendered[language].contains("⟦missing") {
        problems.append("\(Key.self).\(key): \(language) does not render: \(rendered[language])")
      }
    }
    return problems
  }
}

extension MessageCatalogue {
  /// The placeholders each call site in Swift `source` supplies to `Key`'s messages: for every
  /// `Key.case.text([...])` with a dictionary literal, or `Key.case.text()`, the case's raw
  /// value and the names it gives. Call sites passing a dictionary variable are not listed.
  /// For a test that no call site leaves a placeholder without a value.
  public static func callSites<Key: MessageKey & RawRepresentable<String>>(
    of area: Key.Type, in source: String
  ) -> [(key: String, supplied: Set<String>)] {
    var sites: [(key: String, supplied: Set<String>)] = []
    var rest = Substring(source)
    let prefix = "\(Key.self)."
    while let found = rest.range(of: prefix) {
      rest = rest[found.upperBound...]
      let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      let after = rest[key.endIndex...]
      if after.hasPrefix(".text()") || after.hasPrefix(".text(in:") {
        sites.append((String(key), []))
      } else if after.hasPrefix(".text(["),
        // The literal ends at `])`, or at `], in:` for one language: whichever comes first.
        let end = [after.range(of: "])"), after.range(of: "], in:")].compactMap({ $0 })
          .min(by: { $0.lowerBound < $1.lowerBound })
      {
        var supplied: Set<String> = []
        var literal = after[after.startIndex..<end.lowerBound]
        // Keys are the string literals followed by a colon.
        while let quote = literal.firstIndex(of: "\"") {
          let name = literal[literal.index(after: quote)...].prefix { $0 != "\"" }
          let close = literal.index(quote, offsetBy: name.count + 1)
          guard close < literal.endIndex else { break }
          let next = literal.index(after: close)
          if literal[next...].hasPrefix(":") { supplied.insert(String(name)) }
          literal = literal[next...]
        }
        sites.append((String(key), supplied))
      }
    }
    return sites
  }
}
