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
