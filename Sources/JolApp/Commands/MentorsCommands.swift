import JolModel

/// `jol mentors …`: the assignment of students to enterprises' mentors from the data directory.
enum MentorsCommands {
  static let group = CommandGroup(
    name: "mentors",
    summary: MentorsText.mentorsGroup.text(),
    children: [
      .command(MentorsAssignCommand()), .command(MentorsPublishCommand()),
      .command(MentorsMoveCommand()), .command(MentorsVerifyCommand()),
      .command(MentorsExplainCommand()), .command(MentorsShowCommand()),
    ])
}
