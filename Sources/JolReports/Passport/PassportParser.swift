import JolModel
import JolPolicy

/// Reads and checks a cluster passport file (`Policies/reporting/<region>.passport`): every
/// problem with its file, line and column, nothing silently ignored — a keyword out of place, a
/// section missing or given twice, a text without one of its languages, a specialty the TVET
/// classifier does not list, a district outside the region, a KPI naming a metric the report
/// does not compute (with the nearest one), a target in the wrong unit or years, a goal or
/// measure naming a KPI or participant the passport lacks.
public enum PassportParser {
  /// The passport of `text` (read from `file`), or every problem found.
  public static func parse(
    _ text: String, file: String, classifier: SpecialtyClassifier, kato: KATOTable
  ) -> Result<ClusterPassport, ReportingErrors> {
    var (lines, errors) = ReportingLines.split(text, file: file)
    let (header, sections) = PassportEntry.tree(lines, file: file, errors: &errors)
    var reader = PassportReader(file: file)
    var builder = PassportBuilder(reader: reader, classifier: classifier, kato: kato)
    let passport = builder.build(
      header: header, sections: sections, first: lines.first, file: file)
    reader = builder.reader
    errors += reader.errors
    guard errors.isEmpty, let passport else {
      return .failure(ReportingErrors(diagnostics: errors.sorted { $0.location < $1.location }))
    }
    return .success(passport)
  }
}
