/// A row of `jol import learners` (a school roster) without its personal fields, which go to
/// the vault only.
public struct LearnerRow: Sendable, Hashable {
  /// The learner's IIN: looked up in the vault, never recorded in the log.
  public var iin: IIN
  /// The school, grade, class and language of instruction.
  public var placement: SchoolPlacement
  /// The district's KATO code (current).
  public var district: String
  /// The district code as the row wrote it, when an old code replaced by ``district``.
  public var districtRecodedFrom: String?
  /// The region the learner lives in.
  public var region: Region
  /// Nil when the file has no categories column (then categories are left as they are).
  public var categories: [DatedCategory]?
  /// The date the row's events take effect.
  public var date: CivilDate
  /// The purpose of a consent the row records; nil for none.
  public var consentPurpose: String?

  /// The row of these values.
  public init(
    iin: IIN, placement: SchoolPlacement, district: String, districtRecodedFrom: String? = nil,
    region: Region, categories: [DatedCategory]?, date: CivilDate, consentPurpose: String? = nil
  ) {
    self.iin = iin
    self.placement = placement
    self.district = district
    self.districtRecodedFrom = districtRecodedFrom
    self.region = region
    self.categories = categories
    self.date = date
    self.consentPurpose = consentPurpose
  }

  /// A category as a roster cell states it: `rural`, `жетім (01.09.2024)`,
  /// `мүгедектік (2024-09-01 – 2026-05-31)`.
  public struct DatedCategory: Sendable, Hashable {
    /// The category stated.
    public var category: Category
    /// The day it applies from; nil for the row's date.
    public var from: CivilDate?
    /// The day it ends, when the roster gives one.
    public var until: CivilDate?

    /// The row of these values.
    public init(_ category: Category, from: CivilDate? = nil, until: CivilDate? = nil) {
      self.category = category
      self.from = from
      self.until = until
    }
  }
}
