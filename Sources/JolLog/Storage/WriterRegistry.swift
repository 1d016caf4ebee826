import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The log directories this process has open for writing, by canonical path: tells a lock held
/// by another writer of this process (busy) from one briefly held by a forked child.
enum WriterRegistry {
  private static let open = Mutex<Set<String>>([])

  /// The canonical path of `directory` (the path itself if it cannot be resolved).
  static func key(for directory: String) -> String {
    guard let resolved = realpath(directory, nil) else { return directory }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether a writer of this process has the directory open.
  static func contains(_ key: String) -> Bool { open.withLock { $0.contains(key) } }
  /// Records an open writer.
  static func insert(_ key: String) { _ = open.withLock { $0.insert(key) } }
  /// Forgets a closed writer.
  static func remove(_ key: String) { _ = open.withLock { $0.remove(key) } }
}
