/// Phone numbers and e-mail addresses: only what they are made of, so that nothing else (a
/// formula such as `=HYPERLINK(…)`, a stray word) is kept as a learner's contact.
extension ImportValues {
  /// Whether `text` is a phone number: 10 to 15 ASCII digits, with nothing else but spaces
  /// (no-break ones too), `+`, `-`, `(` and `)` between them (`+7 (701) 123-45-67`).
  static func isPhone(_ text: String) -> Bool {
    var digits = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9": digits += 1
      case " ", "\u{00A0}", "+", "-", "(", ")": continue
      default: return false
      }
    }
    return (10...15).contains(digits)
  }

  /// Whether `text` is an e-mail address `local@domain.tld`: the local part of ASCII letters,
  /// digits and `.`, `_`, `%`, `+`, `-`; the domain of two or more dot-separated labels of ASCII
  /// letters, digits and `-`, the last of two or more letters.
  static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty,
      parts[0].unicodeScalars.allSatisfy({
        isLetterOrDigit($0) || "._%+-".unicodeScalars.contains($0)
      })
    else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let top = labels.last, top.count >= 2,
      top.unicodeScalars.allSatisfy({ isLetterOrDigit($0) && !("0"..."9").contains($0) })
    else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" }
    }
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
