import Foundation
import JolModel
import Testing

/// Enterprise capacities: version 2 tells "no cap" (omitted) from "no students" (0); version 1
/// events, which wrote 0 for no cap, read as no cap.
@Suite struct EnterpriseCapacityUpgradeTests {
  static func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent(name)).dropLast())
  }

  @Test func version1ZeroIsNoCapAndAnyOtherCapacityStays() throws {
    let changed = try Self.fixture("enterprise.capacity_changed.v1.json")
    let registered = try Self.fixture("enterprise.registered.v1.json")
    for decode in [fastDecode, foundationDecode] {
      #expect(
        try decode(changed).event == .enterpriseCapacityChanged(.init(capacity: nil)))
      guard case .enterpriseRegistered(let registration) = try decode(registered).event else {
        Issue.record("not a registration")
        continue
      }
      #expect(registration.capacity == 40)
    }
    let zeroV1 = String(decoding: registered, as: UTF8.self).replacingOccurrences(
      of: "\"capacity\":40", with: "\"capacity\":0")
    for decode in [fastDecode, foundationDecode] {
      guard case .enterpriseRegistered(let registration) = try decode(Array(zeroV1.utf8)).event
      else {
        Issue.record("not a registration")
        continue
      }
      #expect(registration.capacity == nil)
    }
  }

  @Test func version2KeepsZeroAndOmitsNoCap() throws {
    for capacity in [nil, 0, 7] {
      let line = EventCodec.encode(
        EventsSamples.payload(.enterpriseCapacityChanged(.init(capacity: capacity))))
      #expect(String(decoding: line, as: UTF8.self).contains("\"capacity\"") == (capacity != nil))
      for decode in [fastDecode, foundationDecode] {
        #expect(try decode(line).event == .enterpriseCapacityChanged(.init(capacity: capacity)))
      }
    }
    // Version 1 required the capacity.
    let registered = String(
      decoding: try Self.fixture("enterprise.registered.v1.json"), as: UTF8.self
    ).replacingOccurrences(of: ",\"capacity\":40", with: "")
    #expect(throws: (any Error).self) { try fastDecode(Array(registered.utf8)) }
  }
}
