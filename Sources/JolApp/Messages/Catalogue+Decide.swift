import JolModel

/// What deciding from the log says when policies or recorded rounds do not fit.
/// Adding a message: see ``MessageKey``.
enum DecideText: String, MessageKey {
  case unknownPolicy
  case noPolicies
  case policyErrors
  case totalOverflow
  case versionNotNumber
  case changedWithoutVersion
  case overlaps
  case notARoundOf
  case alreadySuperseded

  var template: MessageTemplate {
    switch self {
    case .unknownPolicy:
      MessageTemplate(
        kk: "«{id}» қағидалары жоқ{near}; бар қағидалар: {list}",
        ru: "правила «{id}» не найдены{near}; есть: {list}",
        en: "unknown policy '{id}'{near}; known: {list}")
    case .noPolicies:
      MessageTemplate(
        kk: "қағидалар каталогы жоқ: {path} (--policies DIR көрсетіңіз)",
        ru: "каталог правил не найден: {path} (укажите --policies DIR)",
        en: "policies directory not found: {path} (give --policies DIR)")
    case .policyErrors:
      MessageTemplate(
        kk: "қағидаларда қателер бар, шешім қабылданбайды (jol policy check):\n{list}",
        ru: "в правилах есть ошибки, решения не принимаются (jol policy check):\n{list}",
        en:
          "the policies have errors; nothing is decided until they check (jol policy check):\n{list}"
      )
    case .totalOverflow:
      MessageTemplate(
        kk: "{file}: конкурстың жалпы сомасын есептеу мүмкін емес (тым үлкен)",
        ru: "{file}: общую сумму конкурса нельзя сосчитать (слишком велика)",
        en: "{file}: the round's total amount cannot be counted (too large)")
    case .versionNotNumber:
      MessageTemplate(
        kk:
          "{file}: «{id}» нұсқасы «{version}» бүтін сан емес; журнал нұсқаларды 1, 2, 3… деп нөмірлейді",
        ru:
          "{file}: версия «{version}» правил «{id}» не целое число; журнал нумерует версии 1, 2, 3…",
        en:
          "{file}: version '{version}' of '{id}' is not a whole number; the log numbers versions 1, 2, 3…"
      )
    case .changedWithoutVersion:
      MessageTemplate(
        kk:
          "{file}: «{id}» {version}-нұсқасы журналда басқа мәтінмен тіркелген (sha256 {logged}…); өзгертілген қағидаларға жаңа нұсқа беріңіз",
        ru:
          "{file}: версия {version} правил «{id}» уже записана в журнал с другим текстом (sha256 {logged}…); дайте изменённым правилам новую версию",
        en:
          "{file}: version {version} of '{id}' is in the log with another text (sha256 {logged}…); give the changed policy a new version"
      )
    case .overlaps:
      MessageTemplate(
        kk:
          "осы қағидалар бойынша {round} конкурсы {start}…{end} кезеңімен қиылысатын кезеңге өткізілген; бір кезеңге тағайындау бір рет жасалады. Қайта өткізу үшін: --supersede {round} --reason МӘТІН (оның тағайындаулары сол топтамада қайтарып алынады)",
        ru:
          "по этим правилам уже проведён конкурс {round} на период, пересекающийся с {start}…{end}; назначение за один период делается один раз. Чтобы провести заново: --supersede {round} --reason ТЕКСТ (его назначения будут отозваны в той же записи)",
        en:
          "round {round} of this policy was already run for a period overlapping {start}…{end}; an award is granted once per period. To run it again: --supersede {round} --reason TEXT (its awards are revoked in the same batch)"
      )
    case .notARoundOf:
      MessageTemplate(
        kk: "{round} — «{policy}» қағидаларының тіркелген конкурсы емес",
        ru: "{round} — не записанный конкурс правил «{policy}»",
        en: "{round} is not a recorded round of '{policy}'")
    case .alreadySuperseded:
      MessageTemplate(
        kk: "{round} конкурсы бұрын ауыстырылған; соңғы конкурсты көрсетіңіз",
        ru: "конкурс {round} уже заменён другим; укажите последний конкурс",
        en: "round {round} was already superseded; name the latest round")
    }
  }
}
