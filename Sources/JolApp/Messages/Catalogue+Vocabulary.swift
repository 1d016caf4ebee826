import JolModel

/// What each closed set an import reads is called, for "«x» is not a known form of study"
/// (``ImportVocabulary``).
enum VocabularyTitle: String, MessageKey {
  case language
  case stage
  case form
  case funding
  case reason
  case category
  case organisationKind
  case enterpriseKind
  case outsideKind
  case consentGiver
  case shift

  var template: MessageTemplate {
    switch self {
    case .language:
      MessageTemplate(kk: "оқыту тілі", ru: "язык обучения", en: "language of instruction")
    case .stage: MessageTemplate(kk: "кезең", ru: "этап", en: "stage")
    case .form: MessageTemplate(kk: "оқу нысаны", ru: "форма обучения", en: "form of study")
    case .funding: MessageTemplate(kk: "қаржыландыру", ru: "финансирование", en: "funding")
    case .reason:
      MessageTemplate(kk: "ауысу себебі", ru: "причина перехода", en: "transition reason")
    case .category:
      MessageTemplate(
        kk: "әлеуметтік санат", ru: "социальная категория", en: "social category")
    case .organisationKind:
      MessageTemplate(kk: "ұйым түрі", ru: "вид организации", en: "kind of organisation")
    case .enterpriseKind:
      MessageTemplate(
        kk: "кәсіпорындағы орын түрі", ru: "вид места на предприятии",
        en: "kind of enterprise placement")
    case .outsideKind:
      MessageTemplate(
        kk: "білім беруден тыс жағдай", ru: "положение вне образования",
        en: "kind of being outside education")
    case .consentGiver:
      MessageTemplate(kk: "келісім берген адам", ru: "кто дал согласие", en: "who gave consent")
    case .shift: MessageTemplate(kk: "ауысым", ru: "смена", en: "shift")
    }
  }
}
