import JolMatching
import JolModel

/// `jol mentors verify [--programme ID]`: whether the current assignment of the latest
/// published run's students (their mentorships as the log has them now, after any move) is
/// valid and stable for that run's instance. Exit 0 when it is, 1 listing every violation and
/// blocking pair when not.
struct MentorsVerifyCommand: Command {
  var name: String { "verify" }
  var summary: LocalizedText { MentorsText.verifySummary.text() }
  var synopsis: String { "[--programme ID]" }
  var options: [OptionSpec] {
    [OptionSpec("programme", value: "ID", help: MentorsText.programmeOption.text())]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let store = try Store.openForReading(context)
    guard
      let run = try MentorRunStore.latest(
        store, programme: arguments.value("programme"), publishedIn: store.organisations())
    else {
      throw CommandError(MentorsText.nothingPublished.text(), exitCode: .noInput)
    }
    // The run's students alone, through the stream index.
    let students = try store.learners(run.students.map { LearnerID($0.id) })
    let report = try Self.verify(run) { students[$0] }
    MentorsOutput.report(report, run: run, context)
    return report.isStable ? .ok : .failure
  }

  /// The verifier's report on the run's students' mentorships as `learner` has them now (each
  /// student's current state): a student whose mentor is outside the run counts as matched to
  /// that mentor (the verifier reports it unknown).
  static func verify(_ run: MentorRun, learner: (LearnerID) -> LearnerState?) throws
    -> VerificationReport<String, String, String>
  {
    let assignment: [(String, String)] = run.students.compactMap { student in
      learner(LearnerID(student.id))?.currentMentorship.map {
        (student.id, $0.mentor.rawValue)
      }
    }
    return MatchingVerifier.verify(
      run.instance, assignment: assignment, lottery: MatchingLottery(numbers: run.lottery))
  }
}
