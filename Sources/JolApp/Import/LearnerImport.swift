import JolModel

/// `jol import learners`: a school roster. Each row names a learner by IIN with their school,
/// grade, class, language of instruction, residence, social categories and, optionally,
/// contacts and a consent. Personal fields go to the vault; the log gets pseudonymous events,
/// planned by ``LearnerPlanner`` (what changed since the state: registration, school
/// placement, categories, consent).
///
/// This kind wraps the planner with the vault: the learner of a row is the vault's person of
/// that IIN or a new pseudonymous id, an erased IIN is refused (or registered again with
/// `--re-register`), and a valid row's person and consent are written to the vault.
struct LearnerImport: ImportKind {
  typealias C = ImportColumns.Learners

  /// A roster row: what the planner reads, and the personal fields only the vault keeps.
  struct Record {
    var row: LearnerRow
    var surname: String
    var name: String
    var patronymic: String
    var phone: String?
    var email: String?
    var consent: ConsentRequest?
    /// The birth date the roster gives, when it has the column.
    var birthDate: CivilDate?
  }

  struct ConsentRequest {
    var givenBy: Consent.GivenBy
    var representative: String
    var purpose: String
    var until: CivilDate?
  }

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }
  static var writesVault: Bool { true }
  static var readsDistricts: Bool { true }

  var planner = LearnerPlanner()

  static func column(_ field: LearnerPlanner.Field) -> CSVColumn {
    switch field {
    case .iin: ImportColumns.iin
    case .school: C.school
    }
  }

  func read(_ reader: inout RowReader, base: ImportBase) -> Record? {
    let iin = reader.iin(ImportColumns.iin)
    let surname = reader.required(C.surname)
    let name = reader.required(C.name)
    let school = reader.required(C.school)
    let grade = gradeAndClass(&reader)
    let language = reader.word(C.language, ImportVocabulary.language)
    let region = reader.region(C.region)
    let district = reader.district(ImportColumns.district, in: region, base.kato!)
    let date = reader.date(ImportColumns.date, default: base.effective)
    let birthDate = Self.birthDate(&reader, iin: iin, today: base.effective)
    let categories = reader.row[C.categories].map { _ in Self.categories(&reader, date: date) }
    let phone = reader.optional(C.phone)
    if let phone, !ImportValues.isPhone(phone) {
      reader.fail(C.phone, ImportMessages.notAPhone(phone))
    }
    let email = reader.optional(C.email)
    if let email, !ImportValues.isEmail(email) {
      reader.fail(C.email, ImportMessages.notAnEmail(email))
    }
    let consent = Self.consent(&reader, date: date)
    guard let iin, let surname, let name, let school, let grade, let language, let region,
      let district, let date
    else { return nil }
    let row = LearnerRow(
      iin: iin,
      placement: SchoolPlacement(
        institution: InstitutionID(school), grade: grade.0, className: grade.1, language: language),
      district: district.code.rawValue, districtRecodedFrom: district.recodedFrom?.rawValue,
      region: region, categories: categories ?? nil, date: date,
      consentPurpose: consent?.purpose)
    return Record(
      row: row, surname: surname, name: name, patronymic: reader.optional(C.patronymic) ?? "",
      phone: phone, email: email, consent: consent, birthDate: birthDate)
  }

  /// The roster's birth date, when given: a date not after today. The IIN's digits are only a
  /// hint (Government Decree No. 853 of 26 August 2013): a birth date that differs from them,
  /// or, when none is given, digits that name no day or a day to come, are warnings, not errors.
  private static func birthDate(_ reader: inout RowReader, iin: IIN?, today: CivilDate)
    -> CivilDate?
  {
    var birthDate: CivilDate?
    if reader.optional(C.birthDate) != nil, let date = reader.date(C.birthDate) {
      if date > today {
        reader.fail(C.birthDate, ImportMessages.birthDateInFuture(date))
      } else {
        birthDate = date
      }
    }
    guard let iin else { return birthDate }
    if let birthDate {
      if let warning = iin.birthDateMismatch(birthDate) { reader.warn(C.birthDate, warning) }
    } else if let warning = iin.unusableDateWarning(today: today) {
      // No birth date and no usable hint: `age` stays unknown until one is recorded.
      reader.warn(ImportColumns.iin, warning)
    }
    return birthDate
  }

  /// The grade and class letter: `9` and `Ә` in two columns, or `9Ә`, `9 Ә`, `9-А` in the grade
  /// column alone. A class letter is one or two letters; anything else (`9; 10`, `9 Ә Б`) is an
  /// error, never recorded as a class.
  private func gradeAndClass(_ reader: inout RowReader) -> (Int, String)? {
    guard let text = reader.required(C.grade) else { return nil }
    let digits = String(text.prefix { $0.isASCII && $0.isNumber })
    let rest = text.dropFirst(digits.count).trimmingWhitespace()
    let letter = rest.hasPrefix("-") ? rest.dropFirst().trimmingWhitespace() : rest
    guard let grade = Int(digits), (1...12).contains(grade) else {
      reader.fail(C.grade, ImportMessages.notAGrade(text))
      return nil
    }
    func isClassLetter(_ text: String) -> Bool {
      (1...2).contains(text.count) && text.allSatisfy(\.isLetter)
    }
    if let className = reader.optional(C.className) {
      guard letter.isEmpty else {
        reader.fail(C.grade, ImportMessages.notAGrade(text))
        return nil
      }
      guard isClassLetter(className) else {
        reader.fail(C.className, ImportMessages.notAClassLetter(className))
        return nil
      }
      return (grade, className)
    }
    guard !letter.isEmpty else {
      reader.fail(C.grade, ImportMessages.missingClassLetter(text))
      return nil
    }
    guard isClassLetter(letter) else {
      reader.fail(C.grade, ImportMessages.notAGrade(text))
      return nil
    }
    return (grade, letter)
  }

  private static func categories(_ reader: inout RowReader, date: CivilDate?) -> [LearnerRow
    .DatedCategory]?
  {
    guard let text = reader.optional(C.categories) else { return [] }
    var result: [LearnerRow.DatedCategory] = []
    var valid = true
    for item in ImportValues.list(text) {
      var word = item
      var from: CivilDate?
      var until: CivilDate?
      if item.hasSuffix(")"), let open = item.lastIndex(of: "(") {
        word = item[..<open].trimmingWhitespace()
        let inner = item[item.index(after: open)..<item.index(before: item.endIndex)]
        let dates = splitRange(String(inner))
        from = ImportValues.date(dates.0)
        until = dates.1.flatMap(ImportValues.date)
        if from == nil || (dates.1 != nil && until == nil) || (until.map { $0 <= from! } ?? false) {
          reader.fail(C.categories, ImportMessages.badCategoryDates(item))
          valid = false
          continue
        }
      }
      guard let category = ImportVocabulary.category.value(word) else {
        reader.fail(C.categories, ImportVocabulary.category.rejection(word))
        valid = false
        continue
      }
      result.append(LearnerRow.DatedCategory(category, from: from, until: until))
    }
    return valid ? result : nil
  }

  /// `2024-09-01`, `01.09.2024 – 31.05.2026`, `2024-09-01..2026-05-31`.
  static func splitRange(_ text: String) -> (String, String?) {
    // The standard library's search, by characters: Foundation's `range(of:)` went through
    // NSString, a twentieth of reading a roster with dated categories.
    for separator in ["..", "–", "—", " - "] {
      if let range = text.firstRange(of: separator) {
        return (
          text[..<range.lowerBound].trimmingWhitespace(),
          text[range.upperBound...].trimmingWhitespace()
        )
      }
    }
    return (text.trimmingWhitespace(), nil)
  }

  private static func consent(_ reader: inout RowReader, date: CivilDate?) -> ConsentRequest? {
    guard let givenBy = reader.optionalWord(C.consent, ImportVocabulary.consentGiver) else {
      return nil
    }
    let representative = reader.optional(C.representative) ?? ""
    if givenBy == .representative && representative.isEmpty {
      reader.fail(C.representative, ImportMessages.representativeMissing)
    }
    let purpose = reader.required(C.consentPurpose)
    let until = reader.optional(C.consentUntil) != nil ? reader.date(C.consentUntil) : nil
    if let until, let date, until < date {
      reader.fail(C.consentUntil, ImportMessages.consentEndsBeforeItStarts(until, date))
    }
    guard let purpose else { return nil }
    return ConsentRequest(
      givenBy: givenBy, representative: representative, purpose: purpose, until: until)
  }

  /// `--re-register --reason TEXT`.
  static var options: [OptionSpec] {
    [
      OptionSpec(
        "re-register",
        help: ImportRunText.reRegisterOption.text()),
      OptionSpec(
        "reason", value: "TEXT",
        help: ImportRunText.reRegisterReasonOption.text()),
    ]
  }

  mutating func plan(
    _ record: Record, row: CSVRow, working: inout IntakeState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    let iin = record.row.iin
    let existing = plan.vault.person(iin: iin.value)
    var erased: [CSVError] = []
    // A person new to the vault may have been erased: their IIN's code looked up once.
    let erasure = existing == nil ? plan.vault.erasure(of: iin) : nil
    if let erasure, plan.reRegister == nil {
      erased.append(
        row.error(in: ImportColumns.iin, reason: ImportMessages.erased(iin, erasure.erasedOn)))
    }
    let learner = existing?.learner ?? Self.newLearnerID(plan.vault, working.state, &random)
    let planned = Self.located(
      planner.plan(.init(learner: learner, row: record.row), line: row.line, in: working),
      row: row)
    switch planned {
    case .failure(let problems):
      return .failure(RowErrors(problems.errors + erased))
    case .success where !erased.isEmpty:
      return .failure(RowErrors(erased))
    case .success(let drafts):
      if erasure != nil, let reason = plan.reRegister {
        plan.vault.recordReRegistration(of: iin, on: record.row.date, reason: reason)
      }
      person(record, learner, existing, &plan)
      if let consent = record.consent { self.consent(consent, record.row.date, learner, &plan) }
      return .success(drafts)
    }
  }

  /// The vault's entry of the row's person, updated to the row.
  private func person(
    _ record: Record, _ learner: LearnerID, _ existing: Person?, _ plan: inout ImportPlan
  ) {
    let person = Person(
      learner: learner, iin: record.row.iin, surname: record.surname, name: record.name,
      patronymic: record.patronymic, phone: record.phone ?? existing?.phone ?? "",
      email: record.email ?? existing?.email ?? "",
      birthDate: record.birthDate ?? existing?.birthDate)
    if existing != person {
      plan.vault.upsert(person)
      plan.vaultEdits += 1
      if existing == nil { plan.learnersAdded += 1 }
    }
  }

  /// `L` and 16 random hex digits (64 bits from the kernel's secure generator in production,
  /// ``KernelRandom``), not used before in the vault or the log.
  static func newLearnerID(
    _ vault: Vault, _ state: ClusterState, _ random: inout some RandomNumberGenerator
  ) -> LearnerID {
    while true {
      let hex = String(random.next(), radix: 16)
      let id = LearnerID("L" + String(repeating: "0", count: 16 - hex.count) + hex)
      if vault.people[id] == nil && state.learner(id) == nil { return id }
    }
  }

  /// A consent goes to the vault with its details (the planner records its reference in the
  /// log once). One consent per learner and purpose: a later roster stating it again (a new
  /// school year) keeps the date it was first given, and a changed term or representative
  /// updates the vault only.
  private func consent(
    _ request: ConsentRequest, _ date: CivilDate, _ learner: LearnerID, _ plan: inout ImportPlan
  ) {
    let reference = LearnerPlanner.consentReference(learner, request.purpose)
    let previous = plan.vault.consents[reference]
    let consent = Consent(
      reference: reference, learner: learner, givenBy: request.givenBy,
      representative: request.representative, purpose: request.purpose,
      givenOn: previous?.givenOn ?? date,
      validUntil: request.until, withdrawnOn: previous?.withdrawnOn)
    if previous != consent {
      plan.vault.upsert(consent)
      plan.vaultEdits += 1
    }
  }
}
