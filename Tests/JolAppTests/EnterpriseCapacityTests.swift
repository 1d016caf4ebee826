import Foundation
import JolModel
import Testing

@testable import JolApp

/// An enterprise's capacity across its mentors, end to end: an empty cell is no cap, 0 is no
/// students, and `jol mentors assign` keeps to it.
@Suite struct EnterpriseCapacityTests {
  static let bin = MentorsCommandTests.bin
  static let district = MentorsCommandTests.district

  static func institutions(capacity: String) -> String {
    """
    code,kind,name_kk,name_ru,district,specialties,capacity
    \(bin),кәсіпорын,«Агромаш» ЖШС,ТОО «Агромаш»,\(district),07150500,\(capacity)

    """
  }

  @Test func emptyIsNoCapZeroIsNoStudentsAndAssignKeepsToIt() throws {
    let region = try MentorsCommandTests.Region()
    let jol = region.fixture.jol
    let capacity = {
      try region.state().enterprises[EnterpriseID(Self.bin)]?.registration?.capacity
    }
    let assigned = { () throws -> [String: [String]] in
      let out = jol([
        "mentors", "assign", "--programme", "kst-dual-2026", "--as-of", "2026-09-01", "--format",
        "json",
      ])
      #expect(out.exitCode == 0, "\(out.stderr)")
      return try #require(try jsonObjects(out.stdout).first?["assignments"] as? [String: [String]])
    }
    _ = try region.importFile("mentors", MentorsCommandTests.mentors)
    _ = try region.importFile(
      "mentor-preferences", region.lists([("L-A", "M-1"), ("L-B", "M-2"), ("L-C", "M-3")]))

    // The empty cell: no cap, everyone placed.
    #expect(try region.importFile("institutions", Self.institutions(capacity: "")).exitCode == 0)
    #expect(try capacity() == nil)
    #expect(try assigned().values.map(\.count).reduce(0, +) == 3)

    // 0: the enterprise takes nobody.
    #expect(try region.importFile("institutions", Self.institutions(capacity: "0")).exitCode == 0)
    #expect(try capacity() == 0)
    guard case .enterpriseCapacityChanged(let change) = try region.fixture.events().last?.event
    else {
      Issue.record("no capacity change")
      return
    }
    #expect(change.capacity == 0)
    #expect(try assigned().values.allSatisfy(\.isEmpty))

    // 2 through the mentors file; then the empty cell lifts the cap again.
    let capped = MentorsCommandTests.mentors.replacingOccurrences(
      of: "shift,capacity\n", with: "shift,capacity,enterprise_capacity\n"
    ).replacingOccurrences(of: ",day,1\n", with: ",day,1,2\n")
    #expect(try region.importFile("mentors", capped).exitCode == 0)
    #expect(try capacity() == 2)
    #expect(try assigned().values.map(\.count).reduce(0, +) == 2)
    #expect(try region.importFile("institutions", Self.institutions(capacity: "")).exitCode == 0)
    #expect(try capacity() == nil)
    #expect(try assigned().values.map(\.count).reduce(0, +) == 3)
  }
}
