/// Why a text is not an IIN, a BIN or either (``IINError``, ``BINError``, ``IINOrBINError``), and
/// the titles of a BIN's parts and of sex, and the warnings about an IIN's date (``IIN/impossibleDateWarning``,
/// ``IIN/birthDateMismatch(_:)``). Placeholders: `{number}` the identifier as shown
/// (masked for an IIN), `{reason}` a reason of this area, `{found}`, `{expected}`, `{position}`
/// numbers, `{character}` the character as written, `{date}` `YYYY-MM-DD`.
public enum IdentifierMessage: String, MessageKey {
  case iinWithReason
  case binWithReason
  case iinLength
  case iinNonDigit
  case centuryDigit
  case dayDigit
  case checkDigit
  case neverIssued
  case binLength
  case binNonDigit
  case registrationMonth
  case entityKind
  case binAttribute
  case eitherLength
  case eitherNonDigit
  case fifthDigit
  case impossibleDateHint
  case futureDateHint
  case birthDateMismatch

  public var template: MessageTemplate {
    switch self {
    case .iinWithReason:
      MessageTemplate(
        kk: "ЖСН {number}: {reason}", ru: "ИИН {number}: {reason}", en: "IIN {number}: {reason}")
    case .binWithReason:
      MessageTemplate(
        kk: "БСН {number}: {reason}", ru: "БИН {number}: {reason}", en: "BIN {number}: {reason}")
    case .iinLength:
      MessageTemplate(
        kk: "ЖСН 12 цифрдан тұруы керек, мұнда {found} таңба бар",
        ru: "в ИИН должно быть 12 цифр, здесь символов: {found}",
        en: "an IIN has 12 digits, found {found} characters")
    case .iinNonDigit:
      MessageTemplate(
        kk: "{position}-таңба («{character}») цифр емес; ЖСН тек цифрлардан тұрады",
        ru: "{position}-й символ («{character}») — не цифра; ИИН состоит только из цифр",
        en: "character {position} ('{character}') is not a digit; an IIN is digits only")
    case .centuryDigit:
      MessageTemplate(
        kk: "7-цифр (ғасыр мен жыныс) 1–6 болуы керек, мұнда {found}",
        ru: "7-я цифра (век и пол) должна быть от 1 до 6, здесь {found}",
        en: "digit 7 (century and sex) must be 1–6, found {found}")
    case .dayDigit:
      MessageTemplate(
        kk: "5-цифр 0–3 болуы керек (ЖСН-де 5–6 цифрлар күн ретінде жазылады), мұнда {found}",
        ru: "5-я цифра должна быть от 0 до 3 (в ИИН 5–6-я цифры записаны как день), здесь {found}",
        en: "digit 5 must be 0–3 (an IIN's digits 5–6 are laid out as a day), found {found}")
    case .checkDigit:
      MessageTemplate(
        kk: "бақылау цифры {expected} болуы керек, мұнда {found}",
        ru: "контрольная цифра должна быть {expected}, здесь {found}",
        en: "check digit should be {expected}, found {found}")
    case .neverIssued:
      MessageTemplate(
        kk: "мұндай нөмір берілмейді: бақылау сомасы екі есептеуде де 10",
        ru: "такой номер не выдаётся: контрольная сумма равна 10 при обоих расчётах",
        en: "never issued: the check sum is 10 on both passes")
    case .binLength:
      MessageTemplate(
        kk: "БСН 12 цифрдан тұруы керек, мұнда {found} таңба бар",
        ru: "в БИН должно быть 12 цифр, здесь символов: {found}",
        en: "a BIN has 12 digits, found {found} characters")
    case .binNonDigit:
      MessageTemplate(
        kk: "{position}-таңба («{character}») цифр емес; БСН тек цифрлардан тұрады",
        ru: "{position}-й символ («{character}») — не цифра; БИН состоит только из цифр",
        en: "character {position} ('{character}') is not a digit; a BIN is digits only")
    case .registrationMonth:
      MessageTemplate(
        kk: "3–4-цифрлар (тіркелген ай) 01–12 болуы керек, мұнда {found}",
        ru: "3–4-я цифры (месяц регистрации) должны быть от 01 до 12, здесь {found}",
        en: "digits 3–4 (month of registration) must be 01–12, found {found}")
    case .entityKind:
      MessageTemplate(
        kk: "5-цифр (ұйым түрі) 4, 5 немесе 6 болуы керек, мұнда {found}",
        ru: "5-я цифра (тип организации) должна быть 4, 5 или 6, здесь {found}",
        en: "digit 5 (type of entity) must be 4, 5 or 6, found {found}")
    case .binAttribute:
      MessageTemplate(
        kk: "6-цифр (бас ұйым, филиал, өкілдік, шаруа қожалығы) 0–3 болуы керек, мұнда {found}",
        ru:
          "6-я цифра (головная организация, филиал, представительство, КХ) должна быть от 0 до 3, здесь {found}",
        en:
          "digit 6 (head office, branch, representative office, peasant farm) must be 0–3, found {found}"
      )
    case .eitherLength:
      MessageTemplate(
        kk: "ЖСН мен БСН 12 цифрдан тұрады, мұнда {found} таңба бар",
        ru: "в ИИН и БИН по 12 цифр, здесь символов: {found}",
        en: "an IIN or BIN has 12 digits, found {found} characters")
    case .eitherNonDigit:
      MessageTemplate(
        kk: "{position}-таңба («{character}») цифр емес; ЖСН мен БСН тек цифрлардан тұрады",
        ru: "{position}-й символ («{character}») — не цифра; ИИН и БИН состоят только из цифр",
        en: "character {position} ('{character}') is not a digit; an IIN or BIN is digits only")
    case .fifthDigit:
      MessageTemplate(
        kk: "5-цифр {found}: ЖСН-де ол туған күннің бірінші цифры (0–3), БСН-де ұйым түрі (4–6)",
        ru:
          "5-я цифра {found}: в ИИН это первая цифра дня рождения (0–3), в БИН — тип организации (4–6)",
        en:
          "digit 5 is {found}: in an IIN it starts the day of birth (0–3), in a BIN it is the type of entity (4–6)"
      )
    case .futureDateHint:
      MessageTemplate(
        kk:
          "ЖСН цифрларындағы күн әлі келмеген; бақылау цифры дұрыс, сондықтан ЖСН қабылданды; туған күнін бөлек көрсетіңіз",
        ru:
          "дата, записанная в цифрах ИИН, ещё не наступила; контрольная цифра верна, поэтому ИИН принят; укажите дату рождения отдельно",
        en:
          "the date in the IIN's digits is in the future; the check digit is right, so the IIN is accepted; give the birth date separately"
      )
    case .impossibleDateHint:
      MessageTemplate(
        kk:
          "ЖСН цифрларындағы күн күнтізбеде жоқ; бақылау цифры дұрыс, сондықтан ЖСН қабылданды (2013 жылғы 26 тамыздағы № 853 қаулыдан бері цифрлар адамның деректеріне байланбайды); туған күнін бөлек көрсетіңіз",
        ru:
          "даты, записанной в цифрах ИИН, не существует; контрольная цифра верна, поэтому ИИН принят (с постановления № 853 от 26 августа 2013 года цифры не привязаны к данным человека); укажите дату рождения отдельно",
        en:
          "the date in the IIN's digits does not exist; the check digit is right, so the IIN is accepted (since Decree No. 853 of 26 August 2013 the digits are not bound to the person's data); give the birth date separately"
      )
    case .birthDateMismatch:
      MessageTemplate(
        kk:
          "туған күні ЖСН цифрларындағы күннен өзгеше; бұл қате емес (ЖСН цифрлары адамның деректеріне байланбайды), жасы көрсетілген туған күннен есептеледі",
        ru:
          "дата рождения отличается от даты в цифрах ИИН; это не ошибка (цифры ИИН не привязаны к данным человека), возраст считается по указанной дате рождения",
        en:
          "the birth date differs from the date in the IIN's digits; not an error (an IIN's digits are not bound to the person's data), age is counted from the birth date given"
      )
    }
  }
}

extension BIN.EntityKind: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .residentLegalEntity:
      MessageTemplate(
        kk: "резидент заңды тұлға", ru: "юридическое лицо — резидент", en: "resident legal entity")
    case .nonResidentLegalEntity:
      MessageTemplate(
        kk: "бейрезидент заңды тұлға", ru: "юридическое лицо — нерезидент",
        en: "non-resident legal entity")
    case .jointIndividualEntrepreneurship:
      MessageTemplate(
        kk: "бірлескен жеке кәсіпкерлік", ru: "совместное индивидуальное предпринимательство",
        en: "joint individual entrepreneurship")
    }
  }
}

extension BIN.Attribute: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .headOffice: MessageTemplate(kk: "бас ұйым", ru: "головная организация", en: "head office")
    case .branch: MessageTemplate(kk: "филиал", ru: "филиал", en: "branch")
    case .representativeOffice:
      MessageTemplate(kk: "өкілдік", ru: "представительство", en: "representative office")
    case .peasantFarm:
      MessageTemplate(
        kk: "шаруа (фермер) қожалығы", ru: "крестьянское (фермерское) хозяйство",
        en: "peasant farm")
    }
  }
}

extension Sex: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .male: MessageTemplate(kk: "ер", ru: "мужской", en: "male")
    case .female: MessageTemplate(kk: "әйел", ru: "женский", en: "female")
    }
  }
}
