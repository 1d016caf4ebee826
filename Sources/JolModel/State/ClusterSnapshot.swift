import Foundation

/// A snapshot of derived state: the state, the log position it covers and a format version.
/// The application writes it atomically beside the log; on start it restores the snapshot
/// and replays only the events after ``ClusterState/coveredSequence``. A snapshot that is
/// missing, of another format version, or corrupt is discarded and the state rebuilt from the
/// log — the result must equal a full replay (tested).
///
/// The application's format is the binary one of ``encode(_:)`` and ``decode(_:)`` (see
/// `ClusterSnapshot+Binary.swift`): a million learners restore in a fraction of a second. The
/// `Codable` JSON form of this struct (``encoded()``, ``restore(from:)``) is slower by two
/// orders of magnitude and kept only as a readable dump of small states.
public struct ClusterSnapshot: Codable, Sendable {
  /// The binary format this version of Jol writes and reads.
  public static let currentFormatVersion = 3
  /// The version of the JSON form (``encoded()``).
  public static let jsonFormatVersion = 1

  public var formatVersion: Int
  /// The highest global sequence the state covers.
  public var coveredSequence: UInt64
  public var state: ClusterState

  /// A JSON snapshot of `state`.
  public init(state: ClusterState) {
    self.formatVersion = Self.jsonFormatVersion
    self.coveredSequence = state.coveredSequence
    self.state = state
  }

  enum CodingKeys: String, CodingKey {
    case formatVersion = "format_version"
    case coveredSequence = "covered_sequence"
    case state
  }

  /// The snapshot as JSON bytes (a readable dump; the application writes ``encode(_:)``).
  /// - Throws: what `JSONEncoder` throws (nothing for valid state).
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// Restores the state from JSON snapshot bytes.
  /// - Throws: ``SnapshotError`` when the format version is not ``jsonFormatVersion`` or the
  ///   covered sequence disagrees with the state; `DecodingError` when the bytes are corrupt.
  public static func restore(from data: Data) throws -> ClusterState {
    struct Header: Decodable {
      var formatVersion: Int
      enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }
    }
    let header = try JSONDecoder().decode(Header.self, from: data)
    guard header.formatVersion == jsonFormatVersion else {
      throw SnapshotError.unsupportedFormatVersion(header.formatVersion)
    }
    let snapshot = try JSONDecoder().decode(ClusterSnapshot.self, from: data)
    guard snapshot.state.coveredSequence == snapshot.coveredSequence else {
      throw SnapshotError.inconsistent(
        header: snapshot.coveredSequence, state: snapshot.state.coveredSequence)
    }
    return snapshot.state
  }
}
