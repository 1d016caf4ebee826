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
      var step: Operand?
      if let literal = decl.step {
        step = operand(literal, .money, .theRoundingStep)
        if let step, let bad = allValues(step).first(where: { $0 <= 0 }) {
          sink.error(literal.location, .roundingStepNotPositive(Money(tiyn: bad)))
        }
      }
      guard let condition = typed(decl.condition), let rate else { continue }
      result.append(
        CompiledSupplement(
          rate: rate, step: step, condition: condition, test: ConditionCompiler.compile(condition),
          key: decl.key.value))
    }
    return result
  }
}

extension Diagnostic.Message {
  fileprivate static let theAmount = CheckMessage.theAmount.text()

  fileprivate static let rowAmount = CheckMessage.rowAmount.text()

  fileprivate static let theSupplement = CheckMessage.theSupplement.text()

  fileprivate static func tableNeedsWordFact(_ fact: Fact) -> Self {
    let name = fact.rawValue
    let type = fact.type.display
    return CheckMessage.tableNeedsWordFact.text(["name": name, "type": type])
  }

  fileprivate static let otherwiseTwice = CheckMessage.otherwiseTwice.text()

  fileprivate static func twoRows(_ value: String) -> Self {
    CheckMessage.twoRows.text(["value": value])
  }

  fileprivate static func codeTableNeedsOtherwise(_ fact: Fact) -> Self {
    let name = fact.rawValue
    return CheckMessage.codeTableNeedsOtherwise.text(["name": name])
  }

  fileprivate static func missingRows(_ values: [String]) -> Self {
    let list = values.map { "'\($0)'" }.joined(separator: ", ")
    return CheckMessage.missingRows.text(["list": list])
  }

  fileprivate static let supplementWithoutAmount = CheckMessage.supplementWithoutAmount.text()

  fileprivate static let theRoundingStep = CheckMessage.theRoundingStep.text()

  fileprivate static func roundingStepNotPositive(_ step: Money) -> Self {
    CheckMessage.roundingStepNotPositive.text(["value": step.description])
  }
}
