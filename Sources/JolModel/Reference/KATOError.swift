/// Why a text is not accepted as a district's KATO code: a value, never a crash. Each reason
/// says what was wrong and what would be accepted.
public struct KATOError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// Not nine digits AA BB CC DDD with trailing zero parts.
    case malformed(String)
    /// Nine digits whose AA is none of the twenty regions.
    case unknownRegion(KATOCode)
    /// The code of a region itself (`390000000`), not of one of its districts.
    case regionItself(KATOCode)
    /// A unit below district level (a city or settlement): its district-level unit is named.
    case belowDistrict(
      KATOCode, name: LocalizedText?, district: KATOCode, districtName: LocalizedText?)
    /// A district-level code with BB below 10, which no KATO list has (10–29 cities, 30+
    /// districts).
    case badDistrictNumber(KATOCode)
    /// A district-level code the table does not list for a region it covers; `nearest` is the
    /// closest listed one.
    case notInTable(KATOCode, region: Region, nearest: KATOUnit?, count: Int)
    /// A district of another region than the row's.
    case outsideRegion(KATOCode, found: Region, expected: Region)
  }

  /// What is wrong.
  public let problem: Problem

  public init(_ problem: Problem) { self.problem = problem }
}

extension KATOError: CustomStringConvertible {
  /// The English ``reason``.
  public var description: String { reason.en }
}

extension KATOError {
  /// What is wrong and what would be accepted, in each language (``KATOMessage``).
  public var reason: LocalizedText {
    switch problem {
    case .malformed(let text):
      return KATOMessage.malformed.text(["text": text])
    case .unknownRegion(let code):
      return KATOMessage.unknownRegion.text([
        "code": "\(code)", "region_code": "\(code.regionCode)",
      ])
    case .regionItself(let code):
      return KATOMessage.regionItself.text(["code": "\(code)", "region_code": "\(code.regionCode)"])
    case .belowDistrict(let code, let name, let district, let districtName):
      // The optional names are parts of the sentence: a name and its space, or nothing.
      let settlement: LocalizedText =
        name.map { name in .each { name[$0] + " " } } ?? .same("")
      let parent: LocalizedText =
        districtName.map { name in .each { " (" + name[$0] + ")" } } ?? .same("")
      return KATOMessage.belowDistrict.text([
        "code": "\(code)", "name": settlement, "level": "\(code.level)",
        "district": "\(district)", "district_name": parent,
      ])
    case .badDistrictNumber(let code):
      return KATOMessage.badDistrictNumber.text(["code": "\(code)"])
    case .notInTable(let code, let region, let nearest, let count):
      let hint: LocalizedText =
        nearest.map { KATOMessage.nearest.text(["code": $0.code.rawValue, "name": $0.name]) }
        ?? .same("")
      return KATOMessage.notInTable.text([
        "code": "\(code)", "region": region.name, "count": String(count), "nearest": hint,
        "region_id": region.rawValue,
      ])
    case .outsideRegion(let code, let found, let expected):
      return KATOMessage.outsideRegion.text([
        "code": "\(code)", "found": found.name, "expected": expected.name,
        "region_id": expected.rawValue,
      ])
    }
  }
}
