import JolModel
import JolPolicy

extension CommandError {
  /// The error a user sees when a round cannot be recorded (exit 65).
  init(_ error: RoundRecordError) {
    switch error {
    case .versionNotNumber(let policy):
      self.init(Messages.versionNotNumber(policy), exitCode: .dataError)
    case .totalOverflow(let policy):
      self.init(Messages.totalOverflow(policy), exitCode: .dataError)
    case .changedWithoutVersion(let policy, let logged):
      self.init(Messages.changedWithoutVersion(policy, logged: logged), exitCode: .dataError)
    }
  }

  /// Runs `body`, turning a ``RoundRecordError`` it throws into the error a user sees.
  static func recordingRound<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as RoundRecordError {
      throw CommandError(error)
    }
  }
}

extension Messages {
  static func totalOverflow(_ policy: CompiledPolicy) -> LocalizedText {
    LocalizedText(
      kk: "\(policy.file): конкурстың жалпы сомасын есептеу мүмкін емес (тым үлкен)",
      ru: "\(policy.file): общую сумму конкурса нельзя сосчитать (слишком велика)",
      en: "\(policy.file): the round's total amount cannot be counted (too large)")
  }

  static func versionNotNumber(_ policy: CompiledPolicy) -> LocalizedText {
    LocalizedText(
      kk:
        "\(policy.file): «\(policy.id)» нұсқасы «\(policy.version)» бүтін сан емес; журнал нұсқаларды 1, 2, 3… деп нөмірлейді",
      ru:
        "\(policy.file): версия «\(policy.version)» политики «\(policy.id)» не целое число; журнал нумерует версии 1, 2, 3…",
      en:
        "\(policy.file): version '\(policy.version)' of '\(policy.id)' is not a whole number; the log numbers versions 1, 2, 3…"
    )
  }

  static func changedWithoutVersion(_ policy: CompiledPolicy, logged: String) -> LocalizedText {
    LocalizedText(
      kk:
        "\(policy.file): «\(policy.id)» \(policy.version)-нұсқасы журналда басқа мәтінмен тіркелген (sha256 \(logged.prefix(12))…); өзгертілген ережеге жаңа нұсқа беріңіз",
      ru:
        "\(policy.file): версия \(policy.version) политики «\(policy.id)» уже записана в журнал с другим текстом (sha256 \(logged.prefix(12))…); дайте изменённой политике новую версию",
      en:
        "\(policy.file): version \(policy.version) of '\(policy.id)' is in the log with another text (sha256 \(logged.prefix(12))…); give the changed policy a new version"
    )
  }
}
