/// The names of the languages Jol speaks and teaches in, as people write them.
extension Language: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .kk: MessageTemplate(kk: "қазақ тілі", ru: "казахский язык", en: "Kazakh")
    case .ru: MessageTemplate(kk: "орыс тілі", ru: "русский язык", en: "Russian")
    case .en: MessageTemplate(kk: "ағылшын тілі", ru: "английский язык", en: "English")
    }
  }
}
