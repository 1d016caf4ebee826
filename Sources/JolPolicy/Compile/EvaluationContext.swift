import JolModel

/// What a compiled test reads besides the facts: the decision date and the parameter values in
/// effect on it.
struct EvaluationContext: Sendable {
  var asOf: CivilDate
  /// Parameter values in run-time units, indexed like ``CompiledPolicy/parameters``.
  var parameters: [Int64]

  @inline(__always) func resolve(_ operand: Operand) -> Int64 {
    switch operand {
    case .constant(let value): value
    case .parameter(let index): parameters[index]
    }
  }
}

/// A compiled test of a condition.
typealias CompiledTest = @Sendable (Facts, EvaluationContext) -> Tri

/// A policy on one decision date: whether it is in effect, and its parameters' values then and
/// since when — the same for every subject decided that day, so worked out once
/// (``CompiledPolicy/day(_:)``) for deciding many (``Evaluator/evaluate(_:_:on:detail:)``).
public struct PolicyDay: Sendable {
  public let asOf: CivilDate
  /// The parameter values in effect; nil when the policy is not in effect on `asOf`.
  let context: EvaluationContext?
  /// Each parameter's value and the day it took effect, as a decision lists them.
  let uses: [ParameterUse]
}
