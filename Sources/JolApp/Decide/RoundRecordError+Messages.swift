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
    DecideText.totalOverflow.text(["file": policy.file])
  }

  static func versionNotNumber(_ policy: CompiledPolicy) -> LocalizedText {
    DecideText.versionNotNumber.text([
      "file": policy.file, "id": "\(policy.id)", "version": policy.version,
    ])
  }

  static func changedWithoutVersion(_ policy: CompiledPolicy, logged: String) -> LocalizedText {
    DecideText.changedWithoutVersion.text([
      "file": policy.file, "id": "\(policy.id)", "version": policy.version,
      "logged": "\(logged.prefix(12))",
    ])
  }
}
