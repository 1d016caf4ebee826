import JolFormat
import JolMatching
import JolModel
import JolPolicy

/// `jol mentors assign --programme ID [--as-of DATE] [--round N] [--ban IIN:MENTOR …]
/// [--pre-assign IIN:MENTOR …] [--format text|json]`: builds the instance from the log and the
/// programme (``MentorMarket``; a banned pair is unacceptable, a pre-assigned student takes no
/// part and holds the seat), solves it, checks it with the independent verifier, and keeps it as a
/// pending run (``MentorRunStore``) for `publish`. Nothing is written to the log. Round 1 is
/// the first of the programme; a later round assigns the students still without a mentor to
/// the seats left (round N needs round N−1 published).
struct MentorsAssignCommand: Command {
  var name: String { "assign" }
  var summary: LocalizedText { MentorsText.assignSummary.text() }
  var synopsis: String {
    "--programme ID [--as-of YYYY-MM-DD] [--round N] [--ban IIN:MENTOR]… "
      + "[--pre-assign IIN:MENTOR]… [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      OptionSpec("programme", value: "ID", help: MentorsText.programmeOption.text()),
      .asOf,
      OptionSpec("round", value: "N", help: MentorsText.roundOption.text()),
      OptionSpec(
        "ban", value: "IIN:MENTOR", help: MentorsText.banOption.text(), repeatable: true),
      OptionSpec(
        "pre-assign", value: "IIN:MENTOR", help: MentorsText.preAssignOption.text(),
        repeatable: true),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    guard let programmeID = arguments.value("programme") else {
      throw CommandError.usage(MentorsText.programmeRequired.text())
    }
    let asOf = try arguments.date("as-of", default: context.console.today)
    let programme = try ProgrammeDirectory.programme(
      programmeID, in: try ProgrammeDirectory.load(context))
    let classifier = try ReferenceData.classifier(context)
    let store = try Store.openForWriting(context)
    let state = try store.currentState()
    let vault = try store.loadVault()
    let round = try Self.round(arguments.value("round"), programme: programme.id, state: state)
    var market = MentorMarket(
      state: state, programme: programme, classifier: classifier, asOf: asOf)
    for ban in try MentorPairOption.pairs("ban", arguments, state: state, vault: { vault }) {
      market.bans.insert([ban.learner.rawValue, ban.mentor.rawValue])
    }
    market.preAssignments = try MentorPairOption.pairs(
      "pre-assign", arguments, state: state, vault: { vault })
    let id = "\(programme.id)-\(asOf)-r\(round)"
    let run = try market.run(id: id, round: round, logPosition: store.log?.lastSequence ?? 0)
    let result = try run.solve()
    let report = result.verify()
    try MentorRunStore.save(run, store)
    MentorsOutput.assignment(run, result, report: report, format: format, context)
    return report.isStable ? .ok : .failure
  }

  /// The round to run: the one after the programme's published rounds; `--round` must name it.
  static func round(_ text: String?, programme: String, state: ClusterState) throws -> Int {
    let published = state.matchings.values.filter {
      $0.run?.programme == programme && $0.published != nil
    }.count
    let next = published + 1
    guard let text else { return next }
    guard let round = Int(text), round >= 1 else {
      throw CommandError.usage(MentorsText.badRound.text(["text": text]))
    }
    guard round == next else {
      throw CommandError(
        MentorsText.wrongRound.text(["round": "\(round)", "next": "\(next)"]),
        exitCode: .dataError)
    }
    return round
  }
}
