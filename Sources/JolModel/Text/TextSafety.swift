/// What a text field may hold: nothing that acts on a terminal or reorders what is shown. Names,
/// reasons and every other text a person typed are checked with it before Jol keeps them.
public enum TextSafety {
  /// The most characters a one-line text field (a name, a class, a reason) may have.
  public static let maximumFieldLength = 500

  /// The first scalar that may not appear in a one-line text field, or nil: C0 and C1 control
  /// characters (NUL, CR, LF, TAB, ESC, BEL, …), DEL, line and paragraph separators, every
  /// format character (general category Cf: the bidirectional controls that make text display
  /// in another order than it is stored, zero-width spaces and joiners, the soft hyphen, a
  /// byte-order mark inside text, tag characters — all invisible, and able to make two names
  /// look alike), every other default-ignorable code point (variation selectors, the combining
  /// grapheme joiner, Hangul fillers…), noncharacters, and U+FFFD (what an invalid byte was
  /// read as).
  ///
  /// Inlinable, so it is specialised where it is called: fact and policy files and imported
  /// spreadsheets check every string with it, and almost all of them are printable ASCII and
  /// Cyrillic letters (U+0400–U+052F, Kazakh ones included), decided on the bytes.
  @inlinable
  public static func forbiddenScalar(in text: some StringProtocol) -> Unicode.Scalar? {
    var common = true
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      if byte >= 0x20 && byte <= 0x7E { continue }
      // A string's UTF-8 is valid: a lead byte 0xD0–0xD4 has one continuation byte, and
      // U+0400–U+052F are 0xD0 0x80 … 0xD4 0xAF.
      if byte >= 0xD0 && byte <= 0xD4, let next = bytes.next(), byte < 0xD4 || next <= 0xAF {
        continue
      }
      common = false
      break
    }
    if common { return nil }
    for scalar in text.unicodeScalars where isForbidden(scalar) { return scalar }
    return nil
  }

  /// Whether `scalar` may not appear in a one-line text field.
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E: return false  // printable ASCII: the common case, decided at once
    case 0xA0...0x2FF where scalar.value != 0xAD, 0x400...0x52F:
      return false  // Latin letters and signs, Cyrillic with Kazakh letters: nothing invisible
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFD: return true
    default:
      let properties = scalar.properties
      switch properties.generalCategory {
      case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate: return true
      default: return properties.isNoncharacterCodePoint || properties.isDefaultIgnorableCodePoint
      }
    }
  }

  /// `text` with every scalar ``isForbidden(_:)`` names replaced by U+FFFD (�), for showing text
  /// that was stored before it was checked (or by another program): what a terminal shows then
  /// is what is stored, and nothing in it acts on the terminal.
  public static func displayable(_ text: String) -> String {
    guard forbiddenScalar(in: text) != nil else { return text }
    var shown = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      shown.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(shown)
  }

  /// `U+001B` for a scalar, as messages name a character that cannot be shown.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
