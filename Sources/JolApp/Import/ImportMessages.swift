import JolModel

/// What imports say about values, in Kazakh, Russian and English: what was wrong and what would
/// be accepted.
enum ImportMessages {
  static func notADate(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)» күн емес; ЖЖЖЖ-АА-КК (2026-09-01) немесе КК.АА.ЖЖЖЖ (01.09.2026) күтілді",
      ru: "«\(text)» — не дата; ожидается ГГГГ-ММ-ДД (2026-09-01) или ДД.ММ.ГГГГ (01.09.2026)",
      en: "'\(text)' is not a date; expected YYYY-MM-DD (2026-09-01) or DD.MM.YYYY (01.09.2026)")
  }

  static func notANumber(_ text: String, _ range: ClosedRange<Int>) -> LocalizedText {
    let bounds = "\(range.lowerBound)…\(range.upperBound)"
    return LocalizedText(
      kk: "«\(text)» — \(bounds) аралығындағы бүтін сан болуы керек",
      ru: "«\(text)»: ожидается целое число от \(range.lowerBound) до \(range.upperBound)",
      en: "'\(text)': expected a whole number \(bounds)")
  }

  static func notADecimal(_ text: String, _ range: ClosedRange<FixedDecimal>) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(text)» — \(range.lowerBound)…\(range.upperBound) аралығындағы сан болуы керек (бөлшегі нүктемен не үтірмен: 4,5)",
      ru:
        "«\(text)»: ожидается число от \(range.lowerBound) до \(range.upperBound) (дробная часть через точку или запятую: 4,5)",
      en:
        "'\(text)': expected a number \(range.lowerBound)…\(range.upperBound) (decimal point or comma: 4,5)"
    )
  }

  static func unknownRegion(_ text: String) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(text)» — белгісіз облыс; ҚАТО коды (39), ISO коды (KZ-39) немесе атауы (Қостанай облысы) күтілді; тізімі: jol reference regions",
      ru:
        "«\(text)» — неизвестная область; ожидается код КАТО (39), код ISO (KZ-39) или название (Костанайская область); список: jol reference regions",
      en:
        "'\(text)' is not a known region; expected a KATO code (39), ISO code (KZ-39) or name (Kostanay Region); see jol reference regions"
    )
  }

  static func birthDateInFuture(_ date: CivilDate) -> LocalizedText {
    LocalizedText(
      kk: "туған күні \(date) әлі келмеген; бүгінге дейінгі күн күтілді",
      ru: "дата рождения \(date) ещё не наступила; ожидается дата не позже сегодняшней",
      en: "birth date \(date) is in the future; expected a date not after today")
  }

  static func notAPhone(_ text: String) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(text)» телефон нөміріне ұқсамайды: 10–15 цифр күтілді, арасында тек бос орын, +, -, ( және ) болуы мүмкін; мысалы, +7 701 123 45 67",
      ru:
        "«\(text)» не похоже на номер телефона: ожидается 10–15 цифр, между ними только пробелы, +, -, ( и ); например, +7 701 123 45 67",
      en:
        "'\(text)' does not look like a phone number: expected 10–15 digits with only spaces, +, -, ( and ) between them; e.g. +7 701 123 45 67"
    )
  }

  static func notAnEmail(_ text: String) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(text)» электрондық пошта мекенжайы емес: name@mail.kz күтілді, @ алдында тек латын әріптері, цифрлар және . _ % + -, одан кейін латын әріптері, цифрлар, - және нүктемен бөлінген домен",
      ru:
        "«\(text)» — не адрес электронной почты: ожидается name@mail.kz, до @ только латинские буквы, цифры и . _ % + -, после — домен из латинских букв, цифр и -, разделённый точками",
      en:
        "'\(text)' is not an e-mail address: expected name@mail.kz, with only Latin letters, digits and . _ % + - before the @, and a domain of Latin letters, digits and - with dots after it"
    )
  }

  static func notAGrade(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)»: 1–12 сынып күтілді, әрпімен бірге болуы мүмкін (9, 9Ә, 9 А)",
      ru: "«\(text)»: ожидается класс 1–12, можно с буквой (9, 9А, 9 Ә)",
      en: "'\(text)': expected a grade 1–12, optionally with the class letter (9, 9A, 9 Ә)")
  }

  static func notAClassLetter(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)»: сынып әрпі күтілді — бір не екі әріп (А, Ә, Б)",
      ru: "«\(text)»: ожидается буква класса — одна или две буквы (А, Ә, Б)",
      en: "'\(text)': expected the class letter — one or two letters (А, Ә, Б)")
  }

  static func missingClassLetter(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)» сыныбының әрпі жоқ; оны «class» бағанына жазыңыз немесе сыныппен бірге (9Ә)",
      ru: "у класса «\(text)» нет буквы; укажите её в столбце «class» или вместе с классом (9А)",
      en:
        "grade '\(text)' has no class letter; give it in the 'class' column or with the grade (9A)")
  }

  static func badCategoryDates(_ text: String) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(text)»: жақшада күн (01.09.2024) немесе мерзім (01.09.2024 – 31.05.2026) күтілді, соңы басынан кейін",
      ru:
        "«\(text)»: в скобках ожидается дата (01.09.2024) или период (01.09.2024 – 31.05.2026), конец позже начала",
      en:
        "'\(text)': expected a date (01.09.2024) or a period (01.09.2024 – 31.05.2026) in brackets, ending after it starts"
    )
  }

  static let representativeMissing = LocalizedText(
    kk: "келісімді заңды өкіл берген: оның аты-жөнін жазыңыз",
    ru: "согласие дал законный представитель: укажите его ФИО",
    en: "the consent was given by a legal representative: give their name")

  static func consentEndsBeforeItStarts(_ until: CivilDate, _ date: CivilDate) -> LocalizedText {
    LocalizedText(
      kk: "келісім мерзімі \(until) оның берілген күнінен (\(date)) бұрын",
      ru: "срок согласия \(until) раньше даты, когда оно дано (\(date))",
      en: "the consent ends on \(until), before it was given (\(date))")
  }

  static func erased(_ iin: IIN, _ date: CivilDate) -> LocalizedText {
    LocalizedText(
      kk:
        "ЖСН \(iin.masked) иесінің деректері \(date) күні өз сұрауымен жойылған; қайта тіркеу үшін (жаңа келісіммен қайтып келген) --re-register --reason МӘТІН",
      ru:
        "данные обладателя ИИН \(iin.masked) удалены \(date) по его запросу; чтобы зарегистрировать снова (вернулся с новым согласием): --re-register --reason ТЕКСТ",
      en:
        "the data of IIN \(iin.masked) was erased on \(date) at the person's request; to register them again (a returning learner with new consent): --re-register --reason TEXT"
    )
  }

}

extension ImportMessages {
  static let specialtiesOnlyForColleges = LocalizedText(
    kk: "мамандықтар мен қабылдау тек колледждер үшін жазылады; бұл бағанды бос қалдырыңыз",
    ru: "специальности с приёмом указываются только для колледжей; оставьте столбец пустым",
    en: "specialties with intake are given for colleges only; leave this column empty")

  static func badInstitutionCode(_ code: String) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(code)» коды жарамсыз: әріптер, цифрлар, «-», «_», «.» ғана, бос орынсыз (KST-SCH-017), не 12 цифрлы БСН",
      ru:
        "код «\(code)» недопустим: только буквы, цифры, «-», «_», «.», без пробелов (KST-SCH-017), или БИН из 12 цифр",
      en:
        "code '\(code)' is not valid: letters, digits, '-', '_', '.' only, no spaces (KST-SCH-017), or a 12-digit BIN"
    )
  }

  static func badOffer(_ item: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(item)»: «мамандық коды:қабылдау» күтілді, мысалы 07150100:75",
      ru: "«\(item)»: ожидается «код специальности:приём», например 07150100:75",
      en: "'\(item)': expected 'specialty code:intake', e.g. 07150100:75")
  }

  static func repeatedSpecialty(_ code: String) -> LocalizedText {
    LocalizedText(
      kk: "\(code) мамандығы қайталанады", ru: "специальность \(code) указана дважды",
      en: "specialty \(code) is listed twice")
  }

}

extension ImportMessages {
  static let leavingNeedsReason = LocalizedText(
    kk:
      "оқу орны көрсетілмеген жол кезеңнен шығу дегенді білдіреді: себебін жазыңыз (бітірді, шығарылды, оқуды тастады…)",
    ru:
      "строка без организации означает выбытие с этапа: укажите причину (окончил, отчислен, выбыл…)",
    en:
      "a row without an institution means leaving the stage: give the reason (graduated, expelled, dropped out…)"
  )

  static func qualificationOfOtherSpecialty(
    _ qualification: Qualification, _ specialty: SpecialtyCode
  )
    -> LocalizedText
  {
    let code = qualification.code.rawValue
    let own = qualification.specialty.rawValue
    return LocalizedText(
      kk: "\(code) біліктілігі \(own) мамандығына жатады, \(specialty.rawValue) мамандығына емес",
      ru: "квалификация \(code) относится к специальности \(own), а не \(specialty.rawValue)",
      en: "qualification \(code) belongs to specialty \(own), not \(specialty.rawValue)")
  }

}

extension ImportMessages {
  static func notATerm(_ text: String) -> LocalizedText {
    LocalizedText(
      kk:
        "«\(text)»: оқу кезеңі ЖЖЖЖ-N түрінде күтілді (оқу жылының бірінші жылы мен 1–4 тоқсан/семестр), мысалы 2026-1",
      ru:
        "«\(text)»: ожидается учебный период ГГГГ-N (первый год учебного года и четверть/семестр 1–4), например 2026-1",
      en:
        "'\(text)': expected a term YYYY-N (the school year's first year and the term 1–4), e.g. 2026-1"
    )
  }

  static func badSubjectGrade(_ item: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(item)»: «пән:баға» күтілді, баға 2–5, мысалы Математика:5",
      ru: "«\(item)»: ожидается «предмет:оценка», оценка 2–5, например Математика:5",
      en: "'\(item)': expected 'subject:grade' with a grade 2–5, e.g. Mathematics:5")
  }

  static func repeatedSubject(_ subject: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(subject)» пәні екі рет жазылған", ru: "предмет «\(subject)» указан дважды",
      en: "subject '\(subject)' is listed twice")
  }

  static func notAnAgreement(_ text: String) -> LocalizedText {
    LocalizedText(
      kk: "«\(text)» үшжақты шарттың бар-жоғын көрсетпейді; иә/жоқ (да/нет, yes/no) немесе "
        + "қол қойылған күні күтілді, мысалы 2026-08-20",
      ru: "«\(text)» не говорит, заключён ли трёхсторонний договор; ожидается да/нет "
        + "(иә/жоқ, yes/no) или дата подписания, например 2026-08-20",
      en: "'\(text)' does not say whether the tripartite agreement is signed; expected yes/no "
        + "(иә/жоқ, да/нет) or the date of signing, e.g. 2026-08-20")
  }
  static func agreementAfterApplication(_ signed: CivilDate, _ applied: CivilDate)
    -> LocalizedText
  {
    LocalizedText(
      kk: "шартқа \(signed) күні қол қойылған, бұл өтініш күнінен (\(applied)) кейін; шартты "
        + "қол қойылған күннен кейінгі күнмен берілген өтініш ретінде енгізіңіз",
      ru: "договор подписан \(signed), позже даты заявки \(applied); внесите его заявкой с "
        + "датой не ранее подписания",
      en: "the agreement was signed on \(signed), after the application of \(applied); record "
        + "it with an application dated on or after the signing")
  }
  static var agreementWithoutEnterprise: LocalizedText {
    LocalizedText(
      kk: "үшжақты шарт бар деп белгіленген, бірақ кәсіпорын (БСН) көрсетілмеген; шарт жасалған "
        + "кәсіпорынның БСН-ін жазыңыз",
      ru: "отмечен трёхсторонний договор, но не указано предприятие (БИН); укажите БИН "
        + "предприятия — стороны договора",
      en: "a signed tripartite agreement is marked but no enterprise (BIN) is given; give the BIN "
        + "of the enterprise party to the agreement")
  }
}
