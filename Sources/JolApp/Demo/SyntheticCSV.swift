import JolModel

/// Synthetic records written as the spreadsheets `jol import` reads: one file per import kind,
/// its headers taken from ``ImportColumns`` (never retyped), its values in the words Jol prints
/// for them — so whatever the import columns or titles become, the files stay importable.
///
/// Headers are each column's first alias in Cyrillic script (the Kazakh header an office
/// writes), or Jol's own column name when it has none. A closed-set value is written as its
/// title in ``language`` when the import accepts that title back, else as Jol's key for it
/// (`full_time`). Dates are `DD.MM.YYYY`, decimals have a comma, as a spreadsheet in Kazakhstan
/// saves them.
public struct SyntheticCSV: Sendable {
  /// How the files are written (delimiter, byte-order mark, line ends).
  public var writer: CSVWriter
  /// The language of the values' words.
  public var language: Language

  /// Files as a spreadsheet in Kazakhstan saves them, with Kazakh value words.
  public init(writer: CSVWriter = .excel, language: Language = .kk) {
    self.writer = writer
    self.language = language
  }

  /// Every file of a region, in the order they must be imported: (import kind, file name, text).
  public func files(_ region: SyntheticRegion) -> [(kind: String, name: String, text: String)] {
    [
      ("institutions", "institutions.csv", institutions(region)),
      ("learners", "roster.csv", roster(region.learners)),
      ("stages", "stages.csv", stages(region.transitions, of: region.learners)),
      ("grades", "grades.csv", grades(region.termResults, of: region.learners)),
      ("demand", "demand.csv", demand(region.demand, of: region.enterprises)),
      ("applications", "applications.csv", applications(region.applications, of: region.learners)),
      ("mentors", "mentors.csv", mentors(region)),
      (
        "mentor-preferences", "mentor-preferences.csv",
        mentorPreferences(region.mentorPreferences, of: region)
      ),
    ]
  }

  /// `jol import institutions`: schools, colleges, the university, then the enterprises.
  public func institutions(_ region: SyntheticRegion) -> String {
    typealias Column = ImportColumns.Institutions
    let since = dotted(region.organisationsRegistered)
    var rows = region.institutions.map { institution in
      let registration = institution.registration
      return [
        institution.code.rawValue, kindWord(.institution(registration.kind)),
        registration.names.kk, registration.names.ru, registration.district,
        registration.languages.map(\.rawValue).joined(separator: ", "),
        registration.specialties.map { "\($0.specialty.rawValue):\($0.intake)" }
          .joined(separator: "; "),
        "", since,
      ]
    }
    rows += region.enterprises.map { enterprise in
      let registration = enterprise.registration
      return [
        enterprise.bin.value, kindWord(.enterprise), registration.names.kk, registration.names.ru,
        registration.district, "", registration.specialties.map(\.rawValue).joined(separator: "; "),
        registration.capacity.map(String.init) ?? "", since,
      ]
    }
    return text(
      [
        Column.code, Column.kind, Column.nameKK, Column.nameRU, ImportColumns.district,
        Column.languages, Column.specialties, Column.capacity, ImportColumns.date,
      ], rows)
  }

  /// `jol import learners`: one row a learner; the grade and class letter in one cell (`9А`),
  /// each category with the date it applies from, the birth date as НОБД exports it.
  public func roster(_ learners: [SyntheticLearner]) -> String {
    typealias Column = ImportColumns.Learners
    let rows = learners.map { learner in
      let date = dotted(learner.registered)
      return [
        learner.person.iin.value, learner.person.surname, learner.person.name,
        learner.person.patronymic, learner.school.rawValue,
        String(learner.grade) + learner.className, learner.language.rawValue, learner.district,
        learner.region.name[language],
        learner.categories.map {
          word($0, $0.title, key: $0.rawValue, ImportVocabulary.category) + " (" + date + ")"
        }.joined(separator: "; "),
        date, dotted(learner.person.birthDate),
      ]
    }
    return text(
      [
        ImportColumns.iin, Column.surname, Column.name, Column.patronymic, Column.school,
        Column.grade, Column.language, ImportColumns.district, Column.region, Column.categories,
        ImportColumns.date, Column.birthDate,
      ], rows)
  }

  /// `jol import stages`: each transition, with the placement's fields a stage has.
  public func stages(_ transitions: [SyntheticTransition], of learners: [SyntheticLearner])
    -> String
  {
    typealias Column = ImportColumns.Stages
    let rows = transitions.map { transition in
      var row = Array(repeating: "", count: 13)
      row[0] = learners[transition.learner].person.iin.value
      row[7] = dotted(transition.date)
      switch transition.change {
      case .left(let left):
        row[1] = stageWord(left.stage)
        row[8] = reasonWord(left.reason)
      case .entered(let entered):
        row[1] = stageWord(entered.placement.stage)
        row[8] = reasonWord(entered.reason)
        fill(&row, entered.placement)
      }
      return row
    }
    return text(
      [
        ImportColumns.iin, Column.stage, Column.institution, Column.specialty, Column.form,
        Column.funding, Column.language, Column.date, Column.reason, Column.kind, Column.programme,
        Column.grade, Column.className,
      ], rows)
  }

  /// `jol import grades`: GPA with a decimal comma, attendance in percent, `subject:grade` list,
  /// the school or college when the result names one.
  public func grades(_ results: [SyntheticTermResult], of learners: [SyntheticLearner]) -> String {
    typealias Column = ImportColumns.Grades
    let rows = results.map { term in
      [
        learners[term.learner].person.iin.value, term.result.term,
        decimal(term.result.gpa), decimal(term.result.attendance) + "%",
        term.result.grades.map { $0.subject + ":" + String($0.grade) }.joined(separator: "; "),
        term.result.institution?.rawValue ?? "", dotted(term.date),
      ]
    }
    return text(
      [
        ImportColumns.iin, Column.term, Column.gpa, Column.attendance, Column.grades,
        Column.institution, ImportColumns.date,
      ],
      rows)
  }

  /// `jol import demand`: an enterprise's BIN, the specialty, how many, for which year.
  public func demand(_ demand: [SyntheticDemand], of enterprises: [SyntheticEnterprise]) -> String {
    typealias Column = ImportColumns.Demand
    let rows = demand.map {
      [
        enterprises[$0.enterprise].bin.value, $0.demand.specialty.rawValue,
        String($0.demand.count), String($0.demand.year), dotted($0.date),
      ]
    }
    return text(
      [Column.bin, Column.specialty, Column.count, Column.year, ImportColumns.date], rows)
  }

  /// `jol import applications`: who applied to which policy, when; for a co-funded grant, the
  /// enterprise (BIN), whether the tripartite agreement is signed (`иә` / `жоқ`) and the years of
  /// work owed.
  public func applications(_ applications: [SyntheticApplication], of learners: [SyntheticLearner])
    -> String
  {
    typealias Column = ImportColumns.Applications
    let rows = applications.map {
      [
        learners[$0.learner].person.iin.value, $0.application.policy.rawValue, dotted($0.date),
        $0.application.enterprise?.rawValue ?? "",
        $0.application.agreement.map { $0 ? "иә" : "жоқ" } ?? "",
        $0.application.workObligationYears.map(String.init) ?? "",
      ]
    }
    return text(
      [
        ImportColumns.iin, Column.policy, Column.date, Column.enterprise, Column.agreement,
        Column.workObligation,
      ], rows)
  }

  /// `jol import mentors`: each mentor's enterprise (BIN), code, specialties, languages,
  /// district, shift and capacity; the enterprise's capacity is its registration's, not repeated.
  public func mentors(_ region: SyntheticRegion) -> String {
    typealias Column = ImportColumns.Mentors
    let since = dotted(region.mentorsDeclared)
    let rows = region.mentors.map { mentor in
      let registration = mentor.registration
      return [
        registration.enterprise.rawValue, mentor.code.rawValue,
        registration.specialties.map(\.rawValue).joined(separator: "; "),
        registration.languages.map(\.rawValue).joined(separator: ", "),
        registration.district ?? "", registration.shift.rawValue, String(registration.capacity),
        since,
      ]
    }
    return text(
      [
        Column.enterprise, Column.mentor, Column.specialties, Column.languages,
        ImportColumns.district, Column.shift, Column.capacity, ImportColumns.date,
      ], rows)
  }

  /// `jol import mentor-preferences`: each student's list, best first, separated by `>`.
  public func mentorPreferences(
    _ preferences: [SyntheticMentorPreference], of region: SyntheticRegion
  ) -> String {
    typealias Column = ImportColumns.MentorPreferences
    let rows = preferences.map { preference in
      [
        region.learners[preference.learner].person.iin.value, preference.list.programme,
        dotted(preference.date),
        preference.list.choices.map { choice in
          switch choice {
          case .mentor(let mentor): mentor.rawValue
          case .enterprise(let enterprise): enterprise.rawValue
          }
        }.joined(separator: " > "),
      ]
    }
    return text([ImportColumns.iin, Column.programme, Column.date, Column.choices], rows)
  }

  /// A file with the given columns' headers.
  func text(_ columns: [CSVColumn], _ rows: [[String]]) -> String {
    writer.text(header: columns.map(Self.header), records: rows)
  }

  /// The header written for a column: its first alias in Cyrillic script, else its name.
  static func header(_ column: CSVColumn) -> String {
    column.aliases.first { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
      ?? column.name
  }

  /// A placement's fields in a stages row (institution, specialty, form, funding, language,
  /// kind, programme, grade, class).
  private func fill(_ row: inout [String], _ placement: StagePlacement) {
    switch placement {
    case .school(let school):
      row[2] = school.institution.rawValue
      row[6] = school.language.rawValue
      row[11] = String(school.grade)
      row[12] = school.className
    case .college(let college):
      row[2] = college.institution.rawValue
      row[3] = college.specialty.rawValue
      row[4] = word(
        college.form, college.form.title, key: college.form.rawValue, ImportVocabulary.form)
      row[5] = fundingWord(college.funding)
      row[6] = college.language.rawValue
    case .enterprise(let enterprise):
      row[2] = enterprise.enterprise.rawValue
      row[3] = enterprise.specialty?.rawValue ?? ""
      row[9] = word(
        enterprise.kind, enterprise.kind.title, key: enterprise.kind.rawValue,
        ImportVocabulary.enterpriseKind)
    case .university(let university):
      row[2] = university.institution.rawValue
      row[5] = fundingWord(university.funding)
      row[10] = university.programme
    case .outside(let outside):
      row[9] = word(
        outside.kind, outside.kind.title, key: outside.kind.rawValue, ImportVocabulary.outsideKind)
    }
  }

  private func stageWord(_ stage: Stage) -> String {
    word(stage, stage.title, key: stage.rawValue, ImportVocabulary.stage)
  }

  /// An organisation's kind: the title of its stage (`мектеп`, `кәсіпорын`) when the import
  /// reads it back as the same kind.
  private func kindWord(_ kind: ImportVocabulary.OrganisationKind) -> String {
    let stage: Stage
    switch kind {
    case .institution(let institution): stage = Stage(rawValue: institution.rawValue)!
    case .enterprise: stage = .enterprise
    }
    let title = stage.title[language]
    switch (kind, ImportVocabulary.organisationKind.value(title)) {
    case (.enterprise, .enterprise?): return title
    case (.institution(let wanted), .institution(let read)?) where wanted == read: return title
    default: return stage.rawValue
    }
  }

  private func reasonWord(_ reason: TransitionReason) -> String {
    word(reason, reason.title, key: reason.rawValue, ImportVocabulary.reason)
  }

  private func fundingWord(_ funding: Funding) -> String {
    word(funding, funding.title, key: funding.rawValue, ImportVocabulary.funding)
  }

  /// The value's title in ``language`` when the import reads it back as the same value, else
  /// its key.
  private func word<Value: Equatable>(
    _ value: Value, _ title: LocalizedText, key: String, _ table: WordTable<Value>
  ) -> String {
    table.value(title[language]) == value ? title[language] : key
  }

  /// `4,8`: a decimal as a spreadsheet in Kazakhstan writes it.
  private func decimal(_ value: FixedDecimal) -> String {
    String(value.description.map { $0 == "." ? "," : $0 })
  }

  /// `01.09.2026`.
  func dotted(_ date: CivilDate) -> String {
    let (year, month, day) = date.components
    return (day < 10 ? "0" : "") + "\(day)." + (month < 10 ? "0" : "") + "\(month).\(year)"
  }
}
