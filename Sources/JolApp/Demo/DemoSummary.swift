import Foundation
import JolFormat
import JolModel

/// The headline figures `jol demo` ends with, read back from the data directory it filled: the
/// learners and events in the log, the pupils with a diagnostic result, the mentorships in
/// force, the awards granted and their sum, and the reports written.
struct DemoSummary {
  var learners = 0
  var events: UInt64 = 0
  var diagnosed = 0
  var mentored = 0
  var awards = 0
  var awarded = Money(tiyn: 0)
  var reports: [String] = []

  init(context: Context, reports directory: String) throws {
    let state = try Store.openForReading(context).state()
    events = state.coveredSequence
    let today = CivilDate(DemoSteps.asOf)!
    state.forEachLearner { learner in
      guard learner.erased == nil else { return }
      learners += 1
      if !learner.diagnostics.isEmpty { diagnosed += 1 }
      if learner.mentorships.contains(where: { $0.until.map { today < $0 } ?? true }) {
        mentored += 1
      }
      for award in learner.awards where award.revoked == nil {
        awards += 1
        awarded = awarded + award.grant.amount
      }
    }
    reports =
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().map {
        directory + "/" + $0
      }
  }

  /// The figures as the demo prints them.
  func text(_ language: Language) -> String {
    let number = { (value: Int) in LocalNumber.integer(value, language) }
    let figures = DemoText.figures.text([
      "learners": number(learners), "events": LocalNumber.integer(events, language),
      "diagnosed": number(diagnosed), "mentored": number(mentored), "awards": number(awards),
      "amount": LocalNumber.money(awarded, language),
    ])[language]
    return ([figures] + reports.map { "  " + $0 }).joined(separator: "\n")
  }
}
