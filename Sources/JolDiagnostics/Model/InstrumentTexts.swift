import JolModel

/// The texts of an instrument in kk, ru and en, by text id. The ids are derived from the
/// structure's own ids — never from positions — so reordering items or scales in a file moves
/// no text:
///
/// | id | what |
/// | --- | --- |
/// | `title`, `instructions` | the instrument's name and what a pupil is told |
/// | `scale.<scale>` | a scale's name (`scale.nature`) |
/// | `band.<scale>.<band>` | a band's short name (`band.nature.pronounced`) |
/// | `meaning.<scale>.<band>` | what the band means, one sentence |
/// | `option.<item><option>` | choice items: an option's text (`option.1a`) |
/// | `item.<item>` | rating items: the activity rated (`item.12`) |
/// | `rating.<value>` | rating instruments: the words for each value (`rating.4`) |
public struct InstrumentTexts: Sendable {
  /// Every text by id; each has all three languages (the loader checks it).
  public let entries: [String: LocalizedText]

  init(entries: [String: LocalizedText]) { self.entries = entries }

  /// The text with `id`; `id` itself in every language for an id the instrument lacks (the
  /// loader guarantees every id below exists).
  public subscript(id: String) -> LocalizedText { entries[id] ?? .same(id) }

  /// The instrument's name.
  public var title: LocalizedText { self["title"] }
  /// What a pupil is told before answering.
  public var instructions: LocalizedText { self["instructions"] }
  /// A scale's name.
  public func scale(_ scale: Scale) -> LocalizedText { self[Self.scaleID(scale.id)] }
  /// A band's short name (`айқын`).
  public func band(_ band: Band, of scale: Scale) -> LocalizedText {
    self[Self.bandID(scale.id, band.id)]
  }
  /// What a band means, one sentence.
  public func meaning(_ band: Band, of scale: Scale) -> LocalizedText {
    self[Self.meaningID(scale.id, band.id)]
  }
  /// A choice item's option text.
  public func option(_ option: Option, of item: Item) -> LocalizedText {
    self[Self.optionID(item.number, option.id)]
  }
  /// A rating item's text.
  public func item(_ item: Item) -> LocalizedText { self[Self.itemID(item.number)] }
  /// The words for a rating value.
  public func rating(_ value: Int) -> LocalizedText { self[Self.ratingID(value)] }

  static func scaleID(_ scale: String) -> String { "scale." + scale }
  static func bandID(_ scale: String, _ band: String) -> String { "band.\(scale).\(band)" }
  static func meaningID(_ scale: String, _ band: String) -> String { "meaning.\(scale).\(band)" }
  static func optionID(_ item: Int, _ option: String) -> String { "option.\(item)\(option)" }
  static func itemID(_ item: Int) -> String { "item.\(item)" }
  static func ratingID(_ value: Int) -> String { "rating.\(value)" }
}
