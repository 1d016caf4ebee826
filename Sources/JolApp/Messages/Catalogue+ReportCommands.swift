import JolModel

/// The texts of `jol report …`. Adding a message: see ``MessageKey``.
enum ReportCommandText: String, MessageKey {
  case group
  case pathwaysSummary
  case passportSummary
  case mergeSummary
  case formatOption
  case outOption
  case districtOption
  case cohortOption
  case badCohort
  case written
  case notWritten
  case reportingFileProblems
  case passportOption
  case noPassport
  case severalPassports

  var template: MessageTemplate {
    switch self {
    case .group:
      MessageTemplate(
        kk: "Әкімдікке арналған есептер", ru: "Отчёты для акимата", en: "Reports for the akimat")
    case .pathwaysSummary:
      MessageTemplate(
        kk: "білім алушылардың жолы: ағындар, жұмысқа орналасу, тағайындаулар, ұсыныс пен сұраныс",
        ru: "траектории обучающихся: потоки, трудоустройство, назначения, выпуск и спрос",
        en: "learner pathways: flows, employment, awards, supply and demand")
    case .passportSummary:
      MessageTemplate(
        kk: "кластер паспорты: көрсеткіштер мақсаттармен қатар",
        ru: "паспорт кластера: показатели рядом с целями",
        en: "the cluster passport: KPIs beside their targets")
    case .mergeSummary:
      MessageTemplate(
        kk:
          "өңірлердің жол есептерін біріктіру (`--format merge` файлдарынан), жасыру қосындыдан кейін",
        ru:
          "объединение отчётов о траекториях регионов (из файлов `--format merge`), скрытие после сложения",
        en:
          "merge regions' pathway reports (from `--format merge` files), suppression after the sum")
    case .formatOption:
      MessageTemplate(
        kk: "есеп пішімі", ru: "формат отчёта", en: "the report's format")
    case .outOption:
      MessageTemplate(
        kk: "есепті стандартты шығысқа емес, осы файлға жазу",
        ru: "записать отчёт в этот файл, а не в стандартный вывод",
        en: "write the report to this file instead of standard output")
    case .districtOption:
      MessageTemplate(
        kk: "тек осы ауданның (КАТО коды) білім алушылары",
        ru: "только обучающиеся этого района (код КАТО)",
        en: "only the learners of this district (KATO code)")
    case .cohortOption:
      MessageTemplate(
        kk: "когорта: 9-сыныпты немесе колледжді бітірген жыл",
        ru: "когорта: год выбытия из 9 класса или колледжа",
        en: "the cohort: the year of leaving grade 9 or college")
    case .badCohort:
      MessageTemplate(
        kk: "--cohort {text}: жыл күтілді (2000…2100)",
        ru: "--cohort {text}: ожидается год (2000…2100)",
        en: "--cohort {text}: expected a year (2000…2100)")
    case .written:
      MessageTemplate(
        kk: "Есеп жазылды: {path}", ru: "Отчёт записан: {path}", en: "Report written: {path}")
    case .notWritten:
      MessageTemplate(
        kk: "Есепті жазу мүмкін болмады: {path}", ru: "Не удалось записать отчёт: {path}",
        en: "Could not write the report: {path}")
    case .reportingFileProblems:
      MessageTemplate(
        kk: "{path}: қателер бар, есеп жасалмады",
        ru: "{path}: есть ошибки, отчёт не построен",
        en: "{path}: has errors, no report was made")
    case .passportOption:
      MessageTemplate(
        kk: "кластер паспортының файлы (әдепкі: Policies/reporting/ ішіндегі жалғыз *.passport)",
        ru: "файл паспорта кластера (по умолчанию — единственный *.passport в Policies/reporting/)",
        en: "the cluster passport's file (default: the one *.passport in Policies/reporting/)")
    case .noPassport:
      MessageTemplate(
        kk: "{path} ішінде кластер паспорты (*.passport) жоқ: --passport FILE беріңіз",
        ru: "в {path} нет паспорта кластера (*.passport): укажите --passport FILE",
        en: "{path} holds no cluster passport (*.passport): give --passport FILE")
    case .severalPassports:
      MessageTemplate(
        kk: "бірнеше кластер паспорты бар ({files}): біреуін --passport FILE арқылы таңдаңыз",
        ru: "паспортов кластера несколько ({files}): выберите один через --passport FILE",
        en: "there are several cluster passports ({files}): choose one with --passport FILE")
    }
  }
}
