import JolModel

/// Turns typed conditions into closures over the facts: compile once, evaluate many.
enum ConditionCompiler {
  static func compile(_ condition: TypedCondition) -> CompiledTest {
    switch condition {
    case .and(let parts):
      let tests = parts.map(compile)
      if tests.count == 2 {
        let (a, b) = (tests[0], tests[1])
        return { facts, context in
          let first = a(facts, context)
          return first == .fail ? .fail : Tri.and(first, b(facts, context))
        }
      }
      return { facts, context in
        var result = Tri.pass
        for test in tests {
          result = Tri.and(result, test(facts, context))
          if result == .fail { return .fail }
        }
        return result
      }
    case .or(let parts):
      let tests = parts.map(compile)
      return { facts, context in
        var result = Tri.fail
        for test in tests {
          result = Tri.or(result, test(facts, context))
          if result == .pass { return .pass }
        }
        return result
      }
    case .not(let inner):
      let test = compile(inner)
      return { facts, context in test(facts, context).negated }
    case .numeric(let fact, let op, let operand, _):
      let read = numericReader(fact)
      return { facts, context in
        guard let value = read(facts, context.asOf) else { return .unknown }
        let bound = context.resolve(operand)
        let holds: Bool
        switch op {
        case .equal: holds = value == bound
        case .notEqual: holds = value != bound
        case .less: holds = value < bound
        case .lessOrEqual: holds = value <= bound
        case .greater: holds = value > bound
        case .greaterOrEqual: holds = value >= bound
        }
        return holds ? .pass : .fail
      }
    case .member(let fact, let words):
      let matches = fact.definition.wordMatcher(words)
      return { facts, _ in matches(facts).map { $0 ? .pass : .fail } ?? .unknown }
    case .bool(let fact, let expected):
      guard case .bool(let field) = fact.definition.storage else { return { _, _ in .unknown } }
      let get = field.get
      return { facts, _ in get(facts).map { $0 == expected ? .pass : .fail } ?? .unknown }
    case .set(let fact, let test, let words):
      return setTest(fact, test, words)
    case .known(let fact):
      let definition = fact.definition
      return { facts, context in
        definition.value(in: facts, on: context.asOf) == nil ? .fail : .pass
      }
    }
  }

  /// Reads a numeric fact in run-time units (``NumericKind``): the entry's own reader, resolved
  /// once here so an evaluation reads the stored property directly.
  static func numericReader(_ fact: Fact) -> @Sendable (Facts, CivilDate) -> Int64? {
    fact.definition.numberReader
  }

  /// Reads an enumeration or code fact as its word.
  static func wordReader(_ fact: Fact) -> @Sendable (Facts) -> String? {
    switch fact.definition.storage {
    case .enumeration(let words), .code(let words): words.get
    default: { _ in nil }
    }
  }

  private static func setTest(_ fact: Fact, _ test: SetTest, _ words: [String]) -> CompiledTest {
    guard case .set(let storage) = fact.definition.storage else { return { _, _ in .unknown } }
    let count = storage.counter(words)
    let wanted = words.count
    return { facts, _ in
      guard let held = count(facts) else { return .unknown }
      let result: Bool
      switch test {
      case .any: result = held > 0
      case .all: result = held == wanted
      case .none: result = held == 0
      }
      return result ? .pass : .fail
    }
  }
}

extension FactDefinition {
  /// A membership test of an enumeration or code fact in `words`; unknown for other facts.
  /// Not optional: a closure kept in an optional is called through a thunk that copies
  /// ``Facts``.
  func wordMatcher(_ words: Set<String>) -> @Sendable (Facts) -> Bool? {
    switch storage {
    case .enumeration(let storage), .code(let storage): storage.matcher(words)
    default: { _ in nil }
    }
  }
}
