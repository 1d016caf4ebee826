/// One line of a methodologist's line-based file (instruments, their texts, reporting settings,
/// passports), cut into words and quoted texts with their columns.
public struct TokenLine: Sendable {
  /// A word (`item`, `7`, `0..4`) or a quoted text (its content, without the quotes).
  public struct Token: Sendable {
    public var text: String
    /// 1-based column of its first character (the opening quote for a text).
    public var column: Int
    public var isQuoted: Bool
  }

  /// 1-based line number.
  public var number: Int
  /// Whether the line starts with a space or a tab: it belongs to the line above it.
  public var isIndented: Bool
  public var tokens: [Token]

  public init(number: Int, isIndented: Bool, tokens: [Token]) {
    self.number = number
    self.isIndented = isIndented
    self.tokens = tokens
  }
}

/// The one lexical layer of those files. A `#` at the start of a word begins a comment to the
/// end of the line; blank and comment-only lines are left out; a byte-order mark is skipped and
/// CRLF is one line end, so lines and columns (in characters) are those an editor shows. A
/// character that acts on a terminal or reorders text (``TextSafety``) is a problem at its
/// column. Each file kind turns the problems into its own diagnostics.
public enum TokenLines {
  /// Where a quoted text ends.
  public enum TextEnd: Sendable {
    /// At the last `"` of the line: a text may hold a `"` of its own and needs no escapes.
    case lastQuote
    /// At the next `"`: a line may hold several texts (`kk "…" ru "…" en "…"`).
    case nextQuote
  }

  /// What is wrong at a place.
  public struct Problem: Sendable {
    public enum Kind: Sendable {
      case forbiddenCharacter(Unicode.Scalar)
      case unterminatedText
    }
    public var line: Int
    public var column: Int
    public var kind: Kind
  }

  /// The lines of `text` that hold tokens, and every problem in order.
  public static func split(_ text: String, texts end: TextEnd) -> (
    lines: [TokenLine], problems: [Problem]
  ) {
    var lines: [TokenLine] = []
    var problems: [Problem] = []
    var body = Substring(text)
    if body.first == "\u{FEFF}" { body = body.dropFirst() }
    for (offset, raw) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let number = offset + 1
      let chars = Array(raw)
      for (index, char) in chars.enumerated() {
        if let bad = char.unicodeScalars.first(where: { $0 != "\t" && TextSafety.isForbidden($0) })
        {
          problems.append(Problem(line: number, column: index + 1, kind: .forbiddenCharacter(bad)))
        }
      }
      var tokens: [TokenLine.Token] = []
      var index = 0
      while index < chars.count {
        let char = chars[index]
        if char == " " || char == "\t" || char == "\u{00A0}" {
          index += 1
        } else if char == "#" {
          break
        } else if char == "\"" {
          let close: Int? =
            switch end {
            case .lastQuote: chars.lastIndex(of: "\"").flatMap { $0 > index ? $0 : nil }
            case .nextQuote: chars[(index + 1)...].firstIndex(of: "\"")
            }
          guard let close else {
            problems.append(Problem(line: number, column: index + 1, kind: .unterminatedText))
            break
          }
          tokens.append(
            .init(text: String(chars[(index + 1)..<close]), column: index + 1, isQuoted: true))
          index = close + 1
        } else {
          let start = index
          while index < chars.count && !" \t\u{00A0}\"".contains(chars[index]) { index += 1 }
          tokens.append(
            .init(text: String(chars[start..<index]), column: start + 1, isQuoted: false))
        }
      }
      if tokens.isEmpty { continue }
      lines.append(
        TokenLine(
          number: number, isIndented: chars.first == " " || chars.first == "\t", tokens: tokens))
    }
    return (lines, problems)
  }
}
