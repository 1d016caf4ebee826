import JolFormat
import JolModel
import JolPolicy

/// `jol round replay ROUND-ID [--format text|json]`: reproduces a recorded round from the log
/// alone — the state as known at the recorded log position, the policy texts from the log's
/// `policy.published` events (not the files, which may have changed since), the recorded seed
/// — and compares the results' hash with the recorded one. Exit 0 "reproduced"; 65 when the
/// results differ, saying how; 66 for an unknown round.
///
/// Ages come from the vault's birth dates: a learner erased from the vault since the round
/// has no age any more, and a round that used age then reports the difference.
struct RoundReplayCommand: Command {
  var name: String { "replay" }
  var summary: LocalizedText {
    RoundText.replaySummary.text()
  }
  var synopsis: String { "ROUND-ID [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let id = RoundID(arguments.positionals[0])
    let store = try Store.openForReading(context)
    let recorded = try RecordedRound.load(id, store: store)
    let inputs = try RoundInputs.build(
      store, policy: recorded.policy, asOf: recorded.run.asOf,
      logPosition: recorded.run.logPosition, seed: recorded.run.seed,
      supersedes: recorded.run.supersedes)
    let result = try inputs.checkedRun()
    let record = RoundRecord(
      id: id, inputs: inputs, result: result, group: [], today: context.console.today)
    // Hashed in the form the round was recorded in, whatever form new rounds use.
    var replayed = try CommandError.recordingRound {
      try record.run(form: recorded.run.resultsForm)
    }
    replayed.groupSHA256 = recorded.run.groupSHA256
    replayed.supersedes = recorded.run.supersedes
    replayed.supersedeReason = recorded.run.supersedeReason
    replayed.classifier = recorded.run.classifier
    RoundOutput.print(
      result, id: id, run: replayed, recorded: true, format: format, context: context,
      replay: true)
    guard replayed.resultsSHA256 == recorded.run.resultsSHA256 else {
      throw CommandError(Messages.differs(id, recorded.run, replayed), exitCode: .dataError)
    }
    if format == .json {
      context.output(
        JSONValue.object([
          ("round", .string(id.rawValue)), ("reproduced", .bool(true)),
          ("results_sha256", .string(replayed.resultsSHA256)),
        ]).compact)
    } else {
      context.output(context.text(Messages.reproduced(id, replayed.resultsSHA256)))
    }
    return .ok
  }
}

/// A recorded round: its `round.run` event and its policy compiled from the texts in the log.
struct RecordedRound {
  let run: RoundRun
  let policy: CompiledPolicy

  /// - Throws: ``CommandError`` 66 when the log has no such round; 65 when a policy text it
  ///   used is missing from the log or no longer checks.
  static func load(_ id: RoundID, store: Store) throws -> RecordedRound {
    let run = try store.events(of: .round(id)).lazy.compactMap {
      if case .roundRun(let run) = $0.event { run } else { nil }
    }.last
    guard let run else { throw CommandError(Messages.unknownRound(id), exitCode: .noInput) }
    let wanted = Set([run.policySHA256] + run.groupSHA256)
    var texts: [String: (stream: StreamName, text: String)] = [:]
    try store.forEachEvent { envelope in
      if case .policyPublished(let published) = envelope.event, wanted.contains(published.sha256) {
        texts[published.sha256] = (envelope.stream, published.text)
      }
    }
    var files: [(path: String, text: String)] = []
    for hash in [run.policySHA256] + run.groupSHA256 {
      guard let found = texts[hash] else {
        throw CommandError(Messages.textMissing(id, hash), exitCode: .dataError)
      }
      files.append(("log:\(found.stream)@\(hash.prefix(12))", found.text))
    }
    let (set, diagnostics) = PolicySet.load(files: files)
    guard diagnostics.isEmpty, let policy = set.policy(run.policy),
      policy.textHash == run.policySHA256
    else {
      let list = diagnostics.map(\.description).joined(separator: "\n")
      throw CommandError(Messages.policyErrors(list), exitCode: .dataError)
    }
    return RecordedRound(run: run, policy: policy)
  }
}

extension Messages {
  static func unknownRound(_ id: RoundID) -> LocalizedText {
    RoundText.unknownRound.text(["id": "\(id)"])
  }

  static func textMissing(_ id: RoundID, _ hash: String) -> LocalizedText {
    RoundText.policyTextMissing.text(["id": "\(id)", "hash": hash])
  }

  static func reproduced(_ id: RoundID, _ hash: String) -> LocalizedText {
    RoundText.reproduced.text(["id": "\(id)", "hash": hash])
  }

  static func differs(_ id: RoundID, _ recorded: RoundRun, _ now: RoundRun) -> LocalizedText {
    let figures =
      "\(recorded.applicants)/\(recorded.awarded)/\(recorded.totalAmount) → \(now.applicants)/\(now.awarded)/\(now.totalAmount)"
    return RoundText.notReproduced.text([
      "id": "\(id)", "recorded": "\(recorded.resultsSHA256.prefix(12))",
      "now": "\(now.resultsSHA256.prefix(12))", "figures": figures,
    ])
  }
}
