import JolFormat
import JolModel
import JolPolicy

/// `jol policy check [DIR|FILE…]`: checks every policy (names, types, units, dates, reason
/// texts, quotas, specialty and qualification codes against the TVET classifier of
/// `reference/`) and lists each problem as `file:line:column: error: message` (or `warning:`
/// for what is legal but likely unmeant, such as a quota of 0 seats), then each reserved quota's
/// seats on the policy's first day. Exit 0 when there is no error (warnings allowed), 65 on any
/// error. Without a `reference/` (a bare policy file elsewhere) the codes are not checked; see
/// ``PolicyFiles/classifier(for:_:)``. Policy ids that `awards` names may be those of the files
/// checked or of the policies directory.
///
/// Mentoring programmes (`*.programme`, as in `Policies/mentoring/`) are checked too, by the
/// parser `jol mentors assign` reads them with (``ProgrammeParser``): their errors are listed
/// the same way, summed up on a line of their own before the policies' summary, and make the
/// exit 65.
///
/// Reporting files — cluster passports (`*.passport`) and `reporting.conf`, as in
/// `Policies/reporting/` — are checked too (``PolicyCheckReporting``), by the parsers
/// `jol report` reads them with: their errors listed the same way, summed up on a line of their
/// own, exit 65.
///
/// JSON lines: one object per diagnostic (`file`, `line`, `column`, `severity`, `message`),
/// then one per quota (`policy`, `version`, `quota`, `share`, `seats`, `totalSeats`).
struct PolicyCheckCommand: Command {
  var name: String { "check" }
  var summary: LocalizedText {
    PolicyCommandText.checkSummary.text()
  }
  var synopsis: String { "[DIR|FILE…] [--format text|json]" }
  var options: [OptionSpec] { [.format([.text, .json])] }
  var positionalCount: ClosedRange<Int> { 0...Int.max }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json])
    let paths =
      arguments.positionals.isEmpty
      ? [context.policiesDirectory] : arguments.positionals.map(context.console.resolve)
    // A file named on its own is found by either search: each kind keeps its own.
    let programmeFiles = try PolicyFiles.find(paths, suffix: "programme", context).filter {
      $0.hasSuffix(".programme")
    }
    let reportingFiles = try PolicyCheckReporting.find(paths, context)
    let files = try PolicyFiles.find(paths, suffix: "policy", context).filter {
      !programmeFiles.contains($0) && !reportingFiles.contains($0)
    }
    guard !files.isEmpty || !programmeFiles.isEmpty || !reportingFiles.isEmpty else {
      throw CommandError(
        Self.noPolicies(paths.map { PolicyFiles.display($0, context) }), exitCode: .noInput)
    }
    let texts = try PolicyFiles.read(files, context)
    // One classifier for the run: the first path's (see PolicyFiles.classifier).
    let codes = try PolicyFiles.classifier(for: paths[0], context)
    let (set, errors) = PolicySet.load(
      files: texts, codes: codes,
      // Checking the directory itself, its ids are the files' own: no second read.
      otherPolicies: arguments.positionals.isEmpty ? [] : Self.directoryIDs(context))
    let programmes = Self.checkProgrammes(try PolicyFiles.read(programmeFiles, context))
    let reporting = try PolicyCheckReporting.check(
      try PolicyFiles.read(reportingFiles, context), codes: codes, context)
    let diagnostics = (errors + set.warnings + programmes.errors + reporting.errors).sorted {
      $0.location < $1.location
    }
    var output = PolicyOutput(context)
    for diagnostic in diagnostics {
      switch format {
      case .json:
        output.line(
          JSONValue.object([
            ("file", .string(diagnostic.location.file)), ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message[context.language])),
          ]).compact)
      default:
        output.line(diagnostic.description(in: context.language))
      }
    }
    for policy in set.policies {
      guard let (seats, quotas) = policy.quotaSeats(asOf: policy.effectiveFrom), !quotas.isEmpty
      else { continue }
      for quota in quotas {
        switch format {
        case .json:
          output.line(
            JSONValue.object([
              ("policy", .string(policy.id.rawValue)), ("version", .string(policy.version)),
              ("quota", .string(quota.name)), ("share", .number(quota.share.description)),
              ("seats", .int(quota.seats)), ("total_seats", .int(seats)),
            ]).compact)
        default:
          output.line(context.text(Self.quotaLine(policy, quota, of: seats)))
        }
      }
    }
    var summaries: [LocalizedText] = []
    if !programmeFiles.isEmpty {
      summaries.append(
        Self.programmeSummary(
          files: programmeFiles.count, valid: programmes.valid, errors: programmes.errors.count))
    }
    if !reportingFiles.isEmpty {
      summaries.append(
        PolicyCheckReporting.summary(
          files: reportingFiles.count, valid: reporting.valid, errors: reporting.errors.count))
    }
    if !files.isEmpty {
      summaries.append(
        Self.summary(
          files: texts.count, valid: set.policies.count, errors: errors.count,
          warnings: set.warnings.count))
    }
    // JSON output stays one diagnostic per line; the summary goes to standard error.
    for summary in summaries {
      if format == .json {
        context.message(context.text(summary))
      } else {
        output.line(context.text(summary))
      }
    }
    output.flush()
    return errors.isEmpty && programmes.errors.isEmpty && reporting.errors.isEmpty
      ? .ok : .dataError
  }

  /// Every diagnostic of the programme files, and how many are usable.
  static func checkProgrammes(_ files: [(path: String, text: String)]) -> (
    errors: [Diagnostic], valid: Int
  ) {
    let (programmes, diagnostics) = ProgrammeDirectory.parse(files)
    return (diagnostics, programmes.count)
  }

  /// The policy ids of the policies directory (empty when there is none), so that checking some
  /// of its files still knows the others' ids.
  static func directoryIDs(_ context: Context) -> Set<String> {
    let directory = context.policiesDirectory
    guard let files = try? PolicyFiles.find([directory], suffix: "policy", context),
      let texts = try? PolicyFiles.read(files, context)
    else { return [] }
    return PolicySet.ids(of: texts)
  }
}

extension PolicyCheckCommand {
  fileprivate static func quotaLine(_ policy: CompiledPolicy, _ quota: QuotaSeats, of seats: Int)
    -> LocalizedText
  {
    let id = "\(policy.id) v\(policy.version)"
    let share = quota.share.description
    return PolicyCommandText.quotaLine.text([
      "id": id, "name": quota.name, "total": String(seats), "seats": String(quota.seats),
      "share": LocalizedText.each {
        $0 == .en ? share : share.replacingOccurrences(of: ".", with: ",")
      },
    ])
  }

  fileprivate static func summary(files: Int, valid: Int, errors: Int, warnings: Int)
    -> LocalizedText
  {
    guard errors > 0 else {
      guard warnings > 0 else {
        return PolicyCommandText.checkedClean.text(["files": String(files)])
      }
      return PolicyCommandText.checkedWithWarnings.text([
        "files": "\(files)", "warnings": "\(warnings)",
      ])
    }
    return PolicyCommandText.checkedWithErrors.text([
      "files": "\(files)", "errors": "\(errors)", "unusable": "\(files - valid)",
    ])
  }

  fileprivate static func programmeSummary(files: Int, valid: Int, errors: Int) -> LocalizedText {
    guard errors > 0 else {
      return PolicyCommandText.checkedProgrammesClean.text(["count": "\(files)"])
    }
    return PolicyCommandText.checkedProgrammesWithErrors.text([
      "count": "\(files)", "errors": "\(errors)", "unusable": "\(files - valid)",
    ])
  }

  fileprivate static func noPolicies(_ paths: [String]) -> LocalizedText {
    let list = paths.joined(separator: ", ")
    return PolicyCommandText.noPolicyFiles.text(["list": list])
  }
}
