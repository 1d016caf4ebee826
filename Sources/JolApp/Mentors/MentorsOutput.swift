import JolFormat
import JolMatching
import JolModel

/// What `jol mentors …` prints: a run's assignment (as `jol match solve` does, with the run's
/// id and status), a verifier's report, and a mentor's ranked applicants.
enum MentorsOutput {
  /// The assignment of `run`: per student the mentor, choice and explanation; per mentor the
  /// seats, admitted and cutoff; a summary naming the run.
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
          ]
            // The lottery's numbers were drawn from the programme's `lottery` text.
            + fields.map { $0.0 == "seed" ? ("seed", .string(run.seed)) : $0 }
        ).compact)
      return
    }
    MatchSolveOutput.text(result, report: report, seed: run.seed, context)
    context.output("")
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
}
