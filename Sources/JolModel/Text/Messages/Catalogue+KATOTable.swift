/// What is wrong in the KATO table file itself (`Policies/reference/kato.csv`). Placeholders:
/// `{line}` a line number, `{text}` a cell as written, `{code}` the row's KATO code,
/// `{level}` the level its structure gives, `{expected}` the parent code its structure gives,
/// `{successor}` a successor code.
public enum KATOTableMessage: String, MessageKey {
  case duplicate
  case level
  case parent
  case notARegion
  case notListed
  case successorLevel
  case notADate

  public var template: MessageTemplate {
    switch self {
    case .duplicate:
      MessageTemplate(
        kk: "бұл код {line}-жолда бар; әр код бір рет қана жазылады",
        ru: "этот код уже есть в строке {line}; каждый код записывается один раз",
        en: "this code already appears on line {line}; each code is listed once")
    case .level:
      MessageTemplate(
        kk: "деңгей «{text}» емес, {level} болуы керек ({code} кодының құрылымы)",
        ru: "уровень должен быть {level}, а не «{text}» (по структуре кода {code})",
        en: "the level should be {level}, not '{text}' (the structure of {code})")
    case .parent:
      MessageTemplate(
        kk: "жоғары бірлік «{text}» емес, «{expected}» болуы керек ({code} кодының құрылымы)",
        ru:
          "вышестоящая единица должна быть «{expected}», а не «{text}» (по структуре кода {code})",
        en: "the parent should be '{expected}', not '{text}' (the structure of {code})")
    case .notARegion:
      MessageTemplate(
        kk: "{code} — облыс коды емес: алғашқы екі цифры 20 облыстың бірі болуы керек",
        ru: "{code} — не код области: первые две цифры должны быть кодом одного из 20 регионов",
        en: "{code} is not a region: its first two digits must be one of the 20 regions' codes")
    case .notListed:
      MessageTemplate(
        kk: "{code} кестеде жоқ; алдымен оның жолын қосыңыз",
        ru: "кода {code} нет в таблице; сначала добавьте его строку",
        en: "{code} is not in the table; add its row first")
    case .successorLevel:
      MessageTemplate(
        kk: "{code} орнына келген код басқа және сол деңгейдегі болуы керек, {successor} емес",
        ru: "преемник {code} должен быть другим кодом того же уровня, а не {successor}",
        en: "the successor of {code} must be another code of the same level, not {successor}")
    case .notADate:
      MessageTemplate(
        kk: "«{text}» — күн емес; ЖЖЖЖ-АА-КК күтілді",
        ru: "«{text}» — не дата; ожидается ГГГГ-ММ-ДД",
        en: "'{text}' is not a date; expected YYYY-MM-DD")
    }
  }
}
