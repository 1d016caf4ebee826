import Foundation
import JolLog
import JolModel

/// The runs of `jol mentors assign`, as derived files `DATA/snapshots/mentoring/RUN-ID.json`
/// (owner-only, replaced atomically). A run is pending until `publish` records its pairs.
enum MentorRunStore {
  static func directory(_ store: Store) -> String { store.path + "/snapshots/mentoring" }

  /// Saves `run` (writers only: the caller holds the data directory's lock).
  static func save(_ run: MentorRun, _ store: Store) throws {
    let fileSystem = PosixFileSystem()
    try fileSystem.makeDirectory(store.path + "/snapshots")
    try fileSystem.makeDirectory(directory(store))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
      try AtomicFile.write(
        Array(try encoder.encode(run)), to: directory(store) + "/" + run.id + ".json",
        fileSystem: fileSystem)
    } catch {
      throw CommandError(
        MentorsText.cannotSave.text(["id": run.id, "detail": "\(error)"]), exitCode: .ioError)
    }
  }

  /// The run `id`.
  /// - Throws: ``CommandError`` 66 when there is no such run, 65 when its file is damaged.
  static func load(_ id: String, _ store: Store) throws -> MentorRun {
    guard ImportValues.isCode(id), !id.hasPrefix("."),
      let data = FileManager.default.contents(atPath: directory(store) + "/" + id + ".json")
    else {
      throw CommandError(MentorsText.noSuchRun.text(["id": id]), exitCode: .noInput)
    }
    do {
      return try JSONDecoder().decode(MentorRun.self, from: data)
    } catch {
      throw CommandError(MentorsText.runDamaged.text(["id": id]), exitCode: .dataError)
    }
  }

  /// Every run, latest first (by date, then round).
  static func all(_ store: Store) throws -> [MentorRun] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory(store))) ?? []
    return try names.filter { $0.hasSuffix(".json") }.map {
      try load(String($0.dropLast(5)), store)
    }.sorted { ($0.asOf, $0.round, $0.id) > ($1.asOf, $1.round, $1.id) }
  }

  /// The latest run that has `learner` (in the run or pre-assigned), or of `programme` when
  /// given; with `publishedIn`, only the runs that state has published.
  static func latest(
    _ store: Store, learner: LearnerID? = nil, programme: String? = nil,
    publishedIn state: ClusterState? = nil
  ) throws -> MentorRun? {
    try all(store).first { run in
      (learner.map { run.index(of: $0) != nil || run.preAssignment(of: $0) != nil } ?? true)
        && (programme.map { run.programme == $0 } ?? true)
        && (state.map { $0.matchings[MatchingRunID(run.id)]?.published != nil } ?? true)
    }
  }
}
