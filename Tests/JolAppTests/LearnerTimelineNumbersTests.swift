import Foundation
import Testing

/// The learner timeline writes numbers as its reader's language does (issue #8): «GPA 4,8» in
/// Kazakh and Russian text, «GPA 4.8» in English; JSON keeps exact decimals.
@Suite struct LearnerTimelineNumbersTests {
  @Test func numbersFollowTheLanguage() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 31, gpa: "4.8", attendance: "92.5")
    func show(_ language: String) -> String {
      let result = runJol([
        "learner", "show", "L-1", "--data", fixture.data, "--policies", fixture.policies,
        "--lang", language,
      ])
      #expect(result.exitCode == 0, "\(result.stderr)")
      return result.stdout
    }
    #expect(show("kk").contains("GPA 4,8"))
    #expect(show("kk").contains("92,5%"))
    #expect(show("ru").contains("GPA 4,8"))
    #expect(show("en").contains("GPA 4.8"))
    #expect(show("en").contains("92.5%"))
    let json = fixture.jol(["learner", "show", "L-1", "--format", "json"]).stdout
    #expect(json.contains(#""gpa":4.8"#))
  }
}
