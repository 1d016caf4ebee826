import JolModel

/// What the log commands say (stats, verify, export, forget).
/// Adding a message: see ``MessageKey``.
enum LogText: String, MessageKey {
  case forgetSummary
  case forgetReasonOption
  case alreadyErased
  case reasonRequired
  case unknownIIN
  case vaultFailed
  case done
  case statsSummary
  case segments
  case events
  case bytes
  case streams
  case lastSequence
  case verifySummary
  case empty
  case intact
  case exportSummary
  case sinceOption
  case badSince
  case logGroup
  case salvageSummary
  case intoOption
  case intoRequired
  case salvageStopped
  case noLog
  case insideSource
  case notEmpty
  case salvaged
  case checkpointSummary
  case asOfRequired
  case checkpointWritten
  case checkpointFailed
  case checkpointsHeading
  case checkpointNotPassed
  case checkpointLine
  case checkpointUnusable

  var template: MessageTemplate {
    switch self {
    case .forgetSummary:
      MessageTemplate(
        kk: "сұраныс бойынша білім алушының жеке деректерін жою",
        ru: "удалить персональные данные обучающегося по запросу",
        en: "erase a learner's personal data on request")
    case .forgetReasonOption:
      MessageTemplate(
        kk: "жою негізі (өтініш нөмірі); жеке деректерсіз",
        ru: "основание удаления (номер заявления); без персональных данных",
        en: "grounds for erasure (request number); no personal data")
    case .alreadyErased:
      MessageTemplate(
        kk: "ЖСН {iin} деректері {date} күні жойылған; ештеңе өзгермеді",
        ru: "данные ИИН {iin} удалены {date}; ничего не изменено",
        en: "the data of IIN {iin} was erased on {date}; nothing changed")
    case .reasonRequired:
      MessageTemplate(
        kk: "--reason міндетті: жою негізін жазыңыз (мысалы, өтініш нөмірі)",
        ru: "нужен --reason: укажите основание удаления (например, номер заявления)",
        en: "--reason is required: give the grounds for erasure (e.g. the request number)")
    case .unknownIIN:
      MessageTemplate(
        kk: "қорғалған қоймада ЖСН {iin} жоқ (бұрын жойылған болуы мүмкін); ештеңе өзгермеді",
        ru: "в хранилище нет ИИН {iin} (возможно, уже удалён); ничего не изменено",
        en: "no IIN {iin} in the vault (perhaps already erased); nothing changed")
    case .vaultFailed:
      MessageTemplate(
        kk:
          "жою оқиғасы жазылды, бірақ қорғалған қойманы сақтау мүмкін болмады (команданы қайта іске қосыңыз)",
        ru: "событие удаления записано, но хранилище не сохранено (повторите команду)",
        en: "the erasure was recorded but the vault could not be saved (run the command again)")
    case .done:
      MessageTemplate(
        kk: "{learner} білім алушысының жеке деректері жойылды; жолы атаусыз сақталды",
        ru: "персональные данные обучающегося {learner} удалены; путь сохранён обезличенно",
        en: "personal data of learner {learner} erased; the path stays, pseudonymous")
    case .statsSummary:
      MessageTemplate(
        kk: "журнал туралы мәліметтер",
        ru: "сведения о журнале",
        en: "what the log holds")
    case .segments:
      MessageTemplate(
        kk: "сегменттер",
        ru: "сегменты",
        en: "segments")
    case .events:
      MessageTemplate(
        kk: "оқиғалар",
        ru: "события",
        en: "events")
    case .bytes:
      MessageTemplate(
        kk: "байт",
        ru: "байт",
        en: "bytes")
    case .streams:
      MessageTemplate(
        kk: "ағындар",
        ru: "потоки",
        en: "streams")
    case .lastSequence:
      MessageTemplate(
        kk: "соңғы нөмір",
        ru: "последний номер",
        en: "last sequence")
    case .verifySummary:
      MessageTemplate(
        kk: "журналдың бүтіндігін тексеру (бақылау сомалары, реттілік, оқиғалар)",
        ru: "проверить целостность журнала (контрольные суммы, порядок, события)",
        en: "check the log's integrity (checksums, order, events)")
    case .empty:
      MessageTemplate(
        kk: "{path}: журнал әлі бос",
        ru: "{path}: журнал пока пуст",
        en: "{path}: the log is empty")
    case .intact:
      MessageTemplate(
        kk:
          "{path}: журнал бүтін — {segments} сегмент, {records} жазба, {batches} топ, барлық {events} оқиға оқылады",
        ru:
          "{path}: журнал цел — сегментов: {segments}, записей: {records}, пакетов: {batches}; все события ({events}) читаются",
        en:
          "{path}: log intact — {segments} segments, {records} records, {batches} batches, all {events} events decode"
      )
    case .exportSummary:
      MessageTemplate(
        kk: "оқиғаларды JSONL не CSV түрінде шығару (жеке деректерсіз)",
        ru: "выгрузить события в JSONL или CSV (без персональных данных)",
        en: "export the events as JSONL or CSV (no personal data)")
    case .sinceOption:
      MessageTemplate(
        kk: "осы нөмірден бастап",
        ru: "начиная с этого номера",
        en: "from this sequence on")
    case .badSince:
      MessageTemplate(
        kk: "--since: оң бүтін сан керек, «{text}» берілді",
        ru: "--since: нужно целое положительное число, дано «{text}»",
        en: "--since: expected a positive whole number, found '{text}'")
    case .logGroup:
      MessageTemplate(
        kk: "оқиғалар журналы",
        ru: "журнал событий",
        en: "the event log")
    case .salvageSummary:
      MessageTemplate(
        kk: "бүлінген журналдың бүтін топтарын жаңа деректер каталогына көшіру",
        ru: "скопировать целые пакеты повреждённого журнала в новый каталог данных",
        en: "copy the intact batches of a damaged log into a new data directory")
    case .intoOption:
      MessageTemplate(
        kk: "жаңа (бос) деректер каталогы",
        ru: "новый (пустой) каталог данных",
        en: "the new (empty) data directory")
    case .checkpointSummary:
      MessageTemplate(
        kk: "күн жағдай бойынша қиманы жазу: сол күнгі есептер мен шешімдер тез оқылады",
        ru: "записать срез по состоянию на дату: отчёты и решения на эту дату читаются быстро",
        en: "write a checkpoint, the state as of a date: reports and decisions as of it read fast")
    case .asOfRequired:
      MessageTemplate(
        kk: "--as-of ЖЖЖЖ-АА-КК міндетті: қима қай күн жағдай бойынша жазылатынын көрсетіңіз",
        ru: "нужен --as-of ГГГГ-ММ-ДД: дата, по состоянию на которую записать срез",
        en: "--as-of YYYY-MM-DD is required: the date the checkpoint is as of")
    case .checkpointWritten:
      MessageTemplate(
        kk:
          "{date} жағдай бойынша қима жазылды: {learners} білім алушы, журналдың №{sequence} оқиғасына дейін ({file})",
        ru:
          "срез по состоянию на {date} записан: обучающихся — {learners}, журнал до события №{sequence} включительно ({file})",
        en:
          "checkpoint as of {date} written: {learners} learners, the log through event #{sequence} ({file})"
      )
    case .checkpointFailed:
      MessageTemplate(
        kk: "{file} қимасы жазылмады; журнал мен деректер өзгермеді",
        ru: "срез {file} не записан; журнал и данные не изменены",
        en: "the checkpoint {file} could not be written; the log and the data are unchanged")
    case .checkpointNotPassed:
      MessageTemplate(
        kk:
          "--as-of {date}: қима өткен күн жағдай бойынша жазылады (бүгін {today}); бүгін мен одан кейінгі күндер жағдай бойынша ағымдағы күй жауап береді; ештеңе жазылмады",
        ru:
          "--as-of {date}: срез записывается на прошедший день (сегодня {today}); на сегодня и позже отвечает текущее состояние; ничего не записано",
        en:
          "--as-of {date}: a checkpoint is of a day that has passed (today is {today}); as of today and later the current state answers; nothing written"
      )
    case .checkpointsHeading:
      MessageTemplate(
        kk: "күн жағдай бойынша қималар",
        ru: "срезы по состоянию на дату",
        en: "checkpoints")
    case .checkpointLine:
      MessageTemplate(
        kk:
          "{date} жағдай бойынша: журналдың №{sequence} оқиғасына дейін (одан кейін {behind} оқиға)",
        ru: "по состоянию на {date}: журнал до события №{sequence} (событий после него: {behind})",
        en: "as of {date}: the log through event #{sequence} ({behind} events behind)")
    case .checkpointUnusable:
      MessageTemplate(
        kk:
          "{file}: пайдаланылмайды (басқа журналдікі, басқа форматта, зақымдалған, басқа күнге аталған не кәдімгі файл емес); журналға келесі жазу оны өшіреді",
        ru:
          "{file}: не используется (от другого журнала, другого формата, повреждён, назван другой датой или не обычный файл); следующая запись в журнал удалит его",
        en:
          "{file}: not used (of another log or format, damaged, named for another date, or not a plain file); the next write to the log deletes it"
      )
    case .intoRequired:
      MessageTemplate(
        kk: "--into ЖАҢА-КАТАЛОГ міндетті: бүтін жазбалар сонда көшіріледі",
        ru: "нужен --into НОВЫЙ-КАТАЛОГ: туда копируются целые записи",
        en: "--into NEW-DIR is required: the intact records are copied there")
    case .salvageStopped:
      MessageTemplate(
        kk: "құтқару тоқтады",
        ru: "спасение прервано",
        en: "salvage stopped")
    case .noLog:
      MessageTemplate(
        kk: "{path} ішінде журнал жоқ",
        ru: "в {path} нет журнала",
        en: "no log in {path}")
    case .insideSource:
      MessageTemplate(
        kk: "{path} бүлінген деректер каталогының ішінде: басқа каталогты көрсетіңіз",
        ru: "{path} внутри повреждённого каталога данных: укажите другой каталог",
        en: "{path} is inside the damaged data directory: give another directory")
    case .notEmpty:
      MessageTemplate(
        kk: "{path} бос емес: жаңа немесе бос каталогты көрсетіңіз",
        ru: "{path} не пуст: укажите новый или пустой каталог",
        en: "{path} is not empty: give a new or empty directory")
    case .salvaged:
      MessageTemplate(
        kk:
          "{copied} жазба {target} ішіне көшірілді, әр жазба өз нөмірімен (жоғалғандардың орнында белгі); қорғалған қойма: {files}. Тексеріңіз: jol log verify --data {target}",
        ru:
          "скопировано записей: {copied} в {target}, каждая под своим номером (на месте потерянных — отметки); хранилище: {files}. Проверьте: jol log verify --data {target}",
        en:
          "{copied} records copied into {target}, each under its own sequence number (placeholders where records were lost); vault: {files}. Check it: jol log verify --data {target}"
      )
    }
  }
}
