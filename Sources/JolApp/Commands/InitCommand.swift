import JolLog
import JolModel

/// `jol init`: creates the data directory (owner-only) with its log, vault and snapshot
/// directories, and says where: only where nothing is, or in an empty directory — never in one
/// that holds other things (`--data /`). Running it again on a data directory changes nothing
/// but permissions looser than owner-only, which it tightens.
struct InitCommand: Command {
  var name: String { "init" }
  var summary: LocalizedText {
    CommandText.initSummary.text()
  }
  var synopsis: String { "[--data DIR]" }
  var options: [OptionSpec] { [] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let path = context.dataDirectory
    let existed = DataDirectory.isJol(path)
    if !existed {
      // Opening for writing creates the directory (0700) and an empty log, under the lock;
      // a directory that holds other things is refused (``DataDirectory``).
      _ = try Store.openForWriting(context)
    } else {
      try DataDirectory.prepareForWriting(path)
    }
    do {
      for directory in ["vault", "snapshots"] {
        try PosixFileSystem().makeDirectory(path + "/" + directory)
      }
    } catch {
      throw CommandError(Messages.cannotCreate(path, "\(error)"), exitCode: .cannotCreate)
    }
    context.output(
      context.text(
        existed
          ? CommandText.dataDirectoryExists.text(["path": path])
          : CommandText.dataDirectoryCreated.text(["path": path])))
    return .ok
  }
}
