import JolModel

/// Checks of one file's rows against what other files put in the data directory.
enum ImportChecks {
  /// Why `id` cannot be used as an institution of `kind`: unknown (with the nearest known code
  /// of that kind) or of another kind. Nil when it can.
  static func institution(_ id: InstitutionID, kind: InstitutionKind, in state: ClusterState)
    -> LocalizedText?
  {
    if let registered = state.institutions[id]?.registration {
      return registered.kind == kind
        ? nil : ImportMessages.wrongKind(id.rawValue, registered.kind, kind)
    }
    // Sorted, so that of two codes equally near the same one is suggested every time.
    let codes = state.institutions.values.filter { $0.registration?.kind == kind }
      .map(\.id.rawValue).sorted()
    return ImportMessages.unknownInstitution(
      id.rawValue, ClosestMatch.suggestion(for: id.rawValue, among: codes))
  }

  /// Why `id` cannot be used as an enterprise; nil when it is registered.
  static func enterprise(_ id: EnterpriseID, in state: ClusterState) -> LocalizedText? {
    if state.enterprises[id]?.registration != nil { return nil }
    return ImportMessages.unknownEnterprise(id.rawValue)
  }

  /// The learner an IIN names in the vault; nil, with an error at the row's IIN column added
  /// to `errors`, when the vault does not know it.
  static func learner(_ iin: IIN, row: CSVRow, in vault: Vault, errors: inout [CSVError])
    -> LearnerID?
  {
    guard let person = vault.person(iin: iin.value) else {
      errors.append(row.error(in: ImportColumns.iin, reason: ImportMessages.unknownIIN(iin)))
      return nil
    }
    return person.learner
  }
}

/// A message as an error value, for `Result`.
struct ImportMessage: Error {
  var text: LocalizedText
  init(_ text: LocalizedText) { self.text = text }
}
