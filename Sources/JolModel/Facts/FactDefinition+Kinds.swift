/// The ways to write an entry of ``FactVocabulary``, one per fact type. Each takes the typed
/// property of ``Facts`` (a getter and a setter) and the typed derivation, and builds the
/// type-erased storage the engines read.
extension FactDefinition {
  /// A fact of a closed set of words held as the enum `E`.
  static func enumeration<E: RawRepresentable & CaseIterable & Hashable & Sendable>(
    _ name: String, _ title: LocalizedText,
    get: @escaping @Sendable (Facts) -> E?, set: @escaping @Sendable (inout Facts, E?) -> Void,
    valueTitle: @escaping @Sendable (E) -> LocalizedText,
    derive: (@Sendable (FactSource) -> E?)?
  ) -> FactDefinition where E.RawValue == String {
    // Titles rendered once here: explanations name values per decision.
    let titles = Dictionary(uniqueKeysWithValues: E.allCases.map { ($0.rawValue, valueTitle($0)) })
    let cases = Array(E.allCases)
    let words = FactWords(
      get: { get($0)?.rawValue },
      set: { facts, word in set(&facts, word.flatMap(E.init(rawValue:))) },
      setWord: { facts, index in set(&facts, cases[index]) },
      words: cases.map(\.rawValue),
      valueTitle: { titles[$0] },
      classifier: nil, hint: nil, suggestion: nil,
      matcher: { words in
        // A handful of cases: comparing each costs less than hashing one.
        let wanted = cases.filter { words.contains($0.rawValue) }
        return { facts in get(facts).map(wanted.contains) }
      })
    return FactDefinition(
      name: name, title: title, storage: .enumeration(words), bounds: nil,
      derive: derived(derive, set))
  }

  /// A code kept as text: of an open set, or of `known` codes when Jol knows them all.
  static func code(
    _ name: String, _ title: LocalizedText,
    get: @escaping @Sendable (Facts) -> String?,
    set: @escaping @Sendable (inout Facts, String?) -> Void,
    known: [String]? = nil, classifier: FactClassifier? = nil, hint: LocalizedText? = nil,
    suggestion: (@Sendable (String) -> String?)? = nil,
    derive: (@Sendable (FactSource) -> String?)?
  ) -> FactDefinition {
    let words = FactWords(
      get: get, set: set, setWord: { facts, index in set(&facts, known?[index]) }, words: known,
      valueTitle: nil, classifier: classifier, hint: hint,
      suggestion: suggestion,
      matcher: { words in { facts in get(facts).map(words.contains) } })
    return FactDefinition(
      name: name, title: title, storage: .code(words), bounds: nil,
      derive: derived(derive, set))
  }

  /// A whole number within `range`.
  static func integer(
    _ name: String, _ title: LocalizedText, range: ClosedRange<Int>,
    get: @escaping @Sendable (Facts) -> Int?, set: @escaping @Sendable (inout Facts, Int?) -> Void,
    onDate: (@Sendable (Facts, CivilDate) -> Int?)? = nil,
    derive: (@Sendable (FactSource) -> Int?)?
  ) -> FactDefinition {
    let scale = FixedDecimal.scale
    let reader: @Sendable (Facts, CivilDate) -> Int64?
    if let onDate {
      reader = { facts, date in (get(facts) ?? onDate(facts, date)).map { Int64($0) * scale } }
    } else {
      reader = { facts, _ in get(facts).map { Int64($0) * scale } }
    }
    return FactDefinition(
      name: name, title: title, storage: .integer(FactField(get: get, set: set, onDate: onDate)),
      bounds: FixedDecimal(range.lowerBound)...FixedDecimal(range.upperBound),
      derive: derived(derive, set), numberReader: reader)
  }

  /// A decimal number within `bounds`.
  static func decimal(
    _ name: String, _ title: LocalizedText, bounds: ClosedRange<FixedDecimal>,
    get: @escaping @Sendable (Facts) -> FixedDecimal?,
    set: @escaping @Sendable (inout Facts, FixedDecimal?) -> Void,
    derive: (@Sendable (FactSource) -> FixedDecimal?)?
  ) -> FactDefinition {
    FactDefinition(
      name: name, title: title, storage: .decimal(FactField(get: get, set: set, onDate: nil)),
      bounds: bounds, derive: derived(derive, set), numberReader: { facts, _ in get(facts)?.units })
  }

  /// A percent, 0–100 (92.5 is 92.5%).
  static func percent(
    _ name: String, _ title: LocalizedText,
    get: @escaping @Sendable (Facts) -> FixedDecimal?,
    set: @escaping @Sendable (inout Facts, FixedDecimal?) -> Void,
    derive: (@Sendable (FactSource) -> FixedDecimal?)?
  ) -> FactDefinition {
    FactDefinition(
      name: name, title: title, storage: .percent(FactField(get: get, set: set, onDate: nil)),
      bounds: FixedDecimal(0)...FixedDecimal(100), derive: derived(derive, set),
      numberReader: { facts, _ in get(facts)?.units })
  }

  /// A calendar date.
  static func date(
    _ name: String, _ title: LocalizedText,
    get: @escaping @Sendable (Facts) -> CivilDate?,
    set: @escaping @Sendable (inout Facts, CivilDate?) -> Void,
    derive: (@Sendable (FactSource) -> CivilDate?)?
  ) -> FactDefinition {
    FactDefinition(
      name: name, title: title, storage: .date(FactField(get: get, set: set, onDate: nil)),
      bounds: nil, derive: derived(derive, set),
      numberReader: { facts, _ in get(facts).map { Int64($0.daysSinceEpoch) } })
  }

  /// yes / no.
  static func bool(
    _ name: String, _ title: LocalizedText,
    get: @escaping @Sendable (Facts) -> Bool?,
    set: @escaping @Sendable (inout Facts, Bool?) -> Void,
    derive: (@Sendable (FactSource) -> Bool?)?
  ) -> FactDefinition {
    FactDefinition(
      name: name, title: title, storage: .bool(FactField(get: get, set: set, onDate: nil)),
      bounds: nil, derive: derived(derive, set))
  }

  /// A set of words held as `Set<E>`, of the words `members` allows.
  static func set<E: RawRepresentable & Hashable & Sendable>(
    _ name: String, _ title: LocalizedText, members: FactSetMembers,
    get: @escaping @Sendable (Facts) -> Set<E>?,
    set: @escaping @Sendable (inout Facts, Set<E>?) -> Void,
    valueTitle: (@Sendable (E) -> LocalizedText)?,
    derive: (@Sendable (FactSource) -> Set<E>?)?
  ) -> FactDefinition where E.RawValue == String {
    let read: @Sendable (Facts) -> [String]? = { facts in
      guard let held = get(facts) else { return nil }
      // A closure, not `\.rawValue`: a key path in generic code is instantiated per call.
      return held.map { $0.rawValue }.sorted()
    }
    let write: @Sendable (inout Facts, [String]?) -> Void = { facts, words in
      guard let words else { return set(&facts, nil) }
      set(&facts, Set(words.compactMap { E(rawValue: $0) }))
    }
    var titled: (@Sendable (String) -> LocalizedText?)?
    if let valueTitle {
      titled = { word in E(rawValue: word).map(valueTitle) }
    }
    let counter: @Sendable ([String]) -> @Sendable (Facts) -> Int? = { words in
      let wanted: [E] = words.compactMap { E(rawValue: $0) }
      return { facts in
        guard let held = get(facts) else { return nil }
        var count = 0
        for word in wanted where held.contains(word) { count += 1 }
        return count
      }
    }
    let storage = FactSet(
      get: read, set: write, members: members, valueTitle: titled, counter: counter)
    return FactDefinition(
      name: name, title: title, storage: .set(storage), bounds: nil,
      derive: derived(derive, set))
  }

  /// The derivation as a step that stores its value: nil stays unknown.
  private static func derived<Stored>(
    _ derive: (@Sendable (FactSource) -> Stored?)?,
    _ set: @escaping @Sendable (inout Facts, Stored?) -> Void
  ) -> (@Sendable (inout Facts, FactSource) -> Void)? {
    guard let derive else { return nil }
    return { facts, source in
      if let value = derive(source) { set(&facts, value) }
    }
  }
}
