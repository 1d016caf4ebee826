import JolModel

/// What a policy says, read-only, for summaries a person reads (`jol policy show`): parameters
/// with their dated values, criteria with their exceptions, amounts and the round settings.
public struct PolicyOutline: Sendable {
  /// A constant or a named parameter, as the policy wrote it.
  public enum Operand: Sendable, Hashable {
    case constant(Value)
    case parameter(String)
  }

  /// A dated parameter: every value and the day it takes effect, ascending.
  public struct Parameter: Sendable {
    public var name: String
    public var values: [(from: CivilDate, value: Value)]
  }

  /// An exception of a criterion: `waive` or `enforce`, and its priority.
  public struct Exception: Sendable, Hashable {
    public var waives: Bool
    public var priority: Int
    /// Facts its condition reads.
    public var facts: [Fact]
  }

  /// A criterion: its reason key, the facts it reads, its exceptions by descending priority.
  public struct Criterion: Sendable {
    public var key: String
    public var facts: [Fact]
    public var exceptions: [Exception]
    /// Added by the engine (application, window, exclusivity), not written in the policy.
    public var builtIn: Bool
  }

  /// How the amount is computed.
  public enum AmountRule: Sendable {
    case fixed(Operand)
    /// By the value of a fact; `otherwise` for every other value.
    case table(fact: Fact, rows: [(word: String, amount: Operand)], otherwise: Operand?)
  }

  /// A supplement: its rate (a percent), the step it is rounded to (money), and reason key.
  public struct Supplement: Sendable {
    public var key: String
    public var rate: Operand
    public var step: Operand?
  }

  /// A ranking key: a fact ascending or descending, or a condition (true first).
  public struct RankKey: Sendable {
    public var fact: Fact?
    public var descending: Bool
    /// Facts a condition key reads; empty for a fact key.
    public var conditionFacts: [Fact]
  }

  /// A reserved quota.
  public struct Reserve: Sendable {
    public var name: String
    /// Share of seats in percent.
    public var share: FixedDecimal
    public var facts: [Fact]
    public var unusedToGeneral: Bool
  }

  public var parameters: [Parameter]
  public var criteria: [Criterion]
  public var amount: AmountRule?
  public var period: Period?
  public var supplements: [Supplement]
  public var ranking: [RankKey]
  public var lotterySeed: String?
  public var seats: Operand?
  public var budget: Operand?
  public var reserves: [Reserve]
  /// Texts of every reason key, the built-in ones included.
  public var reasons: [String: LocalizedText]
}

extension CompiledPolicy {
  /// The policy's outline for people.
  /// - Complexity: O(size of the policy).
  public var outline: PolicyOutline {
    func operand(_ operand: Operand, _ kind: NumericKind) -> PolicyOutline.Operand {
      switch operand {
      case .constant(let value): .constant(kind.value(value))
      case .parameter(let index): .parameter(parameters[index].name)
      }
    }
    let amountRule: PolicyOutline.AmountRule? = amount.map { amount in
      switch amount.kind {
      case .fixed(let value): .fixed(operand(value, .money))
      case .table(let fact, let rows, let otherwise):
        .table(
          fact: fact,
          rows: rows.sorted { $0.key < $1.key }.map { ($0.key, operand($0.value, .money)) },
          otherwise: otherwise.map { operand($0, .money) })
      }
    }
    return PolicyOutline(
      parameters: parameters.map { parameter in
        PolicyOutline.Parameter(
          name: parameter.name,
          values: parameter.values.map { ($0.from, parameter.kind.value($0.value)) })
      },
      criteria: criteria.map { criterion in
        PolicyOutline.Criterion(
          key: criterion.key, facts: criterion.condition.facts,
          exceptions: criterion.rules.map {
            PolicyOutline.Exception(
              waives: $0.effect == .waive, priority: $0.priority, facts: $0.condition.facts)
          }, builtIn: criterion.builtIn)
      },
      amount: amountRule, period: amount?.period,
      supplements: supplements.map {
        PolicyOutline.Supplement(
          key: $0.key, rate: operand($0.rate, .percent), step: $0.step.map { operand($0, .money) })
      },
      ranking: ranking.map { key in
        switch key {
        case .fact(let fact, let descending):
          PolicyOutline.RankKey(fact: fact, descending: descending, conditionFacts: [])
        case .condition(let condition, _):
          PolicyOutline.RankKey(fact: nil, descending: true, conditionFacts: condition.facts)
        }
      },
      lotterySeed: lotterySeed, seats: seats.map { operand($0, .number) },
      budget: budget.map { operand($0, .money) },
      reserves: reserves.map {
        PolicyOutline.Reserve(
          name: $0.name, share: FixedDecimal(units: $0.share), facts: $0.condition.facts,
          unusedToGeneral: $0.unusedToGeneral)
      },
      reasons: reasons)
  }
}
