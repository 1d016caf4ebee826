import JolModel

/// What the crosswalk checker says about `Policies/diagnostics/crosswalk/` files.
/// Adding a message: see `MessageKey`.
enum CrosswalkMessage: String, MessageKey {
  case indentedOutsideBlock
  case unknownStatement
  case expectedWords
  case unknownInstrument
  case unknownScale
  case unknownDirection
  case noDirection
  case unmappedScales
  case givenTwice
  case wrongDirection
  case noCrosswalkFiles

  var template: MessageTemplate {
    switch self {
    case .indentedOutsideBlock:
      MessageTemplate(
        kk: "шегініспен жазылған жол instrument не direction блогына жатпайды",
        ru: "строка с отступом не относится ни к блоку instrument, ни к блоку direction",
        en: "an indented line belongs to no instrument or direction block above it")
    case .unknownStatement:
      MessageTemplate(
        kk: "бұл жерде '{word}' деген нұсқау жоқ; күтілгені: {list}",
        ru: "здесь нет инструкции '{word}'; ожидается: {list}",
        en: "no statement '{word}' here; expected {list}")
    case .expectedWords:
      MessageTemplate(
        kk: "'{word}' жолының түрі: {shape}",
        ru: "строка '{word}' пишется так: {shape}",
        en: "a '{word}' line reads: {shape}")
    case .unknownInstrument:
      MessageTemplate(
        kk: "'{id}' деген диагностикалық әдістеме жоқ; барлары: {list}",
        ru: "нет диагностической методики '{id}'; есть: {list}",
        en: "there is no instrument '{id}'; there are: {list}")
    case .unknownScale:
      MessageTemplate(
        kk: "'{instrument}' әдістемесінде '{scale}' деген шкала жоқ; шкалалары: {list}",
        ru: "в методике '{instrument}' нет шкалы '{scale}'; её шкалы: {list}",
        en: "instrument '{instrument}' has no scale '{scale}'; its scales: {list}")
    case .unknownDirection:
      MessageTemplate(
        kk: "'{word}' деген бейіндік бағыт жоқ; бағыттар: {list}",
        ru: "нет профильного направления '{word}'; направления: {list}",
        en: "there is no profile direction '{word}'; the directions: {list}")
    case .noDirection:
      MessageTemplate(
        kk: "'{scale}' шкаласына кемінде бір бағыт жазыңыз",
        ru: "для шкалы '{scale}' укажите хотя бы одно направление",
        en: "give scale '{scale}' at least one direction")
    case .unmappedScales:
      MessageTemplate(
        kk: "'{instrument}' әдістемесінің мына шкалаларының бағыты жоқ: {list}",
        ru: "у шкал методики '{instrument}' нет направления: {list}",
        en: "these scales of instrument '{instrument}' have no direction: {list}")
    case .givenTwice:
      MessageTemplate(
        kk: "'{word}' екінші рет жазылған (алғашқысы {place})",
        ru: "'{word}' указано второй раз (первый раз: {place})",
        en: "'{word}' is given twice (first at {place})")
    case .wrongDirection:
      MessageTemplate(
        kk: "{code} «{name}» мамандығы жіктеуіште «{actual}» бағытына жатады, «{block}» емес",
        ru:
          "специальность {code} «{name}» в классификаторе относится к направлению «{actual}», а не «{block}»",
        en: "specialty {code} “{name}” belongs to “{actual}” in the classifier, not “{block}”")
    case .noCrosswalkFiles:
      MessageTemplate(
        kk: "{folder} ішінде .crosswalk файлы жоқ",
        ru: "в {folder} нет файлов .crosswalk",
        en: "there is no .crosswalk file in {folder}")
    }
  }
}
