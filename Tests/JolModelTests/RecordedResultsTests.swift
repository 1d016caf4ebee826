import JolModel
import Testing

/// What the state keeps to recognise recorded results again: digests of a diagnostic's answers
/// and of each term's latest results, the same whichever order the events are folded in.
@Suite struct RecordedResultsTests {
  static let learner: LearnerID = "L-1"

  static func term(_ term: String, gpa: String, grades: [SubjectGrade] = []) -> TermResult {
    TermResult(
      term: term, gpa: FixedDecimal(gpa)!, attendance: FixedDecimal("95")!, grades: grades)
  }

  @Test func answersDigestIsOfTheAnswersNotOfTheirOrderOrSplit() {
    let digest = DiagnosticCompleted.digest
    #expect(digest(["1": "a", "2": "b"]) == digest(["2": "b", "1": "a"]))
    #expect(digest(["1": "a", "2": "b"]) != digest(["1": "a", "2": "c"]))
    #expect(digest(["1": "ab"]) != digest(["1a": "b"]))
    #expect(digest(["1": "a"]) != digest(["1": "a", "2": ""]))
    #expect(digest([:]) != digest(["": ""]))
  }

  @Test func termDigestChangesWithEveryField() {
    let base = Self.term("2025-2", gpa: "4.2", grades: [SubjectGrade(subject: "физика", grade: 4)])
    var changes: [TermResult] = []
    var other = base
    other.term = "2025-3"
    changes.append(other)
    other = base
    other.institution = "KST-SCH-017"
    changes.append(other)
    other = base
    other.gpa = FixedDecimal("4.3")!
    changes.append(other)
    other = base
    other.attendance = FixedDecimal("96")!
    changes.append(other)
    other = base
    other.grades = [SubjectGrade(subject: "физика", grade: 5)]
    changes.append(other)
    other = base
    other.grades = []
    changes.append(other)
    #expect(base.digest == Self.term("2025-2", gpa: "4.20", grades: base.grades).digest)
    #expect(Set(changes.map(\.digest) + [base.digest]).count == changes.count + 1)
  }

  @Test func eachTermKeepsItsLatestRecordInAnyFoldOrder() throws {
    // The 2025-2 correction is recorded last but dated before the first record; 2024-4 comes
    // after in the log but sorts before.
    var log = LogBuilder()
    let stream = StreamName.learner(Self.learner)
    let first = Self.term("2025-2", gpa: "4.2")
    let corrected = Self.term("2025-2", gpa: "4.4")
    let earlier = Self.term("2024-4", gpa: "3.9")
    log.append(stream, effective: "2026-05-30", recorded: "2026-06-01", .termResult(first))
    log.append(stream, effective: "2025-05-30", recorded: "2026-06-02", .termResult(earlier))
    log.append(stream, effective: "2026-05-20", recorded: "2026-06-03", .termResult(corrected))
    var inLogOrder = LearnerState(id: Self.learner)
    for event in log.events { inLogOrder.apply(event) }
    let byDate = LearnerState.fold(log.events, learner: Self.learner)
    #expect(inLogOrder == byDate)
    #expect(inLogOrder.terms.map(\.term) == ["2024-4", "2025-2"])
    #expect(inLogOrder.recordedTerm("2025-2")?.digest == corrected.digest)
    #expect(inLogOrder.recordedTerm("2025-2")?.sequence == 3)
    #expect(inLogOrder.recordedTerm("2024-4")?.digest == earlier.digest)
    #expect(inLogOrder.recordedTerm("2025-1") == nil)
    // The last term is still the one of the latest date.
    #expect(inLogOrder.lastTerm == TermSummary(first))
  }

  @Test func aDiagnosticIsFoundByInstrumentDateAndAnswers() throws {
    var state = LearnerState(id: Self.learner)
    let instrument = InstrumentRef(id: "five-types", version: 1)
    let answers = ["1": "a", "2": "b"]
    state.apply(
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: instrument, answers: answers, scores: [:], leadingDirections: [])),
      effective: CivilDate("2026-10-01")!, sequence: 7)
    #expect(state.hasDiagnostic(instrument, on: CivilDate("2026-10-01")!, answers: answers))
    #expect(!state.hasDiagnostic(instrument, on: CivilDate("2026-10-02")!, answers: answers))
    #expect(
      !state.hasDiagnostic(
        InstrumentRef(id: "five-types", version: 2), on: CivilDate("2026-10-01")!, answers: answers)
    )
    #expect(
      !state.hasDiagnostic(instrument, on: CivilDate("2026-10-01")!, answers: ["1": "a", "2": "c"]))
  }
}
