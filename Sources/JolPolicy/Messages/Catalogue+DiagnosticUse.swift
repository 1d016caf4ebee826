import JolModel

/// What the policy checker says when a policy would select by a diagnostic result.
/// Adding a message: see `MessageKey`.
enum DiagnosticUseMessage: String, MessageKey {
  case diagnosticSelects

  var template: MessageTemplate {
    switch self {
    case .diagnosticSelects:
      MessageTemplate(
        kk:
          "'{keyword}' ішінде '{fact}' қолдануға болмайды: кәсіптік диагностика нәтижелері бағыт-бағдар береді, олар бойынша ешкім іріктелмейді және шеттетілмейді (тек 'rank by' ішінде қолдануға болады)",
        ru:
          "'{fact}' нельзя использовать в '{keyword}': результаты профориентационной диагностики служат ориентиром, по ним никого не отбирают и не исключают (допустимо только в 'rank by')",
        en:
          "'{fact}' may not be used in '{keyword}': career diagnostic results guide, they never select or exclude anyone (it may be used in 'rank by' only)"
      )
    }
  }
}
