import Foundation
import JolModel
import JolPolicy

/// The policies of the `--policies` directory, read for deciding: every `*.policy` file under
/// it, checked together (exclusivity groups resolve across files).
enum PolicyDirectory {
  /// Reads and checks every policy file, in path order, with their specialty and qualification
  /// codes against the classifier of `reference/` (skipped when there is none).
  /// - Throws: ``CommandError`` 66 when the directory or a classifier file is missing, 65 with
  ///   every diagnostic when any policy has an error (an unknown code included): Jol never
  ///   decides by a policy that does not check.
  static func load(_ context: Context) throws -> PolicySet {
    let root = context.policiesDirectory
    var isDirectory: ObjCBool = false
    guard
      isBuiltIn(root)
        || (FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
          && isDirectory.boolValue)
    else {
      throw CommandError(Messages.noPolicies(root), exitCode: .noInput)
    }
    let files = try PolicyFiles.read(PolicyFiles.find([root], suffix: "policy", context), context)
    let (set, diagnostics) = PolicySet.load(
      files: files, codes: try PolicyFiles.classifier(for: root, context))
    guard diagnostics.isEmpty else {
      let list = diagnostics.sorted { $0.location < $1.location }.map(\.description)
        .joined(separator: "\n")
      throw CommandError(Messages.policyErrors(list), exitCode: .dataError)
    }
    return set
  }

  /// The policy `id` to decide by on `date`: the version in effect then, else the highest.
  /// - Throws: ``CommandError`` 65 naming the known ids (and the closest) when there is none.
  static func policy(_ id: String, in set: PolicySet, on date: CivilDate) throws -> CompiledPolicy {
    if let policy = set.policy(PolicyID(id), on: date) { return policy }
    throw CommandError(unknownPolicy(id, in: set), exitCode: .dataError)
  }

  /// "unknown policy 'x'; known: …; did you mean …?"
  static func unknownPolicy(_ id: String, in set: PolicySet) -> LocalizedText {
    let known = Array(Set(set.policies.map(\.id.rawValue))).sorted()
    let near = ClosestMatch.suggestion(for: id, among: known).map { " — \($0)?" } ?? ""
    let list = known.joined(separator: ", ")
    return DecideText.unknownPolicy.text(["id": id, "near": near, "list": list])
  }
}

extension Messages {
  static func noPolicies(_ path: String) -> LocalizedText {
    DecideText.noPolicies.text(["path": path])
  }

  static func policyErrors(_ list: String) -> LocalizedText {
    DecideText.policyErrors.text(["list": list])
  }
}
