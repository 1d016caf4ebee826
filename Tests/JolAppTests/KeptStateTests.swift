import JolPolicy
import Synchronization
import Testing

@testable import JolApp
@testable import JolModel

/// A command that only reads the state hands it to the process to keep until it exits
/// (``Console/keepUntilExit``), so that the `jol` process does not take the learners apart
/// before it ends; the state kept is the one the command read.
@Suite struct KeptStateTests {
  /// What a console's `keepUntilExit` was given.
  final class Kept: Sendable {
    private let values = Mutex<[ClusterState]>([])
    func keep(_ value: Any) {
      if let state = value as? ClusterState { values.withLock { $0.append(state) } }
    }
    var states: [ClusterState] { values.withLock { $0 } }
  }

  static func context(_ bed: ImportTestbed, _ kept: Kept?) -> Context {
    var console = Console(
      writeOut: { _ in }, writeError: { _ in }, environment: [:], now: { 1_795_928_400 },
      workingDirectory: bed.directory)
    if let kept { console.keepUntilExit = { kept.keep($0) } }
    return Context(
      console: console, language: .en, dataDirectory: bed.data,
      policiesDirectory: repositoryRoot + "/Policies")
  }

  @Test func theStateReadForReadingIsKeptAndIsTheStateOfTheLog() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let (expected, _) = try bed.stateAndVault()
    let kept = Kept()
    let store = try Store.openForReading(Self.context(bed, kept))
    #expect(try store.state() == expected)
    let asOf = CivilDate("2026-10-01")!
    let slice = try store.state(TimeSlice(asOf: asOf))
    #expect(kept.states == [expected, slice])
    #expect(slice != expected)
    // Without a keeper (tests, a demo's steps), nothing is kept, and the states are the same.
    let plain = try Store.openForReading(Self.context(bed, nil))
    #expect(try plain.state() == expected)
    #expect(try plain.state(TimeSlice(asOf: asOf)) == slice)
  }

  @Test func aCommandThatWritesKeepsNone() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let kept = Kept()
    let store = try Store.openForReading(Self.context(bed, kept))
    let current = try store.currentState()
    let slice = try store.state(TimeSlice(asOf: CivilDate("2026-10-01")!), keep: false)
    #expect(kept.states.isEmpty)
    #expect(try store.state(keep: false) == current)
    #expect(slice == (try store.state(TimeSlice(asOf: CivilDate("2026-10-01")!))))
    #expect(kept.states.count == 1)
  }

  @Test func roundRunKeepsNoState() throws {
    // `jol round run` reads the state through its inputs and appends the round after: the
    // state it read is not kept beside the one the append reads to refresh the snapshot.
    let bed = try ImportTestbed()
    try bed.importBasics()
    let kept = Kept()
    let store = try Store.openForReading(Self.context(bed, kept))
    let policy = try PolicyFiles.policy(
      "rural-youth-grant", on: CivilDate("2026-10-01")!, Self.context(bed, nil))
    _ = try RoundInputs.build(
      store, policy: policy, asOf: CivilDate("2026-10-01")!, logPosition: store.log!.lastSequence,
      seed: "test")
    #expect(kept.states.isEmpty)
  }
}
