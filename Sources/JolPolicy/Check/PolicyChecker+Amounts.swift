import JolModel

/// Amounts: fixed, by table, with percent supplements; money in tenge with a period.
extension PolicyChecker {
  mutating func checkAmount() -> CompiledAmount? {
    guard let decl = syntax.amount else { return nil }
    switch decl.kind {
    case .fixed(let literal):
      guard let operand = operand(literal, .money, "the amount") else { return nil }
      return CompiledAmount(kind: .fixed(operand), period: decl.period.value)
    case .table(let name, let rows):
      guard let fact = fact(name) else { return nil }
      guard fact.type == .enumeration || fact.type == .code else {
        sink.error(
          name.location,
          "an amount table looks up a fact with one word value (qualification_level, stage, …); '\(fact.rawValue)' is \(fact.type.rawValue)"
        )
        return nil
      }
      var table: [String: Operand] = [:]
      var otherwise: Operand?
      var ok = true
      for row in rows {
        let amount = operand(row.amount, .money, "the amount of this row")
        if amount == nil { ok = false }
        guard let key = row.value else {
          if otherwise != nil { sink.error(row.amount.location, "'otherwise' given twice") }
          otherwise = amount
          continue
        }
        guard let words = words(key, for: fact), words.count == 1 else {
          if key.kind == .list { sink.error(key.location, "one value per row, found a list") }
          ok = false
          continue
        }
        if table[words[0]] != nil {
          sink.error(
            key.location,
            "'\(words[0])' has two rows in the amount table: which amount applies would be a silent pick"
          )
          ok = false
        }
        table[words[0]] = amount ?? .constant(0)
      }
      if fact.type == .code && otherwise == nil {
        sink.error(
          name.location,
          "an amount table by '\(fact.rawValue)' needs an 'otherwise = AMOUNT' row: codes are an open set"
        )
      }
      if fact.type == .enumeration && otherwise == nil {
        let missing = fact.enumerationValues.filter { table[$0] == nil }
        if !missing.isEmpty {
          sink.error(
            name.location,
            "amount table has no row for \(missing.map { "'\($0)'" }.joined(separator: ", ")): add the rows or an 'otherwise = AMOUNT' row"
          )
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
        sink.error(decl.location, "a supplement needs an 'amount' to add to")
      }
      let rate = operand(decl.rate, .percent, "the supplement")
      guard let condition = typed(decl.condition), let rate else { continue }
      result.append(
        CompiledSupplement(
          rate: rate, condition: condition, test: ConditionCompiler.compile(condition),
          key: decl.key.value))
    }
    return result
  }
}
