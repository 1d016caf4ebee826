// Import fixtures: files as Kazakhstan's offices export them. Kept as Swift text (not .csv
// files) so the test target needs no resource declaration; `spreadsheetExport` turns one into
// the bytes Excel writes for "CSV UTF-8" in a Kazakh or Russian locale: a byte-order mark,
// semicolons and CRLF line ends.

enum ImportFixtures {
  /// The region's organisations, Kazakh headers, Kazakh words for kinds and languages.
  static let institutions = """
    Коды;Түрі;Атауы (қаз);Атауы (орыс);Аудан;Оқыту тілдері;Мамандықтар;Орын саны
    KST-SCH-017;мектеп;№17 мектеп-гимназия;Школа-гимназия №17;391000000;қазақ, орыс;;
    KST-SCH-005;мектеп;№5 жалпы білім беретін мектеп;Общеобразовательная школа №5;391000000;орыс;;
    KST-COL-01;колледж;Қостанай политехникалық колледжі;Костанайский политехнический колледж;391000000;қазақ, орыс;"07150100:75; 1114000 (50)";
    KST-UNI-01;университет;Қостанай өңірлік университеті;Костанайский региональный университет;391000000;kk, ru;;
    940140000385;кәсіпорын;«Сарыарқа Агромаш» ЖШС;ТОО «Сарыарка Агромаш»;391000000;;07150100;40
    """

  /// Learners with Kazakh headers: a roster as a Kazakh-language school writes it.
  static let rosterKazakh = """
    ЖСН;Тегі;Аты;Әкесінің аты;Мектеп;Сынып;Тіл;Аудан;Облыс;Санаты;Күні;Телефон;Келісім;Заңды өкіл;Келісім мақсаты
    080315600016;Ахметова;Аружан;Серікқызы;KST-SCH-017;9Ә;қазақ;391000000;Қостанай облысы;"ауыл (01.09.2024); көп балалы";01.09.2026;+7 701 123 45 67;заңды өкіл;Ахметов Серік;білім жолын есепке алу
    070514500011;Бекенов;Нұрсұлтан;Ерланұлы;KST-SCH-017;10 А;қазақша;391000000;39;жетім;01.09.2026;;өзі;;білім жолын есепке алу
    100101500012;Иванов;Дмитрий;Сергеевич;KST-SCH-005;4Б;орыс;391000000;KZ-39;;01.09.2026;;;;
    """

  /// Learners with Russian headers, comma-separated, dates as DD.MM.YYYY.
  static let rosterRussian = """
    ИИН,Фамилия,Имя,Отчество,Школа,Класс,Буква класса,Язык обучения,Район,Область,Категория,Дата
    000229500018,Петров,Алексей,Иванович,KST-SCH-005,11,В,русский,391000000,Костанайская область,малообеспеченная,01.09.2026
    """

  /// Transitions with Russian headers and Russian words.
  static let stages = """
    ИИН;Этап;Организация;Специальность;Форма обучения;Финансирование;Язык обучения;Дата;Причина
    080315600016;школа;;;;;;30.06.2027;окончил
    080315600016;колледж;KST-COL-01;06130100;очная;госзаказ;русский;01.09.2027;зачислен
    070514500011;предприятие;940140000385;;;;;15.09.2027;трудоустроен
    """

  /// Term results with Kazakh headers and decimal commas.
  static let grades = """
    ЖСН;Оқу кезеңі;Орташа балл;Қатысу;Бағалар;Күні
    080315600016;2026-1;4,5;96%;"Математика:5; Физика:4";25.12.2026
    070514500011;2026-1;3,8;88,5;Математика:3;25.12.2026
    """

  /// Employer demand with Russian headers; an old seven-digit specialty code.
  static let demand = """
    БИН;Специальность;Количество;Год
    940140000385;07150100;12;2027
    940140000385;1114000;3;2028
    """

  /// A roster with four mistakes on three lines: a check digit, a grade, a language (reading)
  /// and an unknown school (against the registered institutions).
  static let rosterWithErrors = """
    ЖСН;Тегі;Аты;Мектеп;Сынып;Тіл;Аудан;Облыс
    080315600017;Ахметова;Аружан;KST-SCH-017;9Ә;қазақ;391000000;39
    070514500011;Бекенов;Нұрсұлтан;KST-SCH-017;13А;неміс;391000000;39
    100101500012;Иванов;Дмитрий;KST-SCH-999;4Б;орыс;391000000;39
    """

  /// Every IIN, surname and name in the fixtures: none may appear in the log.
  static let personalData = [
    "080315600016", "070514500011", "100101500012", "000229500018", "Ахметова", "Аружан",
    "Серікқызы", "Ахметов Серік", "Бекенов", "Нұрсұлтан", "Иванов", "Дмитрий", "Петров", "Алексей",
    "+7 701 123 45 67",
  ]

  /// The bytes of a spreadsheet export of `text`: UTF-8 with a byte-order mark and CRLF.
  static func spreadsheetExport(_ text: String) -> [UInt8] {
    [0xEF, 0xBB, 0xBF] + Array((text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n").utf8)
  }
}
