import Foundation
import JolLog
import JolModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The directory `jol demo` works in, and the rule for what it may delete there: only what an
/// earlier demo wrote. The marker file `.jol-demo` lists, one relative path a line, every file
/// and directory the last run created (its intake spreadsheets, its data directory); the next
/// run removes those and nothing else, so a file a person put beside them — or inside them —
/// stays, and so do the directories that hold it.
///
/// A marker that lists nothing (a run that was interrupted, or a demo of an earlier version)
/// stands for what a demo writes by name: the intake files and the data directory.
///
/// Files the demo writes hold fictional personal data and are created owner-only (0600, in
/// 0700 directories), like the vault.
struct DemoDirectory {
  /// The file that marks a directory as one `jol demo` may clean, and lists what it wrote.
  static let marker = ".jol-demo"
  /// The subdirectory of the spreadsheets and facts the demo imports.
  static let intake = "intake"
  /// The demo's data directory, relative to the demo directory.
  static let data = "data"

  /// Absolute path of the directory.
  let path: String
  /// Names of the files the demo writes in ``intake``.
  let intakeFiles: [String]

  private var fileSystem: PosixFileSystem { PosixFileSystem() }

  /// Makes the directory ready for a run: creates it when missing; in an existing one, removes
  /// what the previous demo wrote. Writes a marker that lists nothing yet.
  /// - Returns: the relative paths present after cleaning (other people's files), so that
  ///   ``record(keeping:)`` lists only what the run adds.
  /// - Throws: ``CommandError`` with exit 73 for a non-empty directory without a marker, or
  ///   when the directory cannot be created or cleaned.
  func prepare() throws -> Set<String> {
    let manager = FileManager.default
    if fileSystem.exists(path) {
      let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
      if !entries.isEmpty {
        guard fileSystem.exists(path + "/" + Self.marker) else {
          throw CommandError(Texts.notADemo(path), exitCode: .cannotCreate)
        }
        try removeWritten()
      }
    }
    // Taken before the demo creates anything, so an intake directory it creates is its own.
    let kept = Set(tree())
    do {
      try fileSystem.makeDirectory(path + "/" + Self.intake)
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: Texts.cannotCreate(path))
    }
    try write(Self.markerHeader + "\n", to: Self.marker)
    return kept
  }

  /// Writes the marker listing every path under the directory that is not in `kept`.
  func record(keeping kept: Set<String>) throws {
    let written = tree().filter { !kept.contains($0) && $0 != Self.marker }.sorted()
    try write(([Self.markerHeader] + written).joined(separator: "\n") + "\n", to: Self.marker)
  }

  /// Writes `text` to the file at `relative`, owner-only (0600) whether new or replaced; the
  /// directories on the way are made (0700) when missing.
  func write(_ text: String, to relative: String) throws {
    let file = path + "/" + relative
    do {
      if let slash = file.lastIndex(of: "/") {
        try fileSystem.makeDirectory(String(file[..<slash]))
      }
      let descriptor = try fileSystem.open(file, .createTruncating)
      defer { fileSystem.close(descriptor) }
      if fchmod(descriptor, 0o600) != 0 {
        throw FileSystemError(operation: "fchmod", path: file, code: errno)
      }
      try Array(text.utf8).withUnsafeBytes {
        try fileSystem.write(descriptor, $0, at: 0, path: file)
      }
    } catch let error as FileSystemError {
      throw CommandError.fileSystem(error, doing: Texts.cannotCreate(file))
    }
  }

  static let markerHeader =
    "# jol demo: what the last run wrote here; the next run removes these paths and nothing else"

  /// Removes what the marker lists (or, when it lists nothing, what a demo writes by name):
  /// files first, then directories that are empty then.
  private func removeWritten() throws {
    let text = (try? String(contentsOfFile: path + "/" + Self.marker, encoding: .utf8)) ?? ""
    var listed = text.split(whereSeparator: \.isNewline).map(String.init)
      .filter { !$0.hasPrefix("#") && Self.isInside($0) }
    if listed.isEmpty {
      listed = intakeFiles.map { Self.intake + "/" + $0 } + [Self.intake, Self.data]
      listed += tree(under: Self.data)
    }
    // Reverse order puts every path before the directory that holds it.
    for relative in Set(listed).sorted(by: >) where !passesThroughLink(relative) {
      let full = path + "/" + relative
      let attributes = try? FileManager.default.attributesOfItem(atPath: full)
      guard let type = attributes?[.type] as? FileAttributeType else { continue }
      let failed: Bool
      if type == .typeDirectory {
        failed = rmdir(full) != 0 && errno != ENOTEMPTY && errno != EEXIST
      } else {
        failed = unlink(full) != 0 && errno != ENOENT
      }
      if failed {
        throw CommandError.fileSystem(
          FileSystemError(
            operation: type == .typeDirectory ? "rmdir" : "unlink", path: full, code: errno),
          doing: Texts.cannotClean(path))
      }
    }
  }

  /// Whether a listed path stays inside the directory: relative, without `.` or `..`.
  private static func isInside(_ relative: String) -> Bool {
    !relative.isEmpty && !relative.hasPrefix("/")
      && !relative.split(separator: "/").contains { $0 == ".." || $0 == "." }
  }

  /// Whether a directory on the way to `relative` is a symbolic link: removing through it would
  /// reach outside the demo directory.
  private func passesThroughLink(_ relative: String) -> Bool {
    let parts = relative.split(separator: "/")
    var current = path
    for part in parts.dropLast() {
      current += "/" + part
      let type = try? FileManager.default.attributesOfItem(atPath: current)[.type]
      if type as? FileAttributeType == .typeSymbolicLink { return true }
    }
    return false
  }

  /// Every path under the directory (or under `relative` in it), relative to the directory;
  /// symbolic links are listed, never followed.
  private func tree(under relative: String? = nil) -> [String] {
    let root = relative.map { path + "/" + $0 } ?? path
    guard fileSystem.exists(root) else { return [] }
    var paths: [String] = []
    var pending = [relative]
    while let next = pending.popLast() {
      let directory = next.map { path + "/" + $0 } ?? path
      for name in (try? fileSystem.listDirectory(directory)) ?? [] {
        let child = next.map { $0 + "/" + name } ?? name
        paths.append(child)
        let type = try? FileManager.default.attributesOfItem(atPath: path + "/" + child)[.type]
        if type as? FileAttributeType == .typeDirectory { pending.append(child) }
      }
    }
    return paths
  }
}
