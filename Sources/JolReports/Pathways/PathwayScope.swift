import JolModel

/// What a pathway report covers: the date, the cohort, one district or all, and the minimum
/// cell size of disclosure control.
///
/// **Cohort.** The calendar year in which learners left: grade-9 leavers who left school that
/// year, college leavers whose programme ended that year. By default the latest year whose
/// graduates have had their full 12 months by `asOf` (June of that year plus a year), so that
/// employment within 12 months is complete.
///
/// **District.** Learners are counted in the district they live in (their registration);
/// employers' demand in the district of the enterprise.
public struct PathwayScope: Hashable, Sendable {
  public var asOf: CivilDate
  public var cohort: Int
  /// A district's KATO code; nil for the whole region.
  public var district: String?
  public var minimumCellSize: Int

  public init(
    asOf: CivilDate, cohort: Int? = nil, district: String? = nil, minimumCellSize: Int = 5
  ) {
    self.asOf = asOf
    self.cohort = cohort ?? Self.defaultCohort(asOf: asOf)
    self.district = district
    self.minimumCellSize = minimumCellSize
  }

  /// The latest year Y with 30 June of Y + 1 on or before `asOf`.
  public static func defaultCohort(asOf: CivilDate) -> Int {
    let june = CivilDate(year: asOf.year, month: 6, day: 30)!
    return asOf >= june ? asOf.year - 1 : asOf.year - 2
  }

  /// The first calendar year of the academic year `asOf` falls in (it starts on 1 September).
  public var academicYear: Int { asOf.month >= 9 ? asOf.year : asOf.year - 1 }

  /// Whether a learner registered in `district` is in scope.
  func includes(district learnerDistrict: String?) -> Bool {
    district.map { $0 == learnerDistrict } ?? true
  }
}
