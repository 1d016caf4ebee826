/// A lexical token of the policy and test languages.
struct Token: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// A word: keyword, name, enum value, reason key or code (`gpa`, `not-in-college`,
    /// `3W07130101`).
    case word
    /// Digits with at most one decimal point or comma (`3.5`, `35000`, `06130100`).
    case number
    /// A number followed by `%` (`90%`); `text` holds the number only.
    case percent
    /// A `YYYY-MM-DD` date.
    case date
    /// A double-quoted string; `text` holds the content without quotes.
    case string
    /// One of `= != < <= > >= ≤ ≥ , [ ] ( ) ..`.
    case symbol
    case newline
    case end
  }

  var kind: Kind
  var text: String
  var location: SourceLocation
}
