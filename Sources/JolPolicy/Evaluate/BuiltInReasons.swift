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
    notInEffect: LocalizedText(
      kk: "Ереже бұл күні күшінде емес", ru: "Положение не действует на эту дату",
      en: "The policy is not in effect on this date"),
    notApplied: LocalizedText(
      kk: "Өтініш берілмеген", ru: "Заявка не подана", en: "No application was made"),
    outsideWindow: LocalizedText(
      kk: "Өтініш қабылдау мерзімінен тыс берілген ({applied_on})",
      ru: "Заявка подана вне срока приёма ({applied_on})",
      en: "Applied outside the application window ({applied_on})"),
    holdsExclusive: LocalizedText(
      kk: "Осы топтағы басқа марапатты алып жүр ({awards})",
      ru: "Уже получает другую награду этой группы ({awards})",
      en: "Already holds another award of this group ({awards})"),
    holdsThisAward: LocalizedText(
      kk: "Осы марапатты осы кезеңге алып қойған", ru: "Уже получает эту награду на этот период",
      en: "Already holds this award for the period"),
  ]
}
