import JolModel
import JolPolicy
import JolReports

/// The reporting files `jol policy check` checks beside the policies: cluster passports
/// (`*.passport`, by ``PassportParser`` as `jol report passport` reads them) and reporting
/// settings (`reporting.conf`, by ``ReportingConfig``), each problem at file:line:column.
///
/// A passport's specialty codes are checked against the classifier the policies are checked
/// against (that of the checked folder's `reference/`, see ``PolicyFiles/classifier(for:_:)``),
/// else the policies directory's; its districts against the policies directory's KATO table
/// (the built-in one when it has none).
enum PolicyCheckReporting {
  /// The passport and `reporting.conf` files among `paths`.
  static func find(_ paths: [String], _ context: Context) throws -> [String] {
    let passports = try PolicyFiles.find(paths, suffix: "passport", context).filter {
      $0.hasSuffix(".passport")
    }
    let settings = try PolicyFiles.find(paths, suffix: "conf", context).filter {
      $0 == ReportingConfig.fileName || $0.hasSuffix("/" + ReportingConfig.fileName)
    }
    return passports + settings
  }

  /// Every diagnostic of `files`, and how many are usable.
  static func check(
    _ files: [(path: String, text: String)], codes: SpecialtyClassifier?, _ context: Context
  ) throws -> (errors: [Diagnostic], valid: Int) {
    guard !files.isEmpty else { return ([], 0) }
    let classifier = try codes ?? ReferenceData.classifier(context)
    let kato = try ReferenceData.kato(context)
    var errors: [Diagnostic] = []
    var valid = 0
    for (path, text) in files {
      let problems: [Diagnostic]
      if path.hasSuffix(".passport") {
        problems = diagnostics(
          PassportParser.parse(text, file: path, classifier: classifier, kato: kato))
      } else {
        problems = diagnostics(ReportingConfig.parse(text, file: path))
      }
      errors += problems
      if problems.isEmpty { valid += 1 }
    }
    return (errors, valid)
  }

  private static func diagnostics<Value>(_ result: Result<Value, ReportingErrors>) -> [Diagnostic] {
    switch result {
    case .success: []
    case .failure(let errors): errors.diagnostics
    }
  }

  /// The summary line: how many reporting files, and their errors.
  static func summary(files: Int, valid: Int, errors: Int) -> LocalizedText {
    guard errors > 0 else {
      return PolicyCommandText.checkedReportingClean.text(["count": "\(files)"])
    }
    return PolicyCommandText.checkedReportingWithErrors.text([
      "count": "\(files)", "errors": "\(errors)", "unusable": "\(files - valid)",
    ])
  }
}
