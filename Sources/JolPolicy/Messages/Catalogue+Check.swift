import JolModel

/// What `jol policy check` says about a policy that parsed: unknown names, types that do not
/// fit, rounds, amounts, reasons, limits. Names, keywords and values stay as written in every
/// language (placeholders such as `{name}`, `{fact}`); only the words around them are
/// translated. Terms: `Policies/GLOSSARY.md`. Adding a message: see `MessageKey`.
enum CheckMessage: String, MessageKey {
  case theAmount
  case rowAmount
  case theSupplement
  case tableNeedsWordFact
  case otherwiseTwice
  case twoRows
  case codeTableNeedsOtherwise
  case missingRows
  case supplementWithoutAmount
  case theRoundingStep
  case roundingStepNotPositive
  case unknownCode
  case thresholdOutOfBounds
  case parameterOutOfBounds
  case unknownPolicy
  case inHintHasAny
  case inHintCompare
  case inNeedsWordFact
  case hasNeedsSetFact
  case wholeNumber
  case equalityOnly
  case yesOrNo
  case equalsOneValue
  case setNeedsHas
  case valueOrList
  case valueOfName
  case twiceInThisList
  case unknownCategory
  case unknownFactValue
  case declareCategoryHint
  case keyUsed
  case noSuchRequirement
  case conflict
  case repeatedPriority
  case tooManySeats
  case textsTwice
  case unusedReason
  case reasonWithout
  case reasonWithoutTexts
  case unclosedBrace
  case unknownPlaceholder
  case didYouMeanPlaceholder
  case theSeats
  case theBudget
  case rankNeedsNumber
  case seatsPositive
  case budgetWithoutAmount
  case limitNeedsRank
  case limitNeedsTiebreak
  case rankWithoutLimit
  case tiebreakWithoutLimit
  case quotaNeedsSeats
  case quotaTwice
  case shareIsPercent
  case sharePositive
  case statementLost
  case missingID
  case missingVersion
  case missingBasis
  case missingConsider
  case titleWithout
  case missingTitle
  case missingEffective
  case effectiveEndsBeforeStart
  case applicationsNeedApplicants
  case windowEndsBeforeStart
  case categoryKnown
  case listTwice
  case listNamedLikeFact
  case listItem
  case twiceInNamedList
  case wordFact
  case wordList
  case wordParameter
  case nameTaken
  case parameterValue
  case unitChanges
  case datesMustIncrease
  case valueAfterEnd
  case undefinedParameter
  case parameterOfKind
  case parameterKind
  case expectedKind
  case needsKind
  case writeWithPercent
  case writeCurrency
  case writeWithoutPercent
  case unknownName
  case didYouMeanName
  case unusedParameter
  case unusedList
  case awardOverflows
  case roundOverflows
  case quotaOfNoSeats
  case periodsDiffer
  case quotasOver100

  var template: MessageTemplate {
    switch self {
    case .theAmount:
      MessageTemplate(
        kk: "сома",
        ru: "суммы",
        en: "the amount")
    case .rowAmount:
      MessageTemplate(
        kk: "осы жолдың сомасы",
        ru: "суммы этой строки",
        en: "the amount of this row")
    case .theSupplement:
      MessageTemplate(
        kk: "үстеме",
        ru: "надбавки",
        en: "the supplement")
    case .tableNeedsWordFact:
      MessageTemplate(
        kk:
          "сомалар кестесі бір сөзден тұратын мәні бар факт бойынша құрылады (qualification_level, stage, …); '{name}' — {type}",
        ru:
          "таблица сумм строится по факту с одним словом-значением (qualification_level, stage, …); '{name}' — {type}",
        en:
          "an amount table looks up a fact with one word value (qualification_level, stage, …); '{name}' is {type}"
      )
    case .otherwiseTwice:
      MessageTemplate(
        kk: "'otherwise' екі рет берілген",
        ru: "'otherwise' задан дважды",
        en: "'otherwise' given twice")
    case .twoRows:
      MessageTemplate(
        kk:
          "сомалар кестесінде '{value}' үшін екі жол бар: қай сома қолданылатыны үнсіз таңдалар еді",
        ru: "для '{value}' в таблице сумм две строки: какая сумма применится, решалось бы молча",
        en:
          "'{value}' has two rows in the amount table: which amount applies would be a silent pick")
    case .codeTableNeedsOtherwise:
      MessageTemplate(
        kk: "'{name}' бойынша сомалар кестесіне 'otherwise = AMOUNT' жолы керек: кодтар жиыны ашық",
        ru: "таблице сумм по '{name}' нужна строка 'otherwise = AMOUNT': множество кодов открыто",
        en: "an amount table by '{name}' needs an 'otherwise = AMOUNT' row: codes are an open set")
    case .missingRows:
      MessageTemplate(
        kk:
          "сомалар кестесінде {list} үшін жол жоқ: жолдарды немесе 'otherwise = AMOUNT' жолын қосыңыз",
        ru: "в таблице сумм нет строки для {list}: добавьте строки или строку 'otherwise = AMOUNT'",
        en: "amount table has no row for {list}: add the rows or an 'otherwise = AMOUNT' row")
    case .supplementWithoutAmount:
      MessageTemplate(
        kk: "үстеме қосылатын 'amount' сомасы керек",
        ru: "надбавке нужна сумма 'amount', к которой она добавляется",
        en: "a supplement needs an 'amount' to add to")
    case .theRoundingStep:
      MessageTemplate(
        kk: "дөңгелектеу қадамы",
        ru: "шага округления",
        en: "the rounding step")
    case .roundingStepNotPositive:
      MessageTemplate(
        kk: "дөңгелектеу қадамы нөлден үлкен болуы керек ({value})",
        ru: "шаг округления должен быть больше нуля ({value})",
        en: "the rounding step must be more than zero ({value})")
    case .unknownCode:
      MessageTemplate(
        kk: " (белгілі кодтар: reference/{file})",
        ru: " (известные коды: reference/{file})",
        en: " (known codes: reference/{file})")
    case .thresholdOutOfBounds:
      MessageTemplate(
        kk: ": мұндай шекпен салыстыру бәріне бірдей нәтиже береді",
        ru: ": сравнение с таким порогом даёт всем один и тот же результат",
        en: ": a comparison with it comes out the same for everyone")
    case .parameterOutOfBounds:
      MessageTemplate(
        kk: "'{name}' параметрі {at} орнында {fact} фактісімен салыстырылады; ",
        ru: "параметр '{name}' сравнивается с {fact} в {at}; ",
        en: "parameter '{name}' is compared with {fact} at {at}; ")
    case .unknownPolicy:
      MessageTemplate(
        kk: "'{id}' деген қағидалар жоқ: 'awards' қағидалар идентификаторларын атайды",
        ru: "нет правил '{id}': 'awards' называет идентификаторы правил",
        en: "no policy '{id}': 'awards' names policy ids")
    case .inHintHasAny:
      MessageTemplate(
        kk: "'{name} has any [..]' деп жазыңыз",
        ru: "пишите '{name} has any [..]'",
        en: "write '{name} has any [..]'")
    case .inHintCompare:
      MessageTemplate(
        kk: "оны = < > арқылы салыстырыңыз",
        ru: "сравнивайте его через = < >",
        en: "compare it with = < > instead")
    case .inNeedsWordFact:
      MessageTemplate(
        kk: "'in' бір сөзден тұратын мәні бар фактіге қолданылады; '{name}' — {type}: {hint}",
        ru: "'in' применяется к факту с одним словом-значением; '{name}' — {type}: {hint}",
        en: "'in' works on a fact with one word value; '{name}' is {type}: {hint}")
    case .hasNeedsSetFact:
      MessageTemplate(
        kk:
          "'has' жиын фактісіне қолданылады (categories, awards); '{name}' — {type}: '{name} in [..]' немесе '{name} = …' деп жазыңыз",
        ru:
          "'has' применяется к факту-множеству (categories, awards); '{name}' — {type}: пишите '{name} in [..]' или '{name} = …'",
        en:
          "'has' works on a set fact (categories, awards); '{name}' is {type}: write '{name} in [..]' or '{name} = …'"
      )
    case .wholeNumber:
      MessageTemplate(
        kk: "'{name}' — бүтін сан; оны бүтін санмен салыстырыңыз, бірақ {found} кездесті",
        ru: "'{name}' — целое число; сравнивайте его с целым числом, а найдено {found}",
        en: "'{name}' is a whole number; compare it with a whole number, found {found}")
    case .equalityOnly:
      MessageTemplate(
        kk: "'{name}' — {type}: оны тек = немесе != арқылы салыстыруға болады, {op} арқылы емес",
        ru: "'{name}' — {type}: его можно сравнивать только через = или !=, но не через {op}",
        en: "'{name}' is {type}: it can be compared with = or != only, not {op}")
    case .yesOrNo:
      MessageTemplate(
        kk: "'{name}' мәні — yes немесе no, бірақ {found} кездесті",
        ru: "значение '{name}' — yes или no, а найдено {found}",
        en: "'{name}' is yes or no, found {found}")
    case .equalsOneValue:
      MessageTemplate(
        kk: "'=' бір мәнмен салыстырады; тізімді тексеру үшін '{name} in {list}' деп жазыңыз",
        ru: "'=' сравнивает с одним значением; чтобы проверить список, пишите '{name} in {list}'",
        en: "'=' compares with one value; to test a list write '{name} in {list}'")
    case .setNeedsHas:
      MessageTemplate(
        kk: "'{name}' — жиын: {forms} немесе 'has none [..]' деп жазыңыз",
        ru: "'{name}' — множество: пишите {forms} или 'has none [..]'",
        en: "'{name}' is a set: write {forms} or 'has none [..]'")
    case .valueOrList:
      MessageTemplate(
        kk: "'{name}' мәні немесе тізім",
        ru: "значение '{name}' или список",
        en: "a value of '{name}' or a list")
    case .valueOfName:
      MessageTemplate(
        kk: "'{name}' мәні",
        ru: "значение '{name}'",
        en: "a value of '{name}'")
    case .twiceInThisList:
      MessageTemplate(
        kk: "'{item}' тізімде екі рет кездеседі",
        ru: "'{item}' дважды встречается в списке",
        en: "'{item}' appears twice in the list")
    case .unknownCategory:
      MessageTemplate(
        kk: "'{value}' деген санат жоқ",
        ru: "неизвестная категория '{value}'",
        en: "unknown category '{value}'")
    case .unknownFactValue:
      MessageTemplate(
        kk: "'{fact}' фактісінің '{value}' деген мәні жоқ",
        ru: "неизвестное значение '{value}' факта '{fact}'",
        en: "unknown {fact} '{value}'")
    case .declareCategoryHint:
      MessageTemplate(
        kk: " (жаңасын 'category NAME' жолымен жариялаңыз)",
        ru: " (новую объявите строкой 'category NAME')",
        en: " (declare a new one with 'category NAME')")
    case .keyUsed:
      MessageTemplate(
        kk: "'{key}' себеп кілтін {line}-жолдағы талап қолданып тұр: әр талаптың өз кілті болады",
        ru:
          "ключ причины '{key}' уже занят требованием в строке {line}: у каждого требования свой ключ",
        en:
          "reason key '{key}' already used by the requirement at line {line}: each requirement has its own key"
      )
    case .noSuchRequirement:
      MessageTemplate(
        kk: "'{effect}' '{key}' кілтін атайды, бірақ ол ешбір талаптың себеп кілті емес",
        ru: "'{effect}' называет '{key}', но это не ключ причины ни одного требования",
        en: "'{effect}' names '{key}', which is no requirement's reason key")
    case .conflict:
      MessageTemplate(
        kk:
          "қайшылық: {this} және {line}-жолдағы {other} басымдығы бірдей ({priority}) және екеуі де қолданылуы мүмкін: жеңуі тиіс біреуіне жоғарырақ басымдық беріңіз",
        ru:
          "конфликт: у {this} и {other} в строке {line} одинаковый приоритет {priority}, и оба могут сработать: дайте более высокий приоритет тому, что должно победить",
        en:
          "conflict: {this} and {other} at line {line} have the same priority {priority} and can both apply: give the one that should win a higher priority"
      )
    case .repeatedPriority:
      MessageTemplate(
        kk:
          "{this} {line}-жолдағы {priority} басымдығын қайталайды: шарттарды 'or' арқылы біріктіріңіз немесе әртүрлі басымдық беріңіз",
        ru:
          "{this} повторяет приоритет {priority} из строки {line}: объедините условия через 'or' или задайте разные приоритеты",
        en:
          "{this} repeats priority {priority} of line {line}: join the conditions with 'or' or use distinct priorities"
      )
    case .tooManySeats:
      MessageTemplate(
        kk: "{count} орын — тым көп: ең көбі {limit}",
        ru: "мест: {count} — слишком много: не больше {limit}",
        en: "{count} seats is too many: at most {limit}")
    case .textsTwice:
      MessageTemplate(
        kk: "'{key}' себебінің мәтіндері екі рет берілген",
        ru: "тексты причины '{key}' заданы дважды",
        en: "reason '{key}' has texts twice")
    case .unusedReason:
      MessageTemplate(
        kk: "'{key}' себебін ешбір талап не үстеме қолданбайды",
        ru: "причина '{key}' не используется ни одним требованием или надбавкой",
        en: "reason '{key}' is never used by a requirement or supplement")
    case .reasonWithout:
      MessageTemplate(
        kk: "'{key}' себебінде '{code}' мәтіні жоқ: kk, ru және en күтілді",
        ru: "у причины '{key}' нет текста '{code}': ожидаются kk, ru и en",
        en: "reason '{key}' has no '{code}' text: expected kk, ru and en")
    case .reasonWithoutTexts:
      MessageTemplate(
        kk: "'{key}' себебінің мәтіндері жоқ: kk, ru және en жолдарымен 'reason {key}' қосыңыз",
        ru: "у причины '{key}' нет текстов: добавьте 'reason {key}' со строками kk, ru и en",
        en: "reason '{key}' has no texts: add 'reason {key}' with kk, ru and en lines")
    case .unclosedBrace:
      MessageTemplate(
        kk: "мәтіндегі '{{' жабылмаған: {{gpa}} немесе {{min_gpa}} деп жазыңыз",
        ru: "в тексте не закрыта '{{': пишите {{gpa}} или {{min_gpa}}",
        en: "unclosed '{{' in text: write {{gpa}} or {{min_gpa}}")
    case .unknownPlaceholder:
      MessageTemplate(
        kk: "мәтіндегі '{{{name}}}' атауы белгісіз: факт немесе параметр күтілді",
        ru: "неизвестное имя '{{{name}}}' в тексте: ожидается факт или параметр",
        en: "unknown name '{{{name}}}' in text: expected a fact or parameter")
    case .didYouMeanPlaceholder:
      MessageTemplate(
        kk: "; '{{{near}}}' болуы мүмкін бе?",
        ru: "; может быть, '{{{near}}}'?",
        en: "; did you mean '{{{near}}}'?")
    case .theSeats:
      MessageTemplate(
        kk: "орын саны",
        ru: "числа мест",
        en: "seats")
    case .theBudget:
      MessageTemplate(
        kk: "бюджет",
        ru: "бюджета",
        en: "the budget")
    case .rankNeedsNumber:
      MessageTemplate(
        kk:
          "рейтинг үшін сан немесе күн фактісі керек; '{name}' — {type}: оның орнына жақшадағы шарт бойынша реттеңіз, мысалы ({name} = …) first",
        ru:
          "для ранжирования нужен факт-число или дата; '{name}' — {type}: ранжируйте по условию в скобках, например ({name} = …) first",
        en:
          "ranking needs a number or date fact; '{name}' is {type}: rank by a condition in parentheses instead, e.g. ({name} = …) first"
      )
    case .seatsPositive:
      MessageTemplate(
        kk: "орын саны оң бүтін сан болуы керек, бірақ {found} кездесті",
        ru: "число мест должно быть целым положительным, а найдено {found}",
        en: "seats must be a positive whole number, found {found}")
    case .budgetWithoutAmount:
      MessageTemplate(
        kk: "бюджетке жұмсалатын 'amount' сомасы керек",
        ru: "бюджету нужна сумма 'amount', на которую он тратится",
        en: "a budget needs an 'amount' to spend")
    case .limitNeedsRank:
      MessageTemplate(
        kk:
          "орындар немесе бюджет үшін 'rank by …' жолы керек: жетпеген кезде кім бірінші болатыны",
        ru: "для мест или бюджета нужна строка 'rank by …': кто первый, когда на всех не хватает",
        en: "seats or a budget need a 'rank by …' line: who comes first when there are not enough")
    case .limitNeedsTiebreak:
      MessageTemplate(
        kk:
          "орындар немесе бюджет үшін 'tiebreak lottery \"SEED\"' жолы керек: тең орындарды тіркелетін жеребе шешеді",
        ru:
          "для мест или бюджета нужна строка 'tiebreak lottery \"SEED\"': равные места решает записанная жеребьёвка",
        en:
          "seats or a budget need a 'tiebreak lottery \"SEED\"' line: equal ranks are decided by a recorded lottery"
      )
    case .rankWithoutLimit:
      MessageTemplate(
        kk:
          "орын не бюджет болмаса, 'rank' ештеңеге әсер етпейді: 'seats N' немесе 'budget …' қосыңыз, не оны алып тастаңыз",
        ru:
          "'rank' без мест или бюджета ни на что не влияет: добавьте 'seats N' или 'budget …' либо удалите его",
        en:
          "'rank' without seats or a budget has no effect: add 'seats N' or 'budget …', or remove it"
      )
    case .tiebreakWithoutLimit:
      MessageTemplate(
        kk: "орын не бюджет болмаса, 'tiebreak' ештеңеге әсер етпейді",
        ru: "'tiebreak' без мест или бюджета ни на что не влияет",
        en: "'tiebreak' without seats or a budget has no effect")
    case .quotaNeedsSeats:
      MessageTemplate(
        kk: "квота — орындардың үлесі: 'seats N' жолын қосыңыз",
        ru: "квота — это доля мест: добавьте строку 'seats N'",
        en: "a reserved quota is a share of seats: add a 'seats N' line")
    case .quotaTwice:
      MessageTemplate(
        kk: "'{name}' квотасы екі рет анықталған",
        ru: "квота '{name}' определена дважды",
        en: "quota '{name}' defined twice")
    case .shareIsPercent:
      MessageTemplate(
        kk: "квота үлесі пайызбен беріледі (30%), бірақ {found} кездесті",
        ru: "доля квоты задаётся в процентах (30%), а найдено {found}",
        en: "a quota share is a percent (30%), found {found}")
    case .sharePositive:
      MessageTemplate(
        kk: "квота үлесі 0%-дан жоғары болуы керек",
        ru: "доля квоты должна быть больше 0%",
        en: "a quota share must be above 0%")
    case .statementLost:
      MessageTemplate(
        kk:
          "'{keyword}' нұсқауы ескерусіз қалар еді: Jol қатесі, бұл қағидаларды шешімге қолданбаңыз",
        ru:
          "инструкция '{keyword}' была бы молча потеряна: это ошибка Jol; не применяйте эти правила",
        en: "the '{keyword}' statement would be silently lost: a bug in Jol; do not use the policy")
    case .missingID:
      MessageTemplate(
        kk: "'policy ID' жолы жоқ: әр қағидалар файлы өз идентификаторын атайды",
        ru: "нет строки 'policy ID': каждые правила называют свой идентификатор",
        en: "missing 'policy ID' line: every policy names its id")
    case .missingVersion:
      MessageTemplate(
        kk: "'version N' жолы жоқ",
        ru: "нет строки 'version N'",
        en: "missing 'version N' line")
    case .missingBasis:
      MessageTemplate(
        kk: "'basis \"…\"' жолы жоқ: қағидалар іске асыратын құқықтық актіні көрсетіңіз",
        ru: "нет строки 'basis \"…\"': укажите правовой акт, который реализуют правила",
        en: "missing 'basis \"…\"' line: cite the legal act the policy implements")
    case .missingConsider:
      MessageTemplate(
        kk:
          "'consider all' немесе 'consider applicants' жолы жоқ: қағидалар кімді қарайтынын айтыңыз",
        ru:
          "нет строки 'consider all' или 'consider applicants': скажите, кого рассматривают правила",
        en: "missing 'consider all' or 'consider applicants' line: say who the policy considers")
    case .titleWithout:
      MessageTemplate(
        kk: "атауда '{code}' мәтіні жоқ: kk, ru және en күтілді",
        ru: "у названия нет текста '{code}': ожидаются kk, ru и en",
        en: "title has no '{code}' text: expected kk, ru and en")
    case .missingTitle:
      MessageTemplate(
        kk: "'title kk \"…\" ru \"…\" en \"…\"' жолы жоқ",
        ru: "нет строки 'title kk \"…\" ru \"…\" en \"…\"'",
        en: "missing 'title kk \"…\" ru \"…\" en \"…\"' line")
    case .missingEffective:
      MessageTemplate(
        kk: "'effective FROM .. TO' жолы жоқ: қағидалар күшінде болатын күндер",
        ru: "нет строки 'effective FROM .. TO': даты, когда правила действуют",
        en: "missing 'effective FROM .. TO' line: the dates the policy is in force")
    case .effectiveEndsBeforeStart:
      MessageTemplate(
        kk: "қолданылу мерзімі {end} күні аяқталады, ал {start} күні ғана басталады",
        ru: "срок действия заканчивается {end}, раньше, чем начинается ({start})",
        en: "effective window ends {end} before it starts {start}")
    case .applicationsNeedApplicants:
      MessageTemplate(
        kk:
          "'applications' үшін 'consider applicants' керек: барлық білім алушыларды қарайтын қағидалар өтініш қабылдамайды",
        ru:
          "для 'applications' нужна строка 'consider applicants': правила, которые рассматривают всех обучающихся, не принимают заявок",
        en:
          "'applications' needs 'consider applicants': a policy that considers all learners takes no applications"
      )
    case .windowEndsBeforeStart:
      MessageTemplate(
        kk: "өтініш қабылдау мерзімі {end} күні аяқталады, ал {start} күні ғана басталады",
        ru: "окно подачи заявок заканчивается {end}, раньше, чем начинается ({start})",
        en: "application window ends {end} before it starts {start}")
    case .categoryKnown:
      MessageTemplate(
        kk: "'{name}' санаты бұрыннан белгілі: бұл жолды алып тастаңыз",
        ru: "категория '{name}' уже известна: удалите эту строку",
        en: "category '{name}' is already known: remove this line")
    case .listTwice:
      MessageTemplate(
        kk: "'{name}' тізімі екі рет анықталған",
        ru: "список '{name}' определён дважды",
        en: "list '{name}' defined twice")
    case .listNamedLikeFact:
      MessageTemplate(
        kk: "'{name}' — факт атауы: тізімге басқа атау беріңіз",
        ru: "'{name}' — имя факта: назовите список иначе",
        en: "'{name}' is a fact name: give the list another name")
    case .listItem:
      MessageTemplate(
        kk: "'{list}' тізімінде сөз, код немесе \"мәтін\"",
        ru: "слово, код или \"текст\" в списке '{list}'",
        en: "a word, code or \"text\" in list '{list}'")
    case .twiceInNamedList:
      MessageTemplate(
        kk: "'{item}' '{list}' тізімінде екі рет кездеседі",
        ru: "'{item}' дважды встречается в списке '{list}'",
        en: "'{item}' appears twice in list '{list}'")
    case .wordFact:
      MessageTemplate(
        kk: "факт",
        ru: "факта",
        en: "fact")
    case .wordList:
      MessageTemplate(
        kk: "тізім",
        ru: "списка",
        en: "list")
    case .wordParameter:
      MessageTemplate(
        kk: "параметр",
        ru: "параметра",
        en: "parameter")
    case .nameTaken:
      MessageTemplate(
        kk: "'{name}' — бұрыннан бар {what} атауы: басқа атау таңдаңыз",
        ru: "'{name}' — уже занятое имя {what}: выберите другое",
        en: "'{name}' is already a {what} name: choose another")
    case .parameterValue:
      MessageTemplate(
        kk: "'{name}' мәні ретінде сан, пайыз (90%), сома (35000 KZT) немесе күн",
        ru: "число, процент (90%), сумма (35000 KZT) или дата как значение '{name}'",
        en: "a number, percent (90%), amount (35000 KZT) or date as the value of '{name}'")
    case .unitChanges:
      MessageTemplate(
        kk:
          "'{name}' бұрын {was_display} еді, ал мұнда {now_display}: параметрдің барлық мәндерінің өлшемі бірдей болады",
        ru:
          "'{name}' было: {was_display}, а здесь: {now_display}; у всех значений параметра одна единица",
        en:
          "'{name}' was {was_display} and here is {now_display}: every value of a parameter has the same unit"
      )
    case .datesMustIncrease:
      MessageTemplate(
        kk: "'{name}' күндері өсуі керек: {date} күні {last} күнінен кейін емес",
        ru: "даты '{name}' должны возрастать: {date} не позже {last}",
        en: "dates of '{name}' must increase: {date} is not after {last}")
    case .valueAfterEnd:
      MessageTemplate(
        kk:
          "'{name}' мәні {from} күнінен басталады, бұл қағидалардың қолданылу мерзімі аяқталғаннан кейін ({end}): ол ешқашан қолданылмайды",
        ru:
          "значение '{name}' с {from} начинается после окончания действия правил ({end}): оно никогда не применится",
        en: "value of '{name}' from {from} is after the policy ends ({end}): it would never apply")
    case .undefinedParameter:
      MessageTemplate(
        kk:
          "'{name}' параметрі {from} – {to} аралығында анықталмаған, бұл қолданылу мерзімінің ішінде: 'from {from} = …' қосыңыз",
        ru:
          "параметр '{name}' не определён с {from} по {to}, внутри срока действия: добавьте 'from {from} = …'",
        en:
          "parameter '{name}' is undefined from {from} to {to}, inside the effective window: add 'from {from} = …'"
      )
    case .parameterOfKind:
      MessageTemplate(
        kk: "{what} үшін параметр ({kind_display})",
        ru: "параметр для {what} ({kind_display})",
        en: "a parameter of {kind_display} for {what}")
    case .parameterKind:
      MessageTemplate(
        kk: "'{name}' параметрі — {kind_display}, ал {what} үшін {needs_display} керек",
        ru: "параметр '{name}' — {kind_display}, а для {what} нужно: {needs_display}",
        en: "parameter '{name}' is {kind_display}, but {what} needs {needs_display}")
    case .expectedKind:
      MessageTemplate(
        kk: "{what} үшін {kind_display} күтілді, бірақ {found} кездесті",
        ru: "для {what} ожидается {kind_display}, а найдено {found}",
        en: "expected {kind_display} for {what}, found {found}")
    case .needsKind:
      MessageTemplate(
        kk: "{what} үшін {kind_display} керек, бірақ {found} кездесті",
        ru: "для {what} нужно: {kind_display}, а найдено {found}",
        en: "{what} needs {kind_display}, found {found}")
    case .writeWithPercent:
      MessageTemplate(
        kk: ": % белгісімен жазыңыз: {suggestion}%",
        ru: ": пишите со знаком %: {suggestion}%",
        en: ": write it with %: {suggestion}%")
    case .writeCurrency:
      MessageTemplate(
        kk: ": валютасын жазыңыз ({number} KZT)",
        ru: ": укажите валюту ({number} KZT)",
        en: ": write the currency ({number} KZT)")
    case .writeWithoutPercent:
      MessageTemplate(
        kk: ": % белгісіз жазыңыз",
        ru: ": пишите без знака %",
        en: ": write it without %")
    case .unknownName:
      MessageTemplate(
        kk: "'{name}' деген атау жоқ: {expected} күтілді",
        ru: "неизвестное имя '{name}': ожидается {expected}",
        en: "unknown name '{name}': expected {expected}")
    case .didYouMeanName:
      MessageTemplate(
        kk: "; '{near}' болуы мүмкін бе?",
        ru: "; может быть, '{near}'?",
        en: "; did you mean '{near}'?")
    case .unusedParameter:
      MessageTemplate(
        kk: "'{name}' параметрі ешқайда қолданылмайды: оны қолданыңыз немесе алып тастаңыз",
        ru: "параметр '{name}' нигде не используется: используйте или удалите его",
        en: "parameter '{name}' is never used: use it or remove it")
    case .unusedList:
      MessageTemplate(
        kk: "'{name}' тізімі ешқайда қолданылмайды: оны қолданыңыз немесе алып тастаңыз",
        ru: "список '{name}' нигде не используется: используйте или удалите его",
        en: "list '{name}' is never used: use it or remove it")
    case .awardOverflows:
      MessageTemplate(
        kk:
          "ең үлкен сома барлық үстемелерімен Jol санай алатын шектен асады ({maximum}): сомаларды тексеріңіз",
        ru:
          "наибольшая сумма со всеми надбавками больше, чем Jol может сосчитать ({maximum}): проверьте суммы",
        en:
          "the largest amount with every supplement exceeds what Jol can count ({maximum}): check the amounts"
      )
    case .roundOverflows:
      MessageTemplate(
        kk:
          "{seats} орын × ең үлкен сома {award} Jol санай алатын шектен асады ({maximum}): орындарды не соманы азайтыңыз",
        ru:
          "число мест {seats} × наибольшая сумма {award} — больше, чем Jol может сосчитать ({maximum}): уменьшите места или сумму",
        en:
          "{seats} seats × the largest amount {award} exceeds what Jol can count ({maximum}): lower the seats or the amount"
      )
    case .quotaOfNoSeats:
      MessageTemplate(
        kk:
          "'{name}' квотасы: {seats} орынның {percent}%-ы 0 орын болады (бөлшек орын берілмейді), квота ешкімді алмайды: үлесті не орын санын көбейтіңіз",
        ru:
          "квота '{name}': {percent}% (всего мест: {seats}) — 0 мест (дробных мест не бывает), квота никого не примет: увеличьте долю или число мест",
        en:
          "quota '{name}': {percent}% of {seats} seats is 0 seats (no fraction of a seat is reserved), so it takes nobody: raise the share or the seats"
      )
    case .periodsDiffer:
      MessageTemplate(
        kk: "бюджет {budget}, ал сома {amount} көрсетілген: екеуін бір кезеңге көрсетіңіз",
        ru: "бюджет указан {budget}, а сумма — {amount}: укажите оба за один период",
        en:
          "the budget is per {budget} but the amount is per {amount}: state both for the same period"
      )
    case .quotasOver100:
      MessageTemplate(
        kk: "квоталардың қосындысы {total}% — орындардың 100%-нан асады",
        ru: "квоты в сумме составляют {total}% — больше 100% мест",
        en: "reserved quotas add up to {total}%, over 100% of seats")
    }
  }
}
