import JolModel

extension PolicyOutlineRenderer {
  /// The labels of the summary.
  struct Words {
    let language: Language
    func pick(_ kk: String, _ ru: String, _ en: String) -> String {
      LocalizedText(kk: kk, ru: ru, en: en)[language]
    }
    var basis: String { pick("Құқықтық негізі", "Основание", "Legal basis") }
    var effective: String { pick("Күшінде", "Действует", "In effect") }
    var supersedes: String { pick("Орнына келеді", "Заменяет", "Supersedes") }
    var considers: String { pick("Кімді қарайды", "Кого рассматривает", "Considers") }
    var exclusive: String {
      pick("Бір топтан бір ғана марапат", "Только одна награда группы", "One award per group")
    }
    var parameters: String { pick("Параметрлер", "Параметры", "Parameters") }
    var criteria: String { pick("Талаптар", "Условия", "Criteria") }
    var waiver: String {
      pick("ерекшелік: талаптан босатады", "исключение: снимает условие", "waiver")
    }
    var enforced: String {
      pick("ерекшелік: талапты күшейтеді", "исключение: сохраняет отказ", "enforced")
    }
    var priority: String { pick("басымдығы", "приоритет", "priority") }
    var amount: String { pick("Сомасы", "Сумма", "Amount") }
    var otherwise: String { pick("басқа жағдайда", "в остальных случаях", "otherwise") }
    var round: String { pick("Конкурс", "Конкурс", "Round") }
    var rank: String { pick("Рейтинг", "Рейтинг", "Ranking") }
    var lottery: String { pick("Тең болса — жеребе", "При равенстве — жребий", "Ties by lottery") }
    var seats: String { pick("Орындар", "Мест", "Seats") }
    /// "36 of 120 seats"; a quota of 0 seats reads as such.
    func seatCount(_ count: Int, of total: Int) -> String {
      pick(
        "\(total) орынның \(count) орны", "\(count) из \(total) мест", "\(count) of \(total) seats")
    }
    var budget: String { pick("Бюджет", "Бюджет", "Budget") }
    var reserve: String { pick("Квота", "Квота", "Quota") }
    var unusedToGeneral: String {
      pick(
        "пайдаланылмаған орындар жалпы конкурсқа өтеді",
        "неиспользованные места переходят в общий конкурс", "unused seats go to the general pool")
    }
    var unusedStays: String {
      pick(
        "пайдаланылмаған орындар бос қалады", "неиспользованные места остаются свободными",
        "unused seats stay vacant")
    }
    func since(_ date: CivilDate) -> String {
      pick("\(date) бастап", "с \(date)", "from \(date)")
    }
    func consider(_ mode: ConsiderMode) -> String {
      switch mode {
      case .all:
        pick(
          "талаптарға сай барлық білім алушылар", "все подходящие обучающиеся",
          "every matching learner")
      case .applicants: pick("өтініш бергендер ғана", "только подавшие заявку", "applicants only")
      }
    }
  }
}
