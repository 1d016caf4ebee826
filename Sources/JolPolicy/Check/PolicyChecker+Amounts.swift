import JolModel

/// Amounts: fixed, by table, with percent supplements; money in tenge with a period.
///
/// A row of a table may name one value, a list `[a, b]` or a list name: each value of the list
/// gets the row's amount (`deficit = def_amount` for every code of `list deficit`). A value in
/// two rows is an error at the second.
extension PolicyChecker {
  mutating func checkAmount() -> CompiledAmount? {
    guard let decl = syntax.amount else { return nil }
    switch decl.kind {
    case .fixed(let literal):
      guard let operand = operand(literal, .money, .theAmount) else { return nil }
      return CompiledAmount(kind: .fixed(operand), period: decl.period.value)
    case .table(let name, let rows):
      guard let fact = fact(name) else { return nil }
      guard fact.type == .enumeration || fact.type == .code else {
        sink.error(name.location, .tableNeedsWordFact(fact))
        return nil
      }
      var table: [String: Operand] = [:]
      var otherwise: Operand?
      var ok = true
      for row in rows {
        let amount = operand(row.amount, .money, .rowAmount)
        if amount == nil { ok = false }
        guard let key = row.value else {
          if otherwise != nil { sink.error(row.amount.location, .otherwiseTwice) }
          otherwise = amount
          continue
        }
        guard let words = words(key, for: fact) else {
          ok = false
          continue
        }
        for word in words {
          if table[word] != nil {
            sink.error(key.location, .twoRows(word))
            ok = false
          }
          table[word] = amount ?? .constant(0)
        }
      }
      if fact.type == .code && otherwise == nil {
        sink.error(name.location, .codeTableNeedsOtherwise(fact))
      }
      if fact.type == .enumeration && otherwise == nil {
        let missing = fact.enumerationValues.filter { table[$0] == nil }
        if !missing.isEmpty {
          sink.error(name.location, .missingRows(missing))
        }
      }
      guard ok else { return nil }
      return CompiledAmount(
        kind: .table(fact: fact, rows: table, otherwise: otherwise), period: decl.period.value)
    }
  }

  mutating func checkSupplements(hasAmount: Bool) -> [CompiledSupplement] {
    var result: [CompiledSupplement] = []
    for decl in syntax.supplements {
      useReason(decl.key)
      if !hasAmount && syntax.amount == nil {
        sink.error(decl.location, .supplementWithoutAmount)
      }
      let rate = operand(decl.rate, .percent, .theSupplement)
      guard let condition = typed(decl.condition), let rate else { continue }
      result.append(
        CompiledSupplement(
          rate: rate, condition: condition, test: ConditionCompiler.compile(condition),
          key: decl.key.value))
    }
    return result
  }
}

extension Diagnostic.Message {
  fileprivate static let theAmount = Self(kk: "сома", ru: "суммы", en: "the amount")

  fileprivate static let rowAmount = Self(
    kk: "осы жолдың сомасы", ru: "суммы этой строки", en: "the amount of this row")

  fileprivate static let theSupplement = Self(kk: "үстеме", ru: "надбавки", en: "the supplement")

  fileprivate static func tableNeedsWordFact(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    return Self(
      kk:
        "сомалар кестесі бір сөзден тұратын мәні бар факт бойынша құрылады (qualification_level, stage, …); '\(name)' — \(type.kk)",
      ru:
        "таблица сумм строится по факту с одним словом-значением (qualification_level, stage, …); '\(name)' — \(type.ru)",
      en:
        "an amount table looks up a fact with one word value (qualification_level, stage, …); '\(name)' is \(type.en)"
    )
  }

  fileprivate static let otherwiseTwice = Self(
    kk: "'otherwise' екі рет берілген", ru: "'otherwise' задан дважды",
    en: "'otherwise' given twice")

  fileprivate static func twoRows(_ value: String) -> Self {
    Self(
      kk:
        "сомалар кестесінде '\(value)' үшін екі жол бар: қай сома қолданылатыны үнсіз таңдалар еді",
      ru: "для '\(value)' в таблице сумм две строки: какая сумма применится, решалось бы молча",
      en: "'\(value)' has two rows in the amount table: which amount applies would be a silent pick"
    )
  }

  fileprivate static func codeTableNeedsOtherwise(_ fact: Fact) -> Self {
    let name = fact.rawValue
    return Self(
      kk: "'\(name)' бойынша сомалар кестесіне 'otherwise = AMOUNT' жолы керек: кодтар жиыны ашық",
      ru: "таблице сумм по '\(name)' нужна строка 'otherwise = AMOUNT': множество кодов открыто",
      en: "an amount table by '\(name)' needs an 'otherwise = AMOUNT' row: codes are an open set")
  }

  fileprivate static func missingRows(_ values: [String]) -> Self {
    let list = values.map { "'\($0)'" }.joined(separator: ", ")
    return Self(
      kk:
        "сомалар кестесінде \(list) үшін жол жоқ: жолдарды немесе 'otherwise = AMOUNT' жолын қосыңыз",
      ru: "в таблице сумм нет строки для \(list): добавьте строки или строку 'otherwise = AMOUNT'",
      en: "amount table has no row for \(list): add the rows or an 'otherwise = AMOUNT' row")
  }

  fileprivate static let supplementWithoutAmount = Self(
    kk: "үстеме қосылатын 'amount' сомасы керек",
    ru: "надбавке нужна сумма 'amount', к которой она добавляется",
    en: "a supplement needs an 'amount' to add to")
}
