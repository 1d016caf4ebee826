import JolModel

/// The texts of merge files and of merging regions' pathway reports (``PathwayMerge``).
/// Adding a message: see ``MessageKey``.
public enum MergeMessage: String, MessageKey {
  case warning
  case notJSON
  case publishedReport
  case notMergeFile
  case badValue
  case unknownField
  case missingField
  case repeatedKey
  case formatVersion
  case differs
  case policyDiffers
  case passportDiffers
  case sameRegion
  case mergedFrom
  case source
  case sourceWithPassport
  case expectedObject
  case expectedArray
  case expectedString
  case expectedCount
  case expectedDate
  case expectedYear
  case expectedAmount
  case expectedFlag
  case expectedOneOf
  case expectedSameLength

  public var template: MessageTemplate {
    switch self {
    case .warning:
      MessageTemplate(
        kk:
          "ЖАРИЯЛАУҒА БОЛМАЙДЫ. Бұл файлда білім алушылардың жасырылмаған сандары бар: ол тек өңірлердің есептерін `jol report merge` арқылы біріктіруге арналған. Оны жарияламаңыз, ашық арнамен жібермеңіз және есепке қоспаңыз; жариялауға `jol report merge` немесе `jol report pathways` есептері жарайды.",
        ru:
          "НЕ ДЛЯ ПУБЛИКАЦИИ. Файл содержит нескрытые численности обучающихся и предназначен только для объединения отчётов регионов командой `jol report merge`. Не публикуйте его, не пересылайте по открытым каналам и не прикладывайте к отчётам; для публикации служат отчёты `jol report merge` или `jol report pathways`.",
        en:
          "NOT FOR PUBLICATION. This file holds unsuppressed counts of learners and is meant only for combining regions' reports with `jol report merge`. Do not publish it, send it over open channels or attach it to reports; the publishable reports are those of `jol report merge` or `jol report pathways`."
      )
    case .notJSON:
      MessageTemplate(
        kk: "{file}:{line}:{column}: JSON емес ({path}): мұнда {expected} күтілді",
        ru: "{file}:{line}:{column}: не JSON ({path}): здесь ожидалось {expected}",
        en: "{file}:{line}:{column}: not JSON ({path}): expected {expected}")
    case .publishedReport:
      MessageTemplate(
        kk:
          "{file} — жарияланған жол есебі: ондағы аз сандар жасырылған, сондықтан одан өңірлерді дәл қосу мүмкін емес. Әр өңірдің біріктіру файлын `jol report pathways --format merge` арқылы жазып, соларды біріктіріңіз.",
        ru:
          "{file} — опубликованный отчёт о траекториях: малые численности в нём скрыты, поэтому точно сложить регионы по нему нельзя. Запишите файл для объединения каждого региона командой `jol report pathways --format merge` и объединяйте их.",
        en:
          "{file} is a published pathway report: its small counts are suppressed, so regions cannot be added up exactly from it. Write each region's merge file with `jol report pathways --format merge` and merge those."
      )
    case .notMergeFile:
      MessageTemplate(
        kk:
          "{file}: жол есебін біріктіру файлы емес: $ деңгейінде \"purpose\": \"merge\" және \"report\": \"pathways\" күтілді (`jol report pathways --format merge` жазады)",
        ru:
          "{file}: не файл для объединения отчёта о траекториях: на уровне $ ожидались \"purpose\": \"merge\" и \"report\": \"pathways\" (их пишет `jol report pathways --format merge`)",
        en:
          "{file}: not a merge file of the pathway report: expected \"purpose\": \"merge\" and \"report\": \"pathways\" at $ (as `jol report pathways --format merge` writes)"
      )
    case .badValue:
      MessageTemplate(
        kk: "{file}: {path}: {expected} күтілді", ru: "{file}: {path}: ожидается {expected}",
        en: "{file}: {path}: expected {expected}")
    case .unknownField:
      MessageTemplate(
        kk: "{file}: {path}: белгісіз өріс; мүмкіндері: {fields}",
        ru: "{file}: {path}: неизвестное поле; допустимы: {fields}",
        en: "{file}: {path}: unknown field; expected one of {fields}")
    case .missingField:
      MessageTemplate(
        kk: "{file}: {path}: «{field}» өрісі жоқ", ru: "{file}: {path}: нет поля «{field}»",
        en: "{file}: {path}: missing field '{field}'")
    case .repeatedKey:
      MessageTemplate(
        kk: "{file}: {path}: «{key}» екінші рет берілген",
        ru: "{file}: {path}: «{key}» задано повторно",
        en: "{file}: {path}: '{key}' is given twice")
    case .formatVersion:
      MessageTemplate(
        kk:
          "{file}: format_version {version}: бұл jol {expected}-нұсқалы біріктіру файлдарын оқиды",
        ru:
          "{file}: format_version {version}: этот jol читает файлы для объединения версии {expected}",
        en: "{file}: format_version {version}: this jol reads merge files of version {expected}")
    case .differs:
      MessageTemplate(
        kk:
          "{first} мен {second} файлдарының {field} өрісі әртүрлі ({a} және {b}): тек бір күнгі, бір түлектер жылындағы және бір аудандағы есептер біріктіріледі",
        ru:
          "в {first} и {second} различается поле {field} ({a} и {b}): объединяются только отчёты на одну дату, за один выпуск и по одному району",
        en:
          "{first} and {second} differ in {field} ({a} and {b}): only reports of the same date, cohort and district can be merged"
      )
    case .policyDiffers:
      MessageTemplate(
        kk:
          "{first} мен {second} файлдарында {policy} қағидасының нұсқасы әртүрлі (policies: v{a} және v{b}): оның тағайындауларын қосуға болмайды",
        ru:
          "в {first} и {second} разные версии правила {policy} (policies: v{a} и v{b}): его назначения нельзя сложить",
        en:
          "{first} and {second} differ in the version of policy {policy} (policies: v{a} and v{b}): its awards cannot be added up"
      )
    case .passportDiffers:
      MessageTemplate(
        kk:
          "{first} мен {second} файлдарында {passport} паспортының нұсқасы әртүрлі (passport: v{a} және v{b})",
        ru: "в {first} и {second} разные версии паспорта {passport} (passport: v{a} и v{b})",
        en:
          "{first} and {second} differ in the version of passport {passport} (passport: v{a} and v{b})"
      )
    case .sameRegion:
      MessageTemplate(
        kk:
          "{region} облысы әрі {first}, әрі {second} файлында бар: оның білім алушылары екі рет саналар еді",
        ru:
          "регион {region} есть и в {first}, и в {second}: его обучающиеся были бы посчитаны дважды",
        en: "region {region} is in both {first} and {second}: its learners would be counted twice")
    case .mergedFrom:
      MessageTemplate(kk: "Біріктірілген өңірлер", ru: "Объединённые регионы", en: "Regions merged")
    case .source:
      MessageTemplate(
        kk: "{regions} (журнал позициясы {position})", ru: "{regions} (позиция журнала {position})",
        en: "{regions} (log position {position})")
    case .sourceWithPassport:
      MessageTemplate(
        kk: "{regions} (журнал позициясы {position}, паспорт {passport})",
        ru: "{regions} (позиция журнала {position}, паспорт {passport})",
        en: "{regions} (log position {position}, passport {passport})")
    case .expectedObject:
      MessageTemplate(kk: "объект {{…}}", ru: "объект {{…}}", en: "an object {{…}}")
    case .expectedArray: MessageTemplate(kk: "тізім […]", ru: "массив […]", en: "an array […]")
    case .expectedString: MessageTemplate(kk: "мәтін", ru: "строка", en: "a string")
    case .expectedCount:
      MessageTemplate(
        kk: "теріс емес бүтін сан", ru: "неотрицательное целое число",
        en: "a whole number 0 or more")
    case .expectedDate:
      MessageTemplate(kk: "ЖЖЖЖ-АА-КК күні", ru: "дата ГГГГ-ММ-ДД", en: "a date YYYY-MM-DD")
    case .expectedYear:
      MessageTemplate(kk: "жыл 2000…2100", ru: "год 2000…2100", en: "a year 2000…2100")
    case .expectedAmount:
      MessageTemplate(kk: "теңгедегі сома", ru: "сумма в тенге", en: "an amount in tenge")
    case .expectedFlag:
      MessageTemplate(kk: "true не false", ru: "true или false", en: "true or false")
    case .expectedOneOf:
      MessageTemplate(
        kk: "мыналардың бірі: {choices}", ru: "одно из: {choices}", en: "one of {choices}")
    case .expectedSameLength:
      MessageTemplate(
        kk: "бағандар саны ({count}) сияқты сандар",
        ru: "столько чисел, сколько столбцов ({count})",
        en: "as many counts as columns ({count})")
    }
  }
}
