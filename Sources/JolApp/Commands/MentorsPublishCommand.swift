import JolFormat
import JolModel

/// `jol mentors publish RUN-ID`: records a pending run in one atomic batch — its `matching.run`
/// (inputs' log position, seed, summary), a `learner.mentorship_assigned` per pair — those
/// fixed before the run (`--pre-assign`) first, all naming the run —, and
/// `matching.published` — only when the log has not changed since the run was built (else it
/// refuses, exit 65: run `assign` again). Publishing a run already published appends nothing.
struct MentorsPublishCommand: Command {
  var name: String { "publish" }
  var summary: LocalizedText { MentorsText.publishSummary.text() }
  var synopsis: String { "RUN-ID" }
  var options: [OptionSpec] { [] }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let store = try Store.openForWriting(context)
    let run = try MentorRunStore.load(arguments.positionals[0], store)
    let state = try store.currentState()
    let id = MatchingRunID(run.id)
    if state.matchings[id]?.published != nil {
      context.message(MentorsText.alreadyPublished.text(["id": run.id], in: context.language))
      return .ok
    }
    let position = store.log?.lastSequence ?? 0
    guard position == run.logPosition else {
      throw CommandError(
        MentorsText.logChanged.text([
          "id": run.id, "then": "\(run.logPosition)", "now": "\(position)",
          "programme": run.programme,
        ]), exitCode: .dataError)
    }
    let result = try run.solve()
    let report = result.verify()
    let enterprise = Dictionary(run.mentors.map { ($0.id, $0.enterprise) }) { a, _ in a }
    var batch = [
      EventDraft(
        stream: .matching(id), effective: run.asOf,
        event: .matchingRun(
          MatchingRun(
            programme: run.programme, asOf: run.asOf, logPosition: run.logPosition,
            seed: run.seed, students: run.students.count, mentors: run.mentors.count,
            assigned: result.matchedCount, blockingPairs: report.blockingPairs.count)))
    ]
    for fixed in run.preAssigned {
      batch.append(
        EventDraft(
          stream: .learner(LearnerID(fixed.student)), effective: run.asOf,
          event: .mentorshipAssigned(
            MentorshipAssigned(
              mentor: MentorID(fixed.mentor), enterprise: EnterpriseID(fixed.enterprise),
              matching: id))))
    }
    for (student, mentor) in result.pairs {
      batch.append(
        EventDraft(
          stream: .learner(LearnerID(student)), effective: run.asOf,
          event: .mentorshipAssigned(
            MentorshipAssigned(
              mentor: MentorID(mentor), enterprise: EnterpriseID(enterprise[mentor]!),
              matching: id))))
    }
    batch.append(
      EventDraft(
        stream: .matching(id), effective: run.asOf, event: .matchingPublished(RunPublished())))
    let appended = try store.append([batch])
    store.refreshDerivedFiles()
    context.output(
      MentorsText.published.text(
        [
          "id": run.id,
          "assigned": LocalNumber.integer(
            result.matchedCount + run.preAssigned.count, context.language),
          "events": LocalNumber.integer(appended, context.language),
        ], in: context.language))
    return .ok
  }
}
