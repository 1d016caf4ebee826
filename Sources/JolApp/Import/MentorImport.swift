import JolModel

/// `jol import mentors`: the mentors enterprises declare — enterprise (BIN, registered), mentor
/// code, the specialties they mentor, languages, district (KATO), shift and capacity (0: on
/// leave), and optionally the enterprise's capacity across all its mentors. A mentor is a code:
/// the file's other columns, names and phones included, are not read, so no personal data
/// reaches the log. Rows are planned by ``MentorPlanner``.
struct MentorImport: ImportKind {
  typealias C = ImportColumns.Mentors

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { true }
  static var readsDistricts: Bool { true }

  var planner = MentorPlanner()

  static func column(_ field: MentorPlanner.Field) -> CSVColumn {
    switch field {
    case .mentor: C.mentor
    case .enterprise: C.enterprise
    case .enterpriseCapacity: C.enterpriseCapacity
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> MentorRow? {
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
    guard let bin, let mentor, ImportValues.isCode(mentor), let specialties, !specialties.isEmpty,
      let languages, let district, let shift, let capacity, let enterpriseCapacity, let date
    else { return nil }
    return MentorRow(
      mentor: MentorID(mentor),
      registration: MentorRegistered(
        enterprise: EnterpriseID(bin.value), specialties: specialties.map(\.specialty),
        languages: languages, capacity: capacity, shift: shift, district: district.code.rawValue),
      enterpriseCapacity: enterpriseCapacity, date: date)
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

    static let all = [
      enterprise, mentor, specialties, languages, ImportColumns.district, shift, capacity,
      enterpriseCapacity, ImportColumns.date,
    ]
  }
}
