import JolModel

/// What an import run says: its summary, progress and options.
/// Adding a message: see ``MessageKey``.
enum ImportRunText: String, MessageKey {
  case agreement
  case vaultUnwritable
  case dryRunSummary
  case summary
  case failed
  case progress
  case writing
  case reRegisterOption
  case reRegisterReasonOption
  case notice
  case warningPrefix

  var template: MessageTemplate {
    switch self {
    case .agreement:
      MessageTemplate(
        kk: "үшжақты шарт",
        ru: "трёхсторонний договор",
        en: "tripartite agreement")
    case .vaultUnwritable:
      MessageTemplate(
        kk: "қорғалған қойманы жазу мүмкін болмады",
        ru: "не удалось записать хранилище",
        en: "could not write the vault")
    case .dryRunSummary:
      MessageTemplate(
        kk:
          "{file}: {rows} жол тексерілді, қате жоқ; {events} оқиға жазылар еді, {duplicates} жол бұрыннан бар (тек тексеру: ештеңе жазылған жоқ)",
        ru:
          "{file}: проверено строк: {rows}, ошибок нет; будет записано событий: {events}, уже учтено строк: {duplicates} (только проверка: ничего не записано)",
        en:
          "{file}: {rows} rows checked, no errors; {events} events would be appended, {duplicates} rows already recorded (dry run: nothing written)"
      )
    case .summary:
      MessageTemplate(
        kk:
          "{file}: {rows} жол, {appended} оқиға жазылды, {duplicates} жол бұрыннан бар, жаңа білім алушылар: {learners_added}",
        ru:
          "{file}: строк: {rows}, записано событий: {appended}, уже учтено строк: {duplicates}, новых обучающихся: {learners_added}",
        en:
          "{file}: {rows} rows, {appended} events appended, {duplicates} rows already recorded, {learners_added} new learners"
      )
    case .failed:
      MessageTemplate(
        kk: "{file}: {count} қате; ештеңе жазылған жоқ, файлды түзетіп, қайта жүктеңіз",
        ru: "{file}: ошибок: {count}; ничего не записано — исправьте файл и загрузите снова",
        en: "{file}: {count} errors; nothing was written — correct the file and import it again")
    case .progress:
      MessageTemplate(
        kk: "{file}: {total} жолдың {done} тексерілді…",
        ru: "{file}: проверено строк: {done} из {total}…",
        en: "{file}: checked {done} of {total} rows…")
    case .writing:
      MessageTemplate(
        kk: "{file}: {count} оқиға жазылуда…",
        ru: "{file}: запись событий: {count}…",
        en: "{file}: writing {count} events…")
    case .reRegisterOption:
      MessageTemplate(
        kk: "жеке деректері жойылған адамды қайта тіркеу (жаңа келісіммен қайтып келген)",
        ru: "зарегистрировать снова человека, чьи данные были удалены (вернулся с новым согласием)",
        en: "register again a person whose data was erased (a returning learner, new consent)")
    case .reRegisterReasonOption:
      MessageTemplate(
        kk: "қайта тіркеу негізі; жеке деректерсіз",
        ru: "основание; без персональных данных",
        en: "why; no personal data")
    case .notice:
      MessageTemplate(
        kk: "{text} (жолдар: {rows})",
        ru: "{text} (строк: {rows})",
        en: "{text} (rows: {rows})")
    case .warningPrefix:
      MessageTemplate(
        kk: "ескерту: ",
        ru: "предупреждение: ",
        en: "warning: ")
    }
  }
}
