import JolFormat
import JolModel

/// Pieces many checks share: "expected X, found Y", "did you mean", how a token or a unit reads.
/// Names, keywords and values stay as written in every language; only the words around them
/// are translated.
extension Diagnostic.Message {
  /// The two texts one after the other, language by language.
  static func + (lhs: Self, rhs: Self) -> Self {
    Self(kk: lhs.kk + rhs.kk, ru: lhs.ru + rhs.ru, en: lhs.en + rhs.en)
  }

  /// A decimal as each language writes it: `12,5` in kk and ru, `12.5` in English.
  static func decimal(_ value: FixedDecimal) -> Self {
    .each { LocalNumber.decimal(value, $0) }
  }

  /// "expected WHAT, found FOUND".
  static func expected(_ what: Self, found: Self) -> Self {
    SyntaxMessage.expectedFound.text(["what": what, "found": found])
  }

  /// ": did you mean 'NEAR'?", to append to a message about an unknown name.
  static func didYouMean(_ near: String) -> Self {
    SyntaxMessage.didYouMean.text(["near": near])
  }

  /// ": expected one of a, b, c", to append when no known name is close.
  static func expectedOneOf(_ names: [String]) -> Self {
    let list = names.joined(separator: ", ")
    return SyntaxMessage.expectedOneOf.text(["list": list])
  }

  /// A character as a message names it: `'§'`, or by code point (`U+001B`, `U+0061 U+200D`)
  /// when shown as it is it would act on the terminal, reorder the text or show nothing.
  static func character(_ character: Character) -> String {
    let scalars = character.unicodeScalars
    let hidden = scalars.contains { scalar in
      if TextSafety.isForbidden(scalar) { return true }
      switch scalar.properties.generalCategory {
      case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
        .privateUse, .surrogate, .nonspacingMark, .enclosingMark, .spacingMark:
        return true
      default: return false
      }
    }
    guard hidden else { return "'\(character)'" }
    return scalars.map(TextSafety.codePoint).joined(separator: " ")
  }

  /// "WHERE holds the control character U+001B …": a text that may not be kept as it is.
  static func forbiddenCharacter(_ scalar: Unicode.Scalar, in place: Self) -> Self {
    let code = TextSafety.codePoint(scalar)
    return SyntaxMessage.forbiddenCharacter.text(["place": place, "code": code])
  }

  /// "unknown fact 'NAME'" with the closest fact name, or the list of facts.
  static func unknownFact(_ name: String) -> Self {
    let head = SyntaxMessage.unknownFact.text(["name": name])
    if let near = EditDistance.closest(to: name, among: Fact.names) {
      return head + .didYouMean(near)
    }
    return head + .expectedOneOf(Fact.names)
  }
}

extension Token {
  /// What a person would call this token in "expected X, found Y".
  var display: Diagnostic.Message {
    switch kind {
    case .word, .number, .date, .symbol: .same("'\(text)'")
    case .percent: .same("'\(text)%'")
    case .string: .same("\"\(text)\"")
    case .newline: SyntaxMessage.displayNewline.text()
    case .end: SyntaxMessage.displayEnd.text()
    }
  }
}

extension NumericKind {
  /// The unit as it reads in "needs a percent (90%)".
  var display: Diagnostic.Message {
    switch self {
    case .number: SyntaxMessage.displayNumber.text()
    case .percent: SyntaxMessage.displayPercent.text()
    case .money:
      SyntaxMessage.displayMoney.text()
    case .date:
      SyntaxMessage.displayDate.text()
    }
  }
}

extension FactType {
  /// The type as it reads in "'gpa' is decimal"; English keeps the policy language's own word.
  var display: Diagnostic.Message {
    switch self {
    case .enumeration: SyntaxMessage.factTypeEnumeration.text()
    case .code: SyntaxMessage.factTypeCode.text()
    case .integer: SyntaxMessage.factTypeInteger.text()
    case .decimal: SyntaxMessage.factTypeDecimal.text()
    case .percent: SyntaxMessage.factTypePercent.text()
    case .date: SyntaxMessage.factTypeDate.text()
    case .bool: SyntaxMessage.factTypeBool.text()
    case .set: SyntaxMessage.factTypeSet.text()
    }
  }
}
