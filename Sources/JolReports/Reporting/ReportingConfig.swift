import JolModel
import JolPolicy

/// The region's reporting settings, `Policies/reporting/reporting.conf`: one `key value` per
/// line.
///
/// ```
/// # Disclosure control of the akimat's reports
/// minimum_cell_size 5
/// ```
///
/// Without the file the defaults hold (minimum cell size 5).
public struct ReportingConfig: Hashable, Sendable {
  /// The file's name in `Policies/reporting/`.
  public static let fileName = "reporting.conf"

  /// Counts from 1 to this less one are hidden (`<5`).
  public var minimumCellSize: Int = 5

  public init() {}

  /// The settings of `text` (from `file`), or every problem with file:line:column.
  public static func parse(_ text: String, file: String) -> Result<ReportingConfig, ReportingErrors>
  {
    var (lines, errors) = ReportingLines.split(text, file: file)
    var config = ReportingConfig()
    var seen: Set<String> = []
    for line in lines {
      let key = line.tokens[0]
      guard key.text == "minimum_cell_size", !key.isQuoted else {
        errors.append(
          Diagnostic(
            line.location(file),
            ReportingMessage.unknownSetting.text([
              "word": key.text, "expected": "minimum_cell_size",
            ])))
        continue
      }
      guard seen.insert(key.text).inserted else {
        errors.append(
          Diagnostic(line.location(file), ReportingMessage.repeatedSetting.text(["word": key.text]))
        )
        continue
      }
      guard line.tokens.count == 2, let value = Int(line.tokens[1].text), (1...1000).contains(value)
      else {
        let column = line.tokens.count > 1 ? line.tokens[1].column : key.column + key.text.count
        errors.append(
          Diagnostic(
            line.location(file, column: column),
            ReportingMessage.expectedWhole.text(["low": "1", "high": "1000"])))
        continue
      }
      config.minimumCellSize = value
    }
    return errors.isEmpty ? .success(config) : .failure(ReportingErrors(diagnostics: errors))
  }
}

/// The problems of a reporting file, each with its file, line and column.
public struct ReportingErrors: Error, Sendable {
  public var diagnostics: [Diagnostic]
}
