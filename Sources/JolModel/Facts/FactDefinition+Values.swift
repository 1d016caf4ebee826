/// Reading and clearing a fact in ``Facts`` through its storage: one mechanism for every fact
/// of a type, so no fact can read another's value.
extension FactDefinition {
  /// The fact's value in `facts` on `date`, nil when unknown (`age` falls back to
  /// `birth_date` on the date).
  public func value(in facts: Facts, on date: CivilDate) -> Value? {
    switch storage {
    case .enumeration(let words), .code(let words): words.get(facts).map { .text($0) }
    case .integer(let field): field.read(facts, on: date).map { .integer(Int64($0)) }
    case .decimal(let field): field.read(facts, on: date).map { .decimal($0) }
    case .percent(let field): field.read(facts, on: date).map { .percent($0) }
    case .date(let field): field.read(facts, on: date).map { .date($0) }
    case .bool(let field): field.read(facts, on: date).map { .bool($0) }
    case .set(let set): set.get(facts).map { .set($0) }
    }
  }

  /// Makes the fact unknown in `facts`.
  public func clear(in facts: inout Facts) {
    switch storage {
    case .enumeration(let words), .code(let words): words.set(&facts, nil)
    case .integer(let field): field.set(&facts, nil)
    case .decimal(let field), .percent(let field): field.set(&facts, nil)
    case .date(let field): field.set(&facts, nil)
    case .bool(let field): field.set(&facts, nil)
    case .set(let set): set.set(&facts, nil)
    }
  }
}

extension Facts {
  /// The value of `fact`, or nil when unknown. `age` falls back to the birth date on `date`.
  public func value(of fact: Fact, asOf date: CivilDate) -> Value? {
    fact.definition.value(in: self, on: date)
  }

  /// Makes `fact` unknown.
  public mutating func clear(_ fact: Fact) { fact.definition.clear(in: &self) }
}
