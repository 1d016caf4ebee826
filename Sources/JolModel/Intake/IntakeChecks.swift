/// Checks of a row's references against what other files put in the data directory.
enum IntakeChecks {
  /// Why `id` cannot be used as an institution of `kind`: unknown (with the nearest known code
  /// of that kind) or of another kind. Nil when it can.
  static func institution(_ id: InstitutionID, kind: InstitutionKind, in state: ClusterState)
    -> LocalizedText?
  {
    if let registered = state.institutions[id]?.registration {
      return registered.kind == kind
        ? nil : IntakeMessages.wrongKind(id.rawValue, registered.kind, kind)
    }
    // Sorted, so that of two codes equally near the same one is suggested every time.
    let codes = state.institutions.values.filter { $0.registration?.kind == kind }
      .map(\.id.rawValue).sorted()
    return IntakeMessages.unknownInstitution(
      id.rawValue, ClosestMatch.suggestion(for: id.rawValue, among: codes))
  }

  /// Why `id` cannot be used as an enterprise; nil when it is registered.
  static func enterprise(_ id: EnterpriseID, in state: ClusterState) -> LocalizedText? {
    if state.enterprises[id]?.registration != nil { return nil }
    return IntakeMessages.unknownEnterprise(id.rawValue)
  }

  /// The learner an IIN names; nil, with a problem at `field` added to `problems`, when the
  /// vault does not know it.
  static func learner<Field>(
    _ iin: IIN, at field: Field, in state: IntakeState, problems: inout [RowProblem<Field>]
  ) -> LearnerID? {
    guard let learner = state.learner(iin) else {
      problems.append(RowProblem(field, IntakeMessages.unknownIIN(iin)))
      return nil
    }
    return learner
  }
}
