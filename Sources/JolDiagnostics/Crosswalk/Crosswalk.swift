import JolModel

/// The crosswalk of `Policies/diagnostics/crosswalk/`: each scale of an instrument → the profile
/// directions it points to, and each direction → the TVET specialties a pupil is shown for it.
/// Data a methodologist edits (see `Policies/diagnostics/README.md`); built only by
/// ``CrosswalkLoader``, which checks every scale, direction and classifier code first.
///
/// Scales are keyed by instrument id, not version: a new version that keeps its scales needs no
/// new crosswalk (the loader checks every version's scales are mapped).
public struct Crosswalk: Sendable, Hashable {
  /// Instrument id → scale id → directions, in the order the file lists them.
  public let scales: [String: [String: [Direction]]]
  /// Direction → specialty codes, in the order the file lists them.
  public let specialties: [Direction: [SpecialtyCode]]

  /// Whether the crosswalk maps `instrument`'s scales.
  public func covers(_ instrument: String) -> Bool { scales[instrument] != nil }

  /// The directions one scale points to; empty for a scale the crosswalk does not map.
  public func directions(instrument: String, scale: String) -> [Direction] {
    scales[instrument]?[scale] ?? []
  }

  /// The directions the leading scales point to, each once, in the order of the scales and then
  /// of the file: several when scales tie or a scale points to several.
  public func directions(instrument: String, leading: [String]) -> [Direction] {
    var found: [Direction] = []
    for scale in leading {
      for direction in directions(instrument: instrument, scale: scale)
      where !found.contains(direction) {
        found.append(direction)
      }
    }
    return found
  }

  /// The specialties listed for a direction.
  public func specialties(of direction: Direction) -> [SpecialtyCode] {
    specialties[direction] ?? []
  }
}
