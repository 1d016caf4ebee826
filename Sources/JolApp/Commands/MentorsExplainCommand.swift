import JolFormat
import JolModel

/// `jol mentors explain IIN|ID [--run RUN-ID] [--format text|json]`: why the student got what
/// they got in their latest run (pending or published), in the reader's language: «assigned to
/// your choice #2; your choice #1 was full with students ranked higher (its cutoff 78.5, your
/// score 74)», or unmatched with no acceptable mentor or every acceptable mentor full. JSON
/// carries the structured fields `jol match solve` gives each student (`outcome`, `choice`,
/// `mentor`, `preferred` with reasons and cutoffs), the text under `explanation`; a student
/// pre-assigned before the run has `outcome` `pre_assigned` and the `mentor`.
struct MentorsExplainCommand: Command {
  var name: String { "explain" }
  var summary: LocalizedText { MentorsText.explainSummary.text() }
  var synopsis: String { "IIN|ID [--run RUN-ID] [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec("run", value: "RUN-ID", help: MentorsText.runOption.text()),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let store = try Store.openForReading(context)
    let (learner, _) = try LearnerLookup.resolve(arguments.positionals[0]) {
      try store.person(iin: $0)
    }
    let found =
      try arguments.value("run").map { try MentorRunStore.load($0, store) }
      ?? MentorRunStore.latest(store, learner: learner)
    guard let run = found else {
      throw CommandError(
        MentorsText.notInAnyRun.text(["student": learner.rawValue]), exitCode: .noInput)
    }
    guard let index = run.index(of: learner) else {
      guard let fixed = run.preAssignment(of: learner) else {
        throw CommandError(
          MentorsText.notInAnyRun.text(["student": learner.rawValue]), exitCode: .noInput)
      }
      Self.preAssigned(fixed, run: run, format: format, context)
      return .ok
    }
    let explanation = try run.solve().explanation(ofStudentAt: index)
    if format == .json {
      // The fields of `match solve`'s explanation, its text under `explanation`.
      guard case .object(let fields) = explanation.json(context.language) else { return .failure }
      context.output(
        JSONValue.object(
          [
            ("student", .string(learner.rawValue)), ("run", .string(run.id)),
            ("list_built", .bool(run.students[index].built)),
          ] + fields.map { $0.0 == "text" ? ("explanation", $0.1) : $0 }
        ).compact)
    } else {
      context.output(TextSafety.displayable(explanation.text(in: context.language)))
    }
    return .ok
  }

  /// A student pre-assigned before the run (`assign --pre-assign`): no list was weighed.
  static func preAssigned(
    _ fixed: MentorRun.PreAssignment, run: MentorRun, format: OutputFormat, _ context: Context
  ) {
    let text = MentorsText.preAssignedExplanation.text(
      ["mentor": fixed.mentor, "id": run.id], in: context.language)
    if format == .json {
      context.output(
        JSONValue.object([
          ("student", .string(fixed.student)), ("run", .string(run.id)),
          ("explanation", .string(text)), ("outcome", .string("pre_assigned")),
          ("mentor", .string(fixed.mentor)),
        ]).compact)
    } else {
      context.output(text)
    }
  }
}
