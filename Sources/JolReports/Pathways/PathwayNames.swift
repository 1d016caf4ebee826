import JolModel

/// The titles of a report's row and column keys: districts by their KATO names, specialties by
/// the TVET classifier, institutions by the names the log registered (Kazakh and Russian; the
/// Russian one in English). A key nothing names is shown as it is.
public struct PathwayNames: Sendable {
  let kato: KATOTable
  let classifier: SpecialtyClassifier?
  let institutions: [InstitutionID: OrganisationNames]

  public init(kato: KATOTable, classifier: SpecialtyClassifier?, state: ClusterState) {
    self.kato = kato
    self.classifier = classifier
    institutions = state.institutions.compactMapValues { $0.registration?.names }
  }

  /// Names for a merged report: the institutions' names from the regions' merge files.
  init(kato: KATOTable, classifier: SpecialtyClassifier?, institutions: [String: OrganisationNames])
  {
    self.kato = kato
    self.classifier = classifier
    self.institutions = Dictionary(
      uniqueKeysWithValues: institutions.map { (InstitutionID($0.key), $0.value) })
  }

  func district(_ code: String) -> LocalizedText {
    if code == PathwayTally.unknownDistrict { return PathwayMessage.notRecorded.text() }
    return kato.name(of: code) ?? .same(code)
  }

  func specialty(_ code: String) -> LocalizedText {
    guard let name = classifier?[SpecialtyCode(rawValue: code)]?.name else { return .same(code) }
    return .each { "\(code) \(name[$0])" }
  }

  func institution(_ code: String) -> LocalizedText {
    guard let names = institutions[InstitutionID(code)] else { return .same(code) }
    return LocalizedText(kk: names.kk, ru: names.ru, en: names.ru)
  }
}
