import JolModel

/// Adds regions' pathway reports up into one (a national report) from their merge files
/// (``PathwayMergeFile``), with disclosure control applied after the sum: each merged cell is
/// the sum of the regions' raw counts and is suppressed, or not, on that sum — a cell hidden in
/// every region (2 + 2) is published once the sum reaches the minimum, and nothing is ever
/// summed from hidden figures. Rates are built from the merged counts; the merged report is the
/// report of the regions' learners taken together.
///
/// The files must agree on what makes their counts addable: the date, the cohort and the
/// district (all of them, normally), and the version of any policy two regions both have (the
/// awards tables are by policy id) or passport they share; no region may be in two files (its
/// learners would be counted twice). A row is keyed by its stable code (district KATO code,
/// specialty code, school or college id, policy id), so the same key in two regions is one row.
/// The KPIs of a region's cluster passport are not part of a merged report: their targets are
/// the region's own.
public enum PathwayMerge {
  /// The merged report of `files` (each named as its messages should name it), with cells below
  /// `minimumCellSize` hidden, names from `kato` and `classifier` and the files' institutions.
  /// - Throws: ``PathwayMergeError`` when files disagree (naming both and the field);
  ///   ``DisclosureError`` only on an internal fault of the tables.
  public static func report(
    _ files: [(name: String, file: PathwayMergeFile)], minimumCellSize: Int, kato: KATOTable,
    classifier: SpecialtyClassifier?
  ) throws -> PathwayReport {
    guard let first = files.first?.file else { preconditionFailure("no merge file") }
    try checkAgreement(files)
    var tally = first.tally
    tally.scope.minimumCellSize = minimumCellSize
    var institutions = first.institutions
    var policies = Set(first.policies)
    for (_, file) in files.dropFirst() {
      tally.add(file.tally)
      institutions.merge(file.institutions) { kept, _ in kept }
      policies.formUnion(file.policies)
    }
    var report = try PathwayReport(
      tally: tally, logPosition: 0, policies: policies.sorted { $0.id < $1.id },
      names: PathwayNames(kato: kato, classifier: classifier, institutions: institutions))
    report.mergedFrom = files.map(\.file.source)
    for code in Set(files.flatMap(\.file.source.regions)) {
      // The region's own names (kk, ru, en); KATO's table names units in kk and ru only.
      report.regionTitles[code] = Region(rawValue: code)?.name ?? kato.name(of: code + "0000000")
    }
    return report
  }

  /// Refuses files whose counts cannot be added: another date, cohort or district; another
  /// version of a policy or passport both name; a region in two files.
  static func checkAgreement(_ files: [(name: String, file: PathwayMergeFile)])
    throws(PathwayMergeError)
  {
    let (firstName, first) = files[0]
    for (name, file) in files.dropFirst() {
      let fields: [(String, String, String)] = [
        ("as_of", first.scope.asOf.description, file.scope.asOf.description),
        ("cohort", String(first.scope.cohort), String(file.scope.cohort)),
        ("district", first.scope.district ?? "null", file.scope.district ?? "null"),
      ]
      for (field, a, b) in fields where a != b {
        throw PathwayMergeError(
          MergeMessage.differs.text([
            "first": firstName, "second": name, "field": field, "a": a, "b": b,
          ]))
      }
    }
    var policies: [String: (version: Int, file: String)] = [:]
    var passports: [String: (version: Int, file: String)] = [:]
    var regions: [String: String] = [:]
    for (name, file) in files {
      for policy in file.policies {
        if let seen = policies[policy.id], seen.version != policy.version {
          throw PathwayMergeError(
            MergeMessage.policyDiffers.text([
              "first": seen.file, "second": name, "policy": policy.id,
              "a": String(seen.version), "b": String(policy.version),
            ]))
        }
        policies[policy.id] = (policy.version, name)
      }
      if let passport = file.source.passport {
        if let seen = passports[passport.id], seen.version != passport.version {
          throw PathwayMergeError(
            MergeMessage.passportDiffers.text([
              "first": seen.file, "second": name, "passport": passport.id,
              "a": String(seen.version), "b": String(passport.version),
            ]))
        }
        passports[passport.id] = (passport.version, name)
      }
      for region in file.source.regions {
        if let seen = regions[region] {
          throw PathwayMergeError(
            MergeMessage.sameRegion.text(["region": region, "first": seen, "second": name]))
        }
        regions[region] = name
      }
    }
  }
}
