import JolModel

/// A diagnostic instrument read from `Policies/diagnostics/<id>/<version>/`: its structure (the
/// `.instrument` file), its scoring key and its texts in kk, ru and en (the `.texts` files).
/// Built only by ``InstrumentLoader``, which checks everything first: an `Instrument` is always
/// complete and consistent (items numbered 1…N, every scale scored, bands covering each scale's
/// range, every text in every language).
public struct Instrument: Sendable {
  /// The stable id (`five-types`, `riasec-60`); crosswalks and stored results name it.
  public let id: String
  /// The version (1, 2, …); results keep it so they can be re-scored.
  public let version: Int
  /// The pupils' ages the instrument is meant for, in years.
  public let ages: ClosedRange<Int>
  /// How an item is answered.
  public let response: ResponseFormat
  /// Where the instrument comes from (`source` lines), as written.
  public let sources: [String]
  /// Who may use it and how (`licence` lines), as written.
  public let licences: [String]
  /// The most unanswered items a sheet may have (`missing`); more is an error in the input.
  public let missingAllowed: Int
  /// Rating instruments: the most unanswered items of one scale that are prorated (`prorate`);
  /// more make the scale insufficient. 0 for choice instruments.
  public let prorateLimit: Int
  /// A profile is flat when its highest and lowest scored scales differ by at most this (`flat`);
  /// nil when the instrument has no such flag.
  public let flatMargin: Int?
  /// How many leading scales the code names (`code 3`); nil when the instrument has no code.
  public let codeLength: Int?
  /// The scales, in the order of the file.
  public let scales: [Scale]
  /// The items; `items[i].number == i + 1`.
  public let items: [Item]
  /// The texts in every language.
  public let texts: InstrumentTexts
  /// The key as integer tables, for scoring.
  let key: ScoringKey

  init(
    id: String, version: Int, ages: ClosedRange<Int>, response: ResponseFormat,
    sources: [String], licences: [String], missingAllowed: Int, prorateLimit: Int,
    flatMargin: Int?, codeLength: Int?, scales: [Scale], items: [Item], texts: InstrumentTexts
  ) {
    self.id = id
    self.version = version
    self.ages = ages
    self.response = response
    self.sources = sources
    self.licences = licences
    self.missingAllowed = missingAllowed
    self.prorateLimit = prorateLimit
    self.flatMargin = flatMargin
    self.codeLength = codeLength
    self.scales = scales
    self.items = items
    self.texts = texts
    self.key = ScoringKey(response: response, scales: scales, items: items)
  }

  /// `id@version` (`five-types@1`), as results and `--instrument` name it.
  public var reference: String { "\(id)@\(version)" }

  /// The index of the scale with `id`, or nil.
  public func scaleIndex(_ id: String) -> Int? { scales.firstIndex { $0.id == id } }
}

/// How the items of an instrument are answered.
public enum ResponseFormat: Hashable, Sendable {
  /// One of the item's options is chosen (Klimov's forced-choice pairs: `a` or `b`); the chosen
  /// option's weight goes to its scale.
  case choice
  /// A number in the range is given (`0…4`: from "strongly dislike" to "strongly like"); the
  /// number times the item's weight goes to the item's scale.
  case rating(ClosedRange<Int>)
}

/// A scale (Klimov's type, a RIASEC area): what a score is computed for.
public struct Scale: Hashable, Sendable {
  /// The stable id (`nature`, `realistic`).
  public let id: String
  /// The letter the code uses (`R`), when the instrument has a code.
  public let letter: String?
  /// The lowest and highest score a complete sheet can give.
  public let range: ClosedRange<Int>
  /// The bands, in ascending order, covering ``range`` without gaps or overlaps.
  public let bands: [Band]
}

/// A band of a scale's scores (`pronounced`: 7–8), named and interpreted in the texts.
public struct Band: Hashable, Sendable {
  /// The stable id, unique within its scale (`low`, `medium`, `high`).
  public let id: String
  /// The scores it covers.
  public let range: ClosedRange<Int>
}

/// An item (a question) of an instrument.
public struct Item: Hashable, Sendable {
  /// Its number on the form, 1…N: `3` in `3a`, `3:4` and the column `q3`.
  public let number: Int
  /// Choice items: the options, in the order of the file. Empty for rating items.
  public let options: [Option]
  /// Rating items: the index of the scale the rating goes to. Nil for choice items.
  public let scale: Int?
  /// Rating items: what the rating is multiplied by (1 unless the file says otherwise).
  public let weight: Int
}

/// An option of a choice item, with its scoring key.
public struct Option: Hashable, Sendable {
  /// The stable id, a lowercase Latin letter (`a`, `b`): `1a` on a form.
  public let id: String
  /// The index of the scale the option scores on.
  public let scale: Int
  /// The points the option gives its scale (1 unless the file says otherwise).
  public let weight: Int
}
