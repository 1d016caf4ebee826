import Foundation
import JolModel

/// `jol learner show IIN|LEARNER-ID`: a learner's path as a timeline, as of an effective date and
/// as known at a point of the log (bitemporal).
///
/// Personal data: asked by IIN, the output names the person (the asker has the IIN already);
/// asked by LearnerID, it stays pseudonymous. An IIN is found through the vault's index
/// (``VaultIndex``): one row of the vault is read, not the whole of it.
struct LearnerShowCommand: Command {
  var name: String { "show" }
  var summary: LocalizedText {
    CommandText.learnerShowSummary.text()
  }
  var synopsis: String {
    "IIN|LEARNER-ID [--as-of YYYY-MM-DD] [--known-at YYYY-MM-DD|SEQ] [--format text|json]"
  }
  var options: [OptionSpec] {
    [
      .format([.text, .json]), .asOf,
      OptionSpec(
        "known-at", value: "YYYY-MM-DD|SEQ",
        help: CommandText.knownAtOption.text()),
    ]
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let asOf = try arguments.date("as-of", default: context.console.today)
    let knownAt = try Self.knownAt(arguments.value("known-at"))
    let store = try Store.openForReading(context)
    let (learner, person) = try LearnerLookup.resolve(
      arguments.positionals[0], person: { try store.person(iin: $0) })
    let events = try store.events(of: .learner(learner))
    guard !events.isEmpty else {
      throw LearnerLookup.unknownLearner(learner)
    }
    let state = LearnerState.fold(events, learner: learner, asOf: asOf, knownAt: knownAt)
    let view = LearnerTimeline(
      state: state, person: state.erased == nil ? person : nil, asOf: asOf, knownAt: knownAt)
    switch format {
    case .text: context.output(view.text(context.language))
    default: context.output(view.json.compact)
    }
    return .ok
  }

  static func knownAt(_ text: String?) throws -> KnownAt? {
    guard let text else { return nil }
    if let date = CivilDate(text) { return .date(date) }
    if let sequence = UInt64(text) { return .sequence(sequence) }
    throw CommandError.usage(
      CommandText.badKnownAt.text(["text": text]))
  }

}

/// `jol learner …`.
enum LearnerCommands {
  static let group = CommandGroup(
    name: "learner",
    summary: CommandText.learnerGroup.text(),
    children: [.command(LearnerShowCommand())])
}
