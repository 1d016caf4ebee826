import JolModel

/// `jol import mentors`: the mentors enterprises declare — enterprise (BIN, registered), mentor
/// code, the specialties they mentor, languages, district (KATO), shift and capacity (0: on
/// leave), and optionally the enterprise's capacity across all its mentors. In the log a mentor
/// is a code: the optional name, phone and e-mail columns go to the vault (`vault/mentors.csv`)
/// only, and messages about them show the value masked. Rows are planned by ``MentorPlanner``.
struct MentorImport: ImportKind {
  typealias C = ImportColumns.Mentors

  /// A row: what the planner reads, and the mentor's personal data (nil: the row has none).
  struct Record {
    var row: MentorRow
    var contact: MentorContact?
  }

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { true }
  static var writesVault: Bool { true }
  static var readsDistricts: Bool { true }

  var planner = MentorPlanner()

  static func column(_ field: MentorPlanner.Field) -> CSVColumn {
    switch field {
    case .mentor: C.mentor
    case .enterprise: C.enterprise
    case .enterpriseCapacity: C.enterpriseCapacity
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> Record? {
    let bin = reader.bin(C.enterprise)
    let mentor = reader.required(C.mentor)
    if let mentor, !ImportValues.isCode(mentor) {
      reader.fail(C.mentor, ImportMessages.badMentorCode(mentor))
    }
    let specialties = InstitutionImport.specialties(
      &reader, C.specialties, base.classifier!, withIntake: false)
    if specialties?.isEmpty == true { _ = reader.required(C.specialties) }
    let languages = InstitutionImport.languages(&reader, C.languages)
    let district = reader.district(ImportColumns.district, in: nil, base.kato!)
    let shift = reader.word(C.shift, Self.shifts)
    let capacity = reader.integer(C.capacity, in: 0...1_000)
    // .some(nil): the cell is empty; nil: it holds something that is not a capacity.
    let enterpriseCapacity: Int?? =
      reader.optional(C.enterpriseCapacity) == nil
      ? .some(nil)
      : reader.integer(C.enterpriseCapacity, in: 0...100_000).map { Int?.some($0) }
    let date = reader.date(ImportColumns.date, default: base.effective)
    let contact = Self.contact(&reader)
    guard let bin, let mentor, ImportValues.isCode(mentor), let specialties, !specialties.isEmpty,
      let languages, let district, let shift, let capacity, let enterpriseCapacity, let date,
      let contact
    else { return nil }
    let row = MentorRow(
      mentor: MentorID(mentor),
      registration: MentorRegistered(
        enterprise: EnterpriseID(bin.value), specialties: specialties.map(\.specialty),
        languages: languages, capacity: capacity, shift: shift, district: district.code.rawValue),
      enterpriseCapacity: enterpriseCapacity, date: date)
    return Record(
      row: row,
      contact: contact.isEmpty
        ? nil
        : MentorContact(
          mentor: row.mentor, surname: contact[0], name: contact[1], patronymic: contact[2],
          phone: contact[3], email: contact[4]))
  }

  /// Surname, name, patronymic, phone and e-mail as given (empty when not), or nil when the
  /// phone or e-mail is malformed — reported with the value masked, like an IIN
  /// (``IIN/masked(_:)``), since a mistyped number is still mostly someone's.
  private static func contact(_ reader: inout RowReader) -> [String]? {
    let phone = reader.optional(C.phone)
    if let phone, !ImportValues.isPhone(phone) {
      reader.fail(C.phone, ImportMessages.notAPhone(IIN.masked(phone)))
      return nil
    }
    let email = reader.optional(C.email)
    if let email, !ImportValues.isEmail(email) {
      reader.fail(C.email, ImportMessages.notAnEmail(IIN.masked(email)))
      return nil
    }
    let fields =
      [C.surname, C.name, C.patronymic].map { reader.optional($0) ?? "" }
      + [phone ?? "", email ?? ""]
    return fields.allSatisfy(\.isEmpty) ? [] : fields
  }

  /// The planner's plan; a planned row's contact goes to the vault.
  mutating func plan(
    _ record: Record, row: CSVRow, working: inout IntakeState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    let planned = Self.located(
      planner.plan(record.row, line: row.line, in: working), row: row)
    if case .success = planned, let contact = record.contact,
      plan.vault.mentors[contact.mentor] != contact
    {
      plan.vault.upsert(contact)
      plan.vaultEdits += 1
    }
    return planned
  }

  /// Shifts as offices write them.
  static let shifts = WordTable<Shift>(
    .shift,
    [
      (.day, ["day", "күндізгі", "күндіз", "дневная", "день", "1"]),
      (.evening, ["evening", "кешкі", "кеш", "вечерняя", "вечер", "2"]),
      (.night, ["night", "түнгі", "түн", "ночная", "ночь", "3"]),
    ])
}

extension ImportColumns {
  /// The columns of `jol import mentors`.
  enum Mentors {
    static let enterprise = CSVColumn(
      "enterprise", aliases: Applications.enterprise.aliases.filter { $0 != "employer" })
    static let mentor = CSVColumn(
      "mentor",
      aliases: ["Тәлімгер", "Тәлімгер коды", "Наставник", "Код наставника", "mentor code"])
    static let specialties = CSVColumn(
      "specialties",
      aliases: ["Мамандықтар", "Специальности", "specialty"] + ImportColumns.specialty.aliases)
    static let languages = CSVColumn(
      "languages", aliases: ["Тілдер", "Тілі", "Языки", "Язык", "language"])
    static let shift = CSVColumn("shift", aliases: ["Ауысым", "Смена"])
    static let capacity = CSVColumn(
      "capacity", aliases: ["Сыйымдылық", "Орын саны", "Вместимость", "Количество мест"])
    static let enterpriseCapacity = CSVColumn(
      "enterprise_capacity",
      aliases: ["Кәсіпорын сыйымдылығы", "Вместимость предприятия", "enterprise capacity"],
      required: false)

    /// Personal data (the vault only), with the learner roster's headers.
    static let surname = optional(Learners.surname)
    static let name = optional(Learners.name)
    static let patronymic = Learners.patronymic
    static let phone = Learners.phone
    static let email = Learners.email

    static let all = [
      enterprise, mentor, specialties, languages, ImportColumns.district, shift, capacity,
      enterpriseCapacity, ImportColumns.date, surname, name, patronymic, phone, email,
    ]

    private static func optional(_ column: CSVColumn) -> CSVColumn {
      CSVColumn(column.name, aliases: column.aliases, required: false)
    }
  }
}
