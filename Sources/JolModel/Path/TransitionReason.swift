/// Why a learner entered or left a stage. A closed set: reports count flows by it, and the
/// statistics office's categories (employed, continuing study, other) are derived from it.
public enum TransitionReason: String, CaseIterable, Codable, Sendable {
  /// First placement: admission to a school, college or university.
  case enrolled
  /// Moved up a grade or a course within the same institution.
  case promoted
  /// Moved to another institution or programme at the same stage.
  case transferred
  /// Completed the programme with a certificate or diploma.
  case graduated
  /// Excluded by the institution.
  case expelled
  /// Left on their own before completion.
  case droppedOut = "dropped_out"
  /// Started work.
  case employed
  /// Called up for military service.
  case conscripted
  /// Academic leave (академический отпуск), expected to return.
  case academicLeave = "academic_leave"
  /// Maternity or childcare leave (декретный отпуск / отпуск по уходу за ребёнком): graduates on
  /// it are left out of the employment rate's denominator, as the statistics office counts.
  case maternityLeave = "maternity_leave"
  /// Moved out of the region.
  case moved
  /// Anything else; reports show it as "other".
  case other
}
