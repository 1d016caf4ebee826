import JolModel

/// A class of a school as a teacher names it on the command line: the grade and the letter,
/// written as the roster import reads them (`9Ә`, `9 Ә`, `9-Ә`; the letter's case does not
/// matter).
struct SchoolClass: Hashable {
  var grade: Int
  var letter: String

  /// The class `text` names; nil when it is not a grade 1–12 followed by one or two letters.
  init?(_ text: String) {
    let digits = String(text.prefix { $0.isASCII && $0.isNumber })
    var rest = Substring(text.dropFirst(digits.count))
    while rest.first == " " || rest.first == "-" { rest.removeFirst() }
    guard let grade = Int(digits), (1...12).contains(grade), (1...2).contains(rest.count),
      rest.allSatisfy(\.isLetter)
    else { return nil }
    self.grade = grade
    self.letter = rest.uppercased()
  }

  /// Whether a pupil placed at `placement` is in this class.
  func contains(_ placement: SchoolPlacement) -> Bool {
    placement.grade == grade && placement.className.uppercased() == letter
  }

  /// The class as reports show it: `9Ә`.
  static func label(_ placement: SchoolPlacement) -> String {
    "\(placement.grade)\(placement.className)"
  }

  /// Classes by grade, then letter in the Kazakh alphabet's order (`9А`, `9Ә`, `9Б`, `10А`);
  /// letters outside it after, by code point.
  static func order(_ lhs: SchoolPlacement, _ rhs: SchoolPlacement) -> Bool {
    guard lhs.grade == rhs.grade else { return lhs.grade < rhs.grade }
    return key(lhs.className).lexicographicallyPrecedes(key(rhs.className))
  }

  /// `order` for labels (`9Ә`).
  static func order(_ lhs: String, _ rhs: String) -> Bool {
    func split(_ label: String) -> (Int, [Int]) {
      let digits = label.prefix { $0.isASCII && $0.isNumber }
      return (Int(digits) ?? 0, key(String(label.dropFirst(digits.count))))
    }
    let (left, right) = (split(lhs), split(rhs))
    return left.0 != right.0 ? left.0 < right.0 : left.1.lexicographicallyPrecedes(right.1)
  }

  private static let alphabet = Array("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ")

  private static func key(_ letters: String) -> [Int] {
    letters.uppercased().map { letter in
      alphabet.firstIndex(of: letter)
        ?? alphabet.count + Int(letter.unicodeScalars.first?.value ?? 0)
    }
  }
}
