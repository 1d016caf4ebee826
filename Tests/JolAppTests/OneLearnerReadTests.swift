import Foundation
import JolFormat
import JolModel
import Testing

@testable import JolApp

/// Commands about one learner read that learner alone — their stream through the stream index
/// (``Store/learner(_:_:)``), their row of the vault through its index
/// (``Store/person(learner:)``), the organisations without a learner (``Store/organisations(_:)``)
/// — and say what the state read whole says: `jol eligibility check`, `jol diagnose recommend`,
/// `jol diagnose report --learner`.
@Suite struct OneLearnerReadTests {
  let checkpoints = CheckpointStoreTests()

  /// A demo's data directory: a vault with birth dates, diagnostics, awards, mentorships.
  static func demoData() throws -> String {
    let directory = try temporaryDirectory("jol-one") + "/demo"
    let result = runJol(
      [
        "demo", "--dir", directory, "--learners", "40", "--policies",
        repositoryRoot + "/Policies", "--lang", "en",
      ], workingDirectory: try temporaryDirectory())
    guard result.exitCode == 0 else { throw TestbedError(result.stderr) }
    return directory + "/data"
  }

  @Test func aLearnerReadAloneIsTheLearnerOfTheStateReadWhole() throws {
    // Events after the snapshot: about a learner it holds (dated before and after its date), a
    // learner new to it, an organisation.
    let data = try checkpoints.regionWithEventsAfterACheckpoint()
    let events = try checkpoints.events(data)
    let last = UInt64(events.count)
    let ids = Set(events.filter { $0.stream.kind == .learner }.map { LearnerID($0.stream.id) })
    #expect(ids.contains(LearnerID("LATE-1")))
    let store = try Store.openForReading(testContext(data: data))
    let slices = [
      TimeSlice(), TimeSlice(asOf: CivilDate("2022-06-30")!),
      TimeSlice(asOf: CheckpointStoreTests.yearEnd), TimeSlice(asOf: CivilDate("2026-10-01")!),
      TimeSlice(knownAt: .sequence(last - 3)),
      TimeSlice(asOf: CivilDate("2025-11-03")!, knownAt: .sequence(last - 1)),
    ]
    for slice in slices {
      let state = try store.state(slice)
      var read = 0
      for id in ids.sorted() + [LearnerID("L-NONE")] {
        let alone = try store.learner(id, slice)
        #expect(alone == state.learner(id), "\(id), \(slice)")
        if alone != nil { read += 1 }
      }
      // All at once, the stream index read once: the same learners.
      let together = try store.learners(ids.sorted() + [LearnerID("L-NONE")], slice)
      #expect(together == Dictionary(uniqueKeysWithValues: state.learners.map { ($0.id, $0) }))
      // Not vacuous: every learner of the state was read alone.
      #expect(read == state.learners.count, "\(slice)")
      #expect(read > 50, "\(slice)")
    }
  }

  @Test func theOrganisationsReadWithoutALearnerAreTheStatesOrganisations() throws {
    let data = try checkpoints.regionWithEventsAfterACheckpoint(seed: 37)
    let store = try Store.openForReading(testContext(data: data))
    let latest = try #require(try store.state().latestEffective)
    for (slice, passes) in [
      (TimeSlice(), true), (TimeSlice(asOf: CheckpointStoreTests.yearEnd), true),
      (TimeSlice(asOf: latest.adding(days: -1)), false),
    ] {
      let organisations = try store.organisations(slice)
      #expect((store.lastStateRead == .pass) == passes, "\(slice)")
      #expect(passes == organisations.learners.isEmpty, "\(slice)")
      let state = try store.state(slice)
      #expect(organisations.institutions == state.institutions, "\(slice)")
      #expect(organisations.enterprises == state.enterprises, "\(slice)")
      #expect(organisations.mentors == state.mentors, "\(slice)")
      #expect(organisations.policies == state.policies, "\(slice)")
      #expect(organisations.rounds == state.rounds, "\(slice)")
      #expect(!state.institutions.isEmpty)
    }
  }

  /// `eligibility check` of one learner — by IIN or by learner id, the vault's index there or
  /// not — prints the lines `--all` prints for them, birth dates (`age`) included.
  @Test func oneLearnersEligibilityIsTheirPartOfEveryonesWithOrWithoutTheVaultIndex() throws {
    let data = try Self.demoData()
    let store = try Store.openForReading(testContext(data: data))
    let vault = try store.loadVault()
    let people = vault.people.values.sorted { $0.learner < $1.learner }
    #expect(people.count > 30)
    #expect(people.contains { $0.birthDate != nil })
    /// The lines of `eligibility check`, nil when it exits 66 (no such learner on the date).
    let check = { (arguments: [String]) -> [String]? in
      let result = runJol(
        ["eligibility", "check"] + arguments + [
          "--explain", "--format", "json", "--data", data, "--lang", "ru",
        ])
      #expect([0, 66].contains(result.exitCode), "\(arguments): \(result.stderr)")
      return result.exitCode == 0 ? result.stdout.split(separator: "\n").map(String.init) : nil
    }
    var decided = 0
    var agesShown = 0
    for date in ["2026-11-29", "2025-12-31", "2024-09-01"] {
      let everyone = try #require(check(["--all", "--as-of", date]))
      // Ages known (from the vault): the criteria and their values are all shown.
      agesShown += everyone.filter { $0.contains(#""values":{"age":""#) }.count
      let index = data + "/vault/" + VaultIndex.fileName
      for withIndex in [true, false] {
        if !withIndex { try FileManager.default.removeItem(atPath: index) }
        for person in people.prefix(withIndex ? people.count : 6) {
          let theirs = everyone.filter { $0.contains("\"\(person.learner.rawValue)\"") }
          let expected = theirs.isEmpty ? nil : theirs
          #expect(check([person.learner.rawValue, "--as-of", date]) == expected, "\(date)")
          #expect(check([person.iin.value, "--as-of", date]) == expected, "\(date)")
          decided += theirs.isEmpty ? 0 : 1
        }
      }
      // The next writer puts the index back.
      let writer = try Store.openForWriting(testContext(data: data))
      writer.refreshDerivedFiles()
      #expect(FileManager.default.fileExists(atPath: index))
    }
    #expect(decided > 40)
    #expect(agesShown > 10)
    let unknown = runJol(["eligibility", "check", "L-NONE", "--data", data, "--lang", "en"])
    #expect(unknown.exitCode == 66)
    #expect(unknown.stderr.contains("L-NONE"))
  }

  /// `diagnose report --learner` and `diagnose recommend` say, for every learner with a result,
  /// what they say from the state read whole.
  @Test func onePupilsDiagnosticsAreWhatTheStateReadWholeSays() throws {
    let data = try Self.demoData()
    let context = testContext(data: data)
    let store = try Store.openForReading(context)
    let asOf = CivilDate("2026-11-29")!
    let state = try store.state(TimeSlice(asOf: asOf))
    let source = try GuidanceSource(state: state, context)
    let pupils = state.learners.filter { !$0.diagnostics.isEmpty }
    #expect(pupils.count > 5)
    for learner in pupils {
      let id = learner.id.rawValue
      let report = runJol([
        "diagnose", "report", "--learner", id, "--as-of", asOf.description, "--format", "json",
        "--data", data, "--lang", "kk",
      ])
      #expect(report.exitCode == 0, "\(report.stderr)")
      let whole = try DiagnosticReport.learner(learner, asOf: asOf, source: source)
      #expect(report.stdout == DiagnoseReportCommand.render(whole, .json, .kk), "\(id)")

      let recommended = runJol([
        "diagnose", "recommend", id, "--as-of", asOf.description, "--format", "json", "--data",
        data, "--lang", "kk",
      ])
      let current = try store.state()
      let result = try #require(current.learner(learner.id)?.latestDiagnostic(onOrBefore: asOf))
      let guidance = try GuidanceSource(state: current, context).guidance(
        try #require(current.learner(learner.id)), result, on: asOf)
      #expect(recommended.exitCode == 0, "\(recommended.stderr)")
      #expect(
        recommended.stdout == GuidanceView.json(guidance, learner: learner.id).compact + "\n",
        "\(id)")
    }
  }
}
