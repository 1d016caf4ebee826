import JolModel

/// What `jol mentors …` says. Terms: `Policies/GLOSSARY.md` (тәлімгер / наставник, кәсіпорын /
/// предприятие, білім алушы / обучающийся, бағдарлама / программа). Adding a message: see
/// `MessageKey`.
enum MentorsText: String, MessageKey {
  case mentorsGroup
  case assignSummary
  case publishSummary
  case moveSummary
  case verifySummary
  case explainSummary
  case showSummary
  case programmeOption
  case roundOption
  case banOption
  case runOption
  case enterpriseOption
  case reasonOption
  case programmeRequired
  case reasonRequired
  case unknownProgramme
  case badPair
  case badRound
  case wrongRound
  case pendingRun
  case cannotSave
  case noSuchRun
  case runDamaged
  case alreadyPublished
  case logChanged
  case published
  case unknownMentor
  case alreadyWithMentor
  case moved
  case verified
  case nothingPublished
  case notInAnyRun
  case noRuns
  case rankColumn
  case scoreColumn
  case componentsColumn
  case assignedColumn
  case namesOption
  case nameColumn
  case choiceUnacceptable
  case enterpriseUnacceptable
  case constraintSpecialty
  case constraintLanguage
  case constraintDistrict
  case constraintShift
  case preAssignOption
  case preAssignedTwice
  case bannedAndPreAssigned
  case preAssignedHasMentor
  case noSeatForPreAssignment
  case noEnterpriseSeatForPreAssignment
  case preAssignedLine
  case preAssignedExplanation
  case dateOption
  case moveBeforeRun
  case moveBeforeMentorship
  case moveCreated
  case loadColumn
  case unknownEnterprise

  var template: MessageTemplate {
    switch self {
    case .mentorsGroup:
      MessageTemplate(
        kk: "білім алушыларды кәсіпорын тәлімгерлеріне бөлу",
        ru: "распределение обучающихся по наставникам предприятий",
        en: "assignment of students to enterprises' mentors")
    case .assignSummary:
      MessageTemplate(
        kk: "бағдарлама бойынша тұрақты бөлуді есептеу (жарияланбаған нәтиже)",
        ru: "рассчитать устойчивое распределение по программе (неопубликованный результат)",
        en: "compute a stable assignment by a programme (a pending run)")
    case .publishSummary:
      MessageTemplate(
        kk: "есептелген бөлуді журналға жазу",
        ru: "записать рассчитанное распределение в журнал",
        en: "record a pending run's assignment in the log")
    case .moveSummary:
      MessageTemplate(
        kk: "жарияланғаннан кейін білім алушыны басқа тәлімгерге ауыстыру (себебімен)",
        ru: "перевести обучающегося к другому наставнику после публикации (с причиной)",
        en: "move a student to another mentor after publishing (with a reason)")
    case .verifySummary:
      MessageTemplate(
        kk: "жарияланған бөлудің дұрыстығы мен тұрақтылығын тексеру",
        ru: "проверить допустимость и устойчивость опубликованного распределения",
        en: "check the published assignment's validity and stability")
    case .explainSummary:
      MessageTemplate(
        kk: "білім алушы неге осы тәлімгерге бөлінгенін түсіндіру",
        ru: "объяснить обучающемуся результат распределения",
        en: "explain a student's outcome")
    case .showSummary:
      MessageTemplate(
        kk: "тәлімгерлер, орындар, жүктеме және үміткерлердің рейтингі",
        ru: "наставники, места, загрузка и рейтинг претендентов",
        en: "mentors, seats, load and ranked applicants")
    case .programmeOption:
      MessageTemplate(
        kk: "Policies/mentoring/ ішіндегі бағдарлама",
        ru: "программа из Policies/mentoring/",
        en: "the programme in Policies/mentoring/")
    case .roundOption:
      MessageTemplate(
        kk: "кезең нөмірі: келесі кезең бөлінбегендерді бос орындарға бөледі",
        ru: "номер тура: следующий тур распределяет оставшихся на свободные места",
        en: "the round: a later round assigns the unmatched to the seats left")
    case .banOption:
      MessageTemplate(
        kk: "осы жұпқа тыйым салу (ЖСН:ТӘЛІМГЕР), қайталауға болады",
        ru: "запретить эту пару (ИИН:НАСТАВНИК), можно повторять",
        en: "rule out this pair (IIN:MENTOR); may be repeated")
    case .runOption:
      MessageTemplate(
        kk: "соңғысының орнына осы есептеу", ru: "этот расчёт вместо последнего",
        en: "this run instead of the latest")
    case .enterpriseOption:
      MessageTemplate(
        kk: "тек осы кәсіпорынның тәлімгерлері", ru: "только наставники этого предприятия",
        en: "only this enterprise's mentors")
    case .reasonOption:
      MessageTemplate(
        kk: "ауыстыру себебі (жеке деректерсіз)", ru: "причина перевода (без персональных данных)",
        en: "why the student is moved (no personal data)")
    case .programmeRequired:
      MessageTemplate(
        kk: "--programme ID керек", ru: "нужен --programme ID", en: "--programme ID is required")
    case .reasonRequired:
      MessageTemplate(
        kk: "ауыстыруға --reason TEXT керек", ru: "для перевода нужен --reason TEXT",
        en: "a move needs --reason TEXT")
    case .unknownProgramme:
      MessageTemplate(
        kk: "«{id}» деген бағдарлама жоқ{near}; барлары: {list}",
        ru: "нет программы «{id}»{near}; есть: {list}",
        en: "unknown programme '{id}'{near}; known: {list}")
    case .badPair:
      MessageTemplate(
        kk: "--{option} ЖСН:ТӘЛІМГЕР түрінде болуы керек, ал берілгені: {text}",
        ru: "--{option} должен иметь вид ИИН:НАСТАВНИК, а указано: {text}",
        en: "--{option} takes IIN:MENTOR, not {text}")
    case .badRound:
      MessageTemplate(
        kk: "--round оң бүтін сан болуы керек, ал берілгені: {text}",
        ru: "--round должен быть положительным целым числом, а указано: {text}",
        en: "--round must be a positive whole number, not {text}")
    case .wrongRound:
      MessageTemplate(
        kk:
          "{round}-кезеңді есептеу мүмкін емес: келесі кезең — {next} (алдыңғысы жарияланғаннан кейін)",
        ru: "тур {round} рассчитать нельзя: следующий — {next} (после публикации предыдущего)",
        en: "round {round} cannot run: the next is {next} (after the one before is published)")
    case .pendingRun:
      MessageTemplate(
        kk:
          "{id} есептеуі сақталды ({students} білім алушы), әлі жарияланбаған: jol mentors publish {id}",
        ru:
          "расчёт {id} сохранён ({students} обучающихся), ещё не опубликован: jol mentors publish {id}",
        en: "run {id} kept ({students} students), pending: jol mentors publish {id}")
    case .cannotSave:
      MessageTemplate(
        kk: "{id} есептеуін сақтау мүмкін болмады: {detail}",
        ru: "не удалось сохранить расчёт {id}: {detail}",
        en: "cannot save run {id}: {detail}")
    case .noSuchRun:
      MessageTemplate(
        kk: "«{id}» деген есептеу жоқ; алдымен jol mentors assign орындаңыз",
        ru: "нет расчёта «{id}»; сначала выполните jol mentors assign",
        en: "no run '{id}'; run jol mentors assign first")
    case .runDamaged:
      MessageTemplate(
        kk: "{id} есептеуінің файлы бүлінген; jol mentors assign қайта орындаңыз",
        ru: "файл расчёта {id} повреждён; выполните jol mentors assign заново",
        en: "the file of run {id} is damaged; run jol mentors assign again")
    case .alreadyPublished:
      MessageTemplate(
        kk: "{id} бұрын жарияланған; ештеңе жазылмады",
        ru: "{id} уже опубликован; ничего не записано",
        en: "{id} is already published; nothing appended")
    case .logChanged:
      MessageTemplate(
        kk:
          "{id} есептеуінен кейін журнал өзгерді ({then} → {now}): jol mentors assign --programme {programme} қайта орындаңыз",
        ru:
          "журнал изменился после расчёта {id} ({then} → {now}): выполните jol mentors assign --programme {programme} заново",
        en:
          "the log changed since run {id} ({then} → {now}): run jol mentors assign --programme {programme} again"
      )
    case .published:
      MessageTemplate(
        kk: "{id} жарияланды: {assigned} білім алушы бөлінді, {events} оқиға жазылды",
        ru: "{id} опубликован: распределено обучающихся — {assigned}, записано событий — {events}",
        en: "{id} published: {assigned} students assigned, {events} events appended")
    case .unknownMentor:
      MessageTemplate(
        kk: "«{mentor}» деген тәлімгер тіркелмеген", ru: "наставник «{mentor}» не зарегистрирован",
        en: "mentor '{mentor}' is not registered")
    case .alreadyWithMentor:
      MessageTemplate(
        kk: "білім алушы қазір де {mentor} тәлімгерінде; ештеңе жазылмады",
        ru: "обучающийся уже у наставника {mentor}; ничего не записано",
        en: "the student is already with {mentor}; nothing appended")
    case .moved:
      MessageTemplate(
        kk: "{student} енді {mentor} тәлімгерінде", ru: "{student} теперь у наставника {mentor}",
        en: "{student} is now with {mentor}")
    case .verified:
      MessageTemplate(
        kk: "{id}: бұзушылықтар — {violations}, бұғаттаушы жұптар — {blocking}",
        ru: "{id}: нарушений — {violations}, блокирующих пар — {blocking}",
        en: "{id}: violations — {violations}, blocking pairs — {blocking}")
    case .nothingPublished:
      MessageTemplate(
        kk: "жарияланған бөлу жоқ", ru: "опубликованных распределений нет",
        en: "no published assignment")
    case .notInAnyRun:
      MessageTemplate(
        kk: "{student} бірде-бір есептеуде жоқ", ru: "{student} нет ни в одном расчёте",
        en: "{student} is in no run")
    case .noRuns:
      MessageTemplate(
        kk: "есептеу жоқ; алдымен jol mentors assign орындаңыз",
        ru: "расчётов нет; сначала выполните jol mentors assign",
        en: "no runs; run jol mentors assign first")
    case .rankColumn:
      MessageTemplate(kk: "Орны", ru: "Место", en: "Rank")
    case .scoreColumn:
      MessageTemplate(kk: "Ұпай", ru: "Балл", en: "Score")
    case .componentsColumn:
      MessageTemplate(kk: "Ұпай құрамы", ru: "Состав балла", en: "Components")
    case .assignedColumn:
      MessageTemplate(kk: "Бөлінді", ru: "Распределён", en: "Assigned")
    case .namesOption:
      MessageTemplate(
        kk: "тәлімгердің аты-жөнін көрсету (қорғалған қоймада болса; әйтпесе коды)",
        ru: "показать ФИО наставника (если есть в хранилище; иначе код)",
        en: "show the mentor's name (when the vault has it; else the code)")
    case .nameColumn:
      MessageTemplate(kk: "Аты-жөні", ru: "ФИО", en: "Name")
    case .choiceUnacceptable:
      MessageTemplate(
        kk:
          "«{choice}» таңдауы {programme} бағдарламасының міндетті шарттарына сай емес ({constraints}): бөлу кезінде бұл тәлімгер берілмейді",
        ru:
          "выбор «{choice}» не отвечает обязательным условиям программы {programme} ({constraints}): при распределении этот наставник назначен не будет",
        en:
          "choice '{choice}' breaks the hard constraints of programme {programme} ({constraints}): the run will not assign this mentor"
      )
    case .enterpriseUnacceptable:
      MessageTemplate(
        kk:
          "«{choice}» кәсіпорнының бірде-бір тәлімгері {programme} бағдарламасының міндетті шарттарына сай емес: бөлу кезінде олар берілмейді",
        ru:
          "ни один наставник предприятия «{choice}» не отвечает обязательным условиям программы {programme}: при распределении они назначены не будут",
        en:
          "no mentor of enterprise '{choice}' meets the hard constraints of programme {programme}: the run will assign none of them"
      )
    case .constraintSpecialty:
      MessageTemplate(kk: "мамандық", ru: "специальность", en: "specialty")
    case .constraintLanguage:
      MessageTemplate(kk: "оқыту тілі", ru: "язык обучения", en: "language")
    case .constraintDistrict:
      MessageTemplate(kk: "аудан", ru: "район", en: "district")
    case .constraintShift:
      MessageTemplate(kk: "ауысым", ru: "смена", en: "shift")
    case .preAssignOption:
      MessageTemplate(
        kk:
          "бөлуге дейін білім алушыны осы тәлімгерге бекіту (ЖСН:ТӘЛІМГЕР): ол бөлуге қатыспайды, орын бос емес деп есептеледі; қайталауға болады",
        ru:
          "закрепить обучающегося за наставником до распределения (ИИН:НАСТАВНИК): он не участвует в расчёте, место считается занятым; можно повторять",
        en:
          "fix this pair before the run (IIN:MENTOR): the student takes no part and the seat is taken; may be repeated"
      )
    case .preAssignedTwice:
      MessageTemplate(
        kk: "{student} білім алушысы --pre-assign ішінде екі рет берілген; біреуін қалдырыңыз",
        ru: "обучающийся {student} указан в --pre-assign дважды; оставьте одно закрепление",
        en: "student {student} is pre-assigned twice (--pre-assign); keep one")
    case .bannedAndPreAssigned:
      MessageTemplate(
        kk:
          "{student} және {mentor} жұбына әрі тыйым салынған (--ban), әрі алдын ала бекітілген (--pre-assign); біреуін алып тастаңыз",
        ru:
          "пара {student} и {mentor} одновременно запрещена (--ban) и закреплена заранее (--pre-assign); уберите одно из двух",
        en:
          "the pair {student} and {mentor} is both banned (--ban) and pre-assigned (--pre-assign); drop one"
      )
    case .preAssignedHasMentor:
      MessageTemplate(
        kk:
          "{student} білім алушысының тәлімгері бар ({mentor}): алдын ала бекіту тәлімгері жоқ білім алушыға ғана; ауыстыру үшін jol mentors move",
        ru:
          "у обучающегося {student} уже есть наставник ({mentor}): закрепить заранее можно только обучающегося без наставника; для перевода — jol mentors move",
        en:
          "student {student} already has a mentor ({mentor}): only a student without one can be pre-assigned; to change it, jol mentors move"
      )
    case .noSeatForPreAssignment:
      MessageTemplate(
        kk:
          "{student} білім алушысын {mentor} тәлімгеріне бекіту мүмкін емес: бос орын жоқ (орын саны {capacity}, бос емесі {taken})",
        ru:
          "нельзя закрепить обучающегося {student} за наставником {mentor}: свободных мест нет (мест {capacity}, занято {taken})",
        en:
          "cannot pre-assign student {student} to mentor {mentor}: no seat left (capacity {capacity}, taken {taken})"
      )
    case .noEnterpriseSeatForPreAssignment:
      MessageTemplate(
        kk:
          "{student} білім алушысын {mentor} тәлімгеріне бекіту мүмкін емес: {enterprise} кәсіпорнында бос орын жоқ (орын саны {capacity}, бос емесі {taken})",
        ru:
          "нельзя закрепить обучающегося {student} за наставником {mentor}: у предприятия {enterprise} свободных мест нет (мест {capacity}, занято {taken})",
        en:
          "cannot pre-assign student {student} to mentor {mentor}: enterprise {enterprise} has no seat left (capacity {capacity}, taken {taken})"
      )
    case .preAssignedLine:
      MessageTemplate(
        kk: "бөлуге дейін бекітілген: {student} → {mentor}",
        ru: "закреплён до распределения: {student} → {mentor}",
        en: "pre-assigned before the run: {student} → {mentor}")
    case .preAssignedExplanation:
      MessageTemplate(
        kk:
          "{id} есептеуіне дейін үйлестіруші {mentor} тәлімгеріне бекітті: бөлуге қатыспадыңыз",
        ru:
          "закреплены координатором за наставником {mentor} до расчёта {id}: в распределении не участвовали",
        en:
          "pre-assigned to mentor {mentor} by the coordinator before run {id}: not part of the run")
    case .dateOption:
      MessageTemplate(
        kk: "ауыстыру күшіне енетін күн (әдепкі — бүгін)",
        ru: "дата, с которой действует перевод (по умолчанию сегодня)",
        en: "the date the move takes effect (default: today)")
    case .moveBeforeRun:
      MessageTemplate(
        kk: "ауыстыру күні {date} {id} есептеуінің күнінен ({since}) ерте болмауы керек",
        ru: "дата перевода {date} не может быть раньше даты расчёта {id} ({since})",
        en: "the move's date {date} is before the date of run {id} ({since})")
    case .moveBeforeMentorship:
      MessageTemplate(
        kk:
          "ауыстыру күні {date} қазіргі {mentor} тәлімгерлігінің басталу күнінен ({since}) ерте болмауы керек",
        ru:
          "дата перевода {date} не может быть раньше начала текущего наставничества у {mentor} ({since})",
        en: "the move's date {date} is before the current mentorship with {mentor} began ({since})")
    case .moveCreated:
      MessageTemplate(
        kk:
          "{id}: ауыстыру жаңа бұғаттаушы жұптар тудырды — {created} (қазір барлығы {blocking}; тізімі: jol mentors verify)",
        ru:
          "{id}: перевод создал новых блокирующих пар — {created} (сейчас всего {blocking}; список: jol mentors verify)",
        en:
          "{id}: new blocking pairs from the move — {created} ({blocking} in all now; jol mentors verify lists them)"
      )
    case .loadColumn:
      MessageTemplate(kk: "Жүктеме", ru: "Загрузка", en: "Load")
    case .unknownEnterprise:
      MessageTemplate(
        kk: "БСН {bin} кәсіпорны тіркелмеген",
        ru: "предприятие с БИН {bin} не зарегистрировано",
        en: "enterprise BIN {bin} is not registered")
    }
  }
}
