import JolModel

/// The `IIN:MENTOR` values of `jol mentors assign --ban` and `--pre-assign`.
enum MentorPairOption {
  /// Each value of the repeatable option `name`, in the order given: the learner (an IIN looked
  /// up in the vault, or a learner id) and a registered mentor.
  /// - Throws: ``CommandError`` 64 for a value not of the form `IIN:MENTOR`, 65 for a mentor
  ///   that is not registered, and what ``LearnerLookup`` throws for the IIN.
  static func pairs(
    _ name: String, _ arguments: ParsedArguments, state: ClusterState, vault: () throws -> Vault
  ) throws -> [(learner: LearnerID, mentor: MentorID)] {
    try arguments.values(name).map { value in
      let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw CommandError.usage(
          MentorsText.badPair.text(["option": name, "text": IIN.masked(value)]))
      }
      let (learner, _) = try LearnerLookup.resolve(parts[0], vault: vault)
      let mentor = MentorID(parts[1])
      guard state.mentors[mentor]?.registration != nil else {
        throw CommandError(
          MentorsText.unknownMentor.text(["mentor": mentor.rawValue]), exitCode: .dataError)
      }
      return (learner, mentor)
    }
  }
}
