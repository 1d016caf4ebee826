import JolModel

/// What values a fact can take at all — the bounds of a number, the closed set of a code — so
/// that a value that could never occur is refused where it is written: in a policy's literal or
/// parameter, in a facts file, in a test case. A threshold outside the bounds (`gpa >= 6`) would
/// make its requirement always fail or always pass; a region `99` would never match anyone.
extension Fact {
  /// The known value a mistyped `text` most likely meant: the entry's own suggestion when it
  /// names a known value (`KZ-61` → `61`), else the nearest by edit distance.
  func nearestCode(to text: String) -> String? {
    guard let known = knownCodes else { return nil }
    if case .code(let words) = definition.storage, let suggested = words.suggestion?(text),
      known.contains(suggested)
    {
      return suggested
    }
    return EditDistance.closest(to: text, among: known)
  }
}

extension Diagnostic.Message {
  /// "unknown region '99': expected one of 10, 11, …" (with "did you mean" when one is near).
  static func unknownCode(_ text: String, of fact: Fact) -> Self {
    let name = fact.rawValue
    var message = FactsMessage.unknownValue.text(["name": name, "text": text])
    if let near = fact.nearestCode(to: text) { message = message + .didYouMean(near) }
    if let hint = fact.codeHint {
      message = message + FactsMessage.hint.text(["hint": hint])
    }
    return message + .expectedOneOf(fact.knownCodes ?? [])
  }

  /// "gpa 6 is out of range: expected 0–5": a threshold or a value that can never occur.
  static func outOfBounds(_ fact: Fact, _ value: String) -> Self {
    let name = fact.rawValue
    guard let bounds = fact.bounds else { return .same(value) }
    let unit = fact.type == .percent ? "%" : ""
    let range = "\(bounds.lowerBound)\(unit)–\(bounds.upperBound)\(unit)"
    return FactsMessage.outOfRange.text([
      "name": name, "value": value, "range": range,
    ])
  }
}
