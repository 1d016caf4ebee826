import JolLog
import JolModel

/// `jol init`: creates the data directory (owner-only) with its log, vault and snapshot
/// directories, and says where. Running it again on an existing directory changes nothing.
struct InitCommand: Command {
  var name: String { "init" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "деректер каталогын құру", ru: "создать каталог данных", en: "create the data directory")
  }
  var synopsis: String { "[--data DIR]" }
  var options: [OptionSpec] { [] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let path = context.dataDirectory
    let fileSystem = PosixFileSystem()
    let existed = fileSystem.exists(path + "/log")
    if !existed {
      // Opening for writing creates the directory (0700) and an empty log, under the lock.
      _ = try Store.openForWriting(context)
    }
    do {
      for directory in ["vault", "snapshots"] {
        try fileSystem.makeDirectory(path + "/" + directory)
      }
    } catch {
      throw CommandError(
        LocalizedText(
          kk: "\(path) каталогын құру мүмкін болмады: \(error)",
          ru: "не удалось создать каталог \(path): \(error)",
          en: "could not create \(path): \(error)"),
        exitCode: .cannotCreate)
    }
    context.output(
      context.text(
        existed
          ? LocalizedText(
            kk: "Деректер каталогы бұрыннан бар: \(path)",
            ru: "Каталог данных уже существует: \(path)",
            en: "Data directory already exists: \(path)")
          : LocalizedText(
            kk: "Деректер каталогы құрылды: \(path)", ru: "Создан каталог данных: \(path)",
            en: "Created the data directory: \(path)")))
    return .ok
  }
}
