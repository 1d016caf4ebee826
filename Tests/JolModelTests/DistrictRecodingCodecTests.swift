import JolModel
import Testing

/// `district_recoded_from`: the district code as written when an old code (the 2022 recodings)
/// was recorded as the new one. Optional in schema version 1 of the three registrations: events
/// written before it read as before, and both codecs agree.
@Suite struct DistrictRecodingCodecTests {
  static func line(_ type: String, _ data: String) -> String {
    #"{"type":""# + type
      + #"","schema_version":1,"effective":"2026-09-01","recorded_at":"2026-09-01T09:00:00.000Z","actor":"import:x.csv","data":"#
      + data + "}"
  }

  static func decode(_ type: String, _ data: String) throws -> EventPayload {
    let bytes = Array(line(type, data).utf8)
    let fast = try fastDecode(bytes)
    #expect(fast == (try foundationDecode(bytes)))
    return fast
  }

  static let names = #"{"kk":"а","ru":"б"}"#

  @Test(arguments: [
    (
      "learner.registered",
      #"{"school":"S","grade":9,"class":"А","language":"kk","district":"101000000","region":"10""#
    ),
    (
      "institution.registered",
      #"{"kind":"school","names":"# + names
        + #","district":"101000000","languages":["kk"],"specialties":[]"#
    ),
    (
      "enterprise.registered",
      #"{"names":"# + names + #","district":"101000000","specialties":[],"capacity":0"#
    ),
  ])
  func oldEventsReadAndTheOldCodeRoundTrips(type: String, prefix: String) throws {
    let old = try Self.decode(type, prefix + "}")
    let recoded = try Self.decode(type, prefix + #","district_recoded_from":"632800000"}"#)
    #expect(old != recoded)
    let recodedFrom: String?? =
      switch recoded.event {
      case .learnerRegistered(let e): e.districtRecodedFrom
      case .institutionRegistered(let e): e.districtRecodedFrom
      case .enterpriseRegistered(let e): e.districtRecodedFrom
      default: nil
      }
    #expect(recodedFrom == "632800000")
    let written = String(decoding: EventCodec.encode(recoded), as: UTF8.self)
    #expect(written.contains(#""district_recoded_from":"632800000"}"#), "\(written)")
    #expect(!String(decoding: EventCodec.encode(old), as: UTF8.self).contains("recoded"))
  }
}
