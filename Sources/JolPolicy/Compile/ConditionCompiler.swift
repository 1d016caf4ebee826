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
      return memberTest(fact, words)
    case .bool(let fact, let expected):
      let isMentorship = fact == .mentorship
      return { facts, _ in
        guard let value = isMentorship ? facts.mentorship : facts.enterpriseAgreement else {
          return .unknown
        }
        return value == expected ? .pass : .fail
      }
    case .set(let fact, let test, let words):
      return setTest(fact, test, words)
    case .known(let fact):
      return { facts, context in facts.value(of: fact, asOf: context.asOf) == nil ? .fail : .pass }
    }
  }

  /// Reads a numeric fact in run-time units (``NumericKind``).
  static func numericReader(_ fact: Fact) -> @Sendable (Facts, CivilDate) -> Int64? {
    let scale = FixedDecimal.scale
    switch fact {
    case .grade: return { facts, _ in facts.grade.map { Int64($0) * scale } }
    case .course: return { facts, _ in facts.course.map { Int64($0) * scale } }
    case .lowestGrade: return { facts, _ in facts.lowestGrade.map { Int64($0) * scale } }
    case .workObligationYears:
      return { facts, _ in facts.workObligationYears.map { Int64($0) * scale } }
    case .age:
      return { facts, asOf in
        if let age = facts.age { return Int64(age) * scale }
        return facts.birthDate.map { Int64($0.age(on: asOf)) * scale }
      }
    case .gpa: return { facts, _ in facts.gpa?.units }
    case .attendance: return { facts, _ in facts.attendance?.units }
    case .birthDate: return { facts, _ in facts.birthDate.map { Int64($0.daysSinceEpoch) } }
    case .appliedOn: return { facts, _ in facts.appliedOn.map { Int64($0.daysSinceEpoch) } }
    default: return { _, _ in nil }
    }
  }

  /// Reads an enumeration or code fact as its word.
  static func wordReader(_ fact: Fact) -> @Sendable (Facts) -> String? {
    switch fact {
    case .stage: return { $0.stage?.rawValue }
    case .form: return { $0.form?.rawValue }
    case .funding: return { $0.funding?.rawValue }
    case .qualificationLevel: return { $0.qualificationLevel?.rawValue }
    case .institution: return { $0.institution }
    case .specialty: return { $0.specialty?.rawValue }
    case .qualification: return { $0.qualification?.rawValue }
    case .region: return { $0.region }
    case .district: return { $0.district }
    case .diagnosticDirection: return { $0.diagnosticDirection }
    case .employer: return { $0.employer }
    default: return { _ in nil }
    }
  }

  private static func memberTest(_ fact: Fact, _ words: Set<String>) -> CompiledTest {
    // Enumerations compare the enum itself: no string hashing on the hot path.
    switch fact {
    case .stage:
      let set = Set(words.compactMap(Stage.init(rawValue:)))
      return { facts, _ in facts.stage.map { set.contains($0) ? .pass : .fail } ?? .unknown }
    case .form:
      let set = Set(words.compactMap(StudyForm.init(rawValue:)))
      return { facts, _ in facts.form.map { set.contains($0) ? .pass : .fail } ?? .unknown }
    case .funding:
      let set = Set(words.compactMap(Funding.init(rawValue:)))
      return { facts, _ in facts.funding.map { set.contains($0) ? .pass : .fail } ?? .unknown }
    case .qualificationLevel:
      let set = Set(words.compactMap(QualificationLevel.init(rawValue:)))
      return { facts, _ in
        facts.qualificationLevel.map { set.contains($0) ? .pass : .fail } ?? .unknown
      }
    default:
      let read = wordReader(fact)
      return { facts, _ in read(facts).map { words.contains($0) ? .pass : .fail } ?? .unknown }
    }
  }

  private static func setTest(_ fact: Fact, _ test: SetTest, _ words: [String]) -> CompiledTest {
    if fact == .categories {
      let wanted = words.map { Category(rawValue: $0) }
      return { facts, _ in
        guard let held = facts.categories else { return .unknown }
        let result: Bool
        switch test {
        case .any: result = wanted.contains(where: held.contains)
        case .all: result = wanted.allSatisfy(held.contains)
        case .none: result = !wanted.contains(where: held.contains)
        }
        return result ? .pass : .fail
      }
    }
    let wanted = words.map { PolicyID($0) }
    return { facts, _ in
      guard let held = facts.awards else { return .unknown }
      let result: Bool
      switch test {
      case .any: result = wanted.contains(where: held.contains)
      case .all: result = wanted.allSatisfy(held.contains)
      case .none: result = !wanted.contains(where: held.contains)
      }
      return result ? .pass : .fail
    }
  }
}
