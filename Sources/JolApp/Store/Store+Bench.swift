extension Store {
  /// The writer of a data directory, holding its lock, for what `jol-bench` times inside a
  /// command through the code the command runs (``VaultIndexBench``, ``EventTypeCountsBench``).
  static func benchWriter(dataDirectory: String) throws -> Store {
    let console = Console(
      writeOut: { _ in }, writeError: { _ in }, environment: [:], now: { 0 },
      workingDirectory: dataDirectory)
    return try Store.openForWriting(
      Context(
        console: console, language: .en, dataDirectory: dataDirectory, policiesDirectory: ""))
  }
}
