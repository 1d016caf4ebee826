import JolModel

/// The columns of each import file, found by header name: Jol's English name, and the Kazakh
/// and Russian headers an office writes. README-import.md documents them with examples.
enum ImportColumns {
  static let iin = CSVColumn("iin", aliases: ["ЖСН", "ИИН", "IIN"])
  static let date = CSVColumn(
    "date", aliases: ["Күні", "Дата", "Күн", "effective", "Дата события", "Оқиға күні"],
    required: false)
  static let district = CSVColumn(
    "district",
    aliases: ["Аудан", "Район", "Аудан коды", "Код района", "КАТО района", "Аудан КАТО"])
  static let specialty = CSVColumn(
    "specialty",
    aliases: ["Мамандық", "Специальность", "Мамандық коды", "Код специальности", "specialty code"])

  enum Learners {
    static let surname = CSVColumn("surname", aliases: ["Тегі", "Фамилия", "last name"])
    static let name = CSVColumn("name", aliases: ["Аты", "Имя", "first name"])
    static let patronymic = CSVColumn(
      "patronymic", aliases: ["Әкесінің аты", "Отчество", "middle name"], required: false)
    static let school = CSVColumn(
      "school", aliases: ["Мектеп", "Школа", "Мектеп коды", "Код школы", "school code"])
    static let grade = CSVColumn("grade", aliases: ["Сынып", "Класс"])
    static let className = CSVColumn(
      "class",
      aliases: ["Литер", "Литера", "Сынып әрпі", "Әрпі", "Буква", "Буква класса", "class letter"],
      required: false)
    static let language = CSVColumn(
      "language",
      aliases: ["Тіл", "Оқыту тілі", "Язык", "Язык обучения", "language of instruction"])
    static let region = CSVColumn("region", aliases: ["Облыс", "Область", "Өңір", "Регион"])
    static let categories = CSVColumn(
      "categories",
      aliases: [
        "category", "Санаты", "Санат", "Әлеуметтік санат", "Категория", "Категории",
        "Социальная категория",
      ], required: false)
    /// As the national education database (НОБД) exports it; the IIN's digits are only a hint.
    static let birthDate = CSVColumn(
      "birth_date", aliases: ["Туған күні", "Туған күн", "Дата рождения", "birth date"],
      required: false)
    static let phone = CSVColumn("phone", aliases: ["Телефон", "Тел"], required: false)
    static let email = CSVColumn(
      "email", aliases: ["Электрондық пошта", "Эл. пошта", "Электронная почта", "Эл. почта"],
      required: false)
    static let consent = CSVColumn(
      "consent",
      aliases: ["consent given by", "Келісім", "Келісім берген", "Согласие", "Согласие дал"],
      required: false)
    static let representative = CSVColumn(
      "representative",
      aliases: ["Заңды өкіл", "Өкіл", "Законный представитель", "Представитель"], required: false)
    static let consentPurpose = CSVColumn(
      "consent_purpose", aliases: ["Келісім мақсаты", "Цель согласия"], required: false)
    static let consentUntil = CSVColumn(
      "consent_until", aliases: ["Келісім мерзімі", "Келісім қашанға дейін", "Согласие до"],
      required: false)

    static let all = [
      iin, surname, name, patronymic, school, grade, className, language, district, region,
      categories, date, birthDate, phone, email, consent, representative, consentPurpose,
      consentUntil,
    ]
  }

  enum Stages {
    static let stage = CSVColumn("stage", aliases: ["Кезең", "Этап"])
    static let institution = CSVColumn(
      "institution",
      aliases: [
        "Оқу орны", "Ұйым", "Ұйым коды", "Учреждение", "Организация", "Код организации",
        "institution code",
      ], required: false)
    static let qualification = CSVColumn(
      "qualification", aliases: ["Біліктілік", "Квалификация", "qualification code"],
      required: false)
    static let programme = CSVColumn(
      "programme",
      aliases: ["program", "Білім беру бағдарламасы", "Бағдарлама", "Образовательная программа"],
      required: false)
    static let specialty = CSVColumn(
      "specialty", aliases: ImportColumns.specialty.aliases, required: false)
    static let grade = CSVColumn("grade", aliases: ["Сынып", "Класс"], required: false)
    static let className = CSVColumn(
      "class", aliases: Learners.className.aliases, required: false)
    static let form = CSVColumn(
      "form", aliases: ["Оқу нысаны", "Нысаны", "Форма обучения", "Форма"], required: false)
    static let funding = CSVColumn(
      "funding",
      aliases: ["Қаржыландыру", "Оқу негізі", "Финансирование", "Основа обучения"],
      required: false)
    static let language = CSVColumn(
      "language", aliases: Learners.language.aliases, required: false)
    static let kind = CSVColumn("kind", aliases: ["Түрі", "Вид"], required: false)
    static let date = CSVColumn("date", aliases: ImportColumns.date.aliases)
    static let reason = CSVColumn(
      "reason", aliases: ["Себебі", "Себеп", "Причина"], required: false)

    static let all = [
      iin, stage, institution, specialty, qualification, programme, grade, className, form, funding,
      language, kind, date, reason,
    ]
  }

  enum Grades {
    static let term = CSVColumn(
      "term", aliases: ["Оқу кезеңі", "Тоқсан", "Семестр", "Четверть", "Период", "Учебный период"])
    static let gpa = CSVColumn("gpa", aliases: ["Орташа балл", "Средний балл", "GPA"])
    static let attendance = CSVColumn(
      "attendance", aliases: ["Қатысу", "Сабаққа қатысу", "Посещаемость"])
    static let grades = CSVColumn(
      "grades",
      aliases: [
        "exam grades", "Бағалар", "Емтихан бағалары", "Сессия бағалары", "Оценки",
        "Экзаменационные оценки", "Оценки сессии",
      ], required: false)
    static let institution = CSVColumn(
      "institution", aliases: Stages.institution.aliases, required: false)

    static let all = [iin, term, gpa, attendance, grades, institution, date]
  }

  enum Demand {
    static let bin = CSVColumn(
      "bin",
      aliases: [
        "enterprise", "БСН", "БИН", "Кәсіпорын", "Предприятие", "Жұмыс беруші", "Работодатель",
      ])
    static let specialty = ImportColumns.specialty
    static let count = CSVColumn(
      "count",
      aliases: ["number", "people", "Саны", "Адам саны", "Количество", "Потребность", "Қажеттілік"])
    static let year = CSVColumn("year", aliases: ["Жыл", "Год"])

    static let all = [bin, specialty, count, year, date]
  }

  enum Institutions {
    static let code = CSVColumn("code", aliases: ["bin", "Коды", "Код", "БСН", "БИН"])
    static let kind = CSVColumn("kind", aliases: ["Түрі", "Тип", "Вид"])
    static let nameKK = CSVColumn(
      "name_kk",
      aliases: [
        "Атауы (қаз)", "Атауы қазақша", "Қазақша атауы", "Наименование на казахском",
        "Название (каз)", "Наименование (каз)",
      ])
    static let nameRU = CSVColumn(
      "name_ru",
      aliases: [
        "Атауы (орыс)", "Атауы орысша", "Орысша атауы", "Наименование на русском",
        "Название (рус)", "Наименование (рус)",
      ])
    static let languages = CSVColumn(
      "languages",
      aliases: ["Оқыту тілдері", "Тілдері", "Языки обучения", "Языки"], required: false)
    static let specialties = CSVColumn(
      "specialties",
      aliases: [
        "Мамандықтар", "Мамандықтар (қабылдау)", "Специальности", "Специальности (приём)",
        "Специальности (прием)",
      ], required: false)
    static let capacity = CSVColumn(
      "capacity", aliases: ["places", "Орын саны", "Орындар", "Количество мест", "Места"],
      required: false)

    static let all = [
      code, kind, nameKK, nameRU, district, languages, specialties, capacity, date,
    ]
  }
}
