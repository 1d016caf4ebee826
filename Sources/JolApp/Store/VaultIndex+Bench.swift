import JolLog
import JolModel

/// What `jol-bench` times inside a command, through the code the command runs (this package
/// only: not the library's public interface).
package enum VaultIndexBench {
  /// Rebuilds the vault's index of a data directory as a writer does after a write
  /// (``VaultIndex/refresh(directory:fileSystem:)``), holding the data directory's lock.
  /// - Returns: how many people it lists (0 for a `people.csv` it cannot index).
  package static func refresh(dataDirectory: String) throws -> Int {
    let store = try Store.benchWriter(dataDirectory: dataDirectory)
    try VaultIndex.refresh(directory: store.vaultPath)
    let bytes = try PosixFileSystem().readFile(store.vaultPath + "/" + VaultIndex.fileName)
    return Int(VaultIndex.verified(bytes)?.count ?? 0)
  }
}
