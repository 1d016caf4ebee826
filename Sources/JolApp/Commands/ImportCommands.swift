import JolModel

/// `jol import learners|stages|grades|demand|institutions FILE`: one command per kind of file.
struct ImportCommand<Kind: ImportKind>: Command {
  let name: String
  let summary: LocalizedText
  var synopsis: String { "FILE [--dry-run] [--effective YYYY-MM-DD] [--format text|json]" }
  var options: [OptionSpec] {
    [
      OptionSpec(
        "dry-run",
        help: LocalizedText(
          kk: "тек тексеру: ештеңе жазбау", ru: "только проверить, ничего не записывать",
          en: "check only, write nothing")),
      OptionSpec(
        "effective", value: "YYYY-MM-DD",
        help: LocalizedText(
          kk: "күні көрсетілмеген жолдардың күні (әдепкі: бүгін)",
          ru: "дата для строк без даты (по умолчанию: сегодня)",
          en: "the date of rows that give none (default: today)")),
      .format([.text, .json]),
    ] + Kind.options
  }
  var positionalCount: ClosedRange<Int> { 1...1 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    try ImportRun<Kind>(kindName: name, arguments: arguments, context: context).run()
  }
}

/// `jol import …`: intake from the spreadsheets schools, colleges and enterprises send.
enum ImportCommands {
  static let group = CommandGroup(
    name: "import",
    summary: LocalizedText(
      kk: "кестелерден деректерді енгізу (CSV)", ru: "загрузка данных из таблиц (CSV)",
      en: "intake from spreadsheets (CSV)"),
    children: [
      .command(
        ImportCommand<InstitutionImport>(
          name: "institutions",
          summary: LocalizedText(
            kk: "өңірдің мектептері, колледждері, ЖОО-лары мен кәсіпорындары",
            ru: "школы, колледжи, вузы и предприятия региона",
            en: "the region's schools, colleges, universities and enterprises"))),
      .command(
        ImportCommand<LearnerImport>(
          name: "learners",
          summary: LocalizedText(
            kk: "мектеп тізімі: білім алушылар, сыныптар, санаттар",
            ru: "список школы: обучающиеся, классы, категории",
            en: "a school roster: learners, classes, categories"))),
      .command(
        ImportCommand<StageImport>(
          name: "stages",
          summary: LocalizedText(
            kk: "кезеңдер арасындағы ауысулар: колледжге түсу, бітіру, жұмысқа орналасу…",
            ru: "переходы между этапами: поступление, выпуск, трудоустройство…",
            en: "transitions: admission, graduation, employment…"))),
      .command(
        ImportCommand<GradeImport>(
          name: "grades",
          summary: LocalizedText(
            kk: "оқу кезеңінің нәтижелері: орташа балл, қатысу, бағалар",
            ru: "итоги учебного периода: средний балл, посещаемость, оценки",
            en: "term results: GPA, attendance, grades"))),
      .command(
        ImportCommand<DemandImport>(
          name: "demand",
          summary: LocalizedText(
            kk: "жұмыс берушілердің мамандар қажеттілігі",
            ru: "потребность работодателей в специалистах",
            en: "employers' demand for specialists"))),
      .command(
        ImportCommand<ApplicationImport>(
          name: "applications",
          summary: LocalizedText(
            kk: "гранттар мен стипендияларға өтініштер",
            ru: "заявки на гранты и стипендии",
            en: "applications to grants and scholarships"))),
    ])
}
