import JolModel

/// The demo's steps in the order the cluster's people take them, each a real `jol` command line:
/// the intake, the decisions on grants and scholarships, the career diagnostics and the mentors,
/// then the akimat's reports and an erasure on request.
struct DemoSteps {
  let sample: SampleRegion
  /// `--data DIR --policies DIR`.
  let data: [String]
  /// `--lang LANG`.
  let lang: [String]
  /// Where the reports go (relative to the demo directory, or absolute).
  let reports: String

  /// The day the demo's decisions and reports are made as of.
  static let asOf = "2026-10-01"
  /// The day the pupils answered the diagnostics.
  static let diagnosticsDate = "2026-09-20"
  /// The mentor programme, and the day its students are assigned.
  static let programme = "kst-dual-2026"
  static let mentorsAsOf = "2026-09-01"

  private func run(
    _ show: DemoRunner, _ title: LocalizedText, _ arguments: [String],
    expect: ExitCode = .ok, show shown: DemoRunner.Shown = .first(8)
  ) {
    show.step(title, arguments + data + lang, expect: expect, show: shown)
  }

  /// The data directory, the spreadsheets through the intake (with mistakes and a repeat), the
  /// log's integrity and one learner's path.
  func intake(_ show: DemoRunner) {
    run(show, Texts.initStep, ["init"])
    for file in sample.files {
      run(show, Texts.importStep(file.kind), ["import", file.kind, "intake/" + file.name])
    }
    run(
      show, Texts.mistakesStep, ["import", "learners", "intake/" + DemoCommand.brokenRoster],
      expect: .dataError)
    run(show, Texts.againStep, ["import", "learners", "intake/roster.csv"])
    run(show, Texts.statsStep, ["log", "stats"])
    show.step(Texts.idStep, ["id", "check", sample.featured.iin, "940140000385"] + lang)
    run(show, Texts.learnerStep(sample.featured.name), ["learner", "show", sample.featured.iin])
  }

  /// The policies checked and tested, a what-if, one learner's eligibility, the akim's
  /// scholarship round and its replay, and the rural-youth grant round.
  func decisions(_ show: DemoRunner) {
    run(show, Texts.policyCheckStep, ["policy", "check"])
    run(show, Texts.policyTestStep, ["policy", "test"], show: .last(3))
    run(
      show, Texts.whatIfStep,
      [
        "policy", "eval", "--policy", "state-tvet-scholarship", "--facts",
        "intake/" + DemoCommand.whatIf, "--as-of", Self.asOf, "--explain",
      ], show: .first(14))
    run(
      show, Texts.eligibilityStep,
      ["eligibility", "check", sample.featured.iin, "--as-of", Self.asOf, "--explain"],
      show: .first(14))
    run(
      show, Texts.roundStep,
      ["round", "run", "--policy", "akim-named-scholarship", "--as-of", Self.asOf],
      show: .last(6))
    run(
      show, Texts.replayStep, ["round", "replay", "akim-named-scholarship-\(Self.asOf)"],
      show: .last(2))
    run(
      show, DemoText.grantRoundStep.text(),
      ["round", "run", "--policy", "rural-youth-grant", "--as-of", "2026-08-25"], show: .last(6))
  }

  /// The pupils' answer sheets scored and stored, one pupil's recommendations; the mentors
  /// assigned, verified, published and explained.
  func diagnosticsAndMentors(_ show: DemoRunner) {
    for file in sample.diagnostics {
      run(
        show, DemoText.importDiagnosticsStep.text(["instrument": file.instrument]),
        [
          "import", "diagnostics", "--instrument", file.instrument, "intake/" + file.name,
          "--date", Self.diagnosticsDate,
        ])
    }
    if let pupil = sample.pupil {
      run(
        show, DemoText.recommendStep.text(),
        ["diagnose", "recommend", pupil.iin, "--as-of", Self.asOf], show: .first(16))
    }
    let run1 = "\(Self.programme)-\(Self.mentorsAsOf)-r1"
    run(
      show, DemoText.mentorsAssignStep.text(),
      ["mentors", "assign", "--programme", Self.programme, "--as-of", Self.mentorsAsOf],
      show: .last(3))
    run(show, DemoText.mentorsPublishStep.text(), ["mentors", "publish", run1])
    run(
      show, DemoText.mentorsVerifyStep.text(),
      ["mentors", "verify", "--programme", Self.programme],
      show: .last(3))
    if let student = sample.dualStudent {
      run(show, DemoText.mentorsExplainStep.text(), ["mentors", "explain", student])
    }
  }

  /// The akimat's pathway report and the cluster passport (HTML), then an erasure on request
  /// and the log verified once more.
  func reportsAndErasure(_ show: DemoRunner) {
    run(
      show, DemoText.reportStep.text(),
      [
        "report", "pathways", "--as-of", Self.asOf, "--format", "html", "--out",
        reports + "/pathways.html",
      ])
    if let pupil = sample.pupil {
      run(
        show, DemoText.classReportStep.text(["class": pupil.className]),
        [
          "diagnose", "report", "--school", pupil.school, "--class", pupil.className, "--as-of",
          Self.asOf, "--format", "html", "--out", reports + "/diagnostics-class.html",
        ])
    }
    run(
      show, DemoText.passportStep.text(),
      [
        "report", "passport", "--as-of", Self.asOf, "--format", "html", "--out",
        reports + "/passport.html",
      ])
    run(
      show, Texts.forgetStep,
      ["forget", sample.featured.iin, "--reason", "өтініш / заявление №17"])
    run(
      show, Texts.afterForgetStep, ["learner", "show", sample.featured.iin], expect: .noInput)
    run(show, Texts.verifyStep, ["log", "verify"])
  }
}
