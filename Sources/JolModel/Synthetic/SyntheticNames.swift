/// Given names, surnames and fathers' names for synthetic learners: common Kazakh and Russian
/// names of Kostanay region, so that rosters look like the ones schools send. Fictional people:
/// any match with a real person is chance.
enum SyntheticNames {
  /// A Kazakh surname in its male and female forms.
  struct Surname {
    let male: String
    let female: String
  }

  static let kazakhBoys = [
    "Нұрсұлтан", "Алихан", "Ерасыл", "Диас", "Әлинұр", "Бекзат", "Темірлан", "Айбар", "Нұрислам",
    "Ерназар", "Санжар", "Арсен", "Ілияс", "Қуаныш", "Мирас", "Дәулет",
  ]
  static let kazakhGirls = [
    "Аружан", "Әйгерім", "Дана", "Жансая", "Айым", "Томирис", "Іңкәр", "Мөлдір", "Аяулым",
    "Гүлназ", "Сабина", "Нұрай", "Әсел", "Жұлдыз", "Аида", "Ақбота",
  ]
  static let kazakhSurnames = [
    Surname(male: "Ахметов", female: "Ахметова"), Surname(male: "Сейітқали", female: "Сейітқали"),
    Surname(male: "Жұмабаев", female: "Жұмабаева"), Surname(male: "Омаров", female: "Омарова"),
    Surname(male: "Нұрланұлы", female: "Нұрланқызы"), Surname(male: "Қасымов", female: "Қасымова"),
    Surname(male: "Есенов", female: "Есенова"), Surname(male: "Тоқтаров", female: "Тоқтарова"),
    Surname(male: "Бекмұхамбетов", female: "Бекмұхамбетова"),
    Surname(male: "Сәрсенбаев", female: "Сәрсенбаева"), Surname(male: "Әбілов", female: "Әбілова"),
    Surname(male: "Мұқанов", female: "Мұқанова"),
  ]
  /// Fathers' names; a patronymic is the name with -ұлы (son) or -қызы (daughter).
  static let kazakhFathers = [
    "Серік", "Ерлан", "Болат", "Нұрлан", "Асқар", "Бауыржан", "Марат", "Қайрат", "Ержан", "Талғат",
  ]
  static let russianBoys = [
    "Артём", "Максим", "Данил", "Кирилл", "Никита", "Иван", "Егор", "Матвей", "Алексей", "Дмитрий",
  ]
  static let russianGirls = [
    "Анастасия", "Мария", "Дарья", "Полина", "Виктория", "Алина", "Софья", "Ксения", "Екатерина",
    "Валерия",
  ]
  static let russianSurnames = [
    Surname(male: "Иванов", female: "Иванова"), Surname(male: "Кузнецов", female: "Кузнецова"),
    Surname(male: "Ткаченко", female: "Ткаченко"), Surname(male: "Шевченко", female: "Шевченко"),
    Surname(male: "Петров", female: "Петрова"), Surname(male: "Волков", female: "Волкова"),
    Surname(male: "Морозов", female: "Морозова"), Surname(male: "Лебедев", female: "Лебедева"),
  ]
  /// Fathers' names with the Russian patronymic endings: (son, daughter).
  static let russianPatronymics = [
    ("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"),
    ("Владимирович", "Владимировна"),
    ("Николаевич", "Николаевна"), ("Андреевич", "Андреевна"), ("Игоревич", "Игоревна"),
  ]
}
