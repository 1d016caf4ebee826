import JolModel

/// The writing system of a letter, for finding look-alike letters inside one word.
enum Script: Sendable, Equatable {
  case latin
  case cyrillic
  case greek
  /// Any other letter (Arabic, CJK, …): it counts as its own script.
  case other

  /// The script of a letter; nil for digits, `_`, `-` and the other non-letters of a word.
  init?(_ character: Character) {
    guard character.isLetter, let scalar = character.unicodeScalars.first else { return nil }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
    case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
    case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
    default: self = .other
    }
  }

  /// The script's name in each language ("a Cyrillic letter").
  var title: LocalizedText {
    switch self {
    case .latin: SyntaxMessage.titleLatin.text()
    case .cyrillic: SyntaxMessage.titleCyrillic.text()
    case .greek: SyntaxMessage.titleGreek.text()
    case .other: SyntaxMessage.titleOther.text()
    }
  }
}

extension Lexer {
  /// The first letter of `word` whose script differs from the word's main script (the script
  /// of most of its letters; on a tie, of its first letter), with its offset in characters;
  /// nil when every letter is of one script. `₸` is not a letter, so `₸` words never mix.
  static func mixedScript(_ word: String) -> (offset: Int, character: Character, script: Script)? {
    var counts: [(Script, Int)] = []
    for character in word {
      guard let script = Script(character) else { continue }
      if let index = counts.firstIndex(where: { $0.0 == script }) {
        counts[index].1 += 1
      } else {
        counts.append((script, 1))
      }
    }
    guard counts.count > 1 else { return nil }
    var main = counts[0]
    for entry in counts.dropFirst() where entry.1 > main.1 { main = entry }
    for (offset, character) in word.enumerated() {
      if let script = Script(character), script != main.0 {
        return (offset, character, script)
      }
    }
    return nil
  }
}
