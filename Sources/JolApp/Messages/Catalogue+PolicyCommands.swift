import JolModel

/// What the policy commands say (check, test, eval, diff, show).
/// Adding a message: see ``MessageKey``.
enum PolicyCommandText: String, MessageKey {
  case checkSummary
  case checkedClean
  case checkedWithWarnings
  case checkedWithErrors
  case noPolicyFiles
  case checkedProgrammesClean
  case checkedProgrammesWithErrors
  case checkedReportingClean
  case checkedReportingWithErrors
  case policyGroup
  case diffSummary
  case diffFactsOption
  case needsPopulation
  case evalSummary
  case evalPolicyOption
  case evalFactsOption
  case evalExplainOption
  case optionRequired
  case tally
  case notFound
  case errorsFound
  case showSummary
  case testSummary
  case testTally
  case noTests
  case unknownPolicy
  case knownPolicies
  case quotaLine

  var template: MessageTemplate {
    switch self {
    case .checkSummary:
      MessageTemplate(
        kk: "қағидаларды тексеру: атаулар, түрлер, күндер, мәтіндер",
        ru: "проверить правила: имена, типы, даты, тексты",
        en: "check policies: names, types, dates, texts")
    case .checkedClean:
      MessageTemplate(
        kk: "тексерілген қағида файлдары: {files}; қате жоқ",
        ru: "проверено правил: {files}; ошибок нет",
        en: "policies checked: {files}; no errors")
    case .checkedWithWarnings:
      MessageTemplate(
        kk: "тексерілген қағида файлдары: {files}; қате жоқ, ескертулер: {warnings}",
        ru: "проверено правил: {files}; ошибок нет, предупреждений: {warnings}",
        en: "policies checked: {files}; no errors, warnings: {warnings}")
    case .checkedWithErrors:
      MessageTemplate(
        kk:
          "тексерілген қағида файлдары: {files}; қателер: {errors}, жарамсыз қағида файлдары: {unusable}",
        ru: "проверено правил: {files}; ошибок: {errors}, непригодных правил: {unusable}",
        en: "policies checked: {files}; errors: {errors}, policies unusable: {unusable}")
    case .noPolicyFiles:
      MessageTemplate(
        kk: "{list} ішінде .policy, .programme, .passport не reporting.conf файлдары жоқ",
        ru: "в {list} нет файлов .policy, .programme, .passport и reporting.conf",
        en: "no .policy, .programme, .passport or reporting.conf files in {list}")
    case .checkedProgrammesClean:
      MessageTemplate(
        kk: "тексерілген тәлімгерлік бағдарламалар: {count}; қате жоқ",
        ru: "проверено программ наставничества: {count}; ошибок нет",
        en: "mentoring programmes checked: {count}; no errors")
    case .checkedReportingClean:
      MessageTemplate(
        kk: "тексерілген есептілік файлдары (паспорт, reporting.conf): {count}; қате жоқ",
        ru: "проверено файлов отчётности (паспорт, reporting.conf): {count}; ошибок нет",
        en: "reporting files checked (passport, reporting.conf): {count}; no errors")
    case .checkedReportingWithErrors:
      MessageTemplate(
        kk:
          "тексерілген есептілік файлдары (паспорт, reporting.conf): {count}; қателер: {errors}, жарамсыз файлдар: {unusable}",
        ru:
          "проверено файлов отчётности (паспорт, reporting.conf): {count}; ошибок: {errors}, непригодных файлов: {unusable}",
        en:
          "reporting files checked (passport, reporting.conf): {count}; errors: {errors}, files unusable: {unusable}"
      )
    case .checkedProgrammesWithErrors:
      MessageTemplate(
        kk:
          "тексерілген тәлімгерлік бағдарламалар: {count}; қателер: {errors}, жарамсыз бағдарламалар: {unusable}",
        ru:
          "проверено программ наставничества: {count}; ошибок: {errors}, непригодных программ: {unusable}",
        en:
          "mentoring programmes checked: {count}; errors: {errors}, programmes unusable: {unusable}"
      )
    case .policyGroup:
      MessageTemplate(
        kk: "қағидалар: тексеру, сынау, есептеу, салыстыру",
        ru: "правила: проверка, тесты, расчёт, сравнение",
        en: "policies: check, test, evaluate, compare")
    case .diffSummary:
      MessageTemplate(
        kk: "қағидалардың екі нұсқасын салыстыру: кім ұтады, кім ұтылады, сома қалай өзгереді",
        ru: "сравнить две версии правил: кто выигрывает, кто теряет, как меняется сумма",
        en: "compare two policy versions: who gains, who loses, how the money changes")
    case .diffFactsOption:
      MessageTemplate(
        kk:
          "салыстырылатын білім алушылар: фактілер файлы (JSON Lines); әдепкі — деректер каталогы",
        ru: "с кем сравнивать: файл фактов (JSON Lines); по умолчанию — каталог данных",
        en: "the population to compare over: a facts file (JSON Lines); default: the data directory"
      )
    case .needsPopulation:
      MessageTemplate(
        kk:
          "салыстыратын ешкім жоқ: деректер каталогы жоқ не бос; --facts FILE.jsonl беріңіз не деректерді импорттаңыз",
        ru:
          "сравнивать не на ком: каталога данных нет или он пуст; укажите --facts FILE.jsonl или загрузите данные",
        en:
          "no one to compare over: the data directory is empty; give --facts FILE.jsonl or import data"
      )
    case .evalSummary:
      MessageTemplate(
        kk: "қағидаларды фактілер файлы бойынша есептеу (деректер каталогынсыз)",
        ru: "применить правила к файлу фактов (без каталога данных)",
        en: "evaluate a policy over a facts file (no data directory)")
    case .evalPolicyOption:
      MessageTemplate(
        kk: "қағидалар файлы немесе қағидалар каталогындағы идентификаторы",
        ru: "файл правил или их идентификатор в каталоге правил",
        en: "a policy file, or a policy id in the policies directory")
    case .evalFactsOption:
      MessageTemplate(
        kk: "фактілер файлы: әр жолда бір JSON нысаны {{\"id\": …, факт: мән}}",
        ru: "файл фактов: по одному объекту JSON в строке {{\"id\": …, факт: значение}}",
        en: "facts file: one JSON object per line {{\"id\": …, fact: value}}")
    case .evalExplainOption:
      MessageTemplate(
        kk: "әр талаптың мәртебесін, мәндерін және параметрлерді көрсету",
        ru: "показать статус каждого условия, значения и параметры",
        en: "show every criterion's status, values and the parameters")
    case .optionRequired:
      MessageTemplate(
        kk: "{option} опциясы міндетті",
        ru: "нужен параметр {option}",
        en: "{option} is required")
    case .tally:
      MessageTemplate(
        kk:
          "Барлығы {total}: тағайындалады {eligible}, тағайындалмайды {ineligible}, мәлімет жеткіліксіз {needs_information}",
        ru:
          "Всего {total}: назначается {eligible}, не назначается {ineligible}, недостаточно сведений {needs_information}",
        en:
          "{total} in all: {eligible} eligible, {ineligible} not eligible, {needs_information} need information"
      )
    case .notFound:
      MessageTemplate(
        kk: "{path} табылмады",
        ru: "{path} не найден",
        en: "{path} not found")
    case .errorsFound:
      MessageTemplate(
        kk: "{files} файлда {count} қате табылды; жоғарыдағы орындарды түзетіңіз",
        ru: "найдено ошибок: {count} (файлов: {files}); исправьте указанные места",
        en: "errors found: {count} (files: {files}); fix the places listed above")
    case .showSummary:
      MessageTemplate(
        kk: "қағидалардың қысқаша мазмұны: талаптар, сомалар, конкурс",
        ru: "краткое содержание правил: условия, суммы, конкурс",
        en: "a policy at a glance: criteria, amounts, round")
    case .testSummary:
      MessageTemplate(
        kk: "қағидалардың .tests жағдайларын орындау",
        ru: "выполнить примеры .tests для правил",
        en: "run the .tests cases of policies")
    case .testTally:
      MessageTemplate(
        kk: "{files} файл: {passed} өтті, {failed} өтпеді",
        ru: "файлов: {files}; пройдено: {passed}, не пройдено: {failed}",
        en: "{files} files: {passed} passed, {failed} failed")
    case .noTests:
      MessageTemplate(
        kk: "{directory} ішінде .tests файлдары жоқ",
        ru: "в {directory} нет файлов .tests",
        en: "no .tests files in {directory}")
    case .unknownPolicy:
      MessageTemplate(
        kk: "«{id}» қағидалары табылмады{hint}",
        ru: "правила «{id}» не найдены{hint}",
        en: "no policy '{id}'{hint}")
    case .knownPolicies:
      MessageTemplate(
        kk: "; бар қағидалар: {list}",
        ru: "; есть правила: {list}",
        en: "; policies: {list}")
    case .quotaLine:
      MessageTemplate(
        kk: "{id}: «{name}» квотасы {share}% — {total} орынның {seats} орны",
        ru: "{id}: квота «{name}» {share}% — мест: {seats} из {total}",
        en: "{id}: quota '{name}' {share}% — {seats} of {total} seats")
    }
  }
}
