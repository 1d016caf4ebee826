import JolFormat
import JolMatching
import JolModel

/// The text output of `jol match solve`: one row per student (mentor, choice, explanation), one
/// row per mentor (enterprise, capacity, admitted, cutoff), and what the verifier found.
enum MatchSolveOutput {
  /// `seed` names the lottery when its numbers were given rather than drawn here (a mentor
  /// programme's `lottery` text).
  static func text(
    _ result: MatchingResult<String, String, String>,
    report: VerificationReport<String, String, String>, seed: String? = nil, _ context: Context
  ) {
    let language = context.language
    var students = DataTable(columns: [
      .init("student", MatchCommandText.studentColumn.text()),
      .init("mentor", MatchCommandText.mentorColumn.text()),
      .init("choice", MatchCommandText.choiceColumn.text()),
      .init("explanation", MatchCommandText.explanationColumn.text()),
    ])
    for (student, explanation) in zip(result.instance.students, result.explanations) {
      var mentor = JSONValue.null
      var choice = JSONValue.null
      if case .assigned(let place, let id) = explanation.outcome {
        mentor = .string(id)
        choice = .int(place)
      }
      students.rows.append([
        .string(student.id), mentor, choice, .string(explanation.text(in: language)),
      ])
    }
    context.output(students.rendered(.text, language: language))
    context.output("")
    var mentors = DataTable(columns: [
      .init("mentor", MatchCommandText.mentorColumn.text()),
      .init("enterprise", MatchCommandText.enterpriseColumn.text()),
      .init("capacity", MatchCommandText.capacityColumn.text()),
      .init("admitted", MatchCommandText.admittedColumn.text()),
      .init("cutoff", MatchCommandText.cutoffColumn.text()),
    ])
    for (mentor, cutoff) in zip(result.instance.mentors, result.cutoffs) {
      mentors.rows.append([
        .string(mentor.id), .optional(mentor.enterprise),
        .string(LocalNumber.integer(mentor.capacity, language)),
        .string(LocalNumber.integer(cutoff?.admitted ?? 0, language)),
        cutoff.map { .string($0.value.text(language)) } ?? .null,
      ])
    }
    context.output(mentors.rendered(.text, language: language))
    context.output("")
    context.output(
      MatchCommandText.summary.text(
        [
          "matched": LocalNumber.integer(result.matchedCount, language),
          "students": LocalNumber.integer(result.instance.students.count, language),
          "unmatched": LocalNumber.integer(result.unmatched.count, language),
          "blocking": LocalNumber.integer(report.blockingPairs.count, language),
          "violations": LocalNumber.integer(report.violations.count, language),
          "seed": result.lottery.seed.map { String($0) } ?? seed ?? "—",
        ], in: language))
  }
}
