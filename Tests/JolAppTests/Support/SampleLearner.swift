import Foundation
import JolModel

@testable import JolApp

/// A context on a data directory with a fixed clock, for tests that write through the store.
func testContext(data: String, at unixSeconds: Int64 = 1_795_928_400) -> Context {
  Context(
    console: Console(
      writeOut: { _ in }, writeError: { _ in }, environment: ["JOL_ACTOR": "test"],
      now: { unixSeconds }, workingDirectory: data),
    language: .en, dataDirectory: data, policiesDirectory: repositoryRoot + "/Policies")
}

/// Unix seconds of noon in Kazakhstan (UTC+5) on a date.
func noon(_ date: String) -> Int64 {
  Int64(CivilDate(date)!.daysSinceEpoch) * 86_400 + 7 * 3600
}

/// One learner, Әйгерім Сейітқали (IIN 070514500011): registered at school S-1 in grade 9 on
/// 2024-09-01 (recorded 2024-09-05), enrolled in college C-1 on 2026-09-01 but recorded late,
/// on 2026-10-15.
enum SampleLearner {
  static let iin = "070514500011"
  static let learner = LearnerID("L00000000000000a1")
  static let surname = "Сейітқали"
  static let name = "Әйгерім"

  static func write(to data: String) throws {
    do {
      let store = try Store.openForWriting(testContext(data: data, at: noon("2024-09-05")))
      var vault = try store.loadVault()
      vault.upsert(
        Person(
          learner: learner, iin: try IIN(validating: iin), surname: surname, name: name,
          patronymic: "Нұрланқызы", phone: "+77010000000", email: ""))
      try vault.save()
      try store.append([
        [
          EventDraft(
            stream: .learner(learner), effective: CivilDate("2024-09-01")!,
            event: .learnerRegistered(
              LearnerRegistered(
                school: "S-1", grade: 9, className: "А", language: .kk, district: "Аудан-1",
                region: "35"))),
          EventDraft(
            stream: .learner(learner), effective: CivilDate("2024-09-01")!,
            event: .categoryDeclared(CategoryChange(category: .rural))),
        ]
      ])
    }
    let late = try Store.openForWriting(testContext(data: data, at: noon("2026-10-15")))
    try late.append([
      [
        EventDraft(
          stream: .learner(learner), effective: CivilDate("2026-09-01")!,
          event: .stageEntered(
            StageEntered(
              placement: .college(
                CollegePlacement(
                  institution: "C-1", specialty: SpecialtyCode(rawValue: "06130100"),
                  qualification: QualificationCode(rawValue: "4S06130103"), form: .fullTime,
                  funding: .stateOrder, language: .kk)),
              reason: .enrolled)))
      ]
    ])
  }
}

/// Every file under a directory with its bytes, to prove a command changed nothing.
func contentsOfTree(_ path: String) -> [String: Data] {
  var result: [String: Data] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: path) else { return result }
  for case let relative as String in enumerator {
    let full = path + "/" + relative
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      result[relative] = FileManager.default.contents(atPath: full)
    }
  }
  return result
}
