import JolModel

/// The unit a numeric value is held in at run time (all as Int64).
enum NumericKind: String, Sendable {
  /// Whole or decimal number, in ten-thousandths (FixedDecimal units): grade 4 is 40 000.
  case number
  /// Percent in ten-thousandths of a percent: 90% is 900 000.
  case percent
  /// Tenge in tiyn.
  case money
  /// Days since 1970-01-01.
  case date

  /// A run-time value as a typed ``Value``.
  func value(_ raw: Int64) -> Value {
    switch self {
    case .number:
      raw % FixedDecimal.scale == 0
        ? .integer(raw / FixedDecimal.scale) : .decimal(FixedDecimal(units: raw))
    case .percent: .percent(FixedDecimal(units: raw))
    case .money: .money(Money(tiyn: raw))
    case .date: .date(CivilDate(daysSinceEpoch: Int32(raw)))
    }
  }
}

/// The other side of a numeric comparison: a constant or a dated parameter.
enum Operand: Sendable, Equatable {
  case constant(Int64)
  /// Index into the policy's parameters.
  case parameter(Int)
}

/// A condition after type checking: facts resolved, literals converted to run-time units.
indirect enum TypedCondition: Sendable {
  case and([TypedCondition])
  case or([TypedCondition])
  case not(TypedCondition)
  case numeric(Fact, ComparisonOperator, Operand, NumericKind)
  /// The fact's value is one of the words (enumerations and codes).
  case member(Fact, Set<String>)
  case bool(Fact, Bool)
  case set(Fact, SetTest, [String])
  case known(Fact)

  /// Facts the condition reads, in order of first mention.
  var facts: [Fact] {
    var result: [Fact] = []
    collect(&result)
    return result
  }

  private func collect(_ result: inout [Fact]) {
    switch self {
    case .and(let parts), .or(let parts): for part in parts { part.collect(&result) }
    case .not(let inner): inner.collect(&result)
    case .numeric(let fact, _, _, _), .member(let fact, _), .bool(let fact, _),
      .set(let fact, _, _),
      .known(let fact):
      if !result.contains(fact) { result.append(fact) }
    }
  }

  /// Parameters the condition reads.
  var parameters: [Int] {
    switch self {
    case .and(let parts), .or(let parts): return parts.flatMap(\.parameters)
    case .not(let inner): return inner.parameters
    case .numeric(_, _, .parameter(let index), _): return [index]
    default: return []
    }
  }
}

/// Pass, fail or unknown (a fact is missing): Kleene's three-valued logic.
public enum Tri: UInt8, Sendable {
  case fail = 0
  case unknown = 1
  case pass = 2

  static func and(_ a: Tri, _ b: Tri) -> Tri { a.rawValue < b.rawValue ? a : b }
  static func or(_ a: Tri, _ b: Tri) -> Tri { a.rawValue > b.rawValue ? a : b }
  var negated: Tri { Tri(rawValue: 2 - rawValue)! }
}
