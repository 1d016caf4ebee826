import JolModel

/// What the round commands say (run, replay, show) and how an applicant reads a result.
/// Adding a message: see ``MessageKey``.
enum RoundText: String, MessageKey {
  case round
  case applicants
  case awarded
  case total
  case results
  case recorded
  case dryRun
  case notAwarded
  case awardedElsewhere
  case ineligible
  case needsInformation
  case duplicate
  case replaySummary
  case unknownRound
  case policyTextMissing
  case reproduced
  case notReproduced
  case runSummary
  case policyOption
  case seedOption
  case supersedeOption
  case supersedeReasonOption
  case dryRunOption
  case notInEffect
  case policyAndDateRequired
  case alreadyRun
  case showSummary
  case roundGroup
  case showPolicy
  case showPolicyHash
  case showGroupHash
  case showAsOf
  case showLogPosition
  case showSeed

  var template: MessageTemplate {
    switch self {
    case .round:
      MessageTemplate(
        kk: "Конкурс",
        ru: "Конкурс",
        en: "Round")
    case .applicants:
      MessageTemplate(
        kk: "үміткерлер",
        ru: "заявителей",
        en: "applicants")
    case .awarded:
      MessageTemplate(
        kk: "тағайындалды",
        ru: "назначено",
        en: "awarded")
    case .total:
      MessageTemplate(
        kk: "сомасы",
        ru: "сумма",
        en: "total")
    case .results:
      MessageTemplate(
        kk: "Нәтиже",
        ru: "Результаты",
        en: "Results")
    case .recorded:
      MessageTemplate(
        kk: "Журналға жазылды.",
        ru: "Записано в журнал.",
        en: "Recorded in the log.")
    case .dryRun:
      MessageTemplate(
        kk: "Сынақ: ештеңе жазылмады.",
        ru: "Пробный прогон: ничего не записано.",
        en: "Dry run: nothing recorded.")
    case .notAwarded:
      MessageTemplate(
        kk: "тағайындалмады",
        ru: "не назначено",
        en: "not awarded")
    case .awardedElsewhere:
      MessageTemplate(
        kk: "басқа жерде тағайындалды",
        ru: "назначено по другим правилам",
        en: "awarded elsewhere")
    case .ineligible:
      MessageTemplate(
        kk: "құқығы жоқ",
        ru: "не соответствует",
        en: "ineligible")
    case .needsInformation:
      MessageTemplate(
        kk: "мәлімет жеткіліксіз",
        ru: "недостаточно сведений",
        en: "needs information")
    case .duplicate:
      MessageTemplate(
        kk: "қайталанған",
        ru: "повтор",
        en: "duplicate")
    case .replaySummary:
      MessageTemplate(
        kk: "тіркелген конкурсты журнал бойынша қайта есептеп, нәтиженің сәйкестігін тексеру",
        ru: "пересчитать записанный конкурс по журналу и проверить, что результат совпадает",
        en: "recompute a recorded round from the log and check the result is the same")
    case .unknownRound:
      MessageTemplate(
        kk: "журналда {id} конкурсы жоқ",
        ru: "конкурса {id} нет в журнале",
        en: "no round {id} in the log")
    case .policyTextMissing:
      MessageTemplate(
        kk: "{id} конкурсы пайдаланған қағидалар мәтіні (sha256 {hash}) журналда жоқ",
        ru: "в журнале нет текста правил (sha256 {hash}), по которому проведён конкурс {id}",
        en: "the log lacks the policy text (sha256 {hash}) round {id} used")
    case .reproduced:
      MessageTemplate(
        kk: "қайта есептелді: {id} нәтижесі сол күйі (sha256 {hash})",
        ru: "пересчитано: результат {id} тот же (sha256 {hash})",
        en: "reproduced: round {id} gives the same results (sha256 {hash})")
    case .notReproduced:
      MessageTemplate(
        kk:
          "{id} нәтижесі тіркелгеннен өзгеше (sha256 {recorded}… ≠ {now}…; үміткер/тағайындалған/сома: {figures}). Себебі: конкурстан кейін қорғалған қоймадан жойылған білім алушының жасы енді белгісіз, бүлінген журналдан құтқарғанда жоғалған жазбалар (jol log verify), немесе Jol-дың басқа нұсқасы",
        ru:
          "результат {id} отличается от записанного (sha256 {recorded}… ≠ {now}…; заявители/назначено/сумма: {figures}). Возможные причины: данные обучающегося удалены из хранилища после конкурса (возраст больше неизвестен), записи, потерянные при спасении повреждённого журнала (jol log verify), или другая версия Jol",
        en:
          "round {id} does not reproduce (sha256 {recorded}… ≠ {now}…; applicants/awarded/total: {figures}). Possible causes: a learner erased from the vault since the round (their age is unknown now), records lost when a damaged log was salvaged (jol log verify), or another version of Jol"
      )
    case .runSummary:
      MessageTemplate(
        kk: "конкурс өткізу: рейтинг, квоталар, орындар мен бюджет, тағайындауларды тіркеу",
        ru: "провести конкурс: рейтинг, квоты, места и бюджет, записать назначения",
        en: "run a funding round: rank, quotas, seats and budget; record the awards")
    case .policyOption:
      MessageTemplate(
        kk: "қағидалар идентификаторы",
        ru: "идентификатор правил",
        en: "policy id")
    case .seedOption:
      MessageTemplate(
        kk: "жеребеге қосылатын мәтін (жаңа конкурс үшін)",
        ru: "текст, добавляемый к жребию (для нового конкурса)",
        en: "text added to the lottery seed (for a new round)")
    case .supersedeOption:
      MessageTemplate(
        kk: "осы кезеңнің бұрынғы конкурсын ауыстыру (оның тағайындаулары қайтарып алынады)",
        ru: "заменить прежний конкурс этого периода (его назначения отзываются)",
        en: "replace an earlier round of this period (its awards are revoked)")
    case .supersedeReasonOption:
      MessageTemplate(
        kk: "ауыстыру негізі; жеке деректерсіз",
        ru: "основание замены; без персональных данных",
        en: "why the round is replaced; no personal data")
    case .dryRunOption:
      MessageTemplate(
        kk: "нәтижені көрсету, ештеңе тіркемеу",
        ru: "показать результат, ничего не записывать",
        en: "show the result, record nothing")
    case .notInEffect:
      MessageTemplate(
        kk: "«{id}» қағидалары {date} күні күшінде емес ({window}): конкурс өткізілмейді",
        ru: "правила «{id}» не действуют на {date} ({window}): конкурс не проводится",
        en: "policy '{id}' is not in effect on {date} ({window}): no round is run")
    case .policyAndDateRequired:
      MessageTemplate(
        kk: "--policy ID және --as-of ЖЖЖЖ-АА-КК міндетті",
        ru: "нужны --policy ID и --as-of ГГГГ-ММ-ДД",
        en: "--policy ID and --as-of YYYY-MM-DD are required")
    case .alreadyRun:
      MessageTemplate(
        kk:
          "{id} конкурсы бұрын өткізілген; қайта есептеу: jol round replay {id}; оны ауыстыру: --supersede {id} --reason МӘТІН",
        ru:
          "конкурс {id} уже проведён; пересчёт: jol round replay {id}; заменить его: --supersede {id} --reason ТЕКСТ",
        en:
          "round {id} was already run; reproduce it with: jol round replay {id}; replace it with: --supersede {id} --reason TEXT"
      )
    case .showSummary:
      MessageTemplate(
        kk: "тіркелген конкурстың деректері",
        ru: "сведения о записанном конкурсе",
        en: "what the log recorded of a round")
    case .roundGroup:
      MessageTemplate(
        kk: "гранттар мен стипендиялар конкурстары",
        ru: "конкурсы грантов и стипендий",
        en: "funding rounds of grants and scholarships")
    case .showPolicy:
      MessageTemplate(kk: "Қағида", ru: "Правило", en: "Policy")
    case .showPolicyHash:
      MessageTemplate(
        kk: "Қағида мәтінінің SHA-256", ru: "SHA-256 текста правила", en: "Policy text SHA-256")
    case .showGroupHash:
      MessageTemplate(
        kk: "Бірге шешілген қағидалардың SHA-256",
        ru: "SHA-256 правил, решённых вместе",
        en: "SHA-256 of the policies decided together")
    case .showAsOf:
      MessageTemplate(kk: "Шешім күні", ru: "Дата решения", en: "Decided as of")
    case .showLogPosition:
      MessageTemplate(kk: "Журналдағы орны", ru: "Позиция в журнале", en: "Log position")
    case .showSeed:
      MessageTemplate(kk: "Жеребе", ru: "Жеребьёвка", en: "Lottery seed")
    }
  }
}
