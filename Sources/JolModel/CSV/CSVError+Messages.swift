extension CSVError.Problem {
  /// What is wrong and what would be accepted, in each language.
  var reason: LocalizedText {
    switch self {
    case .invalidUTF8(utf16: true):
      LocalizedText(
        kk: "файл UTF-16 кодтауында; оны «CSV UTF-8» форматында сақтаңыз",
        ru: "файл в кодировке UTF-16; сохраните его в формате «CSV UTF-8»",
        en: "the file is UTF-16; save it as 'CSV UTF-8'")
    case .invalidUTF8(utf16: false):
      LocalizedText(
        kk: "файл UTF-8 мәтіні емес (мүмкін, Windows-1251); оны «CSV UTF-8» форматында сақтаңыз",
        ru:
          "файл не в кодировке UTF-8 (возможно, Windows-1251); сохраните его в формате «CSV UTF-8»",
        en: "the file is not UTF-8 text (perhaps Windows-1251); save it as 'CSV UTF-8'")
    case .unterminatedQuote:
      LocalizedText(
        kk: "осы тырнақша ашқан өріс файл соңына дейін жабылмаған; өрісті \" белгісімен жабыңыз",
        ru: "поле, открытое этой кавычкой, не закрыто до конца файла; закройте его кавычкой \"",
        en: "the field this quote opens is never closed; close it with \"")
    case .strayQuote:
      LocalizedText(
        kk:
          "тырнақшасыз өрістің ішінде тырнақша тұр; бүкіл өрісті тырнақшаға алып, ішіндегі тырнақшаны екі еселеңіз (\"\")",
        ru:
          "кавычка внутри поля без кавычек; заключите всё поле в кавычки, а кавычку внутри удвойте (\"\")",
        en:
          "a quote inside an unquoted field; put the whole field in quotes and double the quote inside (\"\")"
      )
    case .textAfterClosingQuote:
      LocalizedText(
        kk: "жабатын тырнақшадан кейін бөлгіш немесе жол соңы болуы керек",
        ru: "после закрывающей кавычки ожидается разделитель или конец строки",
        en: "a delimiter or the end of the line is expected after a closing quote")
    case .raggedRecord(let expected, let found) where found > expected:
      LocalizedText(
        kk:
          "жазбада \(found) өріс бар, ал тақырыпта \(expected); мүмкін, мәннің ішінде тырнақшасыз бөлгіш бар",
        ru:
          "в записи полей: \(found), а в заголовке: \(expected); возможно, в значении есть разделитель без кавычек",
        en:
          "the record has \(found) fields, the header has \(expected); perhaps a value holds an unquoted delimiter"
      )
    case .raggedRecord(let expected, let found):
      LocalizedText(
        kk:
          "жазбада \(found) өріс бар, ал тақырыпта \(expected); жетіспейтін өрістерді бос қалдырса да, бөлгішін қойыңыз",
        ru:
          "в записи полей: \(found), а в заголовке: \(expected); для недостающих полей поставьте разделители, даже если они пустые",
        en:
          "the record has \(found) fields, the header has \(expected); add delimiters for the missing fields, even if empty"
      )
    case .noHeader:
      LocalizedText(
        kk: "файлда тақырып жолы жоқ (файл бос)",
        ru: "в файле нет строки заголовка (файл пуст)",
        en: "the file has no header line (it is empty)")
    case .missingColumn(let name, let accepted):
      LocalizedText(
        kk:
          "міндетті «\(name)» бағаны жоқ; тақырыпта мына атаулардың бірі болуы керек: \(accepted.joined(separator: ", "))",
        ru:
          "нет обязательного столбца «\(name)»; в заголовке должно быть одно из названий: \(accepted.joined(separator: ", "))",
        en:
          "required column '\(name)' is missing; the header should have one of: \(accepted.joined(separator: ", "))"
      )
    case .ambiguousColumn(let name, let fields):
      LocalizedText(
        kk:
          "«\(name)» бағанына бірнеше өріс сәйкес келеді (\(fields.map(String.init).joined(separator: ", "))); біреуін ғана қалдырыңыз",
        ru:
          "столбцу «\(name)» соответствуют несколько полей (\(fields.map(String.init).joined(separator: ", "))); оставьте одно",
        en:
          "several fields match column '\(name)' (\(fields.map(String.init).joined(separator: ", "))); keep only one"
      )
    case .missingValue:
      LocalizedText(
        kk: "мән бос, бірақ ол міндетті",
        ru: "значение пустое, а оно обязательно",
        en: "the value is empty but required")
    case .invalidValue(let reason):
      reason
    case .forbiddenCharacter(let scalar):
      Self.forbidden(TextSafety.codePoint(scalar))
    case .tooLong(let length, let maximum):
      LocalizedText(
        kk: "мәнде \(length) таңба бар, ал өрісте ең көбі \(maximum) болады; мәнді қысқартыңыз",
        ru:
          "в значении символов: \(length), а в поле допускается не больше \(maximum); сократите его",
        en: "the value has \(length) characters, a field may have at most \(maximum); shorten it")
    }
  }
}

extension CSVError.Problem {
  /// A character that may not be kept, named by its code point: shown as it is, a control
  /// character would act on the terminal and a bidirectional override would reorder the text.
  fileprivate static func forbidden(_ codePoint: String) -> LocalizedText {
    LocalizedText(
      kk: "мәнде \(codePoint) басқару таңбасы бар (экранда көрінбейді, терминалға әсер етеді не "
        + "мәтін ретін өзгертеді); оны кестеден өшіріп, файлды қайта сақтаңыз",
      ru: "в значении есть управляющий символ \(codePoint) (невидимый, действует на терминал "
        + "или меняет порядок текста); удалите его в таблице и сохраните файл заново",
      en: "the value holds the control character \(codePoint) (invisible; it acts on terminals "
        + "or reorders text); delete it in the spreadsheet and save the file again")
  }
}
