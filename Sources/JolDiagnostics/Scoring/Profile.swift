import JolModel

/// What scoring one answer sheet gives: a score and a band per scale, the leading scales and
/// the validity flags. Scales are by index into ``Instrument/scales``.
///
/// Results guide; they never select or exclude anyone (``guidanceNote``).
public struct Profile: Hashable, Sendable {
  /// Each scale's score; nil when the scale is insufficient (too many of its items unanswered,
  /// see ``Instrument/score(_:)``).
  public var scores: [Int?]
  /// Each scale's band, an index into its ``Scale/bands``; nil when insufficient.
  public var bands: [Int?]
  /// The scales tied at the highest score, in instrument order: one, or several when tied —
  /// a tie is never broken. Empty when no scale could be scored.
  public var leading: [Int]
  /// Validity flags.
  public var flags: ProfileFlags
  /// How many items were unanswered.
  public var missing: Int

  public init(scores: [Int?], bands: [Int?], leading: [Int], flags: ProfileFlags, missing: Int) {
    self.scores = scores
    self.bands = bands
    self.leading = leading
    self.flags = flags
    self.missing = missing
  }

  /// The line every output a person reads carries.
  public static var guidanceNote: LocalizedText { ProfileMessage.guidanceNote.text() }

  /// What a person is shown for an insufficient scale, in place of its score and band.
  public static var insufficientText: LocalizedText { ProfileMessage.insufficient.text() }
}

/// Validity flags of a profile: reasons to read it with care, never to discard it.
public struct ProfileFlags: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Some items were unanswered (rating scales with a few missing are prorated).
  public static let missingAnswers = ProfileFlags(rawValue: 1)
  /// Every item answered, all with the same value or option (`4 4 4 …`, `a a a …`): the pupil
  /// may not have read the items.
  public static let straightLining = ProfileFlags(rawValue: 2)
  /// The highest and lowest scored scales differ by at most the instrument's `flat` margin:
  /// no clear interest stands out.
  public static let flatProfile = ProfileFlags(rawValue: 4)
  /// A scale had too many unanswered items to be scored: it takes no part in the leading
  /// scales, the code or the flat-profile flag — the profile is read without it.
  public static let insufficientScales = ProfileFlags(rawValue: 8)

  /// Every flag with its stable id (JSON `flags`), in this order.
  public static let all: [(flag: ProfileFlags, id: String)] = [
    (.missingAnswers, "missing_answers"), (.straightLining, "straight_lining"),
    (.flatProfile, "flat_profile"), (.insufficientScales, "insufficient_scales"),
  ]

  /// The ids of the flags set, in the order of ``all``.
  public var ids: [String] { Self.all.filter { contains($0.flag) }.map(\.id) }

  /// The flags' names in every language, for people.
  public var titles: [LocalizedText] {
    Self.all.filter { contains($0.flag) }.map { entry in
      switch entry.id {
      case "missing_answers": ProfileMessage.missingAnswers.text()
      case "straight_lining": ProfileMessage.straightLining.text()
      case "insufficient_scales": ProfileMessage.insufficientScales.text()
      default: ProfileMessage.flatProfile.text()
      }
    }
  }
}
