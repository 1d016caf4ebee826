import JolModel

/// `jol import learners`: a school roster. Each row names a learner by IIN with their school,
/// grade, class, language of instruction, residence, social categories and, optionally,
/// contacts and a consent. Personal fields go to the vault; the log gets pseudonymous events.
///
/// A row is compared with what is recorded: a new learner is registered; for a known one only
/// what changed is appended — a new school, grade or class (`learner.stage_entered` at school),
/// a new district or region (`learner.registered` again: the registration is the only event
/// that carries residence), categories declared or ended, a new consent.
struct LearnerImport: ImportKind {
  typealias C = ImportColumns.Learners

  struct Record {
    var iin: IIN
    var surname: String
    var name: String
    var patronymic: String
    var placement: SchoolPlacement
    var district: String
    var region: Region
    /// Nil when the file has no categories column (then categories are left as they are).
    var categories: [DatedCategory]?
    var date: CivilDate
    var phone: String?
    var email: String?
    var consent: ConsentRequest?
  }

  /// A category as a roster cell states it: `rural`, `жетім (01.09.2024)`,
  /// `мүгедектік (2024-09-01 – 2026-05-31)`.
  struct DatedCategory {
    var category: Category
    var from: CivilDate?
    var until: CivilDate?
  }

  struct ConsentRequest {
    var givenBy: Consent.GivenBy
    var representative: String
    var purpose: String
    var until: CivilDate?
  }

  static var columns: [CSVColumn] { C.all }
  static var readsSpecialties: Bool { false }

  /// Line on which each IIN was first seen in this file.
  private var firstLine: [String: Int] = [:]

  init(store: Store) throws {}

  func read(_ reader: inout RowReader, base: ImportBase) -> Record? {
    let iin = reader.iin(ImportColumns.iin)
    let surname = reader.required(C.surname)
    let name = reader.required(C.name)
    let school = reader.required(C.school)
    let grade = gradeAndClass(&reader)
    let language = reader.word(C.language, ImportVocabulary.language)
    let region = reader.region(C.region)
    let district = reader.district(ImportColumns.district, in: region)
    let date = reader.date(ImportColumns.date, default: base.effective)
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
    return Record(
      iin: iin, surname: surname, name: name, patronymic: reader.optional(C.patronymic) ?? "",
      placement: SchoolPlacement(
        institution: InstitutionID(school), grade: grade.0, className: grade.1, language: language),
      district: district, region: region, categories: categories ?? nil, date: date, phone: phone,
      email: email, consent: consent)
  }

  /// The grade and class letter: `9` and `Ә` in two columns, or `9Ә`, `9 Ә`, `9-А` in the grade
  /// column alone. A class letter is one or two letters; anything else (`9; 10`, `9 Ә Б`) is an
  /// error, never recorded as a class.
  private func gradeAndClass(_ reader: inout RowReader) -> (Int, String)? {
    guard let text = reader.required(C.grade) else { return nil }
    let digits = String(text.prefix { $0.isASCII && $0.isNumber })
    let rest = text.dropFirst(digits.count).trimmingCharacters()
    let letter = rest.hasPrefix("-") ? rest.dropFirst().trimmingCharacters() : rest
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

  private static func categories(_ reader: inout RowReader, date: CivilDate?) -> [DatedCategory]? {
    guard let text = reader.optional(C.categories) else { return [] }
    var result: [DatedCategory] = []
    var valid = true
    for item in ImportValues.list(text) {
      var word = item
      var from: CivilDate?
      var until: CivilDate?
      if item.hasSuffix(")"), let open = item.lastIndex(of: "(") {
        word = item[..<open].trimmingCharacters()
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
      result.append(DatedCategory(category: category, from: from, until: until))
    }
    return valid ? result : nil
  }

  /// `2024-09-01`, `01.09.2024 – 31.05.2026`, `2024-09-01..2026-05-31`.
  private static func splitRange(_ text: String) -> (String, String?) {
    for separator in ["..", "–", "—", " - "] {
      if let range = text.range(of: separator) {
        return (
          text[..<range.lowerBound].trimmingCharacters(),
          text[range.upperBound...].trimmingCharacters()
        )
      }
    }
    return (text.trimmingCharacters(), nil)
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
        help: LocalizedText(
          kk: "жеке деректері жойылған адамды қайта тіркеу (жаңа келісіммен қайтып келген)",
          ru:
            "зарегистрировать снова человека, чьи данные были удалены (вернулся с новым согласием)",
          en: "register again a person whose data was erased (a returning learner, new consent)")),
      OptionSpec(
        "reason", value: "TEXT",
        help: LocalizedText(
          kk: "қайта тіркеу негізі; жеке деректерсіз", ru: "основание; без персональных данных",
          en: "why; no personal data")),
    ]
  }

  mutating func plan(
    _ record: Record, row: CSVRow, working: inout WorkingState, plan: inout ImportPlan,
    random: inout some RandomNumberGenerator
  ) -> Result<[EventDraft], RowErrors> {
    var errors: [CSVError] = []
    if let first = firstLine[record.iin.value] {
      errors.append(
        row.error(in: ImportColumns.iin, reason: ImportMessages.repeatedIIN(record.iin, first)))
    } else {
      firstLine[record.iin.value] = row.line
    }
    if let problem = ImportChecks.institution(
      record.placement.institution, kind: .school, in: working.state)
    {
      errors.append(row.error(in: C.school, reason: problem))
    }
    if plan.vault.person(iin: record.iin.value) == nil,
      let erasure = plan.vault.erasure(of: record.iin)
    {
      if let reason = plan.reRegister {
        plan.vault.recordReRegistration(of: record.iin, on: record.date, reason: reason)
      } else {
        errors.append(
          row.error(
            in: ImportColumns.iin, reason: ImportMessages.erased(record.iin, erasure.erasedOn)))
      }
    }
    guard errors.isEmpty else { return .failure(RowErrors(errors)) }

    let learner = person(record, plan: &plan, working: working, random: &random)
    var drafts = LearnerDrafts(learner: learner, state: working.state.learner(learner))
    placement(record, &drafts)
    if let categories = record.categories { self.categories(categories, record.date, &drafts) }
    if let consent = record.consent { self.consent(consent, record, learner, &drafts, &plan) }
    return .success(drafts.drafts)
  }

  /// The learner's id: from the vault, or a new random one; the vault's entry updated to the row.
  private func person(
    _ record: Record, plan: inout ImportPlan, working: WorkingState,
    random: inout some RandomNumberGenerator
  ) -> LearnerID {
    let existing = plan.vault.person(iin: record.iin.value)
    let learner = existing?.learner ?? Self.newLearnerID(plan.vault, working.state, &random)
    let person = Person(
      learner: learner, iin: record.iin, surname: record.surname, name: record.name,
      patronymic: record.patronymic, phone: record.phone ?? existing?.phone ?? "",
      email: record.email ?? existing?.email ?? "")
    if existing != person {
      plan.vault.upsert(person)
      plan.vaultEdits += 1
      if existing == nil { plan.learnersAdded += 1 }
    }
    return learner
  }

  /// `L` and 16 random hex digits (64 bits from the system's secure generator in production),
  /// not used before in the vault or the log.
  static func newLearnerID(
    _ vault: Vault, _ state: ClusterState, _ random: inout some RandomNumberGenerator
  ) -> LearnerID {
    while true {
      let hex = String(random.next(), radix: 16)
      let id = LearnerID("L" + String(repeating: "0", count: 16 - hex.count) + hex)
      if vault.people[id] == nil && state.learner(id) == nil { return id }
    }
  }

  private func placement(_ record: Record, _ drafts: inout LearnerDrafts) {
    let date = record.date
    let registration = drafts.state.registration
    if registration == nil || registration?.district != record.district
      || registration?.region != record.region.rawValue
    {
      let placement = record.placement
      drafts.add(
        .learnerRegistered(
          LearnerRegistered(
            school: placement.institution, grade: placement.grade, className: placement.className,
            language: placement.language, district: record.district,
            region: record.region.rawValue)), on: date)
      return
    }
    let period = drafts.state.period(on: date)
    if case .school(let current) = period?.placement, current == record.placement { return }
    drafts.add(
      .stageEntered(
        StageEntered(
          placement: .school(record.placement),
          reason: Self.reason(from: period, to: record, on: date)
        )), on: date)
  }

  /// Why a roster moves a learner to this school placement: a correction of the same day keeps
  /// the reason recorded; a higher grade at the same school is a promotion; another school,
  /// class or language is a transfer; a learner not at school is enrolled.
  private static func reason(from period: StagePeriod?, to record: Record, on date: CivilDate)
    -> TransitionReason
  {
    guard let period else { return .enrolled }
    if period.from == date { return period.entryReason }
    guard case .school(let current) = period.placement else { return .enrolled }
    if current.institution == record.placement.institution && record.placement.grade > current.grade
    {
      return .promoted
    }
    if record.placement.grade < current.grade { return .other }
    return .transferred
  }

  /// Categories the roster states are declared (and ended, when it gives an end); those
  /// recorded but no longer stated end on the row's date.
  private func categories(
    _ categories: [DatedCategory], _ date: CivilDate, _ drafts: inout LearnerDrafts
  ) {
    for stated in categories {
      let from = stated.from ?? date
      if !drafts.state.categories.contains(where: {
        $0.category == stated.category && $0.contains(from)
      }) {
        drafts.add(.categoryDeclared(CategoryChange(category: stated.category)), on: from)
      }
      if let until = stated.until,
        drafts.state.categories.contains(where: {
          $0.category == stated.category && $0.contains(from) && $0.until != until
        })
      {
        drafts.add(.categoryEnded(CategoryChange(category: stated.category)), on: until)
      }
    }
    let stated = Set(categories.map(\.category))
    for held in drafts.state.categories(on: date) where !stated.contains(held) {
      drafts.add(.categoryEnded(CategoryChange(category: held)), on: date)
    }
  }

  /// A consent goes to the vault with its details; the log gets its reference once. One consent
  /// per learner and purpose: a later roster stating it again (a new school year) keeps the
  /// date it was first given, and a changed term or representative updates the vault only.
  private func consent(
    _ request: ConsentRequest, _ record: Record, _ learner: LearnerID,
    _ drafts: inout LearnerDrafts, _ plan: inout ImportPlan
  ) {
    let reference = Self.consentReference(learner, request.purpose)
    let previous = plan.vault.consents[reference]
    let consent = Consent(
      reference: reference, learner: learner, givenBy: request.givenBy,
      representative: request.representative, purpose: request.purpose,
      givenOn: previous?.givenOn ?? record.date,
      validUntil: request.until, withdrawnOn: previous?.withdrawnOn)
    if previous != consent {
      plan.vault.upsert(consent)
      plan.vaultEdits += 1
    }
    if !drafts.state.consents.contains(where: { $0.reference == reference }) {
      drafts.add(.consentRecorded(ConsentChange(reference: reference)), on: record.date)
    }
  }

  /// `C` and 16 hex digits of a hash of the learner id and the purpose: the same consent
  /// imported again has the same reference, and the reference says nothing about the person.
  static func consentReference(_ learner: LearnerID, _ purpose: String) -> String {
    var hasher = SHA256()
    hasher.update("\(learner.rawValue)\n\(purpose)".utf8)
    return "C"
      + hasher.finalize().prefix(8).map { byte in
        let hex = String(byte, radix: 16)
        return byte < 16 ? "0" + hex : hex
      }.joined()
  }
}

/// The events planned for one learner, with the learner's state as they would leave it, so
/// each decision sees the ones before it.
struct LearnerDrafts {
  let learner: LearnerID
  private(set) var state: LearnerState
  private(set) var drafts: [EventDraft] = []

  init(learner: LearnerID, state: LearnerState?) {
    self.learner = learner
    self.state = state ?? LearnerState(id: learner)
  }

  mutating func add(_ event: DomainEvent, on date: CivilDate) {
    drafts.append(EventDraft(stream: .learner(learner), effective: date, event: event))
    state.apply(event, effective: date, sequence: state.lastSequence)
  }
}
