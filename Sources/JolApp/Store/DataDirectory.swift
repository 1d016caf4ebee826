import JolLog
import JolModel

/// What a data directory may be. Readers need one that exists and is Jol's (it holds `log/`);
/// writers (imports, `jol init`) may also create one, where nothing is or in an empty directory
/// — never inside a directory that holds other things (`--data /`, a mistyped home). Its
/// `log`, `vault` and `snapshots` must be real directories of this user, never symbolic links;
/// a writer tightens loose permissions to owner-only.
enum DataDirectory {
  static let children = ["log", "vault", "snapshots"]

  /// Whether `path` is meant as a Jol data directory: it holds a `log` (whether that is a real
  /// directory is for ``checkForReading(_:)`` and ``prepareForWriting(_:)`` to say).
  static func isJol(_ path: String, _ fileSystem: PosixFileSystem = PosixFileSystem()) -> Bool {
    (try? fileSystem.status(path + "/log")) ?? nil != nil
  }

  /// Checks a data directory to read (`creating`: for a writer that will follow).
  /// - Throws: ``CommandError`` 66 when it does not exist or is not a Jol data directory; 65
  ///   when one of its directories is a link or another user's.
  static func checkForReading(_ path: String, creating: Bool = false) throws {
    let fileSystem = PosixFileSystem()
    guard fileSystem.exists(path) else {
      throw CommandError(Messages.noDataDirectory(path), exitCode: .noInput)
    }
    guard isJol(path, fileSystem) else {
      throw CommandError(Messages.notADataDirectory(path), exitCode: .noInput)
    }
    try checkChildren(path, fileSystem, creating: creating)
  }

  /// Checks that a writer could create a data directory at `path` (imports check this before
  /// reading a file, so they create nothing until the file is right).
  /// - Throws: ``CommandError`` 73 when something other than a missing or empty directory is
  ///   there.
  static func checkCreatable(_ path: String) throws {
    let fileSystem = PosixFileSystem()
    guard fileSystem.exists(path), !isJol(path, fileSystem) else { return }
    let entries = (try? fileSystem.listDirectory(path)) ?? ["?"]
    guard entries.isEmpty else {
      throw CommandError(Messages.notEmpty(path), exitCode: .cannotCreate)
    }
  }

  /// Prepares a data directory for a writer: creates it (0700) when missing, refuses one that
  /// holds other things, checks its directories and makes them owner-only.
  /// - Throws: ``CommandError`` 73 for a directory that cannot be created or is not empty and not
  ///   Jol's; 65 for a directory of it that is a link or another user's.
  static func prepareForWriting(_ path: String) throws {
    let fileSystem = PosixFileSystem()
    try checkCreatable(path)
    do {
      try fileSystem.makeDirectory(path)
    } catch {
      throw CommandError(Messages.cannotCreate(path, "\(error)"), exitCode: .cannotCreate)
    }
    try checkChildren(path, fileSystem, creating: true)
    for directory in [path] + children.map({ path + "/" + $0 }) {
      guard let status = try? fileSystem.status(directory), status.permissions & 0o077 != 0
      else { continue }
      try? fileSystem.setPermissions(directory, 0o700)
    }
  }

  /// The data directory's own directories, where present, must be directories of this user.
  private static func checkChildren(
    _ path: String, _ fileSystem: PosixFileSystem, creating: Bool
  ) throws {
    for name in children {
      let child = path + "/" + name
      try mapLogError { try OwnDirectory.check(child, creating: creating, fileSystem: fileSystem) }
    }
  }
}

extension Messages {
  static func noDataDirectory(_ path: String) -> LocalizedText {
    StoreText.noDataDirectory.text(["path": path])
  }

  static func notADataDirectory(_ path: String) -> LocalizedText {
    StoreText.notADataDirectory.text(["path": path])
  }

  static func notEmpty(_ path: String) -> LocalizedText {
    StoreText.notEmpty.text(["path": path])
  }

  static func cannotCreate(_ path: String, _ detail: String) -> LocalizedText {
    StoreText.cannotCreate.text(["path": path, "detail": detail])
  }
}
