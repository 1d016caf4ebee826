import JolFormat
import JolModel
import Testing

@testable import JolReports

/// Transition after grade 9 by school, and completion by district: exact shares on hand-built
/// leavers, withheld on hidden counts.
@Suite struct PathwayRatesByPlaceTests {
  typealias F = PathwayFixture
  typealias G = PathwayGapsFixture

  @Test func transitionBySchoolIsExact() throws {
    let drafts =
      G.many(6, "s1c") {
        G.grade9Leaver($0, school: "SCH-1", district: G.districtA, toCollege: true)
      }
      + G.many(5, "s1o") {
        G.grade9Leaver($0, school: "SCH-1", district: G.districtA, toCollege: false)
      }
      + G.many(5, "s2c") {
        G.grade9Leaver($0, school: "SCH-2", district: G.districtA, toCollege: true)
      }
      + G.many(5, "s2o") {
        G.grade9Leaver($0, school: "SCH-2", district: G.districtA, toCollege: false)
      }
    let report = try F.report(F.state(drafts))
    let table = "grade9_transition_rates_by_school"
    #expect(G.figure(report, table, "SCH-1", "leavers") == .int(11))
    #expect(G.figure(report, table, "SCH-1", "college") == .number("54.5"))
    #expect(G.figure(report, table, "SCH-1", "other") == .number("45.5"))
    #expect(G.figure(report, table, "SCH-1", "grade_10") == .number("0"))
    #expect(G.figure(report, table, "SCH-2", "college") == .number("50"))
    #expect(G.figure(report, table, "total", "college") == .number("52.4"))
  }

  @Test func aSchoolsRatesAreWithheldOnItsHiddenCounts() throws {
    let drafts =
      G.many(6, "s1c") {
        G.grade9Leaver($0, school: "SCH-1", district: G.districtA, toCollege: true)
      }
      + G.many(2, "s3c") {
        G.grade9Leaver($0, school: "SCH-3", district: G.districtA, toCollege: true)
      }
    let report = try F.report(F.state(drafts))
    let table = "grade9_transition_rates_by_school"
    #expect(G.figure(report, table, "SCH-3", "leavers") == .string("<5"))
    #expect(G.figure(report, table, "SCH-3", "college") == .string("—"))
  }

  @Test func completionByDistrictIsExact() throws {
    let drafts =
      G.many(6, "ag") { G.collegeLeaver($0, district: G.districtA, graduated: true) }
      + G.many(5, "bg") { G.collegeLeaver($0, district: G.districtB, graduated: true) }
      + G.many(5, "bx") { G.collegeLeaver($0, district: G.districtB, graduated: false) }
    let report = try F.report(F.state(drafts))
    let table = "completion_by_district"
    #expect(G.figure(report, table, G.districtA, "leavers") == .int(6))
    #expect(G.figure(report, table, G.districtA, "completion_share") == .number("100"))
    #expect(G.figure(report, table, G.districtB, "leavers") == .int(10))
    #expect(G.figure(report, table, G.districtB, "completion_share") == .number("50"))
    // 11 of 16, 68.75%, rounded half up.
    #expect(G.figure(report, table, "total", "completion_share") == .number("68.8"))
    #expect(
      G.figure(report, "college_leavers_by_district", G.districtB, "not_completed") == .int(5))
  }

  @Test func aDistrictsCompletionIsWithheldOnItsHiddenCount() throws {
    let drafts =
      G.many(6, "ag") { G.collegeLeaver($0, district: G.districtA, graduated: true) }
      + G.many(3, "bg") { G.collegeLeaver($0, district: G.districtB, graduated: true) }
    let report = try F.report(F.state(drafts))
    #expect(G.figure(report, "completion_by_district", G.districtB, "leavers") == .string("<5"))
    #expect(
      G.figure(report, "completion_by_district", G.districtB, "completion_share") == .string("—"))
  }
}
