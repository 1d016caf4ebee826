import JolModel
import JolPolicy

/// Reads the values of passport lines, reporting each problem at its line and column: texts in
/// the three languages, ids, years, numbers, dates, and lines missing or given twice.
struct PassportReader {
  let file: String
  var errors: [Diagnostic] = []

  init(file: String) { self.file = file }

  mutating func error(_ line: ReportingLine, column: Int? = nil, _ message: LocalizedText) {
    errors.append(Diagnostic(line.location(file, column: column), message))
  }

  /// The column just after a line's last token: where a missing value would go.
  static func end(of line: ReportingLine) -> Int {
    guard let last = line.tokens.last else { return 1 }
    return last.column + last.text.count + (last.isQuoted ? 2 : 0)
  }

  // MARK: Lines

  /// The one child `keyword` of `entry`; an error at `entry` when it is missing, at the second
  /// when it is given twice.
  mutating func one(_ keyword: String, of entry: PassportEntry) -> PassportEntry? {
    let found = optional(keyword, of: entry)
    if found == nil {
      error(
        entry.line, column: entry.line.tokens[0].column,
        PassportCheckMessage.missingLine.text(["word": keyword, "place": entry.keyword]))
    }
    return found
  }

  /// The child `keyword` of `entry` if there is one; an error at the second when it is given
  /// twice.
  mutating func optional(_ keyword: String, of entry: PassportEntry) -> PassportEntry? {
    let found = entry.all(keyword)
    for extra in found.dropFirst() {
      error(extra.line, ReportingMessage.repeatedSetting.text(["word": keyword]))
    }
    return found.first
  }

  /// The children `keyword` of `entry`, at least one (an error at `entry` when none).
  mutating func some(_ keyword: String, of entry: PassportEntry) -> [PassportEntry] {
    let found = entry.all(keyword)
    if found.isEmpty {
      error(
        entry.line, column: entry.line.tokens[0].column,
        PassportCheckMessage.missingLine.text(["word": keyword, "place": entry.keyword]))
    }
    return found
  }

  // MARK: Values

  /// The arguments of `entry`, exactly `count` words (not texts); an error naming `expected`
  /// otherwise.
  mutating func words(_ entry: PassportEntry, _ count: Int, expected: String) -> [String]? {
    let arguments = Array(entry.arguments)
    if arguments.count == count, !arguments.contains(where: \.isQuoted) {
      return arguments.map(\.text)
    }
    let column =
      arguments.count > count
      ? arguments[count].column
      : arguments.first(where: \.isQuoted)?.column ?? Self.end(of: entry.line)
    error(entry.line, column: column, PassportCheckMessage.expected.text(["expected": expected]))
    return nil
  }

  /// An id: letters, digits, `-`, `_` and `.`.
  mutating func id(_ entry: PassportEntry, expected: String) -> String? {
    guard let word = words(entry, 1, expected: expected)?[0] else { return nil }
    guard
      word.unicodeScalars.allSatisfy({
        $0.isASCII
          && ($0.properties.isAlphabetic
            || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
      })
    else {
      error(
        entry.line, column: entry.arguments.first!.column,
        PassportCheckMessage.badId.text(["word": word]))
      return nil
    }
    return word
  }

  /// The text of `entry`: `kk "…" ru "…" en "…"`, each language once, none empty.
  mutating func text(_ entry: PassportEntry) -> LocalizedText? {
    var found: [Language: String] = [:]
    var arguments = entry.arguments[...]
    var ok = true
    while let word = arguments.popFirst() {
      guard !word.isQuoted, let language = Language(rawValue: word.text) else {
        error(
          entry.line, column: word.column,
          PassportCheckMessage.expectedLanguage.text(["word": word.text]))
        return nil
      }
      guard let text = arguments.first, text.isQuoted else {
        error(
          entry.line, column: arguments.first?.column ?? Self.end(of: entry.line),
          PassportCheckMessage.expectedQuoted.text(["language": language.rawValue]))
        return nil
      }
      arguments = arguments.dropFirst()
      if found[language] != nil {
        error(
          entry.line, column: word.column,
          ReportingMessage.repeatedSetting.text(["word": word.text]))
        ok = false
      } else if text.text.allSatisfy(\.isWhitespace) {
        error(entry.line, column: text.column, PassportCheckMessage.emptyText.text())
        ok = false
      }
      found[language] = text.text
    }
    let missing = Language.allCases.filter { found[$0] == nil }
    if !missing.isEmpty {
      error(
        entry.line, column: Self.end(of: entry.line),
        PassportCheckMessage.missingLanguage.text([
          "languages": missing.map(\.rawValue).joined(separator: ", ")
        ]))
      return nil
    }
    guard ok, let kk = found[.kk], let ru = found[.ru], let en = found[.en] else { return nil }
    return LocalizedText(kk: kk, ru: ru, en: en)
  }

  /// The texts of each child `keyword` of `entry`.
  mutating func texts(_ keyword: String, of entry: PassportEntry) -> [LocalizedText] {
    entry.all(keyword).compactMap { text($0) }
  }

  /// A whole number in `range` at argument `index` of `entry`.
  mutating func whole(_ entry: PassportEntry, at index: Int, _ range: ClosedRange<Int>) -> Int? {
    let arguments = Array(entry.arguments)
    guard index < arguments.count else {
      error(
        entry.line, column: Self.end(of: entry.line),
        ReportingMessage.expectedWhole.text([
          "low": String(range.lowerBound), "high": String(range.upperBound),
        ]))
      return nil
    }
    guard !arguments[index].isQuoted, let value = Int(arguments[index].text), range.contains(value)
    else {
      error(
        entry.line, column: arguments[index].column,
        ReportingMessage.expectedWhole.text([
          "low": String(range.lowerBound), "high": String(range.upperBound),
        ]))
      return nil
    }
    return value
  }

  /// A year of the passport's time: 2000–2100.
  static let years = 2000...2100

  /// `YEAR NUMBER`: a KPI's baseline or target.
  mutating func point(_ entry: PassportEntry) -> KPI.Point? {
    guard words(entry, 2, expected: "\(entry.keyword) YEAR NUMBER") != nil,
      let year = whole(entry, at: 0, Self.years)
    else { return nil }
    let token = Array(entry.arguments)[1]
    guard let value = FixedDecimal(token.text), !token.text.contains(",") else {
      error(
        entry.line, column: token.column,
        PassportCheckMessage.expectedNumber.text(["text": token.text]))
      return nil
    }
    return KPI.Point(year: year, value: value)
  }

  /// A date `YYYY-MM-DD`.
  mutating func date(_ entry: PassportEntry) -> CivilDate? {
    guard let word = words(entry, 1, expected: "\(entry.keyword) YYYY-MM-DD")?[0] else {
      return nil
    }
    guard let date = CivilDate(word) else {
      error(
        entry.line, column: entry.arguments.first!.column,
        PassportCheckMessage.expected.text(["expected": "YYYY-MM-DD"]))
      return nil
    }
    return date
  }
}
