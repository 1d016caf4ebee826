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
    LocalizedText(
      kk: "сұраныс бойынша білім алушының жеке деректерін жою",
      ru: "удалить персональные данные обучающегося по запросу",
      en: "erase a learner's personal data on request")
  }
  var synopsis: String { "IIN --reason TEXT" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "reason", value: "TEXT",
        help: LocalizedText(
          kk: "жою негізі (өтініш нөмірі); жеке деректерсіз",
          ru: "основание удаления (номер заявления); без персональных данных",
          en: "grounds for erasure (request number); no personal data"))
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
    // Under the lock, again: the vault as the writer will save it, the state if the log moved.
    let store = try Store.openForWriting(context)
    var vault = try store.loadVault()
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
    LocalizedText(
      kk: "ЖСН \(iin.masked) деректері \(date) күні жойылған; ештеңе өзгермеді",
      ru: "данные ИИН \(iin.masked) удалены \(date); ничего не изменено",
      en: "the data of IIN \(iin.masked) was erased on \(date); nothing changed")
  }

  fileprivate static let reasonRequired = LocalizedText(
    kk: "--reason міндетті: жою негізін жазыңыз (мысалы, өтініш нөмірі)",
    ru: "нужен --reason: укажите основание удаления (например, номер заявления)",
    en: "--reason is required: give the grounds for erasure (e.g. the request number)")

  fileprivate static func invalid(_ text: String, _ reason: LocalizedText) -> LocalizedText {
    let masked = IIN.masked(text)
    return LocalizedText(
      kk: "\(masked) дұрыс ЖСН емес: \(reason.kk)", ru: "\(masked) — неверный ИИН: \(reason.ru)",
      en: "\(masked) is not a valid IIN: \(reason.en)")
  }

  fileprivate static func unknown(_ iin: IIN) -> LocalizedText {
    LocalizedText(
      kk: "сейфте ЖСН \(iin.masked) жоқ (бұрын жойылған болуы мүмкін); ештеңе өзгермеді",
      ru: "в хранилище нет ИИН \(iin.masked) (возможно, уже удалён); ничего не изменено",
      en: "no IIN \(iin.masked) in the vault (perhaps already erased); nothing changed")
  }

  fileprivate static let vaultFailed = LocalizedText(
    kk: "жою оқиғасы жазылды, бірақ сейфті сақтау мүмкін болмады (команданы қайта іске қосыңыз)",
    ru: "событие удаления записано, но хранилище не сохранено (повторите команду)",
    en: "the erasure was recorded but the vault could not be saved (run the command again)")

  fileprivate static func done(_ learner: LearnerID) -> LocalizedText {
    LocalizedText(
      kk: "\(learner) білім алушысының жеке деректері жойылды; жолы атаусыз сақталды",
      ru: "персональные данные обучающегося \(learner) удалены; путь сохранён обезличенно",
      en: "personal data of learner \(learner) erased; the path stays, pseudonymous")
  }
}
