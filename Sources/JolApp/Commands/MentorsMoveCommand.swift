import JolFormat
import JolMatching
import JolModel

/// `jol mentors move STUDENT MENTOR --reason TEXT [--date YYYY-MM-DD]`: a coordinator's move
/// after publishing. In one batch, effective on `--date` (default today; not before the
/// student's latest published run, nor before their current mentorship began), it ends the
/// student's current mentorship (`reassigned`) and assigns the new mentor with the reason; the
/// envelope records the actor. The independent verifier checks that run's students' mentorships
/// before and after the move, and the blocking pairs present after and not before — the ones the
/// move created — are printed (a move may be right for reasons the programme does not know: it
/// is recorded either way).
struct MentorsMoveCommand: Command {
  var name: String { "move" }
  var summary: LocalizedText { MentorsText.moveSummary.text() }
  var synopsis: String { "STUDENT MENTOR --reason TEXT [--date YYYY-MM-DD]" }
  var options: [OptionSpec] {
    [
      OptionSpec("reason", value: "TEXT", help: MentorsText.reasonOption.text()),
      OptionSpec("date", value: "YYYY-MM-DD", help: MentorsText.dateOption.text()),
    ]
  }
  var positionalCount: ClosedRange<Int> { 2...2 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    guard let reason = arguments.value("reason"), !reason.allSatisfy(\.isWhitespace) else {
      throw CommandError.usage(MentorsText.reasonRequired.text())
    }
    let date = try arguments.date("date", default: context.console.today)
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
    let run = try MentorRunStore.latest(store, learner: learnerID, publishedIn: state)
    let current = learner.currentMentorship
    if let run, date < run.asOf {
      throw CommandError(
        MentorsText.moveBeforeRun.text([
          "date": date.description, "id": run.id, "since": run.asOf.description,
        ]), exitCode: .dataError)
    }
    if let current, date < current.from {
      throw CommandError(
        MentorsText.moveBeforeMentorship.text([
          "date": date.description, "mentor": current.mentor.rawValue,
          "since": current.from.description,
        ]), exitCode: .dataError)
    }
    var batch: [EventDraft] = []
    if let current {
      guard current.mentor != mentor else {
        context.message(
          MentorsText.alreadyWithMentor.text(["mentor": mentor.rawValue], in: context.language))
        return .ok
      }
      batch.append(
        EventDraft(
          stream: .learner(learnerID), effective: date,
          event: .mentorshipEnded(MentorshipEnded(mentor: current.mentor, reason: .reassigned))))
    }
    batch.append(
      EventDraft(
        stream: .learner(learnerID), effective: date,
        event: .mentorshipAssigned(
          MentorshipAssigned(
            mentor: mentor, enterprise: registration.enterprise, reason: reason))))
    let before = try run.map { try MentorsVerifyCommand.verify($0, learner: state.learner) }
    _ = try store.append([batch])
    store.refreshDerivedFiles()
    context.output(
      MentorsText.moved.text(
        ["student": learnerID.rawValue, "mentor": mentor.rawValue], in: context.language))
    guard let run, let before else { return .ok }
    state = try store.currentState()
    let after = try MentorsVerifyCommand.verify(run, learner: state.learner)
    MentorsOutput.created(after.blockingPairs(absentFrom: before), after: after, run: run, context)
    return .ok
  }
}
