import Foundation

/// A snapshot of derived state: the state, the log position it covers and a format version.
/// The application writes it atomically beside the log; on start it restores the snapshot
/// and replays only the events after ``coveredSequence``. A snapshot that is missing, of
/// another format version, or corrupt is discarded and the state rebuilt from the log — the
/// result must equal a full replay (tested).
public struct ClusterSnapshot: Codable, Sendable {
  /// The format this version of Jol writes and reads.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  /// The highest global sequence the state covers.
  public var coveredSequence: UInt64
  public var state: ClusterState

  public init(state: ClusterState) {
    self.formatVersion = Self.currentFormatVersion
    self.coveredSequence = state.coveredSequence
    self.state = state
  }

  enum CodingKeys: String, CodingKey {
    case formatVersion = "format_version"
    case coveredSequence = "covered_sequence"
    case state
  }

  /// The snapshot as JSON bytes.
  /// - Throws: what `JSONEncoder` throws (nothing for valid state).
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// Restores the state from snapshot bytes.
  /// - Throws: ``SnapshotError`` when the format version is not this one or the covered
  ///   sequence disagrees with the state; `DecodingError` when the bytes are corrupt.
  public static func restore(from data: Data) throws -> ClusterState {
    struct Header: Decodable {
      var formatVersion: Int
      enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }
    }
    let header = try JSONDecoder().decode(Header.self, from: data)
    guard header.formatVersion == currentFormatVersion else {
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

/// Why a snapshot cannot be used (rebuild from the log instead).
public enum SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Written by a Jol with another snapshot format.
  case unsupportedFormatVersion(Int)
  /// The header's covered sequence differs from the state's.
  case inconsistent(header: UInt64, state: UInt64)

  public var description: String {
    switch self {
    case .unsupportedFormatVersion(let version):
      "snapshot format version \(version) is not \(ClusterSnapshot.currentFormatVersion); rebuild from the log"
    case .inconsistent(let header, let state):
      "snapshot says it covers sequence \(header) but its state covers \(state); rebuild from the log"
    }
  }
}
