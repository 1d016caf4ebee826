/// Why a snapshot cannot be used. Every case means the same to the application: discard the
/// snapshot and rebuild the state from the log; the text says what was found, for the log of
/// the rebuild.
public enum SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file does not start with the snapshot magic: not a snapshot.
  case badMagic
  /// Written by a Jol with another snapshot format.
  case unsupportedFormatVersion(Int)
  /// Shorter than its header says (an interrupted copy, a cut file).
  case truncated(expected: Int, found: Int)
  /// The bytes are not those that were written.
  case checksumMismatch(stored: UInt64, computed: UInt64)
  /// The header's covered sequence is below what the state has folded in.
  case inconsistent(header: UInt64, state: UInt64)
  /// The checksum holds but the body is not what this Jol writes: at this byte offset,
  /// `expected` was expected.
  case malformed(offset: Int, expected: String)

  public var description: String {
    switch self {
    case .badMagic:
      "not a Jol snapshot (no JOLSNAP header); rebuild from the log"
    case .unsupportedFormatVersion(let version):
      "snapshot format version \(version) is not \(ClusterSnapshot.currentFormatVersion); rebuild from the log"
    case .truncated(let expected, let found):
      "snapshot is cut short: \(found) of \(expected) bytes; rebuild from the log"
    case .checksumMismatch(let stored, let computed):
      "snapshot checksum mismatch (stored \(hex(stored)), computed \(hex(computed))); rebuild from the log"
    case .inconsistent(let header, let state):
      "snapshot says it covers sequence \(header) but its state covers \(state); rebuild from the log"
    case .malformed(let offset, let expected):
      "snapshot damaged at byte \(offset): expected \(expected); rebuild from the log"
    }
  }
}

private func hex(_ value: UInt64) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: 16 - digits.count) + digits
}
