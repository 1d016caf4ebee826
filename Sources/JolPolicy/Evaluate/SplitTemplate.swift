import JolFormat
import JolModel

/// A message's text in one language, split once into literal runs and `{name}` placeholders —
/// each with its fact, when the name is one — so that it is written without scanning the text
/// for braces or looking its names up: a decision's reasons, its nearest misses, "since
/// {date}" (``Decision/fill(_:_:_:)`` is the readable reference).
///
/// A placeholder runs from a `{` to the next `}`; a `{` with no `}` after it is text.
struct SplitTemplate: Sendable {
  enum Part: Sendable {
    /// Bytes of the text, written escaped.
    case literal(Range<Int>)
    /// A value by name; `fact` is the fact of that name, nil for a parameter or another name.
    case placeholder(name: String, fact: Fact?)
  }

  let bytes: [UInt8]
  let parts: [Part]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var parts: [Part] = []
    var from = 0
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "{"),
        let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}"))
      else {
        index += 1
        continue
      }
      if from < index { parts.append(.literal(from..<index)) }
      let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
      parts.append(.placeholder(name: name, fact: Fact(rawValue: name)))
      index = end + 1
      from = index
    }
    if from < bytes.count { parts.append(.literal(from..<bytes.count)) }
    self.parts = parts
  }

  /// Writes the text, each placeholder by what `value` writes for its name and fact.
  func write(into output: inout JSONBytes, _ value: (String, Fact?, inout JSONBytes) -> Void) {
    bytes.withUnsafeBufferPointer { bytes in
      for part in parts {
        switch part {
        case .literal(let range): output.content(UnsafeBufferPointer(rebasing: bytes[range]))
        case .placeholder(let name, let fact): value(name, fact, &output)
        }
      }
    }
  }
}

/// A message's split templates in every language.
struct SplitTemplates: Sendable {
  let kk: SplitTemplate
  let ru: SplitTemplate
  let en: SplitTemplate

  init(_ text: LocalizedText) {
    kk = SplitTemplate(text.kk)
    ru = SplitTemplate(text.ru)
    en = SplitTemplate(text.en)
  }

  subscript(language: Language) -> SplitTemplate {
    switch language {
    case .kk: kk
    case .ru: ru
    case .en: en
    }
  }
}

extension DecisionRenderer {
  /// `template` with each placeholder replaced by the value of that name among `values`, else
  /// among `parameters` (`?` when neither has it): the bytes of ``Decision/fill(_:_:_:)``.
  static func fill(
    _ template: SplitTemplate, _ values: [NamedValue], _ parameters: [ParameterUse],
    _ language: Language, _ output: inout JSONBytes
  ) {
    template.write(into: &output) { name, fact, output in
      if let value = values.first(where: { $0.name == name })?.value
        ?? parameters.first(where: { $0.name == name })?.value
      {
        if Fact.mayHaveTitle(value) {
          output.formatted(value, of: fact, language)
        } else {
          output.formatted(value, language)
        }
      } else {
        output.raw("?")
      }
    }
  }
}
