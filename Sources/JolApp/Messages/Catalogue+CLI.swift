import JolModel

/// What the command line says: options, usage and help.
/// Adding a message: see ``MessageKey``.
enum CLIText: String, MessageKey {
  case repeatedOption
  case flagWithValue
  case missingValue
  case argumentCount
  case usage
  case command
  case commands
  case options
  case languageOption
  case dataOption
  case policiesOption
  case helpOption
  case formatOption
  case asOfOption
  case reasonGoesWith
  case notADate
  case unknownValue
  case jolSummary
  case helpHint
  case emptyPath
  case unknownCommand
  case didYouMeanWord
  case unknownOption
  case didYouMeanOption

  var template: MessageTemplate {
    switch self {
    case .repeatedOption:
      MessageTemplate(
        kk: "--{name} опциясы бір рет қана берілуі керек",
        ru: "параметр --{name} можно указать только один раз",
        en: "option --{name} may be given only once")
    case .flagWithValue:
      MessageTemplate(
        kk: "--{name} мән қабылдамайды",
        ru: "параметр --{name} не принимает значения",
        en: "option --{name} takes no value")
    case .missingValue:
      MessageTemplate(
        kk: "--{name} опциясынан кейін мән керек: {placeholder}",
        ru: "после --{name} нужно значение: {placeholder}",
        en: "option --{name} needs a value: {placeholder}")
    case .argumentCount:
      MessageTemplate(
        kk: "аргументтер саны {count}, ал күтілгені {range}. Қолданылуы: {usage}",
        ru: "получено аргументов: {count}, ожидается {range}. Использование: {usage}",
        en: "got {count} arguments, expected {range}. Usage: {usage}")
    case .usage:
      MessageTemplate(
        kk: "Қолданылуы",
        ru: "Использование",
        en: "Usage")
    case .command:
      MessageTemplate(
        kk: "команда",
        ru: "команда",
        en: "command")
    case .commands:
      MessageTemplate(
        kk: "Командалар",
        ru: "Команды",
        en: "Commands")
    case .options:
      MessageTemplate(
        kk: "Опциялар",
        ru: "Параметры",
        en: "Options")
    case .languageOption:
      MessageTemplate(
        kk: "хабарлар мен есептердің тілі",
        ru: "язык сообщений и отчётов",
        en: "language of messages and reports")
    case .dataOption:
      MessageTemplate(
        kk: "деректер каталогы (әдепкі: $JOL_DATA, әйтпесе ./jol-data)",
        ru: "каталог данных (по умолчанию $JOL_DATA, иначе ./jol-data)",
        en: "data directory (default: $JOL_DATA, else ./jol-data)")
    case .policiesOption:
      MessageTemplate(
        kk: "қағидалар каталогы (әдепкі: $JOL_POLICIES, әйтпесе ./Policies, әйтпесе кірістірілген)",
        ru: "каталог правил (по умолчанию $JOL_POLICIES, иначе ./Policies, иначе встроенные)",
        en: "policies directory (default: $JOL_POLICIES, else ./Policies, else the built-in ones)")
    case .helpOption:
      MessageTemplate(
        kk: "осы анықтаманы көрсету",
        ru: "показать эту справку",
        en: "show this help")
    case .formatOption:
      MessageTemplate(
        kk: "шығыс пішімі",
        ru: "формат вывода",
        en: "output format")
    case .asOfOption:
      MessageTemplate(
        kk: "қай күнгі жағдай бойынша (әдепкі: бүгін)",
        ru: "на какую дату (по умолчанию: сегодня)",
        en: "the date to decide as of (default: today)")
    case .reasonGoesWith:
      MessageTemplate(
        kk: "--{option} және --reason МӘТІН бірге беріледі",
        ru: "--{option} и --reason ТЕКСТ указываются вместе",
        en: "--{option} and --reason TEXT go together")
    case .notADate:
      MessageTemplate(
        kk: "--{name}: «{text}» күн емес; ЖЖЖЖ-АА-КК күтілді, мысалы 2026-09-01",
        ru: "--{name}: «{text}» — не дата; ожидается ГГГГ-ММ-ДД, например 2026-09-01",
        en: "--{name}: '{text}' is not a date; expected YYYY-MM-DD, e.g. 2026-09-01")
    case .unknownValue:
      MessageTemplate(
        kk: "{option}: «{value}» белгісіз; мүмкін мәндер: {list}",
        ru: "{option}: неизвестное значение «{value}»; допустимо: {list}",
        en: "{option}: unknown value '{value}'; expected one of: {list}")
    case .jolSummary:
      MessageTemplate(
        kk: "өңірлік білім беру-өндірістік кластердің білім алушылар тізілімі",
        ru: "реестр обучающихся регионального образовательно-производственного кластера",
        en: "the learner record of a regional education-production cluster")
    case .helpHint:
      MessageTemplate(
        kk: "Анықтама: {path} --help",
        ru: "Справка: {path} --help",
        en: "Help: {path} --help")
    case .emptyPath:
      MessageTemplate(
        kk: "{name}: бос жол; каталогты көрсетіңіз",
        ru: "{name}: пустой путь; укажите каталог",
        en: "{name}: an empty path; give a directory")
    case .unknownCommand:
      MessageTemplate(
        kk: "«{word}» деген команда жоқ{hint}. Командалар: {list}",
        ru: "нет команды «{word}»{hint}. Команды: {list}",
        en: "no command '{word}'{hint}. Commands: {list}")
    case .didYouMeanWord:
      MessageTemplate(
        kk: "; «{near}» болуы мүмкін бе?",
        ru: "; может быть, «{near}»?",
        en: "; did you mean '{near}'?")
    case .unknownOption:
      MessageTemplate(
        kk: "белгісіз опция --{name}{hint}",
        ru: "неизвестный параметр --{name}{hint}",
        en: "unknown option --{name}{hint}")
    case .didYouMeanOption:
      MessageTemplate(
        kk: "; --{near} болуы мүмкін бе?",
        ru: "; может быть, --{near}?",
        en: "; did you mean --{near}?")
    }
  }
}
