import JolModel

/// What the data directory, the vault, files and learner lookups say.
/// Adding a message: see ``MessageKey``.
enum StoreText: String, MessageKey {
  case noDataDirectory
  case notADataDirectory
  case notEmpty
  case cannotCreate
  case unknownLearner
  case invalidIIN
  case unknownIIN
  case undecodable
  case locked
  case logCorrupt
  case logFailure
  case erasuresMissing
  case entriesMissing
  case damaged
  case unreadableFile

  var template: MessageTemplate {
    switch self {
    case .noDataDirectory:
      MessageTemplate(
        kk: "деректер каталогы жоқ: {path} (--data DIR көрсетіңіз не jol init арқылы құрыңыз)",
        ru: "каталог данных не найден: {path} (укажите --data DIR или создайте его: jol init)",
        en: "no data directory at {path} (give --data DIR, or create one with jol init)")
    case .notADataDirectory:
      MessageTemplate(
        kk: "{path} — Jol деректер каталогы емес (ішінде log/ жоқ); --data DIR тексеріңіз",
        ru: "{path} — не каталог данных Jol (нет log/); проверьте --data DIR",
        en: "{path} is not a Jol data directory (it has no log/); check --data DIR")
    case .notEmpty:
      MessageTemplate(
        kk: "{path} бос емес және Jol деректер каталогы емес: жаңа не бос каталогты көрсетіңіз",
        ru: "{path} не пуст и не является каталогом данных Jol: укажите новый или пустой каталог",
        en: "{path} is not empty and not a Jol data directory: give a new or empty directory")
    case .cannotCreate:
      MessageTemplate(
        kk: "{path} деректер каталогын құру мүмкін болмады: {detail}",
        ru: "не удалось создать каталог данных {path}: {detail}",
        en: "could not create the data directory {path}: {detail}")
    case .unknownLearner:
      MessageTemplate(
        kk: "журналда {id} білім алушысы жоқ",
        ru: "в журнале нет обучающегося {id}",
        en: "no learner {id} in the log")
    case .invalidIIN:
      MessageTemplate(
        kk: "{masked} дұрыс ЖСН емес: {reason}",
        ru: "{masked} — неверный ИИН: {reason}",
        en: "{masked} is not a valid IIN: {reason}")
    case .unknownIIN:
      MessageTemplate(
        kk: "ЖСН {iin} бойынша білім алушы жоқ: әлі импортталмаған не деректері жойылған",
        ru: "обучающийся с ИИН {iin} не найден: ещё не импортирован или данные удалены",
        en: "no learner with IIN {iin}: not imported yet, or their data was erased")
    case .undecodable:
      MessageTemplate(
        kk: "{log}: №{sequence} оқиғаны оқу мүмкін емес: {detail}",
        ru: "{log}: событие №{sequence} не читается: {detail}",
        en: "{log}: event #{sequence} cannot be read: {detail}")
    case .locked:
      MessageTemplate(
        kk: "деректер каталогын {who} процесі пайдаланып жатыр; ол аяқталғанша күтіңіз",
        ru: "каталог данных занят процессом {who}; дождитесь его завершения",
        en: "data directory in use by process {who}; wait for it to finish")
    case .logCorrupt:
      MessageTemplate(
        kk: "журнал бүлінген: {segment}, {offset}-байт: {what}",
        ru: "журнал повреждён: {segment}, байт {offset}: {what}",
        en: "log corrupt: {segment} at byte {offset}: {what}")
    case .logFailure:
      MessageTemplate(
        kk: "журнал: {text}",
        ru: "журнал: {text}",
        en: "log: {text}")
    case .erasuresMissing:
      MessageTemplate(
        kk:
          "{path} журнал жойылған деп жазған {erased_count} білім алушыны қамтымайды ({ids}): жою тізілімі жоғалған не ескі. Ештеңе жазылмайды; қорғалған қойманы резервтік көшірмеден қалпына келтіріңіз",
        ru:
          "в {path} нет обучающихся, удалённых по журналу (число: {erased_count}; {ids}): реестр удалений утрачен или устарел. Ничего не записывается; восстановите хранилище из резервной копии",
        en:
          "{path} lacks {erased_count} learners the log records as erased ({ids}): the erasure register was lost or is older than the log. Nothing is written; restore the vault from a backup"
      )
    case .entriesMissing:
      MessageTemplate(
        kk:
          "{path} журналдағы {count} білім алушының жазбасын қамтымайды ({ids}): қорғалған қойма жоғалған не ескі. Ештеңе жазылмайды; қорғалған қойманы резервтік көшірмеден қалпына келтіріңіз",
        ru:
          "в {path} нет записей обучающихся, которые есть в журнале (число: {count}; {ids}): хранилище утрачено или устарело. Ничего не записывается; восстановите хранилище из резервной копии",
        en:
          "{path} lacks the entries of {count} learners the log holds ({ids}): the vault was lost or is older than the log. Nothing is written; restore the vault from a backup"
      )
    case .damaged:
      MessageTemplate(
        kk: "{path}:{line}: қорғалған қойма жазбасы бүлінген ({what})",
        ru: "{path}:{line}: запись хранилища повреждена ({what})",
        en: "{path}:{line}: vault record damaged ({what})")
    case .unreadableFile:
      MessageTemplate(
        kk: "{path} файлын оқу мүмкін болмады",
        ru: "не удалось прочитать файл {path}",
        en: "could not read file {path}")
    }
  }
}
