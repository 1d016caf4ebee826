import JolModel

/// What `jol generate` says. Adding a message: see ``MessageKey``.
enum GenerateText: String, MessageKey {
  case group
  case regionSummary
  case outHelp
  case seedHelp
  case needsOut
  case badSeed
  case generating
  case wrote
  case fileColumn
  case importColumn
  case rowsColumn
  case instrumentColumn
  case fictional

  var template: MessageTemplate {
    switch self {
    case .group:
      MessageTemplate(
        kk: "синтетикалық деректер жасау",
        ru: "создание синтетических данных",
        en: "make synthetic data")
    case .regionSummary:
      MessageTemplate(
        kk: "үлгі өңірді импорт қабылдайтын CSV файлдары ретінде жазу (ойдан шығарылған адамдар)",
        ru: "записать пример региона как CSV-файлы, которые принимает импорт (вымышленные люди)",
        en: "write a sample region as the CSV files the imports accept (fictional people)")
    case .outHelp:
      MessageTemplate(
        kk: "файлдар жазылатын каталог (бос болуы не бұрын осы командамен жазылған болуы керек)",
        ru: "каталог для файлов (пустой или ранее записанный этой командой)",
        en: "the directory to write to (empty, or written by this command before)")
    case .seedHelp:
      MessageTemplate(
        kk: "кездейсоқ сандар бастамасы: бір бастама — бірдей файлдар (әдепкі: 2026)",
        ru: "начальное значение генератора: одно значение — одинаковые файлы (по умолчанию 2026)",
        en: "the random seed: the same seed writes the same bytes (default: 2026)")
    case .needsOut:
      MessageTemplate(
        kk: "--out DIR керек: файлдар қай каталогқа жазылатынын көрсетіңіз",
        ru: "нужен --out DIR: укажите каталог для файлов",
        en: "--out DIR is needed: name the directory to write to")
    case .badSeed:
      MessageTemplate(
        kk: "--seed мәні теріс емес бүтін сан болуы керек: '{text}'",
        ru: "--seed должен быть неотрицательным целым числом: '{text}'",
        en: "--seed must be a whole number, zero or more: '{text}'")
    case .generating:
      MessageTemplate(
        kk: "{count} білім алушысы бар өңір жасалуда…",
        ru: "создаётся регион с {count} обучающимися…",
        en: "generating a region of {count} learners…")
    case .fileColumn: MessageTemplate(kk: "файл", ru: "файл", en: "file")
    case .importColumn: MessageTemplate(kk: "импорт түрі", ru: "вид импорта", en: "import")
    case .rowsColumn: MessageTemplate(kk: "жолдар", ru: "строк", en: "rows")
    case .instrumentColumn: MessageTemplate(kk: "әдістеме", ru: "методика", en: "instrument")
    case .fictional:
      MessageTemplate(
        kk:
          "Синтетикалық деректер: мұндағы барлық адам, мектеп, колледж, университет және кәсіпорын ойдан шығарылған, кез келген сәйкестік кездейсоқ. Аудандар — Қостанай облысының нақты ҚАТО бірліктері; үлестер — үлгі сандар. Импорт реті: intake/ ішіндегі файлдар `jol generate region` кестесіндегі ретпен, содан кейін диагностика файлдары.",
        ru:
          "Синтетические данные: все люди, школы, колледжи, университет и предприятия здесь вымышлены, любые совпадения случайны. Районы — реальные единицы КАТО Костанайской области; доли — примерные цифры. Порядок импорта: файлы intake/ в порядке таблицы `jol generate region`, затем файлы диагностики.",
        en:
          "Synthetic data: every person, school, college, university and enterprise here is fictional; any likeness is chance. The districts are real KATO units of Kostanay region; the shares are sample figures. Import order: the files in intake/ in the order of the `jol generate region` table, then the diagnostics files."
      )
    case .wrote:
      MessageTemplate(
        kk: "{directory}: {files} файл жазылды; импорт реті — осы тізім бойынша",
        ru: "{directory}: записано файлов — {files}; импортируйте в порядке списка",
        en: "{directory}: {files} files written; import them in the order listed")
    }
  }
}
