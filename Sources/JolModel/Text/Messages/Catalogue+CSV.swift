/// What is wrong with a CSV file and what would be accepted (``CSVError``). Placeholders:
/// `{place}` `file:line:column: `, `{field}` the field's number, `{name}` a column name,
/// `{reason}` a reason of this area, `{found}`, `{expected}`, `{length}`, `{maximum}` numbers,
/// `{accepted}` and `{fields}` lists, `{code}` a code point (`U+001B`).
public enum CSVMessage: String, MessageKey {
  case atPlace
  case atField
  case atNamedField
  case atAbsentColumn
  case utf16
  case notUTF8
  case unterminatedQuote
  case strayQuote
  case textAfterClosingQuote
  case tooManyFields
  case tooFewFields
  case noHeader
  case missingColumn
  case ambiguousColumn
  case missingValue
  case forbiddenCharacter
  case tooLong

  public var template: MessageTemplate {
    switch self {
    case .atPlace:
      MessageTemplate(kk: "{place}{reason}", ru: "{place}{reason}", en: "{place}{reason}")
    case .atField:
      MessageTemplate(
        kk: "{place}өріс {field}: {reason}", ru: "{place}поле {field}: {reason}",
        en: "{place}field {field}: {reason}")
    case .atNamedField:
      MessageTemplate(
        kk: "{place}өріс {field} «{name}»: {reason}", ru: "{place}поле {field} «{name}»: {reason}",
        en: "{place}field {field} «{name}»: {reason}")
    case .atAbsentColumn:
      MessageTemplate(
        kk: "{place}«{name}» бағаны (файлда жоқ): {reason}",
        ru: "{place}столбец «{name}» (его нет в файле): {reason}",
        en: "{place}column '{name}' (not in the file): {reason}")
    case .utf16:
      MessageTemplate(
        kk: "файл UTF-16 кодтауында; оны «CSV UTF-8» форматында сақтаңыз",
        ru: "файл в кодировке UTF-16; сохраните его в формате «CSV UTF-8»",
        en: "the file is UTF-16; save it as 'CSV UTF-8'")
    case .notUTF8:
      MessageTemplate(
        kk: "файл UTF-8 мәтіні емес (мүмкін, Windows-1251); оны «CSV UTF-8» форматында сақтаңыз",
        ru:
          "файл не в кодировке UTF-8 (возможно, Windows-1251); сохраните его в формате «CSV UTF-8»",
        en: "the file is not UTF-8 text (perhaps Windows-1251); save it as 'CSV UTF-8'")
    case .unterminatedQuote:
      MessageTemplate(
        kk: "осы тырнақша ашқан өріс файл соңына дейін жабылмаған; өрісті \" белгісімен жабыңыз",
        ru: "поле, открытое этой кавычкой, не закрыто до конца файла; закройте его кавычкой \"",
        en: "the field this quote opens is never closed; close it with \"")
    case .strayQuote:
      MessageTemplate(
        kk:
          "тырнақшасыз өрістің ішінде тырнақша тұр; бүкіл өрісті тырнақшаға алып, ішіндегі тырнақшаны екі еселеңіз (\"\")",
        ru:
          "кавычка внутри поля без кавычек; заключите всё поле в кавычки, а кавычку внутри удвойте (\"\")",
        en:
          "a quote inside an unquoted field; put the whole field in quotes and double the quote inside (\"\")"
      )
    case .textAfterClosingQuote:
      MessageTemplate(
        kk: "жабатын тырнақшадан кейін бөлгіш немесе жол соңы болуы керек",
        ru: "после закрывающей кавычки ожидается разделитель или конец строки",
        en: "a delimiter or the end of the line is expected after a closing quote")
    case .tooManyFields:
      MessageTemplate(
        kk:
          "жазбада {found} өріс бар, ал тақырыпта {expected}; мүмкін, мәннің ішінде тырнақшасыз бөлгіш бар",
        ru:
          "в записи полей: {found}, а в заголовке: {expected}; возможно, в значении есть разделитель без кавычек",
        en:
          "the record has {found} fields, the header has {expected}; perhaps a value holds an unquoted delimiter"
      )
    case .tooFewFields:
      MessageTemplate(
        kk:
          "жазбада {found} өріс бар, ал тақырыпта {expected}; жетіспейтін өрістерді бос қалдырса да, бөлгішін қойыңыз",
        ru:
          "в записи полей: {found}, а в заголовке: {expected}; для недостающих полей поставьте разделители, даже если они пустые",
        en:
          "the record has {found} fields, the header has {expected}; add delimiters for the missing fields, even if empty"
      )
    case .noHeader:
      MessageTemplate(
        kk: "файлда тақырып жолы жоқ (файл бос)",
        ru: "в файле нет строки заголовка (файл пуст)",
        en: "the file has no header line (it is empty)")
    case .missingColumn:
      MessageTemplate(
        kk: "міндетті «{name}» бағаны жоқ; тақырыпта мына атаулардың бірі болуы керек: {accepted}",
        ru:
          "нет обязательного столбца «{name}»; в заголовке должно быть одно из названий: {accepted}",
        en: "required column '{name}' is missing; the header should have one of: {accepted}")
    case .ambiguousColumn:
      MessageTemplate(
        kk: "«{name}» бағанына бірнеше өріс сәйкес келеді ({fields}); біреуін ғана қалдырыңыз",
        ru: "столбцу «{name}» соответствуют несколько полей ({fields}); оставьте одно",
        en: "several fields match column '{name}' ({fields}); keep only one")
    case .missingValue:
      MessageTemplate(
        kk: "мән бос, бірақ ол міндетті",
        ru: "значение пустое, а оно обязательно",
        en: "the value is empty but required")
    case .forbiddenCharacter:
      MessageTemplate(
        kk: "мәнде {code} басқару таңбасы бар (экранда көрінбейді, терминалға әсер етеді не "
          + "мәтін ретін өзгертеді); оны кестеден өшіріп, файлды қайта сақтаңыз",
        ru: "в значении есть управляющий символ {code} (невидимый, действует на терминал "
          + "или меняет порядок текста); удалите его в таблице и сохраните файл заново",
        en: "the value holds the control character {code} (invisible; it acts on terminals "
          + "or reorders text); delete it in the spreadsheet and save the file again")
    case .tooLong:
      MessageTemplate(
        kk: "мәнде {length} таңба бар, ал өрісте ең көбі {maximum} болады; мәнді қысқартыңыз",
        ru:
          "в значении символов: {length}, а в поле допускается не больше {maximum}; сократите его",
        en: "the value has {length} characters, a field may have at most {maximum}; shorten it")
    }
  }
}
