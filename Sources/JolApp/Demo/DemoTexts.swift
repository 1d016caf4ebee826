import JolModel

/// What `jol demo` says between its steps, in every language.
enum Texts {
  static func title(_ version: String) -> LocalizedText {
    LocalizedText(
      kk:
        "Jol \(version) — өңірлік білім беру-өндірістік кластердің тізілімі мен шешім қабылдау жүйесі",
      ru:
        "Jol \(version) — реестр и система решений регионального образовательно-производственного кластера",
      en:
        "Jol \(version) — the record and decision engine of a regional education-production cluster"
    )
  }

  static func introduction(_ sample: SampleRegion, directory: String) -> LocalizedText {
    let region = SampleRegion.region.name
    return LocalizedText(
      kk: """
        Үлгі өңір: \(region.kk) (ойдан шығарылған деректер). \(sample.schools) мектеп, \
        \(sample.colleges) колледж, 1 университет, \(sample.enterprises) кәсіпорын, \
        \(sample.learners) білім алушы: 9-сынып оқушылары, колледж студенттері және 2025 жылғы \
        түлектер. Кестелер мектептер мен колледждер жіберетіндей дайындалды: \(directory)/intake
        """,
      ru: """
        Пример региона: \(region.ru) (вымышленные данные). Школ: \(sample.schools), колледжей: \
        \(sample.colleges), университет: 1, предприятий: \(sample.enterprises), обучающихся: \
        \(sample.learners) — девятиклассники, студенты колледжей и выпускники 2025 года. Таблицы \
        подготовлены так, как их присылают школы и колледжи: \(directory)/intake
        """,
      en: """
        Sample region: \(region.en) (fictional data). \(sample.schools) schools, \
        \(sample.colleges) colleges, 1 university, \(sample.enterprises) enterprises, \
        \(sample.learners) learners: 9th graders, college students and the 2025 graduates. The \
        spreadsheets are made as schools and colleges send them: \(directory)/intake
        """)
  }

  static let initStep = LocalizedText(
    kk: "Деректер каталогын құру", ru: "Создать каталог данных", en: "Create the data directory")

  static func importStep(_ kind: String) -> LocalizedText {
    switch kind {
    case "institutions":
      LocalizedText(
        kk: "Мектептер, колледждер, университет және кәсіпорындар",
        ru: "Школы, колледжи, университет и предприятия",
        en: "Schools, colleges, the university and enterprises")
    case "learners":
      LocalizedText(
        kk: "Мектептердің тізімдері (жеке деректер тек сейфке түседі)",
        ru: "Списки школ (персональные данные — только в хранилище)",
        en: "School rosters (personal data goes to the vault only)")
    case "stages":
      LocalizedText(
        kk: "Ауысулар: мектеп → колледж → кәсіпорын / ЖОО",
        ru: "Переходы: школа → колледж → предприятие / вуз",
        en: "Transitions: school → college → enterprise / university")
    case "grades":
      LocalizedText(kk: "Сессия нәтижелері", ru: "Итоги сессии", en: "Session results")
    case "demand":
      LocalizedText(
        kk: "Жұмыс берушілердің мамандарға сұранысы", ru: "Потребность работодателей в кадрах",
        en: "Employers' demand for graduates")
    default:
      LocalizedText(
        kk: "Әкім стипендиясына өтініштер", ru: "Заявки на стипендию акима",
        en: "Applications for the akim's scholarship")
    }
  }

  static let mistakesStep = LocalizedText(
    kk: "Қатесі бар кесте: барлық қате бірден көрсетіледі, деректер өзгермейді",
    ru: "Таблица с ошибками: все ошибки сразу, данные не меняются",
    en: "A spreadsheet with mistakes: every error at once, nothing changes")
  static let againStep = LocalizedText(
    kk: "Сол тізімді қайта енгізу: ештеңе қосылмайды",
    ru: "Повторная загрузка того же списка: ничего не добавляется",
    en: "The same roster again: nothing is appended")
  static let statsStep = LocalizedText(
    kk: "Оқиғалар журналы", ru: "Журнал событий", en: "The event log")
  static let verifyStep = LocalizedText(
    kk: "Журналдың бүтіндігін тексеру", ru: "Проверка целостности журнала",
    en: "Checking the log's integrity")
  static let idStep = LocalizedText(
    kk: "ЖСН мен БСН тексеру", ru: "Проверка ИИН и БИН", en: "Checking an IIN and a BIN")

  static func learnerStep(_ name: String) -> LocalizedText {
    LocalizedText(
      kk: "Білім алушының жолы: \(name)", ru: "Путь обучающегося: \(name)",
      en: "A learner's path: \(name)")
  }

  static let policyCheckStep = LocalizedText(
    kk: "Ережелерді тексеру (Policies/)", ru: "Проверка политик (Policies/)",
    en: "Checking the policies (Policies/)")
  static let policyTestStep = LocalizedText(
    kk: "Ережелердің тесттері", ru: "Тесты политик", en: "The policies' tests")
  static let whatIfStep = LocalizedText(
    kk: "«Егер…» бағалауы: мемлекеттік стипендия екі болжамды студентке",
    ru: "Оценка «что если»: государственная стипендия для двух условных студентов",
    en: "What-if: the state scholarship for two hypothetical students")
  static let eligibilityStep = LocalizedText(
    kk: "Журнал бойынша құқықты тексеру, себептерімен",
    ru: "Проверка права по журналу, с причинами", en: "Eligibility from the log, with reasons")
  static let roundStep = LocalizedText(
    kk: "Әкім стипендиясының конкурсы: рейтинг, орындар, марапаттар журналға жазылады",
    ru: "Конкурс на стипендию акима: рейтинг, места, награды записываются в журнал",
    en: "The akim's scholarship round: ranking, seats, awards recorded in the log")
  static let replayStep = LocalizedText(
    kk: "Конкурсты қайта ойнату: нәтиже дәл сол", ru: "Повтор конкурса: тот же результат",
    en: "Replaying the round: the same result")
  static let forgetStep = LocalizedText(
    kk: "Сұраныс бойынша жеке деректерді жою", ru: "Удаление персональных данных по запросу",
    en: "Erasing personal data on request")
  static let afterForgetStep = LocalizedText(
    kk: "Жойылғаннан кейін ЖСН бойынша ешкім табылмайды",
    ru: "После удаления по ИИН никто не находится",
    en: "After erasure, the IIN finds no one")

  static func done(_ directory: String) -> LocalizedText {
    LocalizedText(
      kk:
        "Дайын. Деректер: \(directory)/data — өз бетіңізше жалғастырыңыз, мысалы: cd \(directory) && jol log stats --data data",
      ru:
        "Готово. Данные: \(directory)/data — продолжайте сами, например: cd \(directory) && jol log stats --data data",
      en:
        "Done. The data: \(directory)/data — carry on yourself, e.g. cd \(directory) && jol log stats --data data"
    )
  }

  static func failed(_ steps: [String]) -> LocalizedText {
    let list = steps.joined(separator: "; ")
    return LocalizedText(
      kk: "Демо күтілгендей аяқталмады: \(list)",
      ru: "Демо завершилось не так, как ожидалось: \(list)",
      en: "The demo did not go as expected: \(list)")
  }

  static func badCount(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "--learners: 20-дан 1 000 000-ға дейінгі сан керек, «\(text)» берілді",
      ru: "--learners: нужно число от 20 до 1 000 000, дано «\(text)»",
      en: "--learners: expected a number from 20 to 1 000 000, found '\(text)'")
  }

  static func notADemo(_ directory: String) -> LocalizedText {
    LocalizedText(
      kk: "\(directory) бос емес және демо каталогы емес; басқа --dir таңдаңыз",
      ru: "\(directory) не пуст и не является каталогом демо; укажите другой --dir",
      en: "\(directory) is not empty and not a demo directory; choose another --dir")
  }

  static func cannotCreate(_ path: String) -> LocalizedText {
    LocalizedText(
      kk: "\(path) құру мүмкін болмады", ru: "не удалось создать \(path)",
      en: "could not create \(path)")
  }

  static func cannotClean(_ directory: String) -> LocalizedText {
    LocalizedText(
      kk: "\(directory) ішіндегі алдыңғы демо файлдарын өшіру мүмкін болмады",
      ru: "не удалось удалить файлы прежнего демо в \(directory)",
      en: "could not remove the previous demo's files in \(directory)")
  }
}
