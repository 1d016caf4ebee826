import JolFormat
import JolMatching
import JolModel

/// What `jol mentors …` prints: a run's assignment (as `jol match solve` does, with the run's
/// id and status), a verifier's report, and a mentor's ranked applicants.
enum MentorsOutput {
  /// The assignment of `run`: per student the mentor, choice and explanation; per mentor the
  /// seats, admitted and cutoff; the pairs fixed before the run; a summary naming the run.
  static func assignment(
    _ run: MentorRun, _ result: MatchingResult<String, String, String>,
    report: VerificationReport<String, String, String>, format: OutputFormat, _ context: Context
  ) {
    let language = context.language
    if format == .json {
      guard case .object(let fields) = result.json(report: report, warnings: [], language: language)
      else { return }
      context.output(
        JSONValue.object(
          [
            ("run", .string(run.id)), ("programme", .string(run.programme)),
            ("round", .int(run.round)), ("as_of", .string(run.asOf.description)),
            ("log_position", .int(run.logPosition)),
            (
              "pre_assigned",
              .array(
                run.preAssigned.map {
                  .object([("student", .string($0.student)), ("mentor", .string($0.mentor))])
                })
            ),
          ]
            // The lottery's numbers were drawn from the programme's `lottery` text.
            + fields.map { $0.0 == "seed" ? ("seed", .string(run.seed)) : $0 }
        ).compact)
      return
    }
    MatchSolveOutput.text(result, report: report, seed: run.seed, context)
    context.output("")
    for fixed in run.preAssigned {
      context.output(
        MentorsText.preAssignedLine.text(
          ["student": fixed.student, "mentor": fixed.mentor], in: language))
    }
    context.output(
      MentorsText.pendingRun.text(
        ["id": run.id, "students": LocalNumber.integer(run.students.count, language)],
        in: language))
  }

  /// Each violation and blocking pair the verifier found, on stderr; a line saying it is
  /// stable when none.
  static func report(
    _ report: VerificationReport<String, String, String>, run: MentorRun, _ context: Context
  ) {
    let language = context.language
    for line in report.messages(in: language) { context.output(line) }
    context.output(
      MentorsText.verified.text(
        [
          "id": run.id, "violations": LocalNumber.integer(report.violations.count, language),
          "blocking": LocalNumber.integer(report.blockingPairs.count, language),
        ], in: language))
  }

  /// The blocking pairs a move created (`created`, from the verifier's reports before and
  /// after it), one a line, and a line with their count and the count of all now.
  static func created(
    _ created: [BlockingPair<String, String>], after: VerificationReport<String, String, String>,
    run: MentorRun, _ context: Context
  ) {
    let language = context.language
    for pair in created { context.output(pair.message[language]) }
    context.output(
      MentorsText.moveCreated.text(
        [
          "id": run.id, "created": LocalNumber.integer(created.count, language),
          "blocking": LocalNumber.integer(after.blockingPairs.count, language),
        ], in: language))
  }
}
