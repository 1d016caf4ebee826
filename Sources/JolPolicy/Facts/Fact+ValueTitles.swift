import JolModel

/// Values of closed sets read by title in explanations (`full_time` → «күндізгі»); JSON keeps the
/// codes. A code a title does not know (a category a region added) reads as itself.
extension Fact {
  /// The title of `code` when this fact's values are a closed set with titles, else nil.
  public func title(ofCode code: String) -> LocalizedText? { definition.title(ofCode: code) }

  /// `value` as a reader of `language` writes it, codes of closed sets by their titles.
  public func formatted(_ value: Value, _ language: Language) -> String {
    switch value {
    case .text(let code): title(ofCode: code)?[language] ?? value.formatted(language)
    case .set(let codes) where !codes.isEmpty:
      codes.map { title(ofCode: $0)?[language] ?? $0 }.joined(separator: ", ")
    default: value.formatted(language)
    }
  }

  /// Whether a value of this fact may read differently from its code: only words and sets.
  @inline(__always)
  static func mayHaveTitle(_ value: Value) -> Bool {
    switch value {
    case .text, .set: true
    default: false
    }
  }
}

extension Value {
  /// The value of the fact or parameter `name` as a reader of `language` writes it: codes of a
  /// fact's closed set by title; a parameter's value as is.
  func formatted(named name: String, _ language: Language) -> String {
    guard Fact.mayHaveTitle(self), let fact = Fact(rawValue: name) else {
      return formatted(language)
    }
    return fact.formatted(self, language)
  }
}
