import JolModel

extension SampleRegion {
  /// One generated learner and the rows the region's offices would send about them.
  private struct Pupil {
    var iin: String
    var surname: String
    var name: String
    var patronymic: String
    var language: Language
    var school: Institution
    var categories: [String]
  }

  /// Generates the region: `count` learners in three cohorts — this year's 9th graders,
  /// college students of the 2024 and 2025 intakes, and the 2022 intake who graduated in 2025
  /// and went on to work, university or elsewhere.
  /// - Complexity: O(count).
  static func generate(learners count: Int = 1200, seed: UInt64 = 2026) -> SampleRegion {
    var random = SplitMix64(seed: seed)
    var sample = SampleRegion()
    var serial = 0
    var usedIINs = Set<String>()
    let excel = CSVWriter.excel

    var enterpriseBINs: [String] = []
    var institutionRows: [[String]] = []
    for school in schools + colleges.map(\.0) + [university] {
      institutionRows.append(row(school))
    }
    for (index, profile) in enterpriseProfiles.enumerated() {
      let bin = bin(year: 2003 + index * 3, month: 1 + index, serial: 1200 + index * 311)
      enterpriseBINs.append(bin)
      institutionRows.append([
        bin, "кәсіпорын", profile.nameKK, profile.nameRU, districts[index % 2 == 0 ? 0 : 2], "",
        profile.specialties.joined(separator: "; "), String(20 + 10 * index),
      ])
    }

    var roster: [[String]] = []
    var stages: [[String]] = []
    var grades: [[String]] = []
    var applications: [[String]] = []

    func person(born year: Int) -> Pupil {
      let sex: Sex = random.next() % 2 == 0 ? .male : .female
      let month = 1 + Int(random.next() % 12)
      let day = 1 + Int(random.next() % 28)
      let birth = CivilDate(year: year, month: month, day: day)!
      // Serials are taken in turn, skipping those without a valid check digit and any IIN
      // already given: every learner's IIN is unique, however large the region.
      var found: IIN? = nil
      while found == nil {
        serial += 1
        if let candidate = IIN.synthesize(birthDate: birth, sex: sex, serial: serial % 10_000),
          usedIINs.insert(candidate.value).inserted
        {
          found = candidate
        }
      }
      let iin = found!
      let kazakh = random.next() % 100 < 65
      let school = schools[Int(random.next() % UInt64(schools.count))]
      var pupil: Pupil
      if kazakh {
        let surname = SampleNames.kazakhSurnames.randomElement(using: &random)!
        let father = SampleNames.kazakhFathers.randomElement(using: &random)!
        pupil = Pupil(
          iin: iin.value, surname: sex == .male ? surname.male : surname.female,
          name: (sex == .male ? SampleNames.kazakhBoys : SampleNames.kazakhGirls)
            .randomElement(using: &random)!,
          patronymic: father + (sex == .male ? "ұлы" : "қызы"), language: .kk, school: school,
          categories: [])
      } else {
        let surname = SampleNames.russianSurnames.randomElement(using: &random)!
        let patronymic = SampleNames.russianPatronymics.randomElement(using: &random)!
        pupil = Pupil(
          iin: iin.value, surname: sex == .male ? surname.male : surname.female,
          name: (sex == .male ? SampleNames.russianBoys : SampleNames.russianGirls)
            .randomElement(using: &random)!,
          patronymic: sex == .male ? patronymic.0 : patronymic.1, language: .ru, school: school,
          categories: [])
      }
      if school.district != districts[0] && school.district != districts[1]
        || random.next() % 100 < 15
      {
        pupil.categories.append("ауыл")
      }
      if random.next() % 100 < 18 { pupil.categories.append("көп балалы") }
      if random.next() % 100 < 8 { pupil.categories.append("аз қамтылған") }
      if random.next() % 100 < 2 { pupil.categories.append("жетім") }
      if random.next() % 100 < 3 { pupil.categories.append("мүгедектік") }
      return pupil
    }

    func enrol(_ pupil: Pupil, grade9 year: Int) {
      let date = CivilDate(year: year, month: 9, day: 1)!
      roster.append([
        pupil.iin, pupil.surname, pupil.name, pupil.patronymic, pupil.school.code,
        "9" + (random.next() % 2 == 0 ? "А" : "Ә"), pupil.language == .kk ? "қазақ" : "орыс",
        pupil.school.district, "Қостанай облысы",
        pupil.categories.map { $0 + " (" + dotted(date) + ")" }.joined(separator: "; "),
        dotted(date),
      ])
    }

    /// A college path from school: leaves school after grade 9, enters a college programme,
    /// sits the spring session; returns the specialty. `model` makes a state-funded welder with
    /// excellent results, who meets the akim's scholarship (the learner the demo follows).
    @discardableResult
    func college(_ pupil: Pupil, intake year: Int, strong: Bool, model forced: Bool = false)
      -> String
    {
      var (college, specialties) = colleges[Int(random.next() % UInt64(colleges.count))]
      var specialty = specialties[Int(random.next() % UInt64(specialties.count))]
      var funding = ["госзаказ", "госзаказ", "госзаказ", "платное", "целевой заказ"][
        Int(random.next() % 5)]
      var form = random.next() % 100 < 20 ? "дуальная" : "очная"
      if forced {
        (college, specialties) = colleges[0]
        (specialty, funding, form) = ("07150500", "госзаказ", "очная")
      }
      stages.append([
        pupil.iin, "школа", "", "", "", "", "", dotted(CivilDate(year: year, month: 6, day: 30)!),
        "окончил", "",
      ])
      stages.append([
        pupil.iin, "колледж", college.code, specialty, form, funding,
        pupil.language == .kk ? "казахский" : "русский",
        dotted(CivilDate(year: year, month: 9, day: 1)!), "зачислен", "",
      ])
      // Term results: the spring session of the current school year.
      let gpa = forced ? 48 : strong ? 43 + Int(random.next() % 8) : 30 + Int(random.next() % 15)
      let attendance =
        forced ? 96 : strong ? 88 + Int(random.next() % 13) : 80 + Int(random.next() % 21)
      let subjects = ["Математика", "Физика", "Кәсіби модуль", "Қазақ тілі"]
      let marks = subjects.map { _ in
        forced ? 5 : max(3, min(5, (gpa + Int(random.next() % 9)) / 10))
      }
      let sessionGrades = zip(subjects, marks).map { $0 + ":" + String($1) }
      grades.append([
        pupil.iin, "2025-2", String(gpa / 10) + "," + String(gpa % 10), String(attendance) + "%",
        sessionGrades.joined(separator: "; "), "25.06.2026",
      ])
      return specialty
    }

    for index in 0..<count {
      let cohort = index % 20
      if cohort < 7 {
        // This year's 9th graders: career diagnostics and profile choices lie ahead.
        let pupil = person(born: 2011)
        enrol(pupil, grade9: 2026)
      } else if cohort < 17 {
        // College students: the 2025 intake is in its second year, the 2024 intake in its third.
        let intake = cohort < 12 ? 2025 : 2024
        let pupil = person(born: intake - 15)
        enrol(pupil, grade9: intake - 1)
        // The first student of the 2025 intake is the one the demo follows.
        let featured = intake == 2025 && sample.featured.iin.isEmpty
        let strong = featured || random.next() % 100 < 55
        college(pupil, intake: intake, strong: strong, model: featured)
        if intake == 2025 && strong {
          applications.append([pupil.iin, "akim-named-scholarship", "10.09.2026"])
        }
        if featured { sample.featured = (pupil.iin, pupil.surname + " " + pupil.name) }
      } else {
        // The 2022 intake: graduated in June 2025; where did they go?
        let pupil = person(born: 2006)
        enrol(pupil, grade9: 2021)
        let specialty = college(pupil, intake: 2022, strong: false)
        stages.append([
          pupil.iin, "колледж", "", "", "", "", "", "30.06.2025", "окончил", "",
        ])
        switch random.next() % 10 {
        case 0..<5:
          let profile = enterpriseProfiles.firstIndex { $0.specialties.contains(specialty) } ?? 0
          stages.append([
            pupil.iin, "предприятие", enterpriseBINs[profile], specialty, "", "", "", "01.08.2025",
            "трудоустроен", "employment",
          ])
        case 5..<7:
          stages.append([
            pupil.iin, "вуз", university.code, "", "", "грант", "", "01.09.2025", "зачислен", "",
            "6B07101",
          ])
        case 7..<9:
          stages.append([
            pupil.iin, "outside", "", "", "", "", "", "01.11.2025", "призван", "military_service",
          ])
        default:
          stages.append([
            pupil.iin, "outside", "", "", "", "", "", "01.09.2025", "other", "neet",
          ])
        }
      }
    }

    // Rows name only the columns they need; the file has them all.
    stages = stages.map { $0 + Array(repeating: "", count: max(0, 11 - $0.count)) }

    var demand: [[String]] = []
    for (index, profile) in enterpriseProfiles.enumerated() {
      for specialty in profile.specialties {
        demand.append([enterpriseBINs[index], specialty, String(5 + (index * 7 + 3) % 20), "2027"])
      }
    }

    sample.files = [
      (
        "institutions", "institutions.csv",
        excel.text(
          header: [
            "Коды", "Түрі", "Атауы (қаз)", "Атауы (орыс)", "Аудан", "Оқыту тілдері", "Мамандықтар",
            "Орын саны",
          ], records: institutionRows)
      ),
      (
        "learners", "roster.csv",
        excel.text(
          header: [
            "ЖСН", "Тегі", "Аты", "Әкесінің аты", "Мектеп", "Сынып", "Оқыту тілі", "Аудан", "Облыс",
            "Санаты", "Күні",
          ], records: roster)
      ),
      (
        "stages", "stages.csv",
        excel.text(
          header: [
            "ИИН", "Этап", "Организация", "Специальность", "Форма обучения", "Финансирование",
            "Язык обучения", "Дата", "Причина", "Вид", "Образовательная программа",
          ], records: stages)
      ),
      (
        "grades", "grades.csv",
        excel.text(
          header: ["ЖСН", "Оқу кезеңі", "Орташа балл", "Қатысу", "Бағалар", "Күні"], records: grades
        )
      ),
      (
        "demand", "demand.csv",
        excel.text(header: ["БИН", "Специальность", "Количество", "Год"], records: demand)
      ),
      (
        "applications", "applications.csv",
        excel.text(header: ["ИИН", "policy", "Дата"], records: applications)
      ),
    ]
    // Three rows with the mistakes offices make: a mistyped IIN, a school not registered, and a
    // row with no IIN, grade 13 and 31 September.
    let valid = IIN.synthesize(
      birthDate: CivilDate(year: 2011, month: 3, day: 8)!, sex: .male, serial: 9_001)!
    sample.brokenRoster = excel.text(
      header: ["ЖСН", "Тегі", "Аты", "Мектеп", "Сынып", "Оқыту тілі", "Аудан", "Облыс", "Күні"],
      records: [
        [
          "080315600017", "Ахметова", "Аружан", "KST-SCH-001", "9А", "қазақ", districts[0], "39",
          "01.09.2026",
        ],
        [
          valid.value, "Омаров", "Ерасыл", "KST-SCH-099", "9Ә", "қазақ", districts[0], "39",
          "01.09.2026",
        ],
        ["", "Иванова", "Мария", "KST-SCH-003", "13", "орыс", districts[1], "39", "31.09.2026"],
      ])
    sample.learners = count
    sample.schools = schools.count
    sample.colleges = colleges.count
    sample.enterprises = enterpriseProfiles.count
    return sample
  }

  private static func row(_ institution: Institution) -> [String] {
    [
      institution.code, institution.kind, institution.nameKK, institution.nameRU,
      institution.district, institution.languages, institution.specialties, institution.capacity,
    ]
  }
}
