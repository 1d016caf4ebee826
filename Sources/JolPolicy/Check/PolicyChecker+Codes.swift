import JolModel

/// Classifier codes: every literal compared with the `specialty` or `qualification` fact —
/// `specialty = X`, `specialty in [..]`, a list used that way, a row of an amount table by the
/// fact — must be a code of the TVET classifier, or no learner could ever match it. A specialty
/// must be eight digits (an old seven-digit code is reported with the new code it maps to), and
/// the message names the nearest known code. Lists never compared with these facts are not
/// checked. Without a classifier (a policy checked away from its `reference/` directory) the
/// check is skipped.
extension PolicyChecker {
  /// Whether `item` is a code the classifier knows, for `fact`; reports it at the literal when
  /// not. True for other facts, without a classifier, and for a literal already checked.
  /// - Complexity: O(1) for a known code; O(specialties) to find the nearest unknown one.
  mutating func knownCode(_ item: Literal, for fact: Fact) -> Bool {
    guard let codes, let classifier = fact.classifier else { return true }
    guard codesChecked.insert(item.location).inserted else { return true }
    do {
      switch classifier {
      case .specialty: _ = try codes.specialty(item.text)
      case .qualification: _ = try codes.qualification(item.text)
      }
      return true
    } catch {
      sink.error(item.location, .unknownCode(error, of: fact))
      return false
    }
  }
}

extension Diagnostic.Message {
  /// The classifier's reason (it names the nearest known code, or the new code of an old one),
  /// then where the known codes are listed.
  fileprivate static func unknownCode(_ error: ClassifierError, of fact: Fact) -> Self {
    let file =
      fact.classifier == .qualification
      ? SpecialtyClassifier.qualificationsFileName : SpecialtyClassifier.specialtiesFileName
    return error.reason
      + CheckMessage.unknownCode.text(["file": file])
  }
}
