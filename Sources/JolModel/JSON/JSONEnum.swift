/// A closed set written in JSON as its raw value, matched on read against precomputed bytes:
/// no `String` is made and no string `switch` runs for the stage, language or reason of every
/// event on replay.
protocol JSONEnum: CaseIterable, RawRepresentable where RawValue == String {
  /// Every case, in `allCases` order (stored once: `allCases` builds an array per call).
  static var jsonCases: [Self] { get }
  /// The UTF-8 bytes of each case's raw value, in ``jsonCases`` order.
  static var jsonNames: [[UInt8]] { get }
}

extension JSONReader {
  /// Reads a string that must be the raw value of a case of `T`.
  mutating func readEnum<T: JSONEnum>(_: T.Type) throws -> T {
    skipWhitespace()
    let start = offset
    let index = try withStringBytes { text in
      T.jsonNames.firstIndex { name in
        name.count == text.count
          && name.withUnsafeBytes { memoryEquals($0.baseAddress!, text.baseAddress!, text.count) }
      }
    }
    guard let index else {
      var copy = self
      copy.offset = start
      let text = (try? copy.readString()) ?? "?"
      let accepted = T.jsonCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      throw JSONReadError(
        offset: start,
        reason: .invalidValue(field: currentKey, expected: "one of \(accepted), not '\(text)'"))
    }
    return T.jsonCases[index]
  }
}

/// The byte names of a closed set's cases.
private func names<T: CaseIterable & RawRepresentable>(_: T.Type) -> [[UInt8]]
where T.RawValue == String {
  T.allCases.map { Array($0.rawValue.utf8) }
}

extension Stage: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(Stage.self)
}

extension StudyForm: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(StudyForm.self)
}

extension StudyFormV1: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(StudyFormV1.self)
}

extension Funding: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(Funding.self)
}

extension Language: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(Language.self)
}

extension TransitionReason: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(TransitionReason.self)
}

extension EnterprisePlacementKind: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(EnterprisePlacementKind.self)
}

extension OutsideKind: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(OutsideKind.self)
}

extension MentorshipEndReason: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(MentorshipEndReason.self)
}

extension InstitutionKind: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(InstitutionKind.self)
}

extension Shift: JSONEnum {
  static let jsonCases = Array(allCases)
  static let jsonNames = names(Shift.self)
}
