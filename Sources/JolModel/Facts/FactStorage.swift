/// Where a fact's value lives in ``Facts`` and how engines read it, by type. Each case holds
/// closures over one stored property, resolved when a policy is compiled, so an evaluation reads
/// the property directly: no lookup by name, no switch over facts.
public enum FactStorage: Sendable {
  case enumeration(FactWords)
  case code(FactWords)
  case integer(FactField<Int>)
  case decimal(FactField<FixedDecimal>)
  case percent(FactField<FixedDecimal>)
  case date(FactField<CivilDate>)
  case bool(FactField<Bool>)
  case set(FactSet)

  /// The fact type this storage holds.
  public var type: FactType {
    switch self {
    case .enumeration: .enumeration
    case .code: .code
    case .integer: .integer
    case .decimal: .decimal
    case .percent: .percent
    case .date: .date
    case .bool: .bool
    case .set: .set
    }
  }
}

/// A fact held as one typed optional property of ``Facts``.
public struct FactField<Stored: Sendable>: Sendable {
  /// The stored value, nil when unknown.
  public let get: @Sendable (Facts) -> Stored?
  /// Stores a value; nil makes the fact unknown.
  public let set: @Sendable (inout Facts, Stored?) -> Void
  /// The value on a decision date when none is stored (`age` from `birth_date`).
  public let onDate: (@Sendable (Facts, CivilDate) -> Stored?)?

  /// The value on `date`: the stored one, else the one computed on the date.
  public func read(_ facts: Facts, on date: CivilDate) -> Stored? {
    get(facts) ?? onDate?(facts, date)
  }
}

/// A fact whose value is one word: of a closed set (an enumeration) or a code.
public struct FactWords: Sendable {
  /// The word, nil when unknown.
  public let get: @Sendable (Facts) -> String?
  /// Stores a word, which callers have checked against ``words``; nil makes the fact unknown.
  public let set: @Sendable (inout Facts, String?) -> Void
  /// Stores the word at an index of ``words`` (which must have one), as ``set`` would, without
  /// reading its text again: a reader that recognised the word on its bytes stores it by number.
  public let setWord: @Sendable (inout Facts, Int) -> Void
  /// Every value, in canonical order: the closed set of an enumeration, the codes Jol knows in
  /// full (the twenty regions); nil for open code sets (districts, institutions).
  public let words: [String]?
  /// The title of a value as people read it (`full_time` → «күндізгі»), nil when it has none.
  public let valueTitle: (@Sendable (String) -> LocalizedText?)?
  /// The classifier whose codes this fact takes, checked in policies that have one.
  public let classifier: FactClassifier?
  /// What a known code looks like, said after an unknown one («the two-digit KATO code»).
  public let hint: LocalizedText?
  /// The known value a mistyped one most likely meant, before edit distance is tried
  /// (`KZ-61` → `61`).
  public let suggestion: (@Sendable (String) -> String?)?
  /// A test of membership in a set of words, built once per condition: typed where the storage
  /// is an enum (no string hashing per evaluation); nil when the fact is unknown.
  public let matcher: @Sendable (Set<String>) -> @Sendable (Facts) -> Bool?
}

/// A classifier whose codes a code fact takes.
public enum FactClassifier: Sendable {
  /// TVET specialty codes (eight digits).
  case specialty
  /// TVET qualification codes (`3W07130101`).
  case qualification
}

/// A fact whose value is a set of words.
public struct FactSet: Sendable {
  /// The words held, sorted; nil when unknown.
  public let get: @Sendable (Facts) -> [String]?
  /// Stores the words, which callers have checked against ``members``; nil makes it unknown.
  public let set: @Sendable (inout Facts, [String]?) -> Void
  /// Where the words a value may hold come from.
  public let members: FactSetMembers
  /// The title of a word as people read it, nil when it has none.
  public let valueTitle: (@Sendable (String) -> LocalizedText?)?
  /// How many of the given words are held, built once per condition; nil when unknown.
  public let counter: @Sendable ([String]) -> @Sendable (Facts) -> Int?
}

/// The words a set fact may hold.
public enum FactSetMembers: Sendable {
  /// Social categories: the known ones and those the policies at hand declare.
  case categories
  /// Policy ids: those of the policies at hand.
  case policies
}
