import JolModel

/// What the policy, list and test file readers say about the text: lexical and syntax
/// diagnostics and the pieces they share ("expected X, found Y"). Names, keywords and values
/// stay as written in every language (placeholders such as `{keyword}`, `{name}`); only the
/// words around them are translated. Adding a message: see `MessageKey`.
enum SyntaxMessage: String, MessageKey {
  case errorWord
  case warningWord
  case expectedFound
  case didYouMean
  case expectedOneOf
  case forbiddenCharacter
  case unknownFact
  case displayNewline
  case displayEnd
  case displayNumber
  case displayPercent
  case displayMoney
  case displayDate
  case givenTwice
  case statementKeyword
  case policyID
  case version
  case basis
  case startDate
  case endDate
  case effectiveRange
  case betweenWindowDates
  case lastApplicationDay
  case supersededID
  case considerMode
  case categoryName
  case listName
  case parameterName
  case afterListName
  case bracketList
  case becauseAfterRequirement
  case reasonKeyAlone
  case reasonKeyAfter
  case requirementKey
  case afterReasonKey
  case priorityAfterCondition
  case wholePriority
  case supplementRate
  case afterSupplementRate
  case afterRounded
  case roundingStep
  case becauseAfterSupplement
  case rankGivenTwice
  case afterTiebreak
  case lotterySeed
  case seats
  case budgetAmount
  case afterBudget
  case reserveShare
  case afterShare
  case quotaName
  case afterQuotaName
  case unusedAfterCondition
  case afterUnusedTo
  case unusedMode
  case exclusiveGroup
  case fromOutsideBlock
  case otherwiseOutsideBlock
  case textOutsideBlock
  case lineOutsideBlock
  case unknownStatement
  case period
  case afterFromDate
  case parameterValue
  case parameterWithoutValue
  case tableFact
  case perAfterTableFact
  case valueOfFact
  case betweenValueAndAmount
  case rowAmount
  case emptyAmountTable
  case fixedAmount
  case perAfterAmount
  case afterRank
  case afterRankingCondition
  case rankKey
  case rankDirection
  case unclosedList
  case nestedTooDeep
  case listItem
  case commaOrBracket
  case notADate
  case unknownLanguage
  case quotedTextAfterLanguage
  case textGivenTwice
  case toCloseParenthesis
  case factName
  case valueAfterOperator
  case listAfterWord
  case valueOrList
  case afterNot
  case afterIs
  case expectedComparison
  case unterminatedString
  case mixedScripts
  case unexpectedCharacter
  case textInQuotes
  case theComment
  case titleLatin
  case titleCyrillic
  case titleGreek
  case titleOther
  case expectedWordIn
  case unexpectedAfter
  case notUTF8
  case factTypeEnumeration
  case factTypeCode
  case factTypeInteger
  case factTypeDecimal
  case factTypePercent
  case factTypeDate
  case factTypeBool
  case factTypeSet

  var template: MessageTemplate {
    switch self {
    case .errorWord:
      MessageTemplate(
        kk: "қате",
        ru: "ошибка",
        en: "error")
    case .warningWord:
      MessageTemplate(
        kk: "ескерту",
        ru: "предупреждение",
        en: "warning")
    case .expectedFound:
      MessageTemplate(
        kk: "{what} күтілді, бірақ {found} кездесті",
        ru: "ожидается {what}, а найдено {found}",
        en: "expected {what}, found {found}")
    case .didYouMean:
      MessageTemplate(
        kk: ": '{near}' болуы мүмкін бе?",
        ru: ": может быть, '{near}'?",
        en: ": did you mean '{near}'?")
    case .expectedOneOf:
      MessageTemplate(
        kk: ": мыналардың бірі күтілді: {list}",
        ru: ": ожидается одно из: {list}",
        en: ": expected one of {list}")
    case .forbiddenCharacter:
      MessageTemplate(
        kk:
          "{place} {code} басқару таңбасы бар (экранда көрінбейді, терминалға әсер етеді не мәтін ретін өзгертеді); оны өшіріңіз",
        ru:
          "{place} есть управляющий символ {code} (невидимый, действует на терминал или меняет порядок текста); удалите его",
        en:
          "{place} holds the control character {code} (invisible; it acts on terminals or reorders text); delete it"
      )
    case .unknownFact:
      MessageTemplate(
        kk: "'{name}' деген факт жоқ",
        ru: "неизвестный факт '{name}'",
        en: "unknown fact '{name}'")
    case .displayNewline:
      MessageTemplate(
        kk: "жол соңы",
        ru: "конец строки",
        en: "end of line")
    case .displayEnd:
      MessageTemplate(
        kk: "файл соңы",
        ru: "конец файла",
        en: "end of file")
    case .displayNumber:
      MessageTemplate(
        kk: "сан",
        ru: "число",
        en: "a number")
    case .displayPercent:
      MessageTemplate(
        kk: "пайыз (90%)",
        ru: "процент (90%)",
        en: "a percent (90%)")
    case .displayMoney:
      MessageTemplate(
        kk: "теңгемен сома (35000 KZT)",
        ru: "сумма в тенге (35000 KZT)",
        en: "an amount in tenge (35000 KZT)")
    case .displayDate:
      MessageTemplate(
        kk: "күн (YYYY-MM-DD)",
        ru: "дата (YYYY-MM-DD)",
        en: "a date (YYYY-MM-DD)")
    case .givenTwice:
      MessageTemplate(
        kk: "'{keyword}' екі рет берілген: қағидаларда ол біреу ғана болады",
        ru: "'{keyword}' задан дважды: в правилах он один",
        en: "'{keyword}' given twice: a policy has one")
    case .statementKeyword:
      MessageTemplate(
        kk: "нұсқаудың кілт сөзі ({some}, …)",
        ru: "ключевое слово инструкции ({some}, …)",
        en: "a statement keyword ({some}, …)")
    case .policyID:
      MessageTemplate(
        kk: "'policy' сөзінен кейін қағидалар идентификаторы",
        ru: "идентификатор правил после 'policy'",
        en: "a policy id after 'policy'")
    case .version:
      MessageTemplate(
        kk: "'version' сөзінен кейін нұсқа нөмірі (1, 2026.1)",
        ru: "номер версии (1, 2026.1) после 'version'",
        en: "a version (1, 2026.1) after 'version'")
    case .basis:
      MessageTemplate(
        kk: "'basis' сөзінен кейін тырнақшадағы құқықтық негіз",
        ru: "правовое основание в кавычках после 'basis'",
        en: "the legal basis as quoted text after 'basis'")
    case .startDate:
      MessageTemplate(
        kk: "'{keyword}' сөзінен кейін басталу күні YYYY-MM-DD",
        ru: "дата начала YYYY-MM-DD после '{keyword}'",
        en: "a start date YYYY-MM-DD after '{keyword}'")
    case .endDate:
      MessageTemplate(
        kk: "аяқталу күні",
        ru: "дата окончания",
        en: "an end date")
    case .effectiveRange:
      MessageTemplate(
        kk:
          "басталу күнінен кейін '..' күтілді ('effective 2026-09-01 .. 2027-08-31' деп, ал аяқталу күні болмаса '2026-09-01 ..' деп жазыңыз)",
        ru:
          "после даты начала ожидается '..' (пишите 'effective 2026-09-01 .. 2027-08-31' или '2026-09-01 ..', если срок не ограничен)",
        en:
          "expected '..' after the start date (write 'effective 2026-09-01 .. 2027-08-31', or '2026-09-01 ..' for no end)"
      )
    case .betweenWindowDates:
      MessageTemplate(
        kk: "өтініш қабылдау мерзімінің екі күнінің арасында",
        ru: "между датами окна подачи заявок",
        en: "between the dates of the application window")
    case .lastApplicationDay:
      MessageTemplate(
        kk: "өтініш қабылдаудың соңғы күні",
        ru: "последний день подачи заявок",
        en: "the last day of applications")
    case .supersededID:
      MessageTemplate(
        kk: "ауыстырылатын қағидалардың идентификаторы",
        ru: "идентификатор заменяемых правил",
        en: "the id of the superseded policy")
    case .considerMode:
      MessageTemplate(
        kk: "'consider' сөзінен кейін 'all' немесе 'applicants'",
        ru: "'all' или 'applicants' после 'consider'",
        en: "'all' or 'applicants' after 'consider'")
    case .categoryName:
      MessageTemplate(
        kk: "'category' сөзінен кейін санат атауы",
        ru: "имя категории после 'category'",
        en: "a category name after 'category'")
    case .listName:
      MessageTemplate(
        kk: "'list' сөзінен кейін тізім атауы",
        ru: "имя списка после 'list'",
        en: "a list name after 'list'")
    case .parameterName:
      MessageTemplate(
        kk: "'parameter' сөзінен кейін параметр атауы",
        ru: "имя параметра после 'parameter'",
        en: "a parameter name after 'parameter'")
    case .afterListName:
      MessageTemplate(
        kk: "тізім атауынан кейін",
        ru: "после имени списка",
        en: "after the list name")
    case .bracketList:
      MessageTemplate(
        kk: "жақшадағы тізім [a, b, c]",
        ru: "список в скобках [a, b, c]",
        en: "a list in brackets [a, b, c]")
    case .becauseAfterRequirement:
      MessageTemplate(
        kk: "шарттан кейін (әр талап өз себеп кілтін атайды)",
        ru: "после условия (каждое требование называет свой ключ причины)",
        en: "after the condition (every requirement names its reason key)")
    case .reasonKeyAlone:
      MessageTemplate(
        kk: "себеп кілті",
        ru: "ключ причины",
        en: "a reason key")
    case .reasonKeyAfter:
      MessageTemplate(
        kk: "'{keyword}' сөзінен кейін себеп кілті",
        ru: "ключ причины после '{keyword}'",
        en: "a reason key after '{keyword}'")
    case .requirementKey:
      MessageTemplate(
        kk: "талаптың себеп кілті",
        ru: "ключ причины требования",
        en: "the reason key of a requirement")
    case .afterReasonKey:
      MessageTemplate(
        kk: "себеп кілтінен кейін",
        ru: "после ключа причины",
        en: "after the reason key")
    case .priorityAfterCondition:
      MessageTemplate(
        kk: "шарттан кейін (әр ерекшелік өз басымдығын көрсетеді)",
        ru: "после условия (у каждого исключения указан приоритет)",
        en: "after the condition (every exception states its priority)")
    case .wholePriority:
      MessageTemplate(
        kk: "бүтін сан түріндегі басымдық",
        ru: "приоритет — целое число",
        en: "a whole number priority")
    case .supplementRate:
      MessageTemplate(
        kk: "'supplement' сөзінен кейін пайыз (15%) немесе параметр",
        ru: "процент (15%) или параметр после 'supplement'",
        en: "a percent (15%) or parameter after 'supplement'")
    case .afterSupplementRate:
      MessageTemplate(
        kk: "үстеме мөлшерінен кейін",
        ru: "после ставки надбавки",
        en: "after the supplement's rate")
    case .afterRounded:
      MessageTemplate(
        kk: "'rounded' сөзінен кейін",
        ru: "после 'rounded'",
        en: "after 'rounded'")
    case .roundingStep:
      MessageTemplate(
        kk: "'rounded to' сөздерінен кейін сома (1 KZT) немесе параметр",
        ru: "сумма (1 KZT) или параметр после 'rounded to'",
        en: "an amount (1 KZT) or parameter after 'rounded to'")
    case .becauseAfterSupplement:
      MessageTemplate(
        kk: "шарттан кейін (үстеме өз себеп кілтін атайды)",
        ru: "после условия (надбавка называет свой ключ причины)",
        en: "after the condition (a supplement names its reason key)")
    case .rankGivenTwice:
      MessageTemplate(
        kk: "'rank' екі рет берілген: барлық кілттерді бір 'rank by' жолына жазыңыз",
        ru: "'rank' задан дважды: перечислите все ключи в одной строке 'rank by'",
        en: "'rank' given twice: list every key on one 'rank by' line")
    case .afterTiebreak:
      MessageTemplate(
        kk: "'tiebreak' сөзінен кейін (тең орындарды тек тіркелген жеребе шешеді)",
        ru: "после 'tiebreak' (равенство решает только жеребьёвка с заданным зерном)",
        en: "after 'tiebreak' (the only tie-break is a seeded lottery)")
    case .lotterySeed:
      MessageTemplate(
        kk: "тырнақшадағы жеребе дәні",
        ru: "зерно жеребьёвки в кавычках",
        en: "the lottery seed as quoted text")
    case .seats:
      MessageTemplate(
        kk: "орын саны немесе параметр",
        ru: "число мест или параметр",
        en: "a number of seats or a parameter")
    case .budgetAmount:
      MessageTemplate(
        kk: "сома (50000000 KZT) немесе параметр",
        ru: "сумма (50000000 KZT) или параметр",
        en: "an amount (50000000 KZT) or a parameter")
    case .afterBudget:
      MessageTemplate(
        kk: "бюджеттен кейін ('budget 50000000 KZT per month' деп жазыңыз)",
        ru: "после бюджета (пишите 'budget 50000000 KZT per month')",
        en: "after the budget (write 'budget 50000000 KZT per month')")
    case .reserveShare:
      MessageTemplate(
        kk: "'reserve' сөзінен кейін үлес (30%)",
        ru: "доля (30%) после 'reserve'",
        en: "a share (30%) after 'reserve'")
    case .afterShare:
      MessageTemplate(
        kk: "үлестен кейін ('reserve 30% for rural when …' деп жазыңыз)",
        ru: "после доли (пишите 'reserve 30% for rural when …')",
        en: "after the share (write 'reserve 30% for rural when …')")
    case .quotaName:
      MessageTemplate(
        kk: "квота атауы",
        ru: "имя квоты",
        en: "a quota name")
    case .afterQuotaName:
      MessageTemplate(
        kk: "квота атауынан кейін",
        ru: "после имени квоты",
        en: "after the quota name")
    case .unusedAfterCondition:
      MessageTemplate(
        kk:
          "шарттан кейін: бос қалған орындар не болатынын айтыңыз ('unused to general' немесе 'unused vacant')",
        ru:
          "после условия: скажите, что будет с неиспользованными местами ('unused to general' или 'unused vacant')",
        en:
          "after the condition: say what happens to unused seats ('unused to general' or 'unused vacant')"
      )
    case .afterUnusedTo:
      MessageTemplate(
        kk: "'unused to' сөздерінен кейін",
        ru: "после 'unused to'",
        en: "after 'unused to'")
    case .unusedMode:
      MessageTemplate(
        kk: "'unused' сөзінен кейін 'to general' немесе 'vacant'",
        ru: "'to general' или 'vacant' после 'unused'",
        en: "'to general' or 'vacant' after 'unused'")
    case .exclusiveGroup:
      MessageTemplate(
        kk: "қатар берілмейтін топтың атауы",
        ru: "имя группы взаимоисключающих назначений",
        en: "an exclusivity group name")
    case .fromOutsideBlock:
      MessageTemplate(
        kk: "ол 'parameter NAME' жолының дәл астында күтілді",
        ru: "ожидается сразу под строкой 'parameter NAME'",
        en: "expected it right under a 'parameter NAME' line")
    case .otherwiseOutsideBlock:
      MessageTemplate(
        kk: "ол 'amount by FACT per PERIOD' жолының астында күтілді",
        ru: "ожидается под строкой 'amount by FACT per PERIOD'",
        en: "expected it under an 'amount by FACT per PERIOD' line")
    case .textOutsideBlock:
      MessageTemplate(
        kk: "ол 'title' немесе 'reason KEY' жолының дәл астында күтілді",
        ru: "ожидается сразу под строкой 'title' или 'reason KEY'",
        en: "expected it right under a 'title' or 'reason KEY' line")
    case .lineOutsideBlock:
      MessageTemplate(
        kk: "'{keyword}' жолы өз блогынан тыс тұр: {hint}",
        ru: "строка '{keyword}' вне своего блока: {hint}",
        en: "'{keyword}' line outside its block: {hint}")
    case .unknownStatement:
      MessageTemplate(
        kk: "'{keyword}' деген нұсқау жоқ",
        ru: "неизвестная инструкция '{keyword}'",
        en: "unknown statement '{keyword}'")
    case .period:
      MessageTemplate(
        kk: "'month', 'semester' немесе 'year' кезеңі",
        ru: "период 'month', 'semester' или 'year'",
        en: "a period 'month', 'semester' or 'year'")
    case .afterFromDate:
      MessageTemplate(
        kk: "күннен кейін ('from 2026-09-01 = 3.5' деп жазыңыз)",
        ru: "после даты (пишите 'from 2026-09-01 = 3.5')",
        en: "after the date (write 'from 2026-09-01 = 3.5')")
    case .parameterValue:
      MessageTemplate(
        kk: "параметрдің мәні",
        ru: "значение параметра",
        en: "the parameter's value")
    case .parameterWithoutValue:
      MessageTemplate(
        kk: "'{name}' параметрінің мәні жоқ: астына 'from YYYY-MM-DD = VALUE' жолдары күтілді",
        ru: "у параметра '{name}' нет значения: под ним ожидаются строки 'from YYYY-MM-DD = VALUE'",
        en: "parameter '{name}' has no value: expected lines 'from YYYY-MM-DD = VALUE' under it")
    case .tableFact:
      MessageTemplate(
        kk: "соманы анықтайтын факт (qualification_level)",
        ru: "факт, по которому выбирается сумма (qualification_level)",
        en: "a fact to look the amount up by (qualification_level)")
    case .perAfterTableFact:
      MessageTemplate(
        kk: "фактіден кейін ('amount by qualification_level per month' деп жазыңыз)",
        ru: "после факта (пишите 'amount by qualification_level per month')",
        en: "after the fact (write 'amount by qualification_level per month')")
    case .valueOfFact:
      MessageTemplate(
        kk: "'{fact}' мәні",
        ru: "значение '{fact}'",
        en: "a value of '{fact}'")
    case .betweenValueAndAmount:
      MessageTemplate(
        kk: "мән мен оның сомасының арасында",
        ru: "между значением и его суммой",
        en: "between the value and its amount")
    case .rowAmount:
      MessageTemplate(
        kk: "сома (35000 KZT) немесе параметр",
        ru: "сумма (35000 KZT) или параметр",
        en: "an amount (35000 KZT) or a parameter")
    case .emptyAmountTable:
      MessageTemplate(
        kk: "сомалар кестесінде жол жоқ: астына 'VALUE = AMOUNT' жолдары күтілді",
        ru: "в таблице сумм нет строк: под ней ожидаются строки 'VALUE = AMOUNT'",
        en: "amount table has no rows: expected lines 'VALUE = AMOUNT' under it")
    case .fixedAmount:
      MessageTemplate(
        kk: "сома (35000 KZT), параметр немесе 'by FACT'",
        ru: "сумма (35000 KZT), параметр или 'by FACT'",
        en: "an amount (35000 KZT), a parameter, or 'by FACT'")
    case .perAfterAmount:
      MessageTemplate(
        kk: "сомадан кейін ('amount 35000 KZT per month' деп жазыңыз)",
        ru: "после суммы (пишите 'amount 35000 KZT per month')",
        en: "after the amount (write 'amount 35000 KZT per month')")
    case .afterRank:
      MessageTemplate(
        kk: "'rank' сөзінен кейін",
        ru: "после 'rank'",
        en: "after 'rank'")
    case .afterRankingCondition:
      MessageTemplate(
        kk: "рейтинг шартынан кейін ('(categories has orphan) first' деп жазыңыз)",
        ru: "после условия ранжирования (пишите '(categories has orphan) first')",
        en: "after a ranking condition (write '(categories has orphan) first')")
    case .rankKey:
      MessageTemplate(
        kk: "рейтинг жасалатын факт (gpa) немесе жақшадағы шарт",
        ru: "факт для ранжирования (gpa) или условие в скобках",
        en: "a fact to rank by (gpa) or a condition in parentheses")
    case .rankDirection:
      MessageTemplate(
        kk: "'{fact}' фактісінен кейін 'desc' (ең үлкені бірінші) немесе 'asc' (ең кішісі бірінші)",
        ru: "'desc' (сначала наибольшие) или 'asc' (сначала наименьшие) после '{fact}'",
        en: "'desc' (highest first) or 'asc' (lowest first) after '{fact}'")
    case .unclosedList:
      MessageTemplate(
        kk: "{at} орнында ашылған тізімді жабатын ']' күтілді, бірақ {found} кездесті",
        ru: "ожидается ']', закрывающая список, открытый в {at}, а найдено {found}",
        en: "expected ']' to close the list opened at {at}, found {found}")
    case .nestedTooDeep:
      MessageTemplate(
        kk:
          "шарт тым терең: 'not' пен жақшалар {limit} деңгейден аспауы керек; шартты қарапайымдап, бірнеше 'require' жолына бөліңіз",
        ru:
          "условие вложено слишком глубоко: уровней 'not' и скобок — не больше, чем {limit}; упростите его или разбейте на несколько строк 'require'",
        en:
          "condition nested too deep: at most {limit} levels of 'not' and parentheses; simplify it or split it into several 'require' lines"
      )
    case .listItem:
      MessageTemplate(
        kk: "тізім элементі",
        ru: "элемент списка",
        en: "a list item")
    case .commaOrBracket:
      MessageTemplate(
        kk: "тізімде ',' немесе ']'",
        ru: "',' или ']' в списке",
        en: "',' or ']' in the list")
    case .notADate:
      MessageTemplate(
        kk: "'{text}' — күнтізбеде жоқ күн: YYYY-MM-DD күтілді",
        ru: "'{text}' — такой даты нет в календаре: ожидается YYYY-MM-DD",
        en: "'{text}' is not a date of the calendar: expected YYYY-MM-DD")
    case .unknownLanguage:
      MessageTemplate(
        kk: "'{text}' деген тіл жоқ: kk, ru немесе en күтілді",
        ru: "неизвестный язык '{text}': ожидается kk, ru или en",
        en: "unknown language '{text}': expected kk, ru or en")
    case .quotedTextAfterLanguage:
      MessageTemplate(
        kk: "'{language}' сөзінен кейін тырнақшадағы мәтін",
        ru: "текст в кавычках после '{language}'",
        en: "a quoted text after '{language}'")
    case .textGivenTwice:
      MessageTemplate(
        kk: "'{language}' мәтіні екі рет берілген",
        ru: "текст '{language}' задан дважды",
        en: "'{language}' text given twice")
    case .toCloseParenthesis:
      MessageTemplate(
        kk: "{at} орнындағы '(' жақшасын жабу үшін",
        ru: "чтобы закрыть '(' в {at}",
        en: "to close the '(' at {at}")
    case .factName:
      MessageTemplate(
        kk: "факт атауы (gpa, stage, categories, …)",
        ru: "имя факта (gpa, stage, categories, …)",
        en: "a fact name (gpa, stage, categories, …)")
    case .valueAfterOperator:
      MessageTemplate(
        kk: "'{op}' белгісінен кейін мән",
        ru: "значение после '{op}'",
        en: "a value after '{op}'")
    case .listAfterWord:
      MessageTemplate(
        kk: "'{word}' сөзінен кейін [a, b] тізімі немесе тізім атауы",
        ru: "список [a, b] или имя списка после '{word}'",
        en: "a list [a, b] or a list name after '{word}'")
    case .valueOrList:
      MessageTemplate(
        kk: "'{word}' сөзінен кейін мән, [a, b] тізімі немесе тізім атауы",
        ru: "значение, список [a, b] или имя списка после '{word}'",
        en: "a value, a list [a, b] or a list name after '{word}'")
    case .afterNot:
      MessageTemplate(
        kk: "'not' сөзінен кейін ('FACT not in [..]' деп жазыңыз)",
        ru: "после 'not' (пишите 'FACT not in [..]')",
        en: "after 'not' (write 'FACT not in [..]')")
    case .afterIs:
      MessageTemplate(
        kk: "'is' сөзінен кейін ('FACT is known' деп жазыңыз)",
        ru: "после 'is' (пишите 'FACT is known')",
        en: "after 'is' (write 'FACT is known')")
    case .expectedComparison:
      MessageTemplate(
        kk: "'{fact}' фактісінен кейін салыстыру күтілді ({forms}), бірақ {found} кездесті",
        ru: "после '{fact}' ожидается сравнение: одно из {forms}; а найдено {found}",
        en: "expected a comparison after '{fact}': one of {forms}; found {found}")
    case .unterminatedString:
      MessageTemplate(
        kk: "тырнақшадағы мәтін жабылмаған: сол жолдың өзінде жабатын {close} күтілді",
        ru: "незакрытая строка: ожидается закрывающая кавычка {close} на той же строке",
        en: "unterminated string: expected a closing {close} on the same line")
    case .mixedScripts:
      MessageTemplate(
        kk:
          "'{word}' сөзінде әр жазудың әріптері аралас: '{character}' ({code}) — {script_title} әрпі; оны басқа әріптердің жазуымен қайта теріңіз",
        ru:
          "в слове '{word}' смешаны буквы разных алфавитов: '{character}' ({code}) — {script_title} буква; наберите её в алфавите остальных букв",
        en:
          "'{word}' mixes letters of two scripts: '{character}' ({code}) is a {script_title} letter; retype it in the script of the other letters"
      )
    case .unexpectedCharacter:
      MessageTemplate(
        kk:
          "күтпеген {shown} таңбасы: сөз, сан, күн, \"мәтін\" немесе {accepted} таңбаларының бірі күтілді",
        ru:
          "неожиданный символ {shown}: ожидается слово, число, дата, \"текст\" или один из {accepted}",
        en:
          "unexpected character {shown}: expected a word, number, date, \"text\" or one of {accepted}"
      )
    case .textInQuotes:
      MessageTemplate(
        kk: "тырнақшадағы мәтінде",
        ru: "в тексте в кавычках",
        en: "the text in quotes")
    case .theComment:
      MessageTemplate(
        kk: "түсіндірмеде",
        ru: "в комментарии",
        en: "the comment")
    case .titleLatin:
      MessageTemplate(
        kk: "латын",
        ru: "латинская",
        en: "Latin")
    case .titleCyrillic:
      MessageTemplate(
        kk: "кирилл",
        ru: "кириллическая",
        en: "Cyrillic")
    case .titleGreek:
      MessageTemplate(
        kk: "грек",
        ru: "греческая",
        en: "Greek")
    case .titleOther:
      MessageTemplate(
        kk: "басқа жазудың",
        ru: "иного алфавита",
        en: "foreign")
    case .expectedWordIn:
      MessageTemplate(
        kk: "{context} '{word}' күтілді, бірақ {found} кездесті",
        ru: "ожидается '{word}' {context}, а найдено {found}",
        en: "expected '{word}' {context}, found {found}")
    case .unexpectedAfter:
      MessageTemplate(
        kk: "'{statement}' нұсқауынан кейін артық {found} тұр: жол соңы күтілді",
        ru: "лишнее {found} после инструкции '{statement}': ожидается конец строки",
        en: "unexpected {found} after the '{statement}' statement: expected end of line")
    case .notUTF8:
      MessageTemplate(
        kk:
          "{hex} байты UTF-8 емес: файлды UTF-8 кодтауымен сақтаңыз (Windows-1251 немесе басқа кодтаумен емес)",
        ru: "байт {hex} — не UTF-8: сохраните файл в кодировке UTF-8 (не Windows-1251 и не другой)",
        en: "byte {hex} is not UTF-8: save the file as UTF-8 (not Windows-1251 or another encoding)"
      )
    case .factTypeEnumeration:
      MessageTemplate(kk: "тізімнен бір сөз", ru: "слово из перечня", en: "enumeration")
    case .factTypeCode:
      MessageTemplate(kk: "код", ru: "код", en: "code")
    case .factTypeInteger:
      MessageTemplate(kk: "бүтін сан", ru: "целое число", en: "integer")
    case .factTypeDecimal:
      MessageTemplate(kk: "бөлшек сан", ru: "дробное число", en: "decimal")
    case .factTypePercent:
      MessageTemplate(kk: "пайыз", ru: "процент", en: "percent")
    case .factTypeDate:
      MessageTemplate(kk: "күн", ru: "дата", en: "date")
    case .factTypeBool:
      MessageTemplate(kk: "иә/жоқ", ru: "да/нет", en: "bool")
    case .factTypeSet:
      MessageTemplate(kk: "жиын", ru: "множество", en: "set")
    }
  }
}
