import JolModel

/// One language's texts file (`kk.texts`): a text id, then the text in quotes, one a line.
///
/// ```
/// title "Кәсіп түрлері"
/// option.1a "Үй жануарларын күту"
/// ```
struct TextsFile {
  /// A text and where its id is written.
  struct Entry {
    var id: String
    var text: String
    var line: Int
    var column: Int
  }

  var file: String
  var language: Language
  /// The entries in file order; an id given twice is reported and its first text kept.
  var entries: [Entry]
  /// The line after the last one, where "missing" problems about the whole file point.
  var endLine: Int

  /// The file's language from its name (`kk.texts` → kk), or nil.
  static func language(ofFile path: String) -> Language? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard name.hasSuffix(".texts") else { return nil }
    return Language(rawValue: String(name.dropLast(".texts".count)))
  }

  static func parse(_ text: String, file: String, language: Language) -> (
    TextsFile, [InstrumentError]
  ) {
    let (lines, lexical) = SourceLines.split(text, file: file)
    var errors = lexical
    var entries: [Entry] = []
    var seen: [String: Int] = [:]
    for line in lines {
      let id = line.tokens[0]
      guard !id.isQuoted, line.tokens.count == 2, line.tokens[1].isQuoted else {
        errors.append(
          InstrumentError(
            file: file, line: line.number, column: id.column,
            message: InstrumentMessage.textLine.text()))
        continue
      }
      let value = String(
        line.tokens[1].text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
          .reversed())
      if value.isEmpty {
        errors.append(
          InstrumentError(
            file: file, line: line.number, column: line.tokens[1].column,
            message: InstrumentMessage.emptyText.text(["id": id.text])))
      }
      if let first = seen[id.text] {
        errors.append(
          InstrumentError(
            file: file, line: line.number, column: id.column,
            message: InstrumentMessage.textTwice.text(["id": id.text, "line": String(first)])))
        continue
      }
      seen[id.text] = line.number
      entries.append(Entry(id: id.text, text: value, line: line.number, column: id.column))
    }
    let endLine = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
    return (
      TextsFile(file: file, language: language, entries: entries, endLine: max(1, endLine)), errors
    )
  }
}
