import JolModel

/// What `jol match …` says: its help, the column titles of `jol match solve` and its summary.
/// Terms: `Policies/GLOSSARY.md` (тәлімгер / наставник, кәсіпорын / предприятие, білім алушы /
/// обучающийся). Adding a message: see `MessageKey`.
enum MatchCommandText: String, MessageKey {
  case matchGroup
  case solveSummary
  case seedOption
  case badSeed
  case warning
  case errorsFound
  case studentColumn
  case mentorColumn
  case choiceColumn
  case explanationColumn
  case enterpriseColumn
  case capacityColumn
  case admittedColumn
  case cutoffColumn
  case summary

  var template: MessageTemplate {
    switch self {
    case .matchGroup:
      MessageTemplate(
        kk: "тұрақты бөлу: білім алушыларды тәлімгерлерге бөлу (деректер каталогынсыз)",
        ru: "устойчивое распределение обучающихся по наставникам (без каталога данных)",
        en: "stable assignment of students to mentors (no data directory)")
    case .solveSummary:
      MessageTemplate(
        kk: "JSON файлындағы есепті шешу, тұрақтылығын тексеру және әр білім алушыға түсіндіру",
        ru: "решить задачу из JSON-файла, проверить устойчивость и объяснить каждому обучающемуся",
        en: "solve an instance file, verify stability and explain each student's outcome")
    case .seedOption:
      MessageTemplate(
        kk: "тең басымдықтарды шешетін жеребенің бастапқы саны (әдепкі 0)",
        ru: "начальное число жеребьёвки, решающей равные приоритеты (по умолчанию 0)",
        en: "seed of the lottery that breaks ties in priorities (default 0)")
    case .badSeed:
      MessageTemplate(
        kk: "--seed теріс емес бүтін сан болуы керек, ал берілгені: {text}",
        ru: "--seed должен быть неотрицательным целым числом, а указано: {text}",
        en: "--seed must be a non-negative whole number, not {text}")
    case .warning:
      MessageTemplate(
        kk: "ескерту: {text}",
        ru: "предупреждение: {text}",
        en: "warning: {text}")
    case .errorsFound:
      MessageTemplate(
        kk: "есепте қате бар: {count}",
        ru: "ошибок в задаче: {count}",
        en: "errors in the instance: {count}")
    case .studentColumn:
      MessageTemplate(kk: "Білім алушы", ru: "Обучающийся", en: "Student")
    case .mentorColumn:
      MessageTemplate(kk: "Тәлімгер", ru: "Наставник", en: "Mentor")
    case .choiceColumn:
      MessageTemplate(kk: "Таңдау №", ru: "Выбор №", en: "Choice #")
    case .explanationColumn:
      MessageTemplate(kk: "Түсіндірме", ru: "Объяснение", en: "Explanation")
    case .enterpriseColumn:
      MessageTemplate(kk: "Кәсіпорын", ru: "Предприятие", en: "Enterprise")
    case .capacityColumn:
      MessageTemplate(kk: "Орын саны", ru: "Мест", en: "Capacity")
    case .admittedColumn:
      MessageTemplate(kk: "Қабылданды", ru: "Принято", en: "Admitted")
    case .cutoffColumn:
      MessageTemplate(kk: "Өту шегі", ru: "Проходной", en: "Cutoff")
    case .summary:
      MessageTemplate(
        kk:
          "Бөлінгені: {students} білім алушының {matched}; бөлінбегені: {unmatched}; тексеру: бұзатын жұптар {blocking}, бұзушылықтар {violations}; жеребе: {seed}",
        ru:
          "Распределено: {matched} из {students}; не распределено: {unmatched}; проверка: блокирующих пар {blocking}, нарушений {violations}; жеребьёвка: {seed}",
        en:
          "Matched: {matched} of {students}; unmatched: {unmatched}; verified: {blocking} blocking pairs, {violations} violations; lottery seed: {seed}"
      )
    }
  }
}
