import JolModel

/// Parsers for the values spreadsheets hold, beyond closed sets: dates in the two forms
/// Kazakhstan's offices write, whole numbers with thousands spaces, lists in one cell, regions
/// by code or name (district codes: ``KATOTable/district(_:in:)``).
enum ImportValues {
  /// `YYYY-MM-DD` or `DD.MM.YYYY` (day and month may have one digit: `1.9.2026`).
  static func date(_ text: String) -> CivilDate? {
    if let date = dottedDigits(text) { return date }
    if let date = CivilDate(text) { return date }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2])
    else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  /// `DD.MM.YYYY` of ASCII digits only (the common case), read from the bytes; nil for anything
  /// else, which ``date(_:)`` then reads the general way.
  private static func dottedDigits(_ text: String) -> CivilDate? {
    var fields = (0, 0, 0)
    var lengths = (0, 0, 0)
    var field = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") {
        field += 1
        if field > 2 { return nil }
        continue
      }
      guard (48...57).contains(byte) else { return nil }
      let digit = Int(byte - 48)
      switch field {
      case 0: (fields.0, lengths.0) = (fields.0 * 10 + digit, lengths.0 + 1)
      case 1: (fields.1, lengths.1) = (fields.1 * 10 + digit, lengths.1 + 1)
      default: (fields.2, lengths.2) = (fields.2 * 10 + digit, lengths.2 + 1)
      }
    }
    guard field == 2, (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4
    else { return nil }
    return CivilDate(year: fields.2, month: fields.1, day: fields.0)
  }

  /// A whole number; spaces between digit groups (`1 200`, with no-break spaces too) allowed.
  static func integer(_ text: String) -> Int? {
    Int(String(text.unicodeScalars.filter { !$0.isWhiteSpace }))
  }

  /// A decimal with a point or a comma, an optional trailing `%`, spaces allowed.
  static func decimal(_ text: String) -> FixedDecimal? {
    var cleaned = String(text.unicodeScalars.filter { !$0.isWhiteSpace })
    if cleaned.hasSuffix("%") { cleaned.removeLast() }
    return FixedDecimal(cleaned)
  }

  /// Whether `text` is a code a region gives (an institution's, a mentor's): letters, digits,
  /// `-`, `_`, `.`, `/`, no spaces.
  static func isCode(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
          || "-_./".unicodeScalars.contains($0)
      }
  }

  /// The items of a list cell, separated by `;`, `,` or line breaks, trimmed, empty ones left out.
  static func list(_ text: String) -> [String] {
    // Without a separator byte the cell is one item (`\r\n` holds a `\n`).
    if !text.utf8.contains(where: { $0 == 0x3B || $0 == 0x2C || $0 == 0x0A }) {
      let item = text.trimmingWhitespace()
      return item.isEmpty ? [] : [item]
    }
    return (listByBytes(text) ?? listByCharacters(text)).map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
  }

  /// The items of a list split at its separator characters (`;`, `,`, a line break).
  static func listByCharacters(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" || $0 == "\r\n" })
  }

  /// ``listByCharacters(_:)`` without breaking the text into characters, for the common list
  /// whose separators stand between ASCII bytes: a separator byte is then a character of its
  /// own (a `\r` before a `\n` stays with the item before, and is trimmed off with it). Nil when
  /// a separator touches a non-ASCII byte, which could join it into a larger character (an
  /// accent after `;`): the text is then split by characters.
  static func listByBytes(_ text: String) -> [Substring]? {
    let utf8 = text.utf8
    var items: [Substring] = []
    var start = utf8.startIndex
    var previous: UInt8 = 0
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      let next = utf8.index(after: index)
      if byte == 0x3B || byte == 0x2C || byte == 0x0A {
        if previous >= 0x80 || (next != utf8.endIndex && utf8[next] >= 0x80) { return nil }
        if start != index { items.append(text[start..<index]) }
        start = next
      }
      previous = byte
      index = next
    }
    if start != utf8.endIndex { items.append(text[start..<utf8.endIndex]) }
    return items
  }

  /// A region by its KATO code (`39`, `390000000`), ISO code (`KZ-39`) or name in kk/ru/en
  /// (`Қостанай облысы`, `Костанайская область`, `Kostanay`).
  static func region(_ text: String) -> Region? {
    let digits = text.hasPrefix("KZ-") ? String(text.dropFirst(3)) : text
    // Codes are ASCII digits: counted in bytes, a name is not counted character by character.
    if digits.utf8.count == 2, let region = Region(rawValue: digits) { return region }
    if digits.utf8.count == 9, digits.hasSuffix("0000000"),
      let region = Region(rawValue: String(digits.prefix(2)))
    {
      return region
    }
    // A name exactly as the tables write it is found at once; other spellings are normalised.
    return regionNamesAsWritten[text] ?? regionNames[wordKey(text)]
  }

  /// Every name of `regionNames` as written, before normalisation: rosters repeat one spelling.
  private static let regionNamesAsWritten: [String: Region] = {
    var names: [String: Region] = [:]
    for region in Region.all {
      for name in [region.name.kk, region.name.ru, region.name.en] { names[name] = region }
    }
    return names
  }()

  private static let regionNames: [String: Region] = {
    var names: [String: Region] = [:]
    for region in Region.all {
      let name = region.name
      for word in [
        name.kk, name.ru, name.en, firstWord(name.kk), firstWord(name.en),
        name.ru.replacingPrefix("г. "),
      ] {
        names[wordKey(word)] = region
      }
    }
    // Spellings offices still write for the regions of 2022: the adjective form used before
    // the official names («область Абай», «область Жетісу», «область Ұлытау») and Russian
    // letters for Kazakh ones.
    let common: [(String, Region)] = [
      ("Абайская область", .abai), ("область Жетысу", .zhetysu),
      ("Жетысуская область", .zhetysu), ("область Улытау", .ulytau),
      ("Улытауская область", .ulytau),
    ]
    for (word, region) in common { names[wordKey(word)] = region }
    return names
  }()

  private static func firstWord(_ text: String) -> String {
    String(text.split(separator: " ").first ?? Substring(text))
  }

  /// Splits `subject:5`, `07150100=75`, `07150100 (75)` into the name and the number text.
  static func pair(_ item: String) -> (String, String)? {
    var text = item
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
      text = String(text[..<open]) + ":" + inner
    }
    guard let separator = text.lastIndex(where: { $0 == ":" || $0 == "=" }) else { return nil }
    let name = text[..<separator].trimmingWhitespace()
    let value = text[text.index(after: separator)...].trimmingWhitespace()
    guard !name.isEmpty, !value.isEmpty else { return nil }
    return (name, value)
  }
}

extension String {
  fileprivate func replacingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
