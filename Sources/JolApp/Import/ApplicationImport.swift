import JolModel
import JolPolicy

/// `jol import applications`: applications to policies that consider applicants — one row per
/// application, with ranked preferences between the policies of a round and, for targeted and
/// dual training, the co-funding enterprise, the tripartite agreement and the work obligation
/// (the facts `employer`, `enterprise_agreement`, `work_obligation_years`; an empty cell
/// records nothing). A signed agreement needs the enterprise, and its date of signing must not
/// be after the day of application. Rows are planned by ``ApplicationPlanner``.
struct ApplicationImport: ImportKind {
  typealias C = ImportColumns.Applications

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }
  static var readsPolicies: Bool { true }

  var planner = ApplicationPlanner()

  static func column(_ field: ApplicationPlanner.Field) -> CSVColumn {
    switch field {
    case .iin: ImportColumns.iin
    case .enterprise: C.enterprise
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> ApplicationRow? {
    let known = base.policyIDs
    let iin = reader.iin(ImportColumns.iin)
    let policy = reader.required(C.policy)
    if let policy, !known.contains(policy) { reader.fail(C.policy, unknown(policy, base)) }
    let date = reader.date(C.date)
    var preferences: [PolicyID] = []
    let named: [(CSVColumn, String)] =
      (reader.optional(C.preferences).map { text in
        text.split(separator: ">").map { (C.preferences, $0.trimmingCharacters(in: .whitespaces)) }
      } ?? []) + C.numbered.compactMap { column in reader.optional(column).map { (column, $0) } }
    for (column, id) in named {
      if known.contains(id) {
        preferences.append(PolicyID(id))
      } else {
        reader.fail(column, unknown(id, base))
      }
    }
    guard let iin, let policy, let date else { return nil }
    var application = ApplicationSubmitted(policy: PolicyID(policy), preferences: preferences)
    Self.readAgreement(&reader, into: &application, appliedOn: date)
    return ApplicationRow(iin: iin, date: date, application: application)
  }

  private func unknown(_ id: String, _ base: ImportBase) -> LocalizedText {
    // `readsPolicies`: the pipeline loaded them, as `readsSpecialties` loads the classifier.
    PolicyDirectory.unknownPolicy(id, in: base.policies!)
  }

  /// The tripartite agreement columns, into `application`; empty cells leave the fields nil.
  private static func readAgreement(
    _ reader: inout RowReader, into application: inout ApplicationSubmitted, appliedOn: CivilDate
  ) {
    if reader.optional(C.enterprise) != nil, let bin = reader.bin(C.enterprise) {
      application.enterprise = EnterpriseID(bin.value)
    }
    if let text = reader.optional(C.agreement) {
      if let signed = C.agreementWords.value(text) {
        application.agreement = signed
      } else if let signedOn = ImportValues.date(text) {
        if signedOn > appliedOn {
          reader.fail(C.agreement, ImportMessages.agreementAfterApplication(signedOn, appliedOn))
        }
        application.agreement = true
      } else {
        reader.fail(C.agreement, ImportMessages.notAnAgreement(text))
      }
      if application.agreement == true && reader.optional(C.enterprise) == nil {
        reader.fail(C.agreement, ImportMessages.agreementWithoutEnterprise)
      }
    }
    if reader.optional(C.workObligation) != nil {
      let range = ApplicationSubmitted.workObligationYearsRange
      application.workObligationYears = reader.integer(C.workObligation, in: range)
    }
  }
}

extension ImportColumns {
  /// The columns of `jol import applications`.
  enum Applications {
    static let policy = CSVColumn(
      "policy",
      aliases: [
        "правила", "политика", "ереже", "қағидалар", "policy_id", "Стипендия", "Грант",
        "Бағдарлама",
      ])
    static let date = CSVColumn(
      "date", aliases: ["applied_on", "Дата заявки", "Өтініш күні"] + ImportColumns.date.aliases)
    static let preferences = CSVColumn(
      "preferences", aliases: ["приоритеты", "басымдықтар"], required: false)
    static let numbered = (1...9).map { CSVColumn("pref\($0)", required: false) }
    static let enterprise = CSVColumn(
      "enterprise",
      aliases: [
        "Кәсіпорын (БСН)", "Предприятие (БИН)", "Кәсіпорын", "Предприятие", "bin", "БСН", "БИН",
        "employer", "Жұмыс беруші", "Работодатель",
      ], required: false)
    static let agreement = CSVColumn(
      "agreement",
      aliases: [
        "Үшжақты шарт", "Трёхсторонний договор", "Трехсторонний договор", "enterprise_agreement",
        "tripartite agreement", "Шарт", "Договор",
      ], required: false)
    static let workObligation = CSVColumn(
      "work_obligation_years",
      aliases: [
        "Өтеу мерзімі (жыл)", "Срок отработки (лет)", "Өтеу мерзімі", "Срок отработки",
        "work_obligation", "work obligation years",
      ], required: false)

    static let all =
      [ImportColumns.iin, policy, date, preferences] + numbered + [
        enterprise, agreement, workObligation,
      ]

    /// Whether the agreement is signed, as officers write it.
    static let agreementWords = WordTable<Bool>(
      ImportRunText.agreement.text(),
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
}
