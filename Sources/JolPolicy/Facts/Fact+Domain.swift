import JolModel

/// What values a fact can take at all — the bounds of a number, the closed set of a code — so
/// that a value that could never occur is refused where it is written: in a policy's literal or
/// parameter, in a facts file, in a test case. A threshold outside the bounds (`gpa >= 6`) would
/// make its requirement always fail or always pass; a region `99` would never match anyone.
extension Fact {
  /// The bounds of a numeric fact (whole-number facts too), inclusive; nil when unbounded.
  public var bounds: ClosedRange<FixedDecimal>? {
    switch self {
    case .gpa: FixedDecimal(0)...FixedDecimal(5)
    case .attendance: FixedDecimal(0)...FixedDecimal(100)
    default:
      range.map { FixedDecimal(Int($0.lowerBound))...FixedDecimal(Int($0.upperBound)) }
    }
  }

  /// Every value of a code fact whose set Jol knows in full (the twenty regions by KATO code,
  /// the profile directions and their aliases); nil for open sets (specialties are checked
  /// against the classifier, districts and institutions are not known to Jol).
  public var knownCodes: [String]? {
    switch self {
    case .region: Self.regionCodes
    case .diagnosticDirection: Self.directionCodes
    default: nil
    }
  }

  // Built once: facts files and test files look values up per line.
  private static let regionCodes = Region.all.map(\.rawValue)
  private static let directionCodes = Direction.all.map(\.rawValue) + ["medicine", "social"]

  /// The known value a mistyped `text` most likely meant: the KATO code of an ISO region code
  /// (`KZ-61` → `61`), else the nearest by edit distance.
  func nearestCode(to text: String) -> String? {
    guard let known = knownCodes else { return nil }
    if self == .region, text.uppercased().hasPrefix("KZ-"),
      known.contains(String(text.dropFirst(3)))
    {
      return String(text.dropFirst(3))
    }
    return EditDistance.closest(to: text, among: known)
  }
}

extension Diagnostic.Message {
  /// "unknown region '99': expected one of 10, 11, …" (with "did you mean" when one is near).
  static func unknownCode(_ text: String, of fact: Fact) -> Self {
    let name = fact.rawValue
    var message = Self(
      kk: "'\(name)' фактісінің '\(text)' деген мәні жоқ",
      ru: "неизвестное значение '\(text)' факта '\(name)'",
      en: "unknown \(name) '\(text)'")
    if let near = fact.nearestCode(to: text) { message = message + .didYouMean(near) }
    if fact == .region {
      message =
        message
        + Self(
          kk: " (облыстың екі таңбалы КАТО коды)", ru: " (двузначный код КАТО области)",
          en: " (the two-digit KATO code of the region)")
    }
    return message + .expectedOneOf(fact.knownCodes ?? [])
  }

  /// "gpa 6 is out of range: expected 0–5": a threshold or a value that can never occur.
  static func outOfBounds(_ fact: Fact, _ value: String) -> Self {
    let name = fact.rawValue
    guard let bounds = fact.bounds else { return .same(value) }
    let unit = fact == .attendance ? "%" : ""
    let range = "\(bounds.lowerBound)\(unit)–\(bounds.upperBound)\(unit)"
    return Self(
      kk: "\(name) \(value) рұқсат етілген аралықтан тыс: \(range) күтілді",
      ru: "\(name) \(value) вне допустимого диапазона: ожидается \(range)",
      en: "\(name) \(value) is out of range: expected \(range)")
  }
}
