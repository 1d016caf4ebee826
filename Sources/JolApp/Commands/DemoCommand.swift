import JolModel

/// `jol demo`: runs Jol end to end on a built-in sample region and shows what it does.
struct DemoCommand: Command {
  var name: String { "demo" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "кіріктірілген үлгі өңірде Jol мүмкіндіктерін көрсету",
      ru: "показать возможности Jol на встроенном примере региона",
      en: "show what Jol does on a built-in sample region")
  }
  var synopsis: String { "[--lang kk|ru|en]" }
  var options: [OptionSpec] { [] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    context.output("Jol \(Jol.version) — " + context.text(Jol.commands.summary))
    context.output(context.text(Self.today) + context.console.today.description)
    return .ok
  }

  private static let today = LocalizedText(
    kk: "Қазақстандағы бүгінгі күн: ", ru: "Сегодня в Казахстане: ", en: "Today in Kazakhstan: ")
}
