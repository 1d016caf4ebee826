/// Why a code could not be looked up in the TVET classifier (``ClassifierError``), and problems
/// in the classifier's own files. Placeholders: `{text}` the code as written, `{code}` a code,
/// `{specialty}` a specialty code, `{replacement}`, `{nearest}` codes, `{name}` a specialty's or
/// qualification's name, `{hint}` `old → new`, `{list}` a list of codes, `{line}` a line number,
/// `{field}`, `{expected}` ISCED fields, `{known}` the direction ids, `{file}` a file name.
public enum ClassifierMessage: String, MessageKey {
  case malformedSpecialtyCode
  case oldSpecialtyCode
  case unknownSpecialty
  case nearestSpecialty
  case malformedQualificationCode
  case qualificationOfUnknownSpecialty
  case noQualificationsListed
  case unknownQualification
  case malformedLegacyCode
  case unknownLegacyCode
  case nearestLegacyCode
  case ambiguousLegacyCode
  case duplicateCode
  case iscedMismatch
  case unknownDirection
  case specialtyNotListed

  public var template: MessageTemplate {
    switch self {
    case .malformedSpecialtyCode:
      MessageTemplate(
        kk: "«{text}» мамандық коды емес: 8 цифр күтіледі (мысалы, 06130100)",
        ru: "«{text}» — не код специальности: нужно 8 цифр (например, 06130100)",
        en: "'{text}' is not a specialty code: 8 digits expected (e.g. 06130100)")
    case .oldSpecialtyCode:
      MessageTemplate(
        kk:
          "«{text}» мамандық коды емес: 8 цифр күтіледі (мысалы, 06130100); бұл ескі 7 таңбалы код, жаңасы — {replacement}",
        ru:
          "«{text}» — не код специальности: нужно 8 цифр (например, 06130100); это старый 7-значный код, новый — {replacement}",
        en:
          "'{text}' is not a specialty code: 8 digits expected (e.g. 06130100); this is an old 7-digit code, the new one is {replacement}"
      )
    case .unknownSpecialty:
      MessageTemplate(
        kk: "{code} мамандық коды классификаторда жоқ",
        ru: "кода специальности {code} нет в классификаторе",
        en: "unknown specialty code {code}")
    case .nearestSpecialty:
      MessageTemplate(
        kk: "{code} мамандық коды классификаторда жоқ; ең жақыны: {nearest} «{name}»",
        ru: "кода специальности {code} нет в классификаторе; ближайший: {nearest} «{name}»",
        en: "unknown specialty code {code}; nearest known: {nearest} '{name}'")
    case .malformedQualificationCode:
      MessageTemplate(
        kk:
          "«{text}» біліктілік коды емес: 3W, 4S немесе 5AB, одан кейін 8 цифр күтіледі (мысалы, 4S06130103)",
        ru: "«{text}» — не код квалификации: нужно 3W, 4S или 5AB и 8 цифр (например, 4S06130103)",
        en:
          "'{text}' is not a qualification code: 3W, 4S or 5AB followed by 8 digits expected (e.g. 4S06130103)"
      )
    case .qualificationOfUnknownSpecialty:
      MessageTemplate(
        kk: "{code} біліктілік коды белгісіз: оның {specialty} мамандығы классификаторда жоқ",
        ru:
          "код квалификации {code} неизвестен: его специальности {specialty} нет в классификаторе",
        en: "unknown qualification code {code}: its specialty {specialty} is not in the classifier")
    case .noQualificationsListed:
      MessageTemplate(
        kk:
          "{code} біліктілік коды белгісіз: {specialty} мамандығының біліктіліктері әлі енгізілмеген",
        ru:
          "код квалификации {code} неизвестен: квалификации специальности {specialty} ещё не внесены",
        en:
          "unknown qualification code {code}: no qualifications of specialty {specialty} are listed yet"
      )
    case .unknownQualification:
      MessageTemplate(
        kk:
          "{code} біліктілік коды белгісіз; {specialty} мамандығында ең жақыны: {nearest} «{name}»",
        ru:
          "код квалификации {code} неизвестен; ближайший в специальности {specialty}: {nearest} «{name}»",
        en:
          "unknown qualification code {code}; nearest in specialty {specialty}: {nearest} '{name}'")
    case .malformedLegacyCode:
      MessageTemplate(
        kk: "«{text}» ескі мамандық коды емес: 7 цифр күтіледі (мысалы, 1304000)",
        ru: "«{text}» — не старый код специальности: нужно 7 цифр (например, 1304000)",
        en: "'{text}' is not an old specialty code: 7 digits expected (e.g. 1304000)")
    case .unknownLegacyCode:
      MessageTemplate(
        kk: "{text} ескі коды ескі → жаңа кодтар кестесінде жоқ",
        ru: "старого кода {text} нет в таблице соответствия старых и новых кодов",
        en: "old code {text} is not in the old → new code table")
    case .nearestLegacyCode:
      MessageTemplate(
        kk: "{text} ескі коды ескі → жаңа кодтар кестесінде жоқ; ең жақыны: {hint}",
        ru:
          "старого кода {text} нет в таблице соответствия старых и новых кодов; ближайший: {hint}",
        en: "old code {text} is not in the old → new code table; nearest: {hint}")
    case .ambiguousLegacyCode:
      MessageTemplate(
        kk:
          "{text} ескі коды бірнеше мамандыққа сәйкес келеді: {list}; мамандықтың өзін көрсетіңіз",
        ru:
          "старый код {text} соответствует нескольким специальностям: {list}; укажите саму специальность",
        en: "old code {text} maps to several specialties: {list}; name the specialty itself")
    case .duplicateCode:
      MessageTemplate(
        kk: "бұл код {line}-жолда бар; әр код бір рет қана жазылады",
        ru: "этот код уже есть в строке {line}; каждый код записывается один раз",
        en: "this code already appears on line {line}; each code is listed once")
    case .iscedMismatch:
      MessageTemplate(
        kk:
          "ISCED саласы {field} емес, {expected} болуы керек: ол {code} кодының алғашқы төрт цифры",
        ru:
          "область ISCED должна быть {expected}, а не {field}: это первые четыре цифры кода {code}",
        en: "the ISCED field should be {expected}, not {field}: the first four digits of {code}")
    case .unknownDirection:
      MessageTemplate(
        kk: "«{text}» бағыты белгісіз; мыналардың бірі болуы керек: {known}",
        ru: "направление «{text}» неизвестно; допустимы: {known}",
        en: "unknown direction '{text}'; expected one of: {known}")
    case .specialtyNotListed:
      MessageTemplate(
        kk: "{code} мамандығы {file} файлында жоқ; алдымен мамандықты қосыңыз",
        ru: "специальности {code} нет в файле {file}; сначала добавьте специальность",
        en: "specialty {code} is not in {file}; add the specialty first")
    }
  }
}
