import JolFormat
import JolMatching
import JolModel

/// `jol mentors move STUDENT MENTOR --reason TEXT`: a coordinator's move after publishing. In
/// one batch it ends the student's current mentorship (`reassigned`) and assigns the new
/// mentor with the reason; the envelope records the actor. Then the verifier checks the
/// student's latest published run against the assignment as it now is, and the blocking pairs
/// the move created are printed (a move may be right for reasons the programme does not know:
/// it is recorded either way).
struct MentorsMoveCommand: Command {
  var name: String { "move" }
  var summary: LocalizedText { MentorsText.moveSummary.text() }
  var synopsis: String { "STUDENT MENTOR --reason TEXT" }
  var options: [OptionSpec] {
    [OptionSpec("reason", value: "TEXT", help: MentorsText.reasonOption.text())]
  }
  var positionalCount: ClosedRange<Int> { 2...2 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    guard let reason = arguments.value("reason"), !reason.allSatisfy(\.isWhitespace) else {
      throw CommandError.usage(MentorsText.reasonRequired.text())
    }
    let store = try Store.openForWriting(context)
    let vault = try store.loadVault()
    try FreeText.check(reason, option: "--reason", vault: vault)
    let (learnerID, _) = try LearnerLookup.resolve(arguments.positionals[0]) { vault }
    var state = try store.currentState()
    guard let learner = state.learner(learnerID), learner.erased == nil else {
      throw LearnerLookup.unknownLearner(learnerID)
    }
    let mentor = MentorID(arguments.positionals[1])
    guard let registration = state.mentors[mentor]?.registration else {
      throw CommandError(
        MentorsText.unknownMentor.text(["mentor": mentor.rawValue]), exitCode: .dataError)
    }
    let today = context.console.today
    var batch: [EventDraft] = []
    if let current = learner.currentMentorship {
      guard current.mentor != mentor else {
        context.message(
          MentorsText.alreadyWithMentor.text(["mentor": mentor.rawValue], in: context.language))
        return .ok
      }
      batch.append(
        EventDraft(
          stream: .learner(learnerID), effective: today,
          event: .mentorshipEnded(MentorshipEnded(mentor: current.mentor, reason: .reassigned))))
    }
    batch.append(
      EventDraft(
        stream: .learner(learnerID), effective: today,
        event: .mentorshipAssigned(
          MentorshipAssigned(
            mentor: mentor, enterprise: registration.enterprise, reason: reason))))
    _ = try store.append([batch])
    store.refreshDerivedFiles()
    context.output(
      MentorsText.moved.text(
        ["student": learnerID.rawValue, "mentor": mentor.rawValue], in: context.language))
    state = try store.currentState()
    guard
      let run = try MentorRunStore.latest(store, state: state, learner: learnerID, published: true)
    else { return .ok }
    let report = try MentorsVerifyCommand.verify(run, state: state)
    MentorsOutput.report(report, run: run, context)
    return .ok
  }
}
