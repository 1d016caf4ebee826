/// A district as a record states it: the current district-level KATO code, and the code as
/// written when that was an old one (the 2022 recodings), which the event keeps.
public struct DistrictCode: Hashable, Sendable {
  /// The current district-level code.
  public var code: KATOCode
  /// The code as written, when it was replaced by ``code``; nil when written as it is.
  public var recodedFrom: KATOCode?

  /// A district of these codes.
  public init(code: KATOCode, recodedFrom: KATOCode? = nil) {
    self.code = code
    self.recodedFrom = recodedFrom
  }
}

extension KATOTable {
  /// The district a text names, in `region` when given.
  ///
  /// Accepted: a district-level code (AA BB 00000: a city administration, BB 10–29, or a
  /// district, BB 30+) of a known region. An old code the table replaces is read as its
  /// successor (Semey Г.А. 632800000 → 101000000) and kept in ``DistrictCode/recodedFrom``. For
  /// a region the table covers, the code must be one of its current district-level units;
  /// otherwise the structure alone is checked. A region's own code (`390000000`) and a city or
  /// settlement (`391010000`, the city of Kostanay) are refused, the latter naming its district.
  public func district(_ text: String, in region: Region?) -> Result<DistrictCode, KATOError> {
    guard let written = KATOCode(rawValue: text) else { return .failure(.init(.malformed(text))) }
    let code = current(written)
    guard let found = code.region else { return .failure(.init(.unknownRegion(code))) }
    if let region, found != region {
      return .failure(.init(.outsideRegion(written, found: found, expected: region)))
    }
    switch code.level {
    case 1:
      return .failure(.init(.regionItself(code)))
    case 2:
      break
    default:
      let district = code.district!
      return .failure(
        .init(
          .belowDistrict(
            code, name: self[code]?.name, district: district, districtName: self[district]?.name)))
    }
    guard code.districtKind != nil else { return .failure(.init(.badDistrictNumber(code))) }
    // A current unit the table lists is one of its region's district-level units (the code's
    // level and region say the rest); the region's whole list is built only for the message.
    if self[code]?.isCurrent != true, covers(found) {
      let listed = districts(in: found)
      let nearest = SpecialtyClassifier.nearest(
        to: code.rawValue, among: listed.map(\.code.rawValue))
      return .failure(
        .init(
          .notInTable(
            code, region: found,
            nearest: nearest.flatMap { KATOCode(rawValue: $0) }.flatMap { self[$0] },
            count: listed.count)))
    }
    return .success(DistrictCode(code: code, recodedFrom: written == code ? nil : written))
  }
}
