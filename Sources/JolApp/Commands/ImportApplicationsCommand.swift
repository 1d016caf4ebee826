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
/// | enterprise (optional) | `enterprise`, `Кәсіпорын (БСН)`, `Предприятие (БИН)`, `БСН`, `БИН` | BIN of the co-funding enterprise, registered with `jol import institutions` |
/// | agreement (optional) | `agreement`, `Үшжақты шарт`, `Трёхсторонний договор` | tripartite agreement signed: иә/жоқ, да/нет, yes/no, or the date of signing |
/// | work obligation (optional) | `work_obligation_years`, `Өтеу мерзімі (жыл)`, `Срок отработки (лет)` | whole years, 0–20, of work in the region after graduation |
///
/// The last three record the tripartite agreement of targeted or dual training (the facts
/// `employer`, `enterprise_agreement`, `work_obligation_years` of that policy); an empty cell
/// records nothing (unknown). A signed agreement needs the enterprise, and its date of
/// signing must not be after the day of application.
///
/// The whole file is validated first; any error (unknown IIN, unknown policy, bad date, invalid
/// or unregistered BIN, bad agreement or years) is reported with its line and column, the
/// command exits 65 and records nothing. Each valid row
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
  static let enterpriseColumn = CSVColumn(
    "enterprise",
    aliases: [
      "Кәсіпорын (БСН)", "Предприятие (БИН)", "Кәсіпорын", "Предприятие", "bin", "БСН", "БИН",
      "employer", "Жұмыс беруші", "Работодатель",
    ], required: false)
  static let agreementColumn = CSVColumn(
    "agreement",
    aliases: [
      "Үшжақты шарт", "Трёхсторонний договор", "Трехсторонний договор", "enterprise_agreement",
      "tripartite agreement", "Шарт", "Договор",
    ], required: false)
  static let workObligationColumn = CSVColumn(
    "work_obligation_years",
    aliases: [
      "Өтеу мерзімі (жыл)", "Срок отработки (лет)", "Өтеу мерзімі", "Срок отработки",
      "work_obligation", "work obligation years",
    ], required: false)

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
    let reader = try Store.openForReading(context, creatable: true)
    let vault = try reader.loadVault()
    let table: CSVTable
    let rows: [CSVRow]
    do {
      table = try CSVReader.parse(
        Array(data), fileName: arguments.positionals[0], badRecords: .collect)
      rows = try table.bind(
        columns: [Self.iinColumn, Self.policyColumn, Self.dateColumn, Self.preferencesColumn]
          + Self.preferenceColumns
          + [Self.enterpriseColumn, Self.agreementColumn, Self.workObligationColumn])
    } catch {
      throw CommandError(error.message, exitCode: .dataError)
    }

    // The enterprises named must be registered: checked against the log as it is now.
    let checked = try reader.currentState()
    var drafts: [EventDraft] = []
    var errors: [CSVError] = table.badRecords
    let known = Set(policies.policies.map(\.id.rawValue))
    for row in rows {
      // As every import: a value that may not be kept is named by its code point and the row
      // read no further, so no other message repeats it.
      let unsafe = row.unsafeText()
      guard unsafe.isEmpty else {
        errors += unsafe.map(\.error)
        continue
      }
      do {
        drafts.append(
          try Self.draft(row, vault: vault, known: known, policies: policies, state: checked))
      } catch let error as CSVError {
        errors.append(error)
      }
    }
    guard errors.isEmpty else {
      errors.sort { ($0.line, $0.column) < ($1.line, $1.column) }
      let list = errors.prefix(100).map { $0.message[context.language] }.joined(separator: "\n")
      throw CommandError(
        LocalizedText(kk: list, ru: list, en: list), exitCode: .dataError)
    }

    // Skip what the log (or an earlier row of this file) already holds, as the writer sees it.
    let store = dryRun ? reader : try Store.openForWriting(context)
    let state = dryRun ? checked : try store.currentState()
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
    _ row: CSVRow, vault: Vault, known: Set<String>, policies: PolicySet, state: ClusterState
  ) throws -> EventDraft {
    let iinText = try row.value(iinColumn)
    let iin: IIN
    switch IIN.parse(iinText) {
    case .success(let valid): iin = valid
    case .failure(let error): throw row.error(in: iinColumn, reason: error.message)
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
    var application = ApplicationSubmitted(policy: PolicyID(policyText), preferences: preferences)
    try readAgreement(row, into: &application, appliedOn: date, state: state)
    return EventDraft(
      stream: .learner(learner), effective: date, event: .applicationSubmitted(application))
  }

  /// The tripartite agreement columns of one row, into `application`; empty cells leave the
  /// fields nil.
  /// - Throws: ``CSVError`` at the field that is wrong: an invalid or unregistered BIN, a word
  ///   that is neither yes, no nor a date, a signing after `appliedOn`, a signed agreement
  ///   without its enterprise, years that are not a whole number 0–20.
  private static func readAgreement(
    _ row: CSVRow, into application: inout ApplicationSubmitted, appliedOn: CivilDate,
    state: ClusterState
  ) throws {
    if let text = row.optionalValue(enterpriseColumn) {
      let bin: BIN
      switch BIN.parse(text) {
      case .success(let valid): bin = valid
      case .failure(let error): throw row.error(in: enterpriseColumn, reason: error.message)
      }
      let enterprise = EnterpriseID(bin.value)
      if let problem = ImportChecks.enterprise(enterprise, in: state) {
        throw row.error(in: enterpriseColumn, reason: problem)
      }
      application.enterprise = enterprise
    }
    if let text = row.optionalValue(agreementColumn) {
      if let signed = agreementWords.value(text) {
        application.agreement = signed
      } else if let signedOn = ImportValues.date(text) {
        guard signedOn <= appliedOn else {
          throw row.error(
            in: agreementColumn, reason: Messages.agreementAfterApplication(signedOn, appliedOn))
        }
        application.agreement = true
      } else {
        throw row.error(in: agreementColumn, reason: Messages.notAnAgreement(text))
      }
      if application.agreement == true && application.enterprise == nil {
        throw row.error(in: agreementColumn, reason: Messages.agreementWithoutEnterprise)
      }
    }
    if let text = row.optionalValue(workObligationColumn) {
      let range = ApplicationSubmitted.workObligationYearsRange
      guard let years = ImportValues.integer(text), range.contains(years) else {
        throw row.error(in: workObligationColumn, reason: ImportMessages.notANumber(text, range))
      }
      application.workObligationYears = years
    }
  }

  /// Whether the agreement is signed, as officers write it.
  static let agreementWords = WordTable<Bool>(
    LocalizedText(kk: "үшжақты шарт", ru: "трёхсторонний договор", en: "tripartite agreement"),
    [
      (
        true,
        [
          "yes", "true", "signed", "иә", "бар", "қол қойылған", "жасалған", "да", "есть",
          "подписан", "заключён", "заключен",
        ]
      ),
      (
        false,
        [
          "no", "false", "not signed", "жоқ", "қол қойылмаған", "жасалмаған", "нет",
          "не подписан", "не заключён", "не заключен",
        ]
      ),
    ])
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
      ru:
        "«\(text)» — не дата; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2026-09-10 или 10.09.2026",
      en:
        "'\(text)' is not a date; expected YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-09-10 or 10.09.2026")
  }

  static func notAnAgreement(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)» үшжақты шарттың бар-жоғын көрсетпейді; иә/жоқ (да/нет, yes/no) немесе "
        + "қол қойылған күні күтілді, мысалы 2026-08-20",
      ru: "«\(text)» не говорит, заключён ли трёхсторонний договор; ожидается да/нет "
        + "(иә/жоқ, yes/no) или дата подписания, например 2026-08-20",
      en: "'\(text)' does not say whether the tripartite agreement is signed; expected yes/no "
        + "(иә/жоқ, да/нет) or the date of signing, e.g. 2026-08-20")
  }

  static func agreementAfterApplication(_ signed: CivilDate, _ applied: CivilDate)
    -> LocalizedText
  {
    LocalizedText(
      kk: "шартқа \(signed) күні қол қойылған, бұл өтініш күнінен (\(applied)) кейін; шартты "
        + "қол қойылған күннен кейінгі күнмен берілген өтініш ретінде енгізіңіз",
      ru: "договор подписан \(signed), позже даты заявки \(applied); внесите его заявкой с "
        + "датой не ранее подписания",
      en: "the agreement was signed on \(signed), after the application of \(applied); record "
        + "it with an application dated on or after the signing")
  }

  static var agreementWithoutEnterprise: LocalizedText {
    LocalizedText(
      kk: "үшжақты шарт бар деп белгіленген, бірақ кәсіпорын (БСН) көрсетілмеген; шарт жасалған "
        + "кәсіпорынның БСН-ін жазыңыз",
      ru: "отмечен трёхсторонний договор, но не указано предприятие (БИН); укажите БИН "
        + "предприятия — стороны договора",
      en: "a signed tripartite agreement is marked but no enterprise (BIN) is given; give the BIN "
        + "of the enterprise party to the agreement")
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
