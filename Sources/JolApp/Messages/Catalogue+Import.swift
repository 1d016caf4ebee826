import JolModel

/// What imports say about values: what was wrong and what would be accepted (``ImportMessages``
/// builds them). Placeholders: `{text}` the value as written, `{item}` one item of a list cell,
/// `{iin}` a masked IIN, `{bin}`, `{code}` codes, `{line}` a line number, `{date}`, `{until}`,
/// `{signed}`, `{applied}` dates, `{lower}`, `{upper}` bounds, `{example}` an example value,
/// `{region}`, `{found}`, `{expected}`, `{stage}`, `{title}` titles, `{own}`, `{specialty}` codes,
/// `{list}` accepted words, `{form}` a form of study's title, `{nearest}` the nearest accepted word, `{hint}` a ``didYouMean``.
/// Adding a message: see ``MessageKey``.
enum ImportText: String, MessageKey {
  case badMentorCode
  case programmeListTooLong
  case repeatedChoice
  case notADate
  case notANumber
  case notADecimal
  case unknownRegion
  case notAPhone
  case notAnEmail
  case notAGrade
  case notAClassLetter
  case missingClassLetter
  case badCategoryDates
  case representativeMissing
  case consentEndsBeforeItStarts
  case erased
  case specialtiesOnlyForColleges
  case badInstitutionCode
  case badOffer
  case repeatedSpecialty
  case leavingNeedsReason
  case qualificationOfOtherSpecialty
  case notATerm
  case badSubjectGrade
  case repeatedSubject
  case notAnAgreement
  case agreementAfterApplication
  case agreementWithoutEnterprise
  case unknownWord
  case formerForm
  case formerFormDualTraining
  case recodedDistrict
  case birthDateInFuture

  var template: MessageTemplate {
    switch self {
    case .notADate:
      MessageTemplate(
        kk: "«{text}» күн емес; ЖЖЖЖ-АА-КК (2026-09-01) немесе КК.АА.ЖЖЖЖ (01.09.2026) күтілді",
        ru: "«{text}» — не дата; ожидается ГГГГ-ММ-ДД (2026-09-01) или ДД.ММ.ГГГГ (01.09.2026)",
        en: "'{text}' is not a date; expected YYYY-MM-DD (2026-09-01) or DD.MM.YYYY (01.09.2026)")
    case .notANumber:
      MessageTemplate(
        kk: "«{text}» — {lower}…{upper} аралығындағы бүтін сан болуы керек",
        ru: "«{text}»: ожидается целое число от {lower} до {upper}",
        en: "'{text}': expected a whole number {lower}…{upper}")
    case .notADecimal:
      MessageTemplate(
        kk:
          "«{text}» — {lower}…{upper} аралығындағы сан болуы керек (бөлшегі нүктемен не үтірмен: 4,5)",
        ru:
          "«{text}»: ожидается число от {lower} до {upper} (дробная часть через точку или запятую: 4,5)",
        en: "'{text}': expected a number {lower}…{upper} (decimal point or comma: 4,5)")
    case .unknownRegion:
      MessageTemplate(
        kk:
          "«{text}» — белгісіз облыс; ҚАТО коды (39), ISO коды (KZ-39) немесе атауы (Қостанай облысы) күтілді; тізімі: jol reference regions",
        ru:
          "«{text}» — неизвестная область; ожидается код КАТО (39), код ISO (KZ-39) или название (Костанайская область); список: jol reference regions",
        en:
          "'{text}' is not a known region; expected a KATO code (39), ISO code (KZ-39) or name (Kostanay Region); see jol reference regions"
      )
    case .notAPhone:
      MessageTemplate(
        kk:
          "«{text}» телефон нөміріне ұқсамайды: 10–15 цифр күтілді, арасында тек бос орын, +, -, ( және ) болуы мүмкін; мысалы, +7 701 123 45 67",
        ru:
          "«{text}» не похоже на номер телефона: ожидается 10–15 цифр, между ними только пробелы, +, -, ( и ); например, +7 701 123 45 67",
        en:
          "'{text}' does not look like a phone number: expected 10–15 digits with only spaces, +, -, ( and ) between them; e.g. +7 701 123 45 67"
      )
    case .notAnEmail:
      MessageTemplate(
        kk:
          "«{text}» электрондық пошта мекенжайы емес: name@mail.kz күтілді, @ алдында тек латын әріптері, цифрлар және . _ % + -, одан кейін латын әріптері, цифрлар, - және нүктемен бөлінген домен",
        ru:
          "«{text}» — не адрес электронной почты: ожидается name@mail.kz, до @ только латинские буквы, цифры и . _ % + -, после — домен из латинских букв, цифр и -, разделённый точками",
        en:
          "'{text}' is not an e-mail address: expected name@mail.kz, with only Latin letters, digits and . _ % + - before the @, and a domain of Latin letters, digits and - with dots after it"
      )
    case .notAGrade:
      MessageTemplate(
        kk: "«{text}»: 1–12 сынып күтілді, әрпімен бірге болуы мүмкін (9, 9Ә, 9 А)",
        ru: "«{text}»: ожидается класс 1–12, можно с буквой (9, 9А, 9 Ә)",
        en: "'{text}': expected a grade 1–12, optionally with the class letter (9, 9A, 9 Ә)")
    case .notAClassLetter:
      MessageTemplate(
        kk: "«{text}»: сынып әрпі күтілді — бір не екі әріп (А, Ә, Б)",
        ru: "«{text}»: ожидается буква класса — одна или две буквы (А, Ә, Б)",
        en: "'{text}': expected the class letter — one or two letters (А, Ә, Б)")
    case .missingClassLetter:
      MessageTemplate(
        kk: "«{text}» сыныбының әрпі жоқ; оны «class» бағанына жазыңыз немесе сыныппен бірге (9Ә)",
        ru: "у класса «{text}» нет буквы; укажите её в столбце «class» или вместе с классом (9А)",
        en:
          "grade '{text}' has no class letter; give it in the 'class' column or with the grade (9A)"
      )
    case .badCategoryDates:
      MessageTemplate(
        kk:
          "«{text}»: жақшада күн (01.09.2024) немесе мерзім (01.09.2024 – 31.05.2026) күтілді, соңы басынан кейін",
        ru:
          "«{text}»: в скобках ожидается дата (01.09.2024) или период (01.09.2024 – 31.05.2026), конец позже начала",
        en:
          "'{text}': expected a date (01.09.2024) or a period (01.09.2024 – 31.05.2026) in brackets, ending after it starts"
      )
    case .representativeMissing:
      MessageTemplate(
        kk: "келісімді заңды өкіл берген: оның аты-жөнін жазыңыз",
        ru: "согласие дал законный представитель: укажите его ФИО",
        en: "the consent was given by a legal representative: give their name")
    case .consentEndsBeforeItStarts:
      MessageTemplate(
        kk: "келісім мерзімі {until} оның берілген күнінен ({date}) бұрын",
        ru: "срок согласия {until} раньше даты, когда оно дано ({date})",
        en: "the consent ends on {until}, before it was given ({date})")
    case .erased:
      MessageTemplate(
        kk:
          "ЖСН {iin} иесінің деректері {date} күні өз сұрауымен жойылған; қайта тіркеу үшін (жаңа келісіммен қайтып келген) --re-register --reason МӘТІН",
        ru:
          "данные обладателя ИИН {iin} удалены {date} по его запросу; чтобы зарегистрировать снова (вернулся с новым согласием): --re-register --reason ТЕКСТ",
        en:
          "the data of IIN {iin} was erased on {date} at the person's request; to register them again (a returning learner with new consent): --re-register --reason TEXT"
      )
    case .specialtiesOnlyForColleges:
      MessageTemplate(
        kk: "мамандықтар мен қабылдау тек колледждер үшін жазылады; бұл бағанды бос қалдырыңыз",
        ru: "специальности с приёмом указываются только для колледжей; оставьте столбец пустым",
        en: "specialties with intake are given for colleges only; leave this column empty")
    case .badMentorCode:
      MessageTemplate(
        kk:
          "«{code}» тәлімгер коды жарамсыз: әріптер, цифрлар, «-», «_», «.», «/» ғана, бос орынсыз (M-0042)",
        ru:
          "код наставника «{code}» недопустим: только буквы, цифры, «-», «_», «.», «/», без пробелов (M-0042)",
        en:
          "mentor code '{code}' is not valid: letters, digits, '-', '_', '.', '/' only, no spaces (M-0042)"
      )
    case .programmeListTooLong:
      MessageTemplate(
        kk: "тізімде {count} таңдау, ал «{programme}» бағдарламасы ең көбі {limit} рұқсат етеді",
        ru: "в списке {count} выборов, а программа «{programme}» допускает не больше {limit}",
        en: "the list has {count} choices; programme '{programme}' allows at most {limit}")
    case .repeatedChoice:
      MessageTemplate(
        kk: "«{code}» тізімде екі рет берілген; әр таңдау бір рет",
        ru: "«{code}» указан в списке дважды; каждый выбор один раз",
        en: "'{code}' is listed twice; each choice once")
    case .badInstitutionCode:
      MessageTemplate(
        kk:
          "«{code}» коды жарамсыз: әріптер, цифрлар, «-», «_», «.» ғана, бос орынсыз (KST-SCH-017), не 12 цифрлы БСН",
        ru:
          "код «{code}» недопустим: только буквы, цифры, «-», «_», «.», без пробелов (KST-SCH-017), или БИН из 12 цифр",
        en:
          "code '{code}' is not valid: letters, digits, '-', '_', '.' only, no spaces (KST-SCH-017), or a 12-digit BIN"
      )
    case .badOffer:
      MessageTemplate(
        kk: "«{item}»: «мамандық коды:қабылдау» күтілді, мысалы 07150100:75",
        ru: "«{item}»: ожидается «код специальности:приём», например 07150100:75",
        en: "'{item}': expected 'specialty code:intake', e.g. 07150100:75")
    case .repeatedSpecialty:
      MessageTemplate(
        kk: "{code} мамандығы қайталанады", ru: "специальность {code} указана дважды",
        en: "specialty {code} is listed twice")
    case .leavingNeedsReason:
      MessageTemplate(
        kk:
          "оқу орны көрсетілмеген жол кезеңнен шығу дегенді білдіреді: себебін жазыңыз (бітірді, шығарылды, оқуды тастады…)",
        ru:
          "строка без организации означает выбытие с этапа: укажите причину (окончил, отчислен, выбыл…)",
        en:
          "a row without an institution means leaving the stage: give the reason (graduated, expelled, dropped out…)"
      )
    case .qualificationOfOtherSpecialty:
      MessageTemplate(
        kk: "{code} біліктілігі {own} мамандығына жатады, {specialty} мамандығына емес",
        ru: "квалификация {code} относится к специальности {own}, а не {specialty}",
        en: "qualification {code} belongs to specialty {own}, not {specialty}")
    case .notATerm:
      MessageTemplate(
        kk:
          "«{text}»: оқу кезеңі ЖЖЖЖ-N түрінде күтілді (оқу жылының бірінші жылы мен 1–4 тоқсан/семестр), мысалы 2026-1",
        ru:
          "«{text}»: ожидается учебный период ГГГГ-N (первый год учебного года и четверть/семестр 1–4), например 2026-1",
        en:
          "'{text}': expected a term YYYY-N (the school year's first year and the term 1–4), e.g. 2026-1"
      )
    case .badSubjectGrade:
      MessageTemplate(
        kk: "«{item}»: «пән:баға» күтілді, баға 2–5, мысалы Математика:5",
        ru: "«{item}»: ожидается «предмет:оценка», оценка 2–5, например Математика:5",
        en: "'{item}': expected 'subject:grade' with a grade 2–5, e.g. Mathematics:5")
    case .repeatedSubject:
      MessageTemplate(
        kk: "«{item}» пәні екі рет жазылған", ru: "предмет «{item}» указан дважды",
        en: "subject '{item}' is listed twice")
    case .notAnAgreement:
      MessageTemplate(
        kk: "«{text}» үшжақты шарттың бар-жоғын көрсетпейді; иә/жоқ (да/нет, yes/no) немесе "
          + "қол қойылған күні күтілді, мысалы 2026-08-20",
        ru: "«{text}» не говорит, заключён ли трёхсторонний договор; ожидается да/нет "
          + "(иә/жоқ, yes/no) или дата подписания, например 2026-08-20",
        en: "'{text}' does not say whether the tripartite agreement is signed; expected yes/no "
          + "(иә/жоқ, да/нет) or the date of signing, e.g. 2026-08-20")
    case .agreementAfterApplication:
      MessageTemplate(
        kk: "шартқа {signed} күні қол қойылған, бұл өтініш күнінен ({applied}) кейін; шартты "
          + "қол қойылған күннен кейінгі күнмен берілген өтініш ретінде енгізіңіз",
        ru: "договор подписан {signed}, позже даты заявки {applied}; внесите его заявкой с "
          + "датой не ранее подписания",
        en: "the agreement was signed on {signed}, after the application of {applied}; record "
          + "it with an application dated on or after the signing")
    case .agreementWithoutEnterprise:
      MessageTemplate(
        kk: "үшжақты шарт бар деп белгіленген, бірақ кәсіпорын (БСН) көрсетілмеген; шарт жасалған "
          + "кәсіпорынның БСН-ін жазыңыз",
        ru: "отмечен трёхсторонний договор, но не указано предприятие (БИН); укажите БИН "
          + "предприятия — стороны договора",
        en:
          "a signed tripartite agreement is marked but no enterprise (BIN) is given; give the BIN "
          + "of the enterprise party to the agreement")
    case .unknownWord:
      MessageTemplate(
        kk: "«{text}» — белгісіз мән ({title}); мүмкін мәндер: {list}{hint}",
        ru: "«{text}» — неизвестное значение ({title}); допустимо: {list}{hint}",
        en: "'{text}' is not a known {title}; expected one of: {list}{hint}")
    case .formerForm:
      MessageTemplate(
        kk: "«{text}» оқу нысаны емес: {form} нысан деп жазылды",
        ru: "«{text}» — не форма обучения: записано как {form} форма",
        en: "'{text}' is not a form of study: recorded as {form}")
    case .formerFormDualTraining:
      MessageTemplate(
        kk: "«{text}» оқу нысаны емес: {form} нысан, дуальды оқыту деп жазылды",
        ru: "«{text}» — не форма обучения: записано как {form} форма, дуальное обучение",
        en: "'{text}' is not a form of study: recorded as {form}, dual training")
    case .recodedDistrict:
      MessageTemplate(
        kk: "{old} аудан коды енді қолданылмайды: оның орнына {new} ({name}) коды жазылды",
        ru: "код района {old} больше не действует: записан код-преемник {new} ({name})",
        en: "district code {old} is no longer in use: recorded as its successor {new} ({name})")
    case .birthDateInFuture:
      MessageTemplate(
        kk: "туған күні {date} әлі келмеген; бүгінге дейінгі күн күтілді",
        ru: "дата рождения {date} ещё не наступила; ожидается дата не позже сегодняшней",
        en: "birth date {date} is in the future; expected a date not after today")
    }
  }
}
