/// Reading and clearing a fact in ``Facts`` through its storage: one mechanism for every fact
/// of a type, so no fact can read another's value.
extension FactDefinition {
  /// The fact's value in `facts` on `date`, nil when unknown (`age` falls back to
  /// `birth_date` on the date).
  public func value(in facts: Facts, on date: CivilDate) -> Value? {
    valueReader(facts, date)
  }

  /// How ``value(in:on:)`` reads the storage, made once: a switch over the storage at each
  /// read would copy (and count references to) every closure of its case, and explanations
  /// read values for every learner on every core.
  static func valueReader(_ storage: FactStorage) -> @Sendable (Facts, CivilDate) -> Value? {
    switch storage {
    case .enumeration(let words), .code(let words):
      let get = words.get
      return { facts, _ in get(facts).map { .text($0) } }
    case .integer(let field): return { field.read($0, on: $1).map { .integer(Int64($0)) } }
    case .decimal(let field): return { field.read($0, on: $1).map { .decimal($0) } }
    case .percent(let field): return { field.read($0, on: $1).map { .percent($0) } }
    case .date(let field): return { field.read($0, on: $1).map { .date($0) } }
    case .bool(let field): return { field.read($0, on: $1).map { .bool($0) } }
    case .set(let set):
      let get = set.get
      return { facts, _ in get(facts).map { .set($0) } }
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
