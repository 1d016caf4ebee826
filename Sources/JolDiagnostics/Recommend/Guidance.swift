import JolModel

/// A pupil's guidance from one stored result: the scales with their bands in words, and the
/// recommended directions, specialties and colleges, each with its reason in kk, ru and en.
/// Made by ``Guidance/init(result:instrument:crosswalk:classifier:colleges:pupil:)``; the shape a
/// report renders (a profile page: the scales chart, the bands in words, the recommendations).
///
/// Results guide; they never select or exclude anyone: every output carries ``note``.
public struct Guidance: Sendable {
  /// The result's instrument and version.
  public var instrument: InstrumentRef
  /// The instrument's name.
  public var title: LocalizedText
  /// The day the pupil answered.
  public var date: CivilDate
  /// Every scale of the instrument, in its order.
  public var scales: [ScaleReading]
  /// Ids of the leading scales (several when tied).
  public var leading: [String]
  /// Ids of the validity flags, and their names.
  public var flags: [String]
  public var flagTitles: [LocalizedText]
  /// The recommended directions, those of the first leading scale first.
  public var directions: [DirectionRecommendation]

  /// The line every output a person reads carries: results guide, never select.
  public static var note: LocalizedText { Profile.guidanceNote }
}

/// One scale of a result, in words.
public struct ScaleReading: Sendable, Hashable {
  /// The scale's id (`technology`).
  public var id: String
  /// Its name (`Адам — техника`).
  public var name: LocalizedText
  /// The score, nil when the scale was insufficient.
  public var score: FixedDecimal?
  /// The highest score the scale can have (8 for a Klimov type).
  public var maximum: Int
  /// The band's id, its short name (`айқын`) and what it means; nil when insufficient or the
  /// result kept no band (schema version 1).
  public var band: String?
  public var bandName: LocalizedText?
  public var meaning: LocalizedText?
}

/// A direction recommended because a leading scale points to it through the crosswalk.
public struct DirectionRecommendation: Sendable, Hashable {
  public var direction: Direction
  /// The leading scales that point to it, with their scores and bands.
  public var scales: [String]
  /// Why: «Адам — техника 7/8, айқын → «Техникалық және инженерлік» бағыты».
  public var reason: LocalizedText
  /// The crosswalk's specialties of the direction that a college of the region teaches in the
  /// pupil's language, each with those colleges.
  public var specialties: [SpecialtyRecommendation]
}

/// A specialty of a recommended direction, with the colleges that teach it.
public struct SpecialtyRecommendation: Sendable, Hashable {
  public var code: SpecialtyCode
  public var name: LocalizedText
  /// The colleges, the pupil's own district first, then the rest of the region.
  public var colleges: [CollegeRecommendation]
}

/// A college that teaches a recommended specialty.
public struct CollegeRecommendation: Sendable, Hashable {
  public var institution: InstitutionID
  public var names: OrganisationNames
  /// The college's district code (KATO).
  public var district: String
  /// Whether it is in the pupil's district.
  public var sameDistrict: Bool
  /// The languages it teaches in that the pupil studies in (all its languages when the pupil's
  /// is not known).
  public var languages: [Language]
  /// The specialty's intake there.
  public var intake: Int
  /// Why: «Адам — техника 7/8, айқын; «Дәнекерлеу ісі» мамандығы сіздің ауданыңыздағы колледжде
  /// қазақ тілінде оқытылады: …».
  public var reason: LocalizedText
}
