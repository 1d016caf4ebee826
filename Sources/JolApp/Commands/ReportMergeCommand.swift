import JolModel
import JolReports

/// `jol report merge A.json B.json … [--format html|md|csv|json] [--out FILE]`: regions' pathway
/// reports added up into one (a national report), from the merge files each region writes with
/// `jol report pathways --format merge` (``PathwayMergeFile``), through ``PathwayMerge``: the
/// counts summed cell by cell, then disclosure control on the sums with the minimum cell size of
/// `Policies/reporting/reporting.conf`, the rates built from the sums, rendered as
/// `jol report pathways` renders. The header names the regions, their log positions and
/// passports, the date and the policy versions.
///
/// Only merge files are read: a published JSON report is refused (its small counts are hidden,
/// so no exact sum can come from it), as are files that disagree on the date, cohort, district or
/// a shared policy's version, or hold the same region. Every such problem is exit 65 with the
/// file and the JSON path or field, and no report is written.
struct ReportMergeCommand: Command {
  var name: String { "merge" }
  var summary: LocalizedText { ReportCommandText.mergeSummary.text() }
  var synopsis: String { "FILE.json… [--format html|md|csv|json] [--out FILE]" }
  static let formats: [ReportOutput.Format] = [.html, .md, .csv, .json]
  var options: [OptionSpec] { [ReportOutput.formatOption(Self.formats), ReportOutput.outOption] }
  var positionalCount: ClosedRange<Int> { 1...Int.max }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try ReportOutput.format(arguments, Self.formats)
    let config = try ReportOutput.config(context)
    let kato = try ReferenceData.kato(context)
    let classifier = try ReferenceData.classifier(context)
    do {
      var files: [(name: String, file: PathwayMergeFile)] = []
      for given in arguments.positionals {
        let path = context.console.resolve(given)
        let name = PolicyFiles.display(path, context)
        files.append((name, try PathwayMergeFile.read(try readBytes(path), file: name)))
      }
      let report = try PathwayMerge.report(
        files, minimumCellSize: config.minimumCellSize, kato: kato, classifier: classifier)
      try ReportOutput.write(
        ReportPathwaysCommand.render(report, format, context.language), arguments, context)
      return .ok
    } catch let error as PathwayMergeError {
      throw CommandError(error.message, exitCode: .dataError)
    }
  }
}
