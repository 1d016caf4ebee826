import JolModel

/// The one rule for text written into a Markdown report: the ASCII characters that Markdown
/// (CommonMark, GitHub tables) reads as markup — `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `#` `&` — are
/// escaped with a backslash anywhere, and so are a leading `-`, `+` or `=` and a `.` or `)`
/// after leading digits and before a space or the end (`12. ` would start a list; `12.5` is a
/// number and stays as it is); tab, line feed and
/// carriage return become a space; characters ``TextSafety`` forbids become U+FFFD.
///
/// ```swift
/// MarkdownEscape.escaped("<5 | *x*")  // "\<5 \| \*x\*"
/// ```
public enum MarkdownEscape {
  /// `text` escaped by the rule.
  public static func escaped(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var atStart = true
    var leadingDigits = true
    for (index, scalar) in scalars.enumerated() {
      let listMarker =
        leadingDigits && !atStart && (index + 1 == scalars.count || scalars[index + 1] == " ")
      if needsEscape(scalar, atStart: atStart, listMarker: listMarker) {
        output.append("\\")
        output.append(scalar)
      } else if scalar == "\t" || scalar == "\n" || scalar == "\r" {
        output.append(" ")
      } else {
        output.append(TextSafety.isForbidden(scalar) ? "\u{FFFD}" : scalar)
      }
      leadingDigits = leadingDigits && ("0"..."9").contains(scalar)
      atStart = false
    }
    return String(output)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, atStart: Bool, listMarker: Bool)
    -> Bool
  {
    switch scalar {
    case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&": true
    case "-", "+", "=": atStart
    case ".", ")": listMarker
    default: false
    }
  }
}
