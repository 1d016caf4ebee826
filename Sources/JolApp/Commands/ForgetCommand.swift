import JolLog
import JolModel

/// `jol forget IIN --reason TEXT`: erases a learner's personal data on request.
///
/// Records a `learner.erased` event (pseudonymous: the LearnerID and the reason, which may hold
/// no personal data: ``FreeText``), then deletes the learner's vault entry and consents and
/// enters the erasure in the vault's register (a keyed hash of the IIN: an import meeting the
/// IIN again is refused unless it re-registers the person on purpose). In that order: after a
/// crash between the two, the vault entry is still there and running the command again
/// finishes the erasure; the other order could lose the record of the erasure. Afterwards no
/// command can show the person's personal data; the log still replays (the learner's path
/// stays, nameless). Everything is checked before the lock is taken: a refused erasure leaves
/// the data directory byte for byte as it was.
struct ForgetCommand: Command {
  var name: String { "forget" }
  var summary: LocalizedText {
    LogText.forgetSummary.text()
  }
  var synopsis: String { "IIN --reason TEXT" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "reason", value: "TEXT",
        help: LogText.forgetReasonOption.text())
    ]
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    guard let reason = arguments.value("reason"), !reason.allSatisfy(\.isWhitespace) else {
      throw CommandError.usage(Self.reasonRequired)
    }
    let text = arguments.positionals[0]
    guard case .success(let iin) = IIN.parse(text) else {
      throw CommandError(
        IdentifierCheck.check(text).reason.map { Self.invalid(text, $0) } ?? Self.reasonRequired,
        exitCode: .dataError)
    }
    let reader = try Store.openForReading(context)
    let readVault = try reader.loadVault()
    _ = try Self.person(iin, reason: reason, vault: readVault)
    let readState = try reader.currentState()
    try readVault.checkCovers(readState)
    // Under the lock, again: the vault as the writer will save it (its people those read
    // above unless `people.csv` was replaced since), the state if the log moved.
    let store = try Store.openForWriting(context)
    var vault = try store.loadVault(reusing: readVault)
    let person = try Self.person(iin, reason: reason, vault: vault)
    let moved = store.log?.lastSequence != reader.log?.lastSequence
    try vault.checkCovers(moved ? try store.currentState() : readState)
    // A retry after a crash between the two steps finds the erasure recorded already.
    let recorded = try store.events(of: .learner(person.learner)).contains {
      if case .learnerErased = $0.event { true } else { false }
    }
    if !recorded {
      try store.append([
        [
          EventDraft(
            stream: .learner(person.learner), effective: context.console.today,
            event: .learnerErased(LearnerErased(reason: reason)))
        ]
      ])
    }
    vault.recordErasure(of: iin, learner: person.learner, on: context.console.today)
    vault.erase(person.learner)
    do {
      try vault.save()
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: Self.vaultFailed)
    } catch {
      throw CommandError(Self.vaultFailed, exitCode: .ioError)
    }
    context.output(context.text(Self.done(person.learner)))
    return .ok
  }
}

extension ForgetCommand {
  /// The person to erase, after checking the reason against the vault.
  /// - Throws: ``CommandError`` 64 for a reason holding personal data, 66 for an IIN the vault
  ///   does not hold (saying when it was erased, if it was).
  private static func person(_ iin: IIN, reason: String, vault: Vault) throws -> Person {
    try FreeText.check(reason, option: "--reason", vault: vault)
    guard let person = vault.person(iin: iin.value) else {
      if let erasure = vault.erasure(of: iin) {
        throw CommandError(alreadyErased(iin, erasure.erasedOn), exitCode: .noInput)
      }
      throw CommandError(unknown(iin), exitCode: .noInput)
    }
    return person
  }

  fileprivate static func alreadyErased(_ iin: IIN, _ date: CivilDate) -> LocalizedText {
    LogText.alreadyErased.text(["iin": iin.masked, "date": "\(date)"])
  }

  fileprivate static let reasonRequired = LogText.reasonRequired.text()

  fileprivate static func invalid(_ text: String, _ reason: LocalizedText) -> LocalizedText {
    let masked = IIN.masked(text)
    return StoreText.invalidIIN.text(["masked": masked, "reason": reason])
  }

  fileprivate static func unknown(_ iin: IIN) -> LocalizedText {
    LogText.unknownIIN.text(["iin": iin.masked])
  }

  fileprivate static let vaultFailed = LogText.vaultFailed.text()

  fileprivate static func done(_ learner: LearnerID) -> LocalizedText {
    LogText.done.text(["learner": "\(learner)"])
  }
}
