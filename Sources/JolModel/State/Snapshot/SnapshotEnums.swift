/// The closed sets a snapshot stores as one byte each, and the names behind those bytes.
///
/// A snapshot lists, for each set, the raw values of its cases in the order the writer numbered
/// them; the reader maps each stored number to its own case by name. A later Jol that reorders
/// or adds cases therefore still reads an older snapshot correctly, and one that removed a case
/// refuses it (and rebuilds from the log) instead of misreading it.
enum SnapshotEnums {
  /// Each closed set, in the order the snapshot lists them.
  enum Slot: Int, CaseIterable, CustomStringConvertible {
    case language, stage, studyForm, funding, transitionReason, enterprisePlacementKind
    case outsideKind, mentorshipEndReason

    /// The set's name in error messages.
    var description: String {
      switch self {
      case .language: "language"
      case .stage: "stage"
      case .studyForm: "study form"
      case .funding: "funding"
      case .transitionReason: "transition reason"
      case .enterprisePlacementKind: "enterprise placement kind"
      case .outsideKind: "outside kind"
      case .mentorshipEndReason: "mentorship end reason"
      }
    }

    /// The raw values of the set's cases, in case order.
    var names: [String] {
      switch self {
      case .language: Language.allCases.map(\.rawValue)
      case .stage: Stage.allCases.map(\.rawValue)
      case .studyForm: StudyForm.allCases.map(\.rawValue)
      case .funding: Funding.allCases.map(\.rawValue)
      case .transitionReason: TransitionReason.allCases.map(\.rawValue)
      case .enterprisePlacementKind: EnterprisePlacementKind.allCases.map(\.rawValue)
      case .outsideKind: OutsideKind.allCases.map(\.rawValue)
      case .mentorshipEndReason: MentorshipEndReason.allCases.map(\.rawValue)
      }
    }
  }

  /// Writes every set's names: count of sets, then per set a count and the names.
  static func write(to writer: inout SnapshotWriter) {
    writer.count(Slot.allCases.count)
    for slot in Slot.allCases {
      let names = slot.names
      writer.count(names.count)
      for name in names { writer.inline(name) }
    }
  }

  /// Reads the names and returns the reader's ``SnapshotReader/enumTable``: per set, 256
  /// entries mapping each stored number to the current case number (0xFF: none).
  /// - Throws: ``SnapshotError/malformed(offset:expected:)`` when the sets differ in number or a
  ///   stored name is not a case of this Jol.
  static func readTable(from reader: inout SnapshotReader) throws(SnapshotError) -> [UInt8] {
    guard try reader.count() == Slot.allCases.count else {
      throw reader.malformed("\(Slot.allCases.count) closed sets")
    }
    var table = [UInt8](repeating: 0xFF, count: Slot.allCases.count * 256)
    for slot in Slot.allCases {
      let current = slot.names
      let stored = try reader.count()
      guard stored < 0xFF else { throw reader.malformed("at most 254 cases of \(slot)") }
      for number in 0..<stored {
        let name = try reader.inline()
        guard let index = current.firstIndex(of: name) else {
          throw reader.malformed("a \(slot) this Jol knows, not '\(name)'")
        }
        table[slot.rawValue << 8 | number] = UInt8(index)
      }
    }
    return table
  }
}
