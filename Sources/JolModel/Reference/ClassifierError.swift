/// Why a code could not be looked up in the TVET classifier: a value, never a crash. The
/// reason says what was wrong and what would be accepted, with the nearest known code when
/// there is one; ``SpecialtyClassifier/specialty(in:column:)`` places it at a file's field.
public struct ClassifierError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// Not eight digits; `replacement` is the new code when the text is a known old one that
    /// maps to exactly one specialty.
    case malformedSpecialtyCode(String, replacement: SpecialtyCode?)
    /// Eight digits, but no specialty has them; `nearest` is the closest listed one.
    case unknownSpecialty(SpecialtyCode, nearest: Specialty?)
    /// Not a level prefix (`3W`, `4S`, `5AB`) followed by eight digits.
    case malformedQualificationCode(String)
    /// A well-formed qualification code that is not listed; says whether its specialty is.
    case unknownQualification(QualificationCode, specialtyKnown: Bool, nearest: Qualification?)
    /// Not seven digits.
    case malformedLegacyCode(String)
    /// Seven digits not in the old → new table; `nearest` is the closest row.
    case unknownLegacyCode(String, nearest: LegacySpecialtyMapping?)
    /// An old code that maps to several specialties: the record must name one.
    case ambiguousLegacyCode(String, candidates: [SpecialtyCode])
  }

  /// What is wrong.
  public let problem: Problem

  public init(_ problem: Problem) { self.problem = problem }
}

extension ClassifierError: CustomStringConvertible {
  /// The English ``reason``.
  public var description: String { reason.en }
}

extension ClassifierError {
  /// What is wrong and what would be accepted, in each language.
  public var reason: LocalizedText {
    switch problem {
    case .malformedSpecialtyCode(let text, let replacement):
      guard let replacement else {
        return ClassifierMessage.malformedSpecialtyCode.text(["text": text])
      }
      return ClassifierMessage.oldSpecialtyCode.text([
        "text": text, "replacement": replacement.rawValue,
      ])
    case .unknownSpecialty(let code, let nearest):
      guard let nearest else {
        return ClassifierMessage.unknownSpecialty.text(["code": code.rawValue])
      }
      return ClassifierMessage.nearestSpecialty.text([
        "code": code.rawValue, "nearest": nearest.code.rawValue, "name": nearest.name,
      ])
    case .malformedQualificationCode(let text):
      return ClassifierMessage.malformedQualificationCode.text(["text": text])
    case .unknownQualification(let code, let specialtyKnown, let nearest):
      let values: [String: any MessageValue] = [
        "code": code.rawValue, "specialty": code.specialtyCode?.rawValue ?? "",
      ]
      guard specialtyKnown else {
        return ClassifierMessage.qualificationOfUnknownSpecialty.text(values)
      }
      guard let nearest else { return ClassifierMessage.noQualificationsListed.text(values) }
      return ClassifierMessage.unknownQualification.text(
        values.merging(["nearest": nearest.code.rawValue, "name": nearest.name]) { $1 })
    case .malformedLegacyCode(let text):
      return ClassifierMessage.malformedLegacyCode.text(["text": text])
    case .unknownLegacyCode(let text, let nearest):
      guard let nearest else { return ClassifierMessage.unknownLegacyCode.text(["text": text]) }
      return ClassifierMessage.nearestLegacyCode.text([
        "text": text, "hint": "\(nearest.legacyCode) → \(nearest.specialty.rawValue)",
      ])
    case .ambiguousLegacyCode(let text, let candidates):
      return ClassifierMessage.ambiguousLegacyCode.text([
        "text": text, "list": candidates.map(\.rawValue).joined(separator: ", "),
      ])
    }
  }
}
