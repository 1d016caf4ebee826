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
}
