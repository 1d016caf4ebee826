import JolModel

/// What `jol demo` says between its steps.
/// Adding a message: see ``MessageKey``.
enum DemoText: String, MessageKey {
  case title
  case introduction
  case initStep
  case importStepInstitutions
  case importStepLearners
  case importStepStages
  case importStepGrades
  case importStepDemand
  case importStepApplications
  case importStepMentors
  case importStepMentorPreferences
  case mistakesStep
  case againStep
  case statsStep
  case verifyStep
  case idStep
  case learnerStep
  case policyCheckStep
  case policyTestStep
  case whatIfStep
  case eligibilityStep
  case roundStep
  case replayStep
  case forgetStep
  case afterForgetStep
  case done
  case reportStep
  case outHelp
  case dataHelp
  case dataNotEmpty
  case unexpected
  case badCount
  case notADemo
  case cannotCreate
  case cannotClean
  case moreLines
  case moreLinesNotKept
  case took
  case grantRoundStep
  case importDiagnosticsStep
  case recommendStep
  case mentorsAssignStep
  case mentorsPublishStep
  case mentorsVerifyStep
  case mentorsExplainStep
  case passportStep
  case classReportStep
  case figures

  var template: MessageTemplate {
    switch self {
    case .title:
      MessageTemplate(
        kk:
          "Jol {version} — өңірлік білім беру-өндірістік кластердің тізілімі мен шешім қабылдау жүйесі",
        ru:
          "Jol {version} — реестр и система решений регионального образовательно-производственного кластера",
        en:
          "Jol {version} — the record and decision engine of a regional education-production cluster"
      )
    case .introduction:
      MessageTemplate(
        kk:
          "Үлгі өңір: {region} (ойдан шығарылған деректер). {schools} мектеп, {colleges} колледж, 1 университет, {enterprises} кәсіпорын, {learners} білім алушы: 9-сынып оқушылары, колледж студенттері және 2025 жылғы түлектер. Кестелер мектептер мен колледждер жіберетіндей дайындалды: {directory}/intake",
        ru:
          "Пример региона: {region} (вымышленные данные). Школ: {schools}, колледжей: {colleges}, университет: 1, предприятий: {enterprises}, обучающихся: {learners} — девятиклассники, студенты колледжей и выпускники 2025 года. Таблицы подготовлены так, как их присылают школы и колледжи: {directory}/intake",
        en:
          "Sample region: {region} (fictional data). {schools} schools, {colleges} colleges, 1 university, {enterprises} enterprises, {learners} learners: 9th graders, college students and the 2025 graduates. The spreadsheets are made as schools and colleges send them: {directory}/intake"
      )
    case .initStep:
      MessageTemplate(
        kk: "Деректер каталогын құру",
        ru: "Создать каталог данных",
        en: "Create the data directory")
    case .importStepInstitutions:
      MessageTemplate(
        kk: "Мектептер, колледждер, университет және кәсіпорындар",
        ru: "Школы, колледжи, университет и предприятия",
        en: "Schools, colleges, the university and enterprises")
    case .importStepLearners:
      MessageTemplate(
        kk: "Мектептердің тізімдері (жеке деректер тек қорғалған қоймаға түседі)",
        ru: "Списки школ (персональные данные — только в хранилище)",
        en: "School rosters (personal data goes to the vault only)")
    case .importStepStages:
      MessageTemplate(
        kk: "Ауысулар: мектеп → колледж → кәсіпорын / ЖОО",
        ru: "Переходы: школа → колледж → предприятие / вуз",
        en: "Transitions: school → college → enterprise / university")
    case .importStepGrades:
      MessageTemplate(
        kk: "Сессия нәтижелері",
        ru: "Итоги сессии",
        en: "Session results")
    case .importStepDemand:
      MessageTemplate(
        kk: "Жұмыс берушілердің мамандарға сұранысы",
        ru: "Потребность работодателей в кадрах",
        en: "Employers' demand for graduates")
    case .importStepApplications:
      MessageTemplate(
        kk: "Стипендиялар мен гранттарға өтініштер",
        ru: "Заявки на стипендии и гранты",
        en: "Applications for scholarships and grants")
    case .importStepMentors:
      MessageTemplate(
        kk: "Кәсіпорындардың тәлімгерлері және олардың орын саны",
        ru: "Наставники предприятий и их вместимость",
        en: "Enterprises' mentors and their capacities")
    case .importStepMentorPreferences:
      MessageTemplate(
        kk: "Дуальды оқытудағы студенттердің тәлімгер таңдаулары",
        ru: "Выбор наставников студентами дуального обучения",
        en: "Dual-training students' choices of mentors")
    case .mistakesStep:
      MessageTemplate(
        kk: "Қатесі бар кесте: барлық қате бірден көрсетіледі, деректер өзгермейді",
        ru: "Таблица с ошибками: все ошибки сразу, данные не меняются",
        en: "A spreadsheet with mistakes: every error at once, nothing changes")
    case .againStep:
      MessageTemplate(
        kk: "Сол тізімді қайта енгізу: ештеңе қосылмайды",
        ru: "Повторная загрузка того же списка: ничего не добавляется",
        en: "The same roster again: nothing is appended")
    case .statsStep:
      MessageTemplate(
        kk: "Оқиғалар журналы",
        ru: "Журнал событий",
        en: "The event log")
    case .verifyStep:
      MessageTemplate(
        kk: "Журналдың бүтіндігін тексеру",
        ru: "Проверка целостности журнала",
        en: "Checking the log's integrity")
    case .idStep:
      MessageTemplate(
        kk: "ЖСН мен БСН тексеру",
        ru: "Проверка ИИН и БИН",
        en: "Checking an IIN and a BIN")
    case .learnerStep:
      MessageTemplate(
        kk: "Білім алушының жолы: {name}",
        ru: "Путь обучающегося: {name}",
        en: "A learner's path: {name}")
    case .policyCheckStep:
      MessageTemplate(
        kk: "Қағидаларды тексеру (Policies/)",
        ru: "Проверка правил (Policies/)",
        en: "Checking the policies (Policies/)")
    case .policyTestStep:
      MessageTemplate(
        kk: "Қағидалардың тесттері",
        ru: "Тесты правил",
        en: "The policies' tests")
    case .whatIfStep:
      MessageTemplate(
        kk: "«Егер…» бағалауы: мемлекеттік стипендия екі болжамды студентке",
        ru: "Оценка «что если»: государственная стипендия для двух условных студентов",
        en: "What-if: the state scholarship for two hypothetical students")
    case .eligibilityStep:
      MessageTemplate(
        kk: "Журнал бойынша құқықты тексеру, себептерімен",
        ru: "Проверка права по журналу, с причинами",
        en: "Eligibility from the log, with reasons")
    case .roundStep:
      MessageTemplate(
        kk: "Әкім стипендиясының конкурсы: рейтинг, орындар, тағайындаулар журналға жазылады",
        ru: "Конкурс на стипендию акима: рейтинг, места, назначения записываются в журнал",
        en: "The akim's scholarship round: ranking, seats, awards recorded in the log")
    case .replayStep:
      MessageTemplate(
        kk: "Конкурсты қайта есептеу: нәтиже дәл сол",
        ru: "Пересчёт конкурса: тот же результат",
        en: "Replaying the round: the same result")
    case .forgetStep:
      MessageTemplate(
        kk: "Сұраныс бойынша жеке деректерді жою",
        ru: "Удаление персональных данных по запросу",
        en: "Erasing personal data on request")
    case .afterForgetStep:
      MessageTemplate(
        kk: "Жойылғаннан кейін ЖСН бойынша ешкім табылмайды",
        ru: "После удаления по ИИН никто не находится",
        en: "After erasure, the IIN finds no one")
    case .done:
      MessageTemplate(
        kk:
          "Дайын. Деректер: {data}; есептер: {reports} — өз бетіңізше жалғастырыңыз, мысалы: jol log stats --data {data}",
        ru:
          "Готово. Данные: {data}; отчёты: {reports} — продолжайте сами, например: jol log stats --data {data}",
        en:
          "Done. The data: {data}; the reports: {reports} — carry on yourself, e.g. jol log stats --data {data}"
      )
    case .reportStep:
      MessageTemplate(
        kk: "Әкімдікке арналған білім беру траекториялары есебі (HTML, шағын топтар жасырылған)",
        ru: "Отчёт о траекториях обучения для акимата (HTML, малые группы скрыты)",
        en: "The akimat's pathway report (HTML, small groups suppressed)")
    case .dataHelp:
      MessageTemplate(
        kk:
          "толтырылатын және сақталатын деректер каталогы, бос не жаңа (әдепкі: демо каталогындағы data, келесі іске қосуда ауыстырылады)",
        ru:
          "каталог данных, который демо заполнит и оставит, пустой или новый (по умолчанию data в каталоге демо, заменяется при следующем запуске)",
        en:
          "the data directory to fill and keep, empty or new (default: data in the demo directory, replaced by the next run)"
      )
    case .outHelp:
      MessageTemplate(
        kk: "есептер жазылатын каталог (әдепкі: демо каталогындағы reports)",
        ru: "каталог для отчётов (по умолчанию reports в каталоге демо)",
        en: "the directory the reports go to (default: reports in the demo directory)")
    case .dataNotEmpty:
      MessageTemplate(
        kk:
          "{directory} бос емес: демо деректерді бос не жоқ каталогқа ғана жазады; басқа --data таңдаңыз",
        ru:
          "{directory} не пуст: демо пишет данные только в пустой или новый каталог; укажите другой --data",
        en:
          "{directory} is not empty: the demo writes its data only into an empty or new directory; choose another --data"
      )
    case .unexpected:
      MessageTemplate(
        kk: "Демо күтілгендей аяқталмады: {list}",
        ru: "Демо завершилось не так, как ожидалось: {list}",
        en: "The demo did not go as expected: {list}")
    case .badCount:
      MessageTemplate(
        kk: "--learners: 20-дан 1 000 000-ға дейінгі сан керек, «{text}» берілді",
        ru: "--learners: нужно число от 20 до 1 000 000, дано «{text}»",
        en: "--learners: expected a number from 20 to 1 000 000, found '{text}'")
    case .notADemo:
      MessageTemplate(
        kk: "{directory} бос емес және демо каталогы емес; басқа --dir таңдаңыз",
        ru: "{directory} не пуст и не является каталогом демо; укажите другой --dir",
        en: "{directory} is not empty and not a demo directory; choose another --dir")
    case .cannotCreate:
      MessageTemplate(
        kk: "{path} құру мүмкін болмады",
        ru: "не удалось создать {path}",
        en: "could not create {path}")
    case .cannotClean:
      MessageTemplate(
        kk: "{directory} ішіндегі алдыңғы демо файлдарын өшіру мүмкін болмады",
        ru: "не удалось удалить файлы прежнего демо в {directory}",
        en: "could not remove the previous demo's files in {directory}")
    case .moreLines:
      MessageTemplate(
        kk: "тағы {count} жол: толығы {file} файлында",
        ru: "ещё строк: {count}, полностью — в файле {file}",
        en: "{count} more lines: the whole output is in {file}")
    case .moreLinesNotKept:
      MessageTemplate(
        kk: "тағы {count} жол",
        ru: "ещё строк: {count}",
        en: "{count} more lines")
    case .took:
      MessageTemplate(
        kk: "({seconds} с)",
        ru: "({seconds} с)",
        en: "({seconds} s)")
    case .grantRoundStep:
      MessageTemplate(
        kk: "Ауыл жастарына квотасы бар өңірлік грант конкурсы",
        ru: "Конкурс на региональный грант с квотой для сельской молодёжи",
        en: "The regional grant round with its quota for rural youth")
    case .importDiagnosticsStep:
      MessageTemplate(
        kk:
          "Ерте кәсіптік диагностика: «{instrument}» жауап парақтары бағаланып, журналға жазылады",
        ru:
          "Ранняя профориентационная диагностика: бланки «{instrument}» оцениваются и записываются в журнал",
        en:
          "Early career diagnostics: the '{instrument}' answer sheets scored and recorded in the log"
      )
    case .recommendStep:
      MessageTemplate(
        kk: "Оқушының бейіні: бағыттар, мамандықтар және жақын колледждер, себептерімен",
        ru: "Профиль ученика: направления, специальности и ближайшие колледжи, с причинами",
        en: "A pupil's profile: directions, specialties and nearby colleges, with reasons")
    case .mentorsAssignStep:
      MessageTemplate(
        kk: "Тәлімгерлерді бөлу: тұрақты, түсіндірілген, тексерілген (әзірге жарияланбаған)",
        ru:
          "Распределение наставников: устойчивое, с объяснениями, проверенное (пока не опубликовано)",
        en: "Assigning mentors: stable, explained, verified (not yet published)")
    case .mentorsPublishStep:
      MessageTemplate(
        kk: "Бөлуді жариялау: тәлімгерліктер журналға жазылады",
        ru: "Публикация распределения: наставничества записываются в журнал",
        en: "Publishing the assignment: the mentorships are recorded in the log")
    case .mentorsVerifyStep:
      MessageTemplate(
        kk: "Тәуелсіз тексеру: сыйымдылық, шарттар, бөлуді бұзатын жұп жоқ",
        ru: "Независимая проверка: вместимость, условия, нет блокирующих пар",
        en: "Independent check: capacities, constraints, no blocking pair")
    case .mentorsExplainStep:
      MessageTemplate(
        kk: "Студентке түсіндірме: неге дәл осы тәлімгер",
        ru: "Объяснение студенту: почему именно этот наставник",
        en: "A student's explanation: why this mentor")
    case .classReportStep:
      MessageTemplate(
        kk: "{class} сыныбының диагностика қорытындысы және әр оқушының бейіні (HTML)",
        ru: "Сводка диагностики класса {class} и профиль каждого ученика (HTML)",
        en: "The diagnostic summary of class {class} and each pupil's profile (HTML)")
    case .passportStep:
      MessageTemplate(
        kk: "Кластер паспорты: көрсеткіштер нысаналы мәндермен қатар (HTML)",
        ru: "Паспорт кластера: показатели рядом с целевыми значениями (HTML)",
        en: "The cluster passport: the KPIs beside their targets (HTML)")
    case .figures:
      MessageTemplate(
        kk:
          "Журналда: {learners} білім алушы, {events} оқиға; диагностикадан өткен оқушылар: {diagnosed}; тәлімгері бар студенттер: {mentored}; тағайындалған стипендиялар мен гранттар: {awards}, сомасы {amount}. Есептер:",
        ru:
          "В журнале: обучающихся {learners}, событий {events}; учеников с диагностикой: {diagnosed}; студентов с наставником: {mentored}; назначено стипендий и грантов: {awards} на сумму {amount}. Отчёты:",
        en:
          "In the log: {learners} learners, {events} events; pupils with a diagnostic: {diagnosed}; students with a mentor: {mentored}; scholarships and grants awarded: {awards}, {amount} in all. Reports:"
      )
    }
  }
}
