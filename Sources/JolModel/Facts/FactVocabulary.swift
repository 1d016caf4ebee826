/// The vocabulary of facts: the one place that says which facts exist and, for each, its name,
/// type, bounds or closed set, titles in kk/ru/en (and its values' titles), where it is held in
/// ``Facts`` and how it is derived from a learner's state as of a date. The policy checker and
/// compiler, fact files, test files, explanations and (later) matching weights and reports all
/// read it; none of them lists facts.
///
/// Adding a fact is one entry here (plus the typed property of ``Facts`` that it names) and its
/// test: `FactVocabularyTests` walks every entry — titles in every language, parsing in a fact
/// file and a test file, values that round-trip, derivation from a state built from events, a
/// `require` on it checked and compiled to read its own value — so the new entry is tested by
/// adding it; give the fact a sample value there and, if derived, an event that yields it.
/// Document it in `Policies/README.md`'s fact table (a test compares the table with this list).
///
/// The order of the entries is the canonical order of facts (missing facts are listed in it).
public enum FactVocabulary {
  /// Every fact, in canonical order.
  public static let entries: [FactDefinition] = [
    .enumeration(
      "stage", FactTitle.stage.text(),
      get: { $0.stage }, set: { $0.stage = $1 }, valueTitle: { $0.title },
      derive: { $0.stage }),
    .integer(
      "grade", FactTitle.grade.text(), range: 0...12,
      get: { $0.grade }, set: { $0.grade = $1 }, derive: { $0.school?.grade }),
    .code(
      "institution", FactTitle.institution.text(),
      get: { $0.institution }, set: { $0.institution = $1 },
      derive: { $0.institution?.rawValue }),
    .code(
      "specialty", FactTitle.specialty.text(),
      get: { $0.specialty?.rawValue }, set: { $0.specialty = $1.map(SpecialtyCode.init) },
      classifier: .specialty,
      derive: { ($0.college?.specialty ?? $0.enterprise?.specialty)?.rawValue }),
    .code(
      "qualification", FactTitle.qualification.text(),
      get: { $0.qualification?.rawValue },
      set: { $0.qualification = $1.map(QualificationCode.init) }, classifier: .qualification,
      derive: { $0.college?.qualification?.rawValue }),
    .enumeration(
      "qualification_level",
      FactTitle.qualificationLevel.text(),
      get: { $0.qualificationLevel }, set: { $0.qualificationLevel = $1 },
      valueTitle: { $0.title }, derive: { $0.college?.qualification?.level }),
    .enumeration(
      "form", FactTitle.form.text(),
      get: { $0.form }, set: { $0.form = $1 }, valueTitle: { $0.title },
      derive: { $0.college?.form }),
    // Dual training is a way of training full-time students, not a form of study (Rules for
    // organising dual training, Order MES No. 50 of 21.01.2016): a dual enrolment, or the
    // workplace part of it at an enterprise. Any other placement is not dual.
    .bool(
      "dual_training", FactTitle.dualTraining.text(),
      get: { $0.dualTraining }, set: { $0.dualTraining = $1 }, derive: { $0.dualTraining }),
    .enumeration(
      "funding", FactTitle.funding.text(),
      get: { $0.funding }, set: { $0.funding = $1 }, valueTitle: { $0.title },
      derive: { source in
        if let college = source.college { return college.funding }
        if case .university(let university)? = source.period?.placement {
          return university.funding
        }
        return nil
      }),
    .integer(
      "course", FactTitle.course.text(), range: 1...6,
      get: { $0.course }, set: { $0.course = $1 }, derive: { $0.course }),
    .decimal(
      "gpa", FactTitle.gpa.text(),
      bounds: FixedDecimal(0)...FixedDecimal(5), get: { $0.gpa }, set: { $0.gpa = $1 },
      derive: { $0.term?.gpa }),
    .percent(
      "attendance", FactTitle.attendance.text(),
      get: { $0.attendance }, set: { $0.attendance = $1 }, derive: { $0.term?.attendance }),
    .integer(
      "lowest_grade",
      FactTitle.lowestGrade.text(),
      range: 2...5, get: { $0.lowestGrade }, set: { $0.lowestGrade = $1 },
      derive: { $0.sessionTerm?.lowestGrade }),
    .set(
      "categories",
      FactTitle.categories.text(),
      members: .categories, get: { $0.categories }, set: { $0.categories = $1 },
      valueTitle: { $0.title },
      derive: { $0.isRecorded ? Set($0.state.categories(on: $0.asOf)) : nil }),
    .code(
      "region", FactTitle.region.text(),
      get: { $0.region }, set: { $0.region = $1 }, known: Region.all.map(\.rawValue),
      hint: FactHint.regionCode.text(),
      suggestion: { text in
        // The ISO code of a region (`KZ-61`) names its KATO code.
        text.uppercased().hasPrefix("KZ-") ? String(text.dropFirst(3)) : nil
      },
      derive: { $0.state.registration?.region }),
    .code(
      "district", FactTitle.district.text(),
      get: { $0.district }, set: { $0.district = $1 },
      derive: { $0.state.registration?.district }),
    .integer(
      "age", FactTitle.age.text(), range: 0...120,
      get: { $0.age }, set: { $0.age = $1 },
      onDate: { facts, date in facts.birthDate.map { $0.age(on: date) } },
      derive: { source in
        source.birthDate.flatMap { $0 <= source.asOf ? $0.age(on: source.asOf) : nil }
      }),
    // Given in fact files and tests only: the log never holds a birth date, and the vault's
    // yields `age` alone.
    .date(
      "birth_date", FactTitle.birthDate.text(),
      get: { $0.birthDate }, set: { $0.birthDate = $1 }, derive: nil),
    .code(
      "diagnostic_direction",
      FactTitle.diagnosticDirection.text(),
      get: { $0.diagnosticDirection }, set: { $0.diagnosticDirection = $1 },
      known: Direction.all.map(\.rawValue) + ["medicine", "social"],
      derive: { source in
        guard let diagnostic = source.state.latestDiagnostic(onOrBefore: source.asOf) else {
          return nil
        }
        return diagnostic.leadingDirection
      }),
    .bool(
      "mentorship", FactTitle.mentorship.text(),
      get: { $0.mentorship }, set: { $0.mentorship = $1 },
      derive: { source in
        guard source.isRecorded else { return nil }
        return source.state.mentorships.contains {
          $0.from <= source.asOf && ($0.until.map { source.asOf < $0 } ?? true)
        }
      }),
    .set(
      "awards",
      FactTitle.awards.text(),
      members: .policies, get: { $0.awards }, set: { $0.awards = $1 }, valueTitle: nil,
      derive: { $0.isRecorded ? Set($0.state.awards(on: $0.asOf)) : nil }),
    .date(
      "applied_on",
      FactTitle.appliedOn.text(),
      get: { $0.appliedOn }, set: { $0.appliedOn = $1 },
      derive: { source in
        source.policy.flatMap { source.state.application(to: $0, onOrBefore: source.asOf) }?
          .appliedOn
      }),
    // The application wins: it names the enterprise that co-funds *this* policy's training,
    // whereas a placement may be practice or a job at another enterprise.
    .code(
      "employer", FactTitle.employer.text(),
      get: { $0.employer }, set: { $0.employer = $1 },
      derive: { source in
        (source.latestStated(\.enterprise) ?? source.enterprise?.enterprise)?.rawValue
      }),
    .bool(
      "enterprise_agreement",
      FactTitle.enterpriseAgreement.text(),
      get: { $0.enterpriseAgreement }, set: { $0.enterpriseAgreement = $1 },
      derive: { $0.latestStated(\.agreement) }),
    .integer(
      "work_obligation_years",
      FactTitle.workObligationYears.text(),
      range: 0...20, get: { $0.workObligationYears }, set: { $0.workObligationYears = $1 },
      derive: { $0.latestStated(\.workObligationYears) }),
  ]

  /// Each entry's name, by index: a name is read per decision on every core, and reading it
  /// from its entry (a class) would count references to the entry shared by the cores.
  static let names: [String] = entries.map { $0.name }

  /// Entry index by name, for reading names in policies and files.
  static let indexByName: [String: Int] = Dictionary(
    uniqueKeysWithValues: entries.enumerated().map { ($1.name, $0) })
}
