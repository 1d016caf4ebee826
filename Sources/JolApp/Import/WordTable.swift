import JolModel

/// A closed set as offices write it in a spreadsheet cell: each value with the words in Kazakh,
/// Russian and English that mean it (`күндізгі`, `очная`, `full-time` → ``StudyForm/fullTime``).
///
/// Words match when equal after case folding and dropping everything but letters and digits,
/// so `Full time`, `full_time` and `FULL-TIME` are one word.
struct WordTable<Value: Sendable>: Sendable {
  /// What the values are, for messages ("form of study").
  let title: LocalizedText
  /// The canonical word of each value, in order, for messages.
  let canonical: [String]
  /// Every accepted word as written, for suggestions.
  private let words: [String]
  private let index: [String: Value]
  /// The accepted words as written and lowercased, looked up before computing a word's key:
  /// most cells hold a word exactly as the table has it.
  private let exact: [String: Value]

  /// A table of a closed set whose values are their own catalogue keys: each value's id (its
  /// canonical word), its titles in every language, then `aliases`. Every title Jol prints for a
  /// value is accepted back.
  init(_ title: VocabularyTitle, aliases: [Value: [String]])
  where Value: TitledValue & RawRepresentable<String> {
    self.init(
      title.text(), Value.allCases.map { ($0, Self.words($0, $0.title, aliases[$0, default: []])) })
  }

  /// A table of a set whose titles are the catalogue area `Key` (an open set's well-known values):
  /// each key's id, its titles and `aliases`, read as `value(key)`.
  init<Key: TitledValue & RawRepresentable<String>>(
    _ title: VocabularyTitle, titled: Key.Type, as value: (Key) -> Value,
    aliases: [Key: [String]]
  ) {
    self.init(
      title.text(),
      Key.allCases.map { (value($0), Self.words($0, $0.title, aliases[$0, default: []])) })
  }

  /// A table whose values have no titles: each value with its words, the canonical one first.
  init(_ title: VocabularyTitle, _ entries: [(Value, [String])]) {
    self.init(title.text(), entries)
  }

  /// A value's words: its id first, its title in every language, then its aliases.
  static func words<Key: RawRepresentable<String>>(
    _ key: Key, _ title: LocalizedText, _ aliases: [String]
  ) -> [String] {
    [key.rawValue] + Language.allCases.map { title[$0] } + aliases
  }

  /// - Parameter entries: each value, its canonical word (first) and its other words.
  init(_ title: LocalizedText, _ entries: [(Value, [String])]) {
    self.title = title
    self.canonical = entries.map { $0.1[0] }
    self.words = entries.flatMap(\.1)
    var index: [String: Value] = [:]
    for (value, words) in entries {
      for word in words { index[wordKey(word)] = value }
    }
    self.index = index
    var exact: [String: Value] = [:]
    for word in entries.flatMap(\.1) {
      // The same value the key finds: of two words with one key, the later entry wins there.
      exact[word] = index[wordKey(word)]
      exact[word.lowercased()] = index[wordKey(word)]
    }
    self.exact = exact
  }

  /// The value a word means, if any.
  /// - Complexity: O(length of the word).
  func value(_ word: String) -> Value? { exact[word] ?? index[wordKey(word)] }

  /// Why `word` is not accepted, with the accepted words and the nearest one.
  func rejection(_ word: String) -> LocalizedText {
    ImportText.unknownWord.text([
      "text": word, "title": title, "list": canonical.joined(separator: ", "),
      "hint": ImportMessages.didYouMean(ClosestMatch.suggestion(for: word, among: words)),
    ])
  }
}

/// The form words are compared in: lowercased letters and digits only.
///
/// A word of ASCII and Russian or Kazakh Cyrillic (every word a spreadsheet cell of a closed set
/// holds, near enough) is keyed scalar by scalar without the Unicode tables; any other word by
/// them (``unicodeWordKey(_:)``), which gives the same key for those scalars.
func wordKey(_ word: String) -> String {
  var key = String.UnicodeScalarView()
  for scalar in word.unicodeScalars {
    let value = scalar.value
    let lower: UInt32
    switch value {
    case 0x30...0x39, 0x61...0x7A, 0x430...0x45F: lower = value
    case 0x41...0x5A, 0x410...0x42F: lower = value + 0x20
    case 0x400...0x40F: lower = value + 0x50
    case 0x20...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: continue  // ASCII signs: dropped
    // Kazakh letters (Ғ Қ Ң Ү Ұ Һ, Ә Ө and their neighbours): capital even, small odd.
    case 0x490...0x4BF, 0x4D0...0x4FF: lower = value | 1
    default: return unicodeWordKey(word)
    }
    key.append(Unicode.Scalar(lower)!)
  }
  return String(key)
}

/// ``wordKey(_:)`` by the Unicode tables, for any word.
func unicodeWordKey(_ word: String) -> String {
  var key = String.UnicodeScalarView()
  for scalar in word.lowercased().unicodeScalars
  where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
    key.append(scalar)
  }
  return String(key)
}
