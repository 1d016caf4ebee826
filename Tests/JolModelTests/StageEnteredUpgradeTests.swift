import Foundation
import Testing

@testable import JolModel

/// `learner.stage_entered` version 1 wrote dual training and distance learning as forms of
/// study; version 2 has three forms and a dual-training flag. Old events are upgraded on read by
/// both codecs, and never rewritten.
@Suite struct StageEnteredUpgradeTests {
  /// A version 1 college enrolment with `form` set to `word`.
  static func version1(form word: String) -> [UInt8] {
    let text = """
      {"type":"learner.stage_entered","schema_version":1,"effective":"2025-09-01",\
      "recorded_at":"2025-09-02T08:00:00.000Z","actor":"import:stages.csv","data":{"placement":\
      {"stage":"college","institution":"KST-COL-03","specialty":"07150100","form":"\(word)",\
      "funding":"state_order","language":"kk"},"reason":"enrolled"}}
      """
    return Array(text.utf8)
  }

  @Test(
    "each old form reads as a form and a dual-training flag",
    arguments: [
      ("full_time", StudyForm.fullTime, false), ("dual", .fullTime, true),
      ("evening", .evening, false), ("distance", .extramural, false),
    ])
  func oldFormIsUpgraded(word: String, form: StudyForm, dual: Bool) throws {
    let bytes = Self.version1(form: word)
    let fast = try fastDecode(bytes)
    #expect(try foundationDecode(bytes) == fast)
    guard case .stageEntered(let entered) = fast.event,
      case .college(let college) = entered.placement
    else {
      Issue.record("not a college enrolment: \(fast.event)")
      return
    }
    #expect(college.form == form)
    #expect(college.dualTraining == dual)
    let rewritten = String(decoding: EventCodec.encode(fast), as: UTF8.self)
    #expect(rewritten.contains("\"schema_version\":2"))
    #expect(rewritten.contains("\"dual_training\":\(dual)"))
  }

  @Test func version2DoesNotAcceptTheOldForms() {
    for word in ["dual", "distance"] {
      let text = String(decoding: Self.version1(form: word), as: UTF8.self)
        .replacingOccurrences(of: "\"schema_version\":1", with: "\"schema_version\":2")
        .replacingOccurrences(of: "\"funding\"", with: "\"dual_training\":false,\"funding\"")
      #expect(throws: (any Error).self) { try fastDecode(Array(text.utf8)) }
      #expect(throws: (any Error).self) { try foundationDecode(Array(text.utf8)) }
    }
  }

  @Test func version1HasNoDualTrainingKey() {
    let text = String(decoding: Self.version1(form: "full_time"), as: UTF8.self)
      .replacingOccurrences(of: "\"funding\"", with: "\"dual_training\":true,\"funding\"")
    #expect(throws: (any Error).self) { try fastDecode(Array(text.utf8)) }
  }

  @Test func version2NeedsTheDualTrainingFlag() {
    let text = String(decoding: Self.version1(form: "full_time"), as: UTF8.self)
      .replacingOccurrences(of: "\"schema_version\":1", with: "\"schema_version\":2")
    #expect(throws: (any Error).self) { try fastDecode(Array(text.utf8)) }
    #expect(throws: (any Error).self) { try foundationDecode(Array(text.utf8)) }
  }
}
