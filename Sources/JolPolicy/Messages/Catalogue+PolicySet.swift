import JolModel

/// What a set of policies says about versions that clash.
/// Adding a message: see ``MessageKey``.
enum PolicySetMessage: String, MessageKey {
  case duplicateVersion

  var template: MessageTemplate {
    switch self {
    case .duplicateVersion:
      MessageTemplate(
        kk:
          "'{id}' қағидаларының {version} нұсқасы {other} файлында да анықталған: мұны жаңа нұсқа нөмірімен беріңіз",
        ru:
          "версия {version} правил '{id}' уже определена в {other}: дайте этим правилам новую версию",
        en:
          "policy '{id}' version {version} is also defined in {other}: give this one a new version")
    }
  }
}
