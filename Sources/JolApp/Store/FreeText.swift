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
    let names = vaultNames(vault)
    let words = normal.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" }
    if words.contains(where: { names.contains(String($0)) }) { return Messages.holdsName }
    return nil
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

  /// Every surname, name and patronymic of the vault's learners and mentors (three letters or
  /// more), lowercased.
  private static func vaultNames(_ vault: Vault) -> Set<String> {
    var names = Set<String>()
    let parts =
      vault.people.values.flatMap { [$0.surname, $0.name, $0.patronymic] }
      + vault.mentors.values.flatMap { [$0.surname, $0.name, $0.patronymic] }
    for part in parts where part.count >= 3 {
      for word in part.lowercased().split(whereSeparator: \.isWhitespace) {
        names.insert(String(word))
      }
    }
    return names
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
