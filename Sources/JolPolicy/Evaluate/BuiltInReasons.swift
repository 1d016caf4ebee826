import JolModel

/// Reasons the engine adds itself, with their texts; a policy may override any of them with its
/// own `reason KEY` lines.
enum BuiltInReasons {
  static let notInEffect = "policy-not-in-effect"
  static let notApplied = "not-applied"
  static let outsideWindow = "applied-outside-window"
  static let holdsExclusive = "holds-exclusive-award"
  static let holdsThisAward = "holds-this-award"

  static let texts: [String: LocalizedText] = [
    notInEffect: DecisionMessage.notInEffect.text(),
    notApplied: DecisionMessage.noApplication.text(),
    outsideWindow: DecisionMessage.outsideWindow.text(),
    holdsExclusive: DecisionMessage.holdsExclusive.text(),
    holdsThisAward: DecisionMessage.holdsThisAward.text(),
  ]
}
