import Foundation
import JolModel
import JolReports

/// Finding and checking the cluster passport for `jol report passport` and `jol report
/// pathways`: `--passport FILE`, else the one `*.passport` file of `Policies/reporting/`.
enum ReportPassportFile {
  static let option = OptionSpec(
    "passport", value: "FILE", help: ReportCommandText.passportOption.text())

  /// The checked passport; nil when none is given or found and `required` is false.
  /// - Throws: exit 66 when a required passport is missing, 64 when the directory holds several
  ///   and none is chosen, 65 listing every problem (file:line:column) of a bad one.
  static func load(
    _ arguments: ParsedArguments, _ context: Context, required: Bool, kato: KATOTable,
    classifier: SpecialtyClassifier
  ) throws -> ClusterPassport? {
    let path: String
    if let given = arguments.value("passport") {
      path = context.console.resolve(given)
    } else {
      let found = candidates(context)
      guard found.count <= 1 else {
        throw CommandError.usage(
          ReportCommandText.severalPassports.text([
            "files": found.map { PolicyFiles.display($0, context) }.joined(separator: ", ")
          ]))
      }
      guard let only = found.first else {
        guard required else { return nil }
        throw CommandError(
          ReportCommandText.noPassport.text(["path": ReportOutput.directory(context)]),
          exitCode: .noInput)
      }
      path = only
    }
    let name = PolicyFiles.display(path, context)
    let result = PassportParser.parse(
      try readText(path), file: name, classifier: classifier, kato: kato)
    return try ReportOutput.checked(result, name, context)
  }

  /// The `*.passport` files of the reporting directory, in name order.
  private static func candidates(_ context: Context) -> [String] {
    let directory = ReportOutput.directory(context)
    if isBuiltIn(directory) {
      return BuiltInPolicies.files.map(\.path)
        .filter { $0.hasPrefix("reporting/") && $0.hasSuffix(".passport") }
        .map { ReferenceData.builtInRoot + "/" + $0 }
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".passport") }.sorted().map { directory + $0 }
  }
}
