import Foundation
import JolModel

/// Free text an operator gives a command that the append-only log keeps for ever (the reason of
/// an erasure or of a superseded round): it may carry no personal data — no valid IIN, phone
/// number or e-mail address, and no name the vault holds for anyone — and nothing that acts on a
/// terminal. A text that does is refused (exit 64) without echoing what was found.
enum FreeText {
  /// Throws unless `text` may be recorded.
  /// - Parameter vault: names of whose people the text may not hold; nil checks no names (an
  ///   operator's login may well be someone's surname).
  /// - Throws: ``CommandError`` 64 saying what kind of data the text of `option` holds.
  static func check(_ text: String, option: String, vault: Vault?) throws {
    if let problem = problem(text, vault: vault) {
      throw CommandError.usage(Messages.freeTextRefused(option, problem))
    }
  }

  /// What `text` holds that it may not, or nil. Digits, `@` and letters are compared in their
  /// compatibility form (NFKC: full-width `１２３` and `＠` read as `123` and `@`).
  static func problem(_ text: String, vault: Vault?) -> LocalizedText? {
    if let scalar = TextSafety.forbiddenScalar(in: text) {
      return Messages.forbiddenCharacter(scalar)
    }
    if text.count > TextSafety.maximumFieldLength {
      return Messages.tooLong(TextSafety.maximumFieldLength)
    }
    let normal = text.precomposedStringWithCompatibilityMapping
    let runs = digitRuns(normal)
    if runs.contains(where: containsIIN) { return Messages.holdsIIN }
    if runs.contains(where: looksLikePhone) { return Messages.holdsPhone }
    if normal.split(whereSeparator: \.isWhitespace).contains(where: looksLikeEmail) {
      return Messages.holdsEmail
    }
    guard let vault else { return nil }
    let words = Set(normal.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" })
    return holdsName(words, vault) ? Messages.holdsName : nil
  }

  /// Runs of digits (any script's decimal digits, as ASCII), where up to two characters that
  /// are neither letters nor digits between digits (as numbers are written: `+7 (701) 123-45-67`,
  /// `111 226 616 446`, `111_226/616`) do not break a run; a leading `+` is kept.
  static func digitRuns(_ text: String) -> [String] {
    var runs: [String] = []
    var current = ""
    var separators = 0
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      if properties.numericType == .decimal, let value = properties.numericValue {
        current += String(Int(value))
        separators = 0
      } else if scalar == "+", current.isEmpty {
        current = "+"
      } else if !current.isEmpty, separators < 2, !properties.isAlphabetic {
        separators += 1
      } else {
        if current.count > 1 { runs.append(current) }
        current = scalar == "+" ? "+" : ""
        separators = 0
      }
    }
    if current.count > 1 { runs.append(current) }
    return runs
  }

  /// Whether 12 consecutive digits of the run form a valid IIN.
  private static func containsIIN(_ run: String) -> Bool {
    let digits = Array(run.filter(\.isNumber))
    guard digits.count >= 12 else { return false }
    return (0...(digits.count - 12)).contains { start in
      if case .success = IIN.parse(String(digits[start..<(start + 12)])) { true } else { false }
    }
  }

  /// A Kazakhstan number (`+7 701 777 00 01`, `87017770001`) or any `+` and 10 or more digits.
  private static func looksLikePhone(_ run: String) -> Bool {
    let digits = run.filter(\.isNumber)
    if run.hasPrefix("+") { return digits.count >= 10 }
    return (10...11).contains(digits.count) && (digits.hasPrefix("7") || digits.hasPrefix("87"))
  }

  private static func looksLikeEmail(_ word: Substring) -> Bool {
    guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
    let domain = word[word.index(after: at)...]
    return domain.contains(".") && domain.first != "."
  }

  /// Whether one of `words` (lowercased) is a word of a surname, name or patronymic of three
  /// letters or more that the vault holds for a learner or a mentor (lowercased, split at
  /// spaces). The people are looked through on every core, each part against the few words of
  /// the text, and each part lowercased once however many people share it: no set of the
  /// vault's names is built (a million people hold three million).
  static func holdsName(_ words: Set<Substring>, _ vault: Vault) -> Bool {
    guard !words.isEmpty else { return false }
    /// Whether a part holds one of the words, each part worked out once: the parts seen are
    /// numbered by their bytes (``KeyNumbers``; the standard hash of a Cyrillic name costs
    /// about as much as working it out).
    struct Parts {
      let words: Set<Substring>
      var seen = KeyNumbers()
      var holding: [Bool] = []

      mutating func holdAny(_ surname: String, _ name: String, _ patronymic: String) -> Bool {
        holds(surname) || holds(name) || holds(patronymic)
      }

      private mutating func holds(_ part: String) -> Bool {
        let number = seen.number(part)
        if number < holding.count { return holding[number] }
        holding.append(
          part.lowercased().split(whereSeparator: \.isWhitespace).contains(where: words.contains)
            && part.count >= 3)
        return holding[number]
      }
    }
    var mentors = Parts(words: words)
    if vault.mentors.values.contains(where: { mentors.holdAny($0.surname, $0.name, $0.patronymic) })
    {
      return true
    }
    // The people in pieces of the vault's own table, not copied out of it (a copy of a person
    // counts a reference on each of their strings).
    let people = vault.people.values
    var bounds = [people.startIndex]
    let step = max(4096, people.count / (Parallel.cores * 4))
    while bounds.last! != people.endIndex {
      bounds.append(
        people.index(bounds.last!, offsetBy: step, limitedBy: people.endIndex) ?? people.endIndex)
    }
    return Parallel.map(slicing: 0..<bounds.count - 1, minimumPiece: 1) { pieces in
      var parts = Parts(words: words)
      return pieces.contains { piece in
        people[bounds[piece]..<bounds[piece + 1]].contains {
          parts.holdAny($0.surname, $0.name, $0.patronymic)
        }
      }
    }.contains(true)
  }
}

extension Messages {
  static func freeTextRefused(_ option: String, _ problem: LocalizedText) -> LocalizedText {
    FreeTextMessage.refused.text(["option": option, "problem": problem])
  }

  static func forbiddenCharacter(_ scalar: Unicode.Scalar) -> LocalizedText {
    FreeTextMessage.forbiddenCharacter.text(["code": TextSafety.codePoint(scalar)])
  }

  static func tooLong(_ limit: Int) -> LocalizedText {
    FreeTextMessage.tooLong.text(["limit": String(limit)])
  }

  static let holdsIIN = FreeTextMessage.holdsIIN.text()
  static let holdsPhone = FreeTextMessage.holdsPhone.text()
  static let holdsEmail = FreeTextMessage.holdsEmail.text()
  static let holdsName = FreeTextMessage.holdsName.text()
}
