/// The kinds of educational institution, as messages name them.
extension InstitutionKind: TitledValue {
  public var template: MessageTemplate {
    switch self {
    case .school: MessageTemplate(kk: "мектеп", ru: "школа", en: "school")
    case .college: MessageTemplate(kk: "колледж", ru: "колледж", en: "college")
    case .university: MessageTemplate(kk: "жоғары оқу орны", ru: "вуз", en: "university")
    }
  }
}
