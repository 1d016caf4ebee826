/// One message's texts in every language, with `{name}` placeholders — the scheme the policy
/// files' `reason` texts use (`"GPA {gpa} < {min_gpa}"`). A placeholder is a name of lowercase
/// ASCII letters, digits and `_` in braces; `{{` and `}}` write a brace, and any other brace is
/// kept as written.
public struct MessageTemplate: Hashable, Sendable {
  /// The templates, one per language (placeholders not yet filled).
  public let texts: LocalizedText

  public init(kk: String, ru: String, en: String) {
    texts = LocalizedText(kk: kk, ru: ru, en: en)
  }

  /// The template in `language`.
  public subscript(language: Language) -> String { texts[language] }

  /// The placeholder names `language`'s template uses.
  public func placeholders(in language: Language) -> Set<String> {
    var names: Set<String> = []
    Self.scan(self[language]) { piece in
      if case .placeholder(let name) = piece { names.insert(name) }
    }
    return names
  }

  /// The texts with every placeholder replaced by its value in that language. A placeholder
  /// without a value is shown as ``missingMarker(_:)`` — visible in any output and in every
  /// golden test, never silently empty.
  public func render(_ values: [String: any MessageValue]) -> LocalizedText {
    .each { Self.render(texts[$0], $0, values) }
  }

  /// The text in `language` alone, with its placeholders filled: for renderers that write one
  /// language per decision.
  public func render(_ values: [String: any MessageValue], in language: Language) -> String {
    Self.render(texts[language], language, values)
  }

  /// What a placeholder without a value renders as: `⟦missing: name⟧`.
  public static func missingMarker(_ name: String) -> String { "⟦missing: \(name)⟧" }

  private static func render(
    _ template: String, _ language: Language, _ values: [String: any MessageValue]
  ) -> String {
    // Most messages have no brace: they are returned as written.
    guard template.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) else { return template }
    var text = ""
    scan(template) { piece in
      switch piece {
      case .literal(let literal): text += literal
      case .placeholder(let name):
        text += values[name].map { $0.messageText(in: language) } ?? missingMarker(name)
      }
    }
    return text
  }

  private enum Piece {
    case literal(Substring)
    case placeholder(String)
  }

  /// Splits a template into literal runs and `{name}` placeholders; `{{` and `}}` are a literal
  /// brace (for messages about the placeholders of policy texts: `'{{gpa}}'` shows `'{gpa}'`).
  private static func scan(_ template: String, _ body: (Piece) -> Void) {
    // Braces are ASCII, so the UTF-8 view's indices are character boundaries here.
    let utf8 = template.utf8
    var literal = ""
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      let byte = utf8[index]
      guard byte == 0x7B || byte == 0x7D else {
        index = utf8.index(after: index)
        continue
      }
      let next = utf8.index(after: index)
      if next < utf8.endIndex, utf8[next] == byte {
        // `{{` or `}}`: one literal brace.
        literal += template[start..<next]
        index = utf8.index(after: next)
        start = index
        continue
      }
      if byte == 0x7B, let close = utf8[next...].firstIndex(of: 0x7D),
        isName(template[next..<close])
      {
        literal += template[start..<index]
        if !literal.isEmpty { body(.literal(Substring(literal))) }
        literal = ""
        body(.placeholder(String(template[next..<close])))
        index = utf8.index(after: close)
        start = index
        continue
      }
      index = next
    }
    literal += template[start...]
    if !literal.isEmpty { body(.literal(Substring(literal))) }
  }

  private static func isName(_ text: Substring) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy {
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F
      }
  }
}

/// A value put into a message's placeholder: the same text in every language (a code, a name as
/// written, a number the caller already formatted for the reader), or a text per language.
public protocol MessageValue: Sendable {
  /// The value as `language`'s text shows it.
  func messageText(in language: Language) -> String
}

extension String: MessageValue {
  public func messageText(in language: Language) -> String { self }
}

extension Substring: MessageValue {
  public func messageText(in language: Language) -> String { String(self) }
}

extension LocalizedText: MessageValue {
  public func messageText(in language: Language) -> String { self[language] }
}
