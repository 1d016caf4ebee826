import JolModel

/// Texts of storing and using diagnostic results: `jol import diagnostics`, `jol diagnose
/// rescore`, `jol diagnose recommend` and the crosswalk they read.
/// Adding a message: see `MessageKey`.
enum DiagnosticsText: String, MessageKey {
  case importDiagnostics
  case crosswalkHasErrors
  case noCrosswalk
  case rescoreSummary
  case schoolOption
  case rescored
  case dryRunNothingWritten
  case unknownSchool
  case cannotRescore
  case recommendSummary
  case noResult
  case resultHeading
  case leadingLine
  case flagsLine
  case directionsHeading
  case noCollegeTeaches

  var template: MessageTemplate {
    switch self {
    case .importDiagnostics:
      MessageTemplate(
        kk: "кәсіптік диагностика нәтижелерін (жауап парақтарын) білім алушыларға жазу",
        ru: "записать результаты профориентационной диагностики (листы ответов) обучающимся",
        en: "record career diagnostic results (answer sheets) for learners")
    case .crosswalkHasErrors:
      MessageTemplate(
        kk: "бағыттар сәйкестігінде (crosswalk) қате бар: {count}; `jol diagnose check` қараңыз",
        ru:
          "в таблице соответствия направлений (crosswalk) есть ошибки: {count}; см. `jol diagnose check`",
        en: "the crosswalk has errors: {count}; see `jol diagnose check`")
    case .noCrosswalk:
      MessageTemplate(
        kk:
          "'{id}' әдістемесінің шкалалары бағыттарға сәйкестендірілмеген: diagnostics/crosswalk/ ішіне `instrument {id}` блогын қосыңыз",
        ru:
          "шкалы методики '{id}' не сопоставлены с направлениями: добавьте блок `instrument {id}` в diagnostics/crosswalk/",
        en:
          "the scales of instrument '{id}' are not mapped to directions: add an `instrument {id}` block to diagnostics/crosswalk/"
      )
    case .rescoreSummary:
      MessageTemplate(
        kk:
          "сақталған жауаптарды әдістеменің басқа нұсқасымен қайта есептеу (бұрынғы нәтижелер қалады)",
        ru:
          "пересчитать сохранённые ответы по другой версии методики (прежние результаты остаются)",
        en:
          "re-score the stored answers under another version of the instrument (earlier results stay)"
      )
    case .schoolOption:
      MessageTemplate(
        kk: "тек осы мектептің оқушылары (мектеп коды)",
        ru: "только учащиеся этой школы (код школы)",
        en: "only the pupils of this school (its code)")
    case .rescored:
      MessageTemplate(
        kk:
          "{instrument}: қайта есептелген нәтижелер: {count}, бұрыннан бары: {already}; бұрынғы нәтижелер журналда қалады",
        ru:
          "{instrument}: пересчитано результатов: {count}, уже было: {already}; прежние результаты остаются в журнале",
        en:
          "{instrument}: results re-scored: {count}, already re-scored: {already}; the earlier results stay in the log"
      )
    case .dryRunNothingWritten:
      MessageTemplate(
        kk: "--dry-run: ештеңе жазылған жоқ",
        ru: "--dry-run: ничего не записано",
        en: "--dry-run: nothing was written")
    case .unknownSchool:
      MessageTemplate(
        kk: "'{id}' деген мектеп тіркелмеген",
        ru: "школа '{id}' не зарегистрирована",
        en: "no school '{id}' is registered")
    case .cannotRescore:
      MessageTemplate(
        kk: "бұл нұсқамен қайта есептеуге болмайтын жауап парақтары: {count}; ештеңе жазылған жоқ",
        ru:
          "листов ответов, которые нельзя пересчитать по этой версии: {count}; ничего не записано",
        en:
          "answer sheets that cannot be re-scored under this version: {count}; nothing was written")
    case .recommendSummary:
      MessageTemplate(
        kk:
          "білім алушының соңғы диагностика нәтижесі және ұсынылатын бағыттар, мамандықтар, колледждер",
        ru:
          "последний результат диагностики обучающегося и рекомендуемые направления, специальности, колледжи",
        en:
          "a learner's latest diagnostic result and the recommended directions, specialties and colleges"
      )
    case .noResult:
      MessageTemplate(
        kk: "{learner} білім алушысының {date} жағдай бойынша диагностика нәтижесі жоқ",
        ru: "у обучающегося {learner} нет результата диагностики по состоянию на {date}",
        en: "learner {learner} has no diagnostic result as of {date}")
    case .resultHeading:
      MessageTemplate(
        kk: "{learner}: {title} ({instrument}), {date}",
        ru: "{learner}: {title} ({instrument}), {date}",
        en: "{learner}: {title} ({instrument}), {date}")
    case .leadingLine:
      MessageTemplate(
        kk: "Жетекші шкала: {list}",
        ru: "Ведущая шкала: {list}",
        en: "Leading: {list}")
    case .flagsLine:
      MessageTemplate(
        kk: "Назар аударыңыз: {list}",
        ru: "Обратите внимание: {list}",
        en: "Read with care: {list}")
    case .directionsHeading:
      MessageTemplate(
        kk: "Ұсынылатын бағыттар:",
        ru: "Рекомендуемые направления:",
        en: "Recommended directions:")
    case .noCollegeTeaches:
      MessageTemplate(
        kk: "облыс колледждері бұл бағыттың мамандықтарын сіздің оқу тіліңізде оқытпайды",
        ru: "колледжи области не преподают специальности этого направления на вашем языке обучения",
        en:
          "no college of the region teaches this direction's specialties in your language of instruction"
      )
    }
  }
}
