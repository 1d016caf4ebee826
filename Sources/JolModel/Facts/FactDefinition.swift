/// One entry of the fact vocabulary (``FactVocabulary``): everything Jol knows about a fact —
/// its name, type and storage, bounds, titles, and how it is derived from a learner's state.
/// A class: engines look entries up while explaining decisions, and a reference is one retain
/// where a copy of the closures would be many.
public final class FactDefinition: Sendable {
  /// The name written in policies, fact files and test files (`lowest_grade`).
  public let name: String
  /// The name as people read it in explanations, in every language.
  public let title: LocalizedText
  /// Where the value lives in ``Facts``, by type.
  public let storage: FactStorage
  /// The values a number can take at all, inclusive (a whole-number fact's range too); nil when
  /// unbounded. A threshold or a value outside them is refused where it is written.
  public let bounds: ClosedRange<FixedDecimal>?
  /// Sets the fact from what a learner's state tells as of a date; nil for facts that only fact
  /// files and test files give (`birth_date`: the log never holds one).
  let derive: (@Sendable (inout Facts, FactSource) -> Void)?
  /// Reads a number or date fact in run-time units — ten-thousandths (FixedDecimal units) for
  /// numbers and percents, days since 1970-01-01 for dates; nil for facts of other types and
  /// when unknown. Built from the entry's typed getter, and stored unwrapped: a closure kept in
  /// an optional or a generic field is called through a thunk that copies ``Facts`` every time,
  /// and conditions call this once per learner per threshold.
  public let numberReader: @Sendable (Facts, CivilDate) -> Int64?
  /// ``value(in:on:)``'s reading of the storage (``valueReader(_:)``).
  let valueReader: @Sendable (Facts, CivilDate) -> Value?

  init(
    name: String, title: LocalizedText, storage: FactStorage,
    bounds: ClosedRange<FixedDecimal>?, derive: (@Sendable (inout Facts, FactSource) -> Void)?,
    numberReader: @escaping @Sendable (Facts, CivilDate) -> Int64? = { _, _ in nil }
  ) {
    self.name = name
    self.title = title
    self.storage = storage
    self.bounds = bounds
    self.derive = derive
    self.numberReader = numberReader
    valueReader = Self.valueReader(storage)
    let valueTitle: (@Sendable (String) -> LocalizedText?)?
    let words: [String]
    switch storage {
    case .enumeration(let facts), .code(let facts):
      (valueTitle, words) = (facts.valueTitle, facts.words ?? [])
    case .set(let set):
      let members: [String] =
        switch set.members {
        case .categories: CategoryTitle.allCases.map(\.rawValue)
        case .policies: []
        }
      (valueTitle, words) = (set.valueTitle, members)
    default: (valueTitle, words) = (nil, [])
    }
    self.valueTitle = valueTitle
    var titles: [String: LocalizedText] = [:]
    for word in words { titles[word] = valueTitle?(word) }
    self.valueTitles = titles
  }

  /// The titles of the values Jol knows, read once: explanations look one up per value shown.
  private let valueTitles: [String: LocalizedText]
  /// The title of any other value (a declared category, an open code), when it has one.
  private let valueTitle: (@Sendable (String) -> LocalizedText?)?

  /// The fact's type.
  public var type: FactType { storage.type }

  /// Whether the fact is derived from a learner's state (else only files give it).
  public var isDerived: Bool { derive != nil }

  /// The closed set of an enumeration fact, in canonical order; empty for other facts.
  public var enumerationValues: [String] {
    if case .enumeration(let words) = storage { return words.words ?? [] }
    return []
  }

  /// Every value of a code fact whose set Jol knows in full (the twenty regions by KATO code,
  /// the profile directions and their aliases); nil for open sets (specialties are checked
  /// against the classifier, districts and institutions are not known to Jol).
  public var knownCodes: [String]? {
    if case .code(let words) = storage { return words.words }
    return nil
  }

  /// The title of `code` when this fact's values have titles, else nil.
  public func title(ofCode code: String) -> LocalizedText? {
    valueTitles[code] ?? valueTitle?(code)
  }

}
