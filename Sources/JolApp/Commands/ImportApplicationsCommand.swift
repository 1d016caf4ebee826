import Foundation
import JolModel
import JolPolicy

/// `jol import applications FILE [--dry-run] [--format text|json]`: applications to policies
/// that consider applicants, from a CSV with columns
///
/// | column | accepted names | value |
/// | --- | --- | --- |
/// | IIN | `iin`, `ИИН`, `ЖСН` | the applicant's IIN, known to the vault |
/// | policy | `policy`, `политика`, `ереже` | a policy id of the policies directory |
/// | date | `date`, `applied_on`, `дата`, `күні` | day of application, YYYY-MM-DD |
/// | preferences (optional) | `preferences`, `приоритеты`, `басымдықтар` | ranked policy ids, `a > b > c` |
/// | pref1, pref2, … (optional) | `pref1`… | the same, one per column |
///
/// The whole file is validated first; any error (unknown IIN, unknown policy, bad date) is
/// reported with its line and column, the command exits 65 and records nothing. Each valid row
/// becomes a `learner.application_submitted` on the learner's stream, effective on the date;
/// a row already in the log (same learner, policy, date and preferences) is skipped, so
/// importing the same file twice records nothing the second time.
struct ImportApplicationsCommand: Command {
  var name: String { "applications" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "гранттар мен стипендияларға өтініштерді CSV-ден импорттау",
      ru: "импорт заявок на гранты и стипендии из CSV",
      en: "import applications to grants and scholarships from CSV")
  }
  var synopsis: String { "FILE [--dry-run] [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "dry-run",
        help: LocalizedText(
          kk: "тек тексеру, ештеңе жазбау", ru: "только проверить, ничего не записывать",
          en: "validate only, record nothing")),
      .format([.text, .json]),
    ]
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  static let iinColumn = ImportColumns.iin
  static let policyColumn = CSVColumn(
    "policy", aliases: ["политика", "ереже", "policy_id", "Стипендия", "Грант", "Бағдарлама"])
  static let dateColumn = CSVColumn(
    "date", aliases: ["applied_on", "Дата заявки", "Өтініш күні"] + ImportColumns.date.aliases)
  static let preferencesColumn = CSVColumn(
    "preferences", aliases: ["приоритеты", "басымдықтар"], required: false)
  static let preferenceColumns = (1...9).map { CSVColumn("pref\($0)", required: false) }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let dryRun = arguments.flag("dry-run")
    let path = context.console.resolve(arguments.positionals[0])
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandError(Messages.noFile(arguments.positionals[0]), exitCode: .noInput)
    }
    let policies = try PolicyDirectory.load(context)
    // Validate before taking the lock: a bad file leaves the data directory as it was, even
    // one that does not exist yet.
    let vault = try Store.openForReading(context).loadVault()
    let rows: [CSVRow]
    do {
      rows = try CSVReader.parse(Array(data), fileName: arguments.positionals[0]).bind(
        columns: [Self.iinColumn, Self.policyColumn, Self.dateColumn, Self.preferencesColumn]
          + Self.preferenceColumns)
    } catch {
      throw CommandError(error.message, exitCode: .dataError)
    }

    var drafts: [EventDraft] = []
    var errors: [CSVError] = []
    let known = Set(policies.policies.map(\.id.rawValue))
    for row in rows {
      do {
        drafts.append(try Self.draft(row, vault: vault, known: known, policies: policies))
      } catch let error as CSVError {
        errors.append(error)
      }
    }
    guard errors.isEmpty else {
      let list = errors.prefix(100).map { $0.message[context.language] }.joined(separator: "\n")
      throw CommandError(
        LocalizedText(kk: list, ru: list, en: list), exitCode: .dataError)
    }

    // Skip what the log (or an earlier row of this file) already holds, as the writer sees it.
    let store = dryRun ? try Store.openForReading(context) : try Store.openForWriting(context)
    let state = try store.currentState()
    var seen: Set<EventDraft> = []
    var fresh: [EventDraft] = []
    for draft in drafts where seen.insert(draft).inserted {
      guard case .applicationSubmitted(let application) = draft.event else { continue }
      let record = ApplicationRecord(application: application, appliedOn: draft.effective)
      if state.learner(LearnerID(draft.stream.id))?.applications.contains(record) == true {
        continue
      }
      fresh.append(draft)
    }
    if !dryRun && !fresh.isEmpty { try store.append(fresh.map { [$0] }) }

    let skipped = drafts.count - fresh.count
    if format == .json {
      context.output(
        JSONValue.object([
          ("file", .string(arguments.positionals[0])), ("rows", .int(rows.count)),
          ("recorded", .int(dryRun ? 0 : fresh.count)), ("alreadyRecorded", .int(skipped)),
          ("dryRun", .bool(dryRun)),
        ]).compact)
    } else {
      context.output(
        context.text(
          Messages.applicationsImported(
            rows: rows.count, recorded: dryRun ? 0 : fresh.count, skipped: skipped,
            dryRun: dryRun)))
    }
    return .ok
  }

  /// The event of one row.
  /// - Throws: ``CSVError`` at the field that is wrong.
  private static func draft(
    _ row: CSVRow, vault: Vault, known: Set<String>, policies: PolicySet
  ) throws -> EventDraft {
    let iinText = try row.value(iinColumn)
    let iin: IIN
    switch IIN.parse(iinText) {
    case .success(let valid): iin = valid
    case .failure(let error): throw row.error(in: iinColumn, reason: error.reason)
    }
    guard let learner = vault.learnerByIIN[iin.value] else {
      throw row.error(in: iinColumn, reason: Messages.iinNotInVault(iin.masked))
    }
    let policyText = try row.value(policyColumn)
    guard known.contains(policyText) else {
      throw row.error(
        in: policyColumn, reason: PolicyDirectory.unknownPolicy(policyText, in: policies))
    }
    let dateText = try row.value(dateColumn)
    guard let date = ImportValues.date(dateText) else {
      throw row.error(in: dateColumn, reason: Messages.badDate(dateText))
    }
    var preferences: [PolicyID] = []
    if let text = row.optionalValue(preferencesColumn) {
      for word in text.split(separator: ">") {
        let id = String(word).trimmingCharacters(in: .whitespaces)
        guard known.contains(id) else {
          throw row.error(
            in: preferencesColumn, reason: PolicyDirectory.unknownPolicy(id, in: policies))
        }
        preferences.append(PolicyID(id))
      }
    }
    for column in preferenceColumns {
      guard let id = row.optionalValue(column) else { continue }
      guard known.contains(id) else {
        throw row.error(in: column, reason: PolicyDirectory.unknownPolicy(id, in: policies))
      }
      preferences.append(PolicyID(id))
    }
    return EventDraft(
      stream: .learner(learner), effective: date,
      event: .applicationSubmitted(
        ApplicationSubmitted(policy: PolicyID(policyText), preferences: preferences)))
  }
}

extension Messages {
  static func noFile(_ path: String) -> LocalizedText {
    LocalizedText(
      kk: "файл жоқ немесе оқылмайды: \(path)", ru: "файл не найден или не читается: \(path)",
      en: "file not found or unreadable: \(path)")
  }

  static func iinNotInVault(_ masked: String) -> LocalizedText {
    LocalizedText(
      kk: "ЖСН \(masked) бойынша білім алушы тіркелмеген; алдымен білім алушыларды импорттаңыз",
      ru: "обучающийся с ИИН \(masked) не зарегистрирован; сначала импортируйте обучающихся",
      en: "no learner registered with IIN \(masked); import the learners first")
  }

  static func badDate(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)» күн емес; ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ күтілді, мысалы 2026-09-10 не 10.09.2026",
      ru: "«\(text)» — не дата; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2026-09-10 или 10.09.2026",
      en: "'\(text)' is not a date; expected YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-09-10 or 10.09.2026")
  }

  static func applicationsImported(rows: Int, recorded: Int, skipped: Int, dryRun: Bool)
    -> LocalizedText
  {
    let dry = dryRun
    return LocalizedText(
      kk: "\(rows) жол тексерілді; жазылды: \(recorded); бұрын жазылған: \(skipped)"
        + (dry ? " (сынақ, ештеңе жазылмады)" : ""),
      ru: "проверено строк: \(rows); записано: \(recorded); уже было в журнале: \(skipped)"
        + (dry ? " (пробный прогон, ничего не записано)" : ""),
      en: "\(rows) rows checked; recorded: \(recorded); already in the log: \(skipped)"
        + (dry ? " (dry run, nothing recorded)" : ""))
  }
}
