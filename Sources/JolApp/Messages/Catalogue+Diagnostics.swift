import JolModel

/// Texts of storing and using diagnostic results: `jol import diagnostics`, `jol diagnose
/// rescore`, `jol diagnose recommend` and the crosswalk they read.
/// Adding a message: see `MessageKey`.
enum DiagnosticsText: String, MessageKey {
  case importDiagnostics
  case crosswalkHasErrors
  case noCrosswalk

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
    }
  }
}
