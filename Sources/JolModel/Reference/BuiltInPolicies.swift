/// The policies, their tests and the reference tables (TVET classifier, regions) as shipped
/// with Jol, built into the program (`BuiltInPolicies+Files.swift`, generated from `Policies/`
/// and kept equal to it by a test). An installed `jol` uses them wherever it runs; a
/// `Policies/` directory given with `--policies`, `$JOL_POLICIES` or found as `./Policies`
/// replaces them.
public enum BuiltInPolicies {
  /// The text of the file at `path` under `Policies/` (`reference/tvet-specialties.csv`).
  public static func text(_ path: String) -> String? {
    files.first { $0.path == path }?.text
  }

  /// A short identifier of the built-in copy: the first 12 hex digits of the SHA-256 of every
  /// path and text, so a decision can say which classifier it used.
  public static let version: String = {
    var hasher = SHA256()
    for (path, text) in files {
      hasher.update(Array(path.utf8) + [0] + Array(text.utf8) + [0])
    }
    return String(
      hasher.finalize().prefix(6).map { byte in
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
      }.joined())
  }()
}
