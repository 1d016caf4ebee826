import JolFormat
import JolModel

extension Facts {
  /// A value as read from a fact file or test file, before it is stored.
  public enum RawValue: Sendable, Equatable {
    /// A string, or a number kept as its exact text.
    case scalar(String)
    case bool(Bool)
    case list([String])
  }

  /// The categories every policy knows; a policy may declare more (`category NAME`).
  public static let knownCategories = Set(CategoryTitle.allCases.map(\.rawValue))

  /// The categories a facts or test file may name for `policies`: the known ones and those the
  /// policies declare (`category NAME`).
  public static func categories(for policies: some Sequence<CompiledPolicy>) -> Set<String> {
    policies.reduce(into: knownCategories) { $0.formUnion($1.declaredCategories) }
  }

  /// Sets `fact` from a raw value, checking its type, its bounds (``Fact/bounds``) and, for a
  /// closed set, that the value is in it: a known region or direction (``Fact/knownCodes``), a
  /// category of `categories`. A number out of bounds is reported as written (`1e400`).
  /// - Throws: a message saying what would be accepted, for the caller to place at a location.
  public mutating func set(
    _ fact: Fact, _ raw: RawValue, categories: Set<String> = Facts.knownCategories
  ) throws(FactValueError) {
    try Self.setters[fact.index](&self, raw, categories)
  }

  /// Stores one fact's raw value, given the categories a value may name.
  private typealias Setter =
    @Sendable (inout Facts, RawValue, Set<String>) throws(FactValueError) -> Void

  /// Each fact's setter, by fact index: the entry's storage is looked at once, here, so that
  /// setting a fact (every value of a facts file) is one call — no switch over the storage,
  /// which would copy the closures of its case each time.
  private static let setters: [Setter] = Fact.allCases.map(setter)

  /// How `fact` is read and stored: one reading per type, the entry's storage saying where the
  /// value goes.
  private static func setter(_ fact: Fact) -> Setter {
    switch fact.definition.storage {
    case .enumeration(let storage):
      let (words, set) = (storage.words ?? [], storage.set)
      return { facts, raw, _ throws(FactValueError) in
        let text = try fact.scalar(raw)
        guard words.contains(text) else { throw FactValueError(.unknownValue(text, of: fact)) }
        set(&facts, text)
      }
    case .code(let storage):
      let (known, set) = (storage.words, storage.set)
      return { facts, raw, _ throws(FactValueError) in
        let text = try fact.scalar(raw)
        if let known, !known.contains(text) {
          throw FactValueError(.unknownCode(text, of: fact))
        }
        set(&facts, text)
      }
    case .integer(let field):
      let set = field.set
      return { facts, raw, _ throws(FactValueError) in set(&facts, try fact.integer(raw)) }
    case .decimal(let field), .percent(let field):
      let set = field.set
      return { facts, raw, _ throws(FactValueError) in set(&facts, try fact.decimal(raw)) }
    case .date(let field):
      let set = field.set
      return { facts, raw, _ throws(FactValueError) in
        guard let value = CivilDate(try fact.scalar(raw)) else { throw fact.expectation }
        set(&facts, value)
      }
    case .bool(let field):
      let set = field.set
      return { facts, raw, _ throws(FactValueError) in set(&facts, try fact.bool(raw)) }
    case .set(let storage):
      let (members, set) = (storage.members, storage.set)
      return { facts, raw, categories throws(FactValueError) in
        let words = try fact.list(raw)
        switch members {
        case .categories:
          if let unknown = words.first(where: { !categories.contains($0) }) {
            throw FactValueError(.unknownCategory(unknown, known: categories.sorted()))
          }
        case .policies:
          // Awards may name policies the file's reader does not have at hand.
          break
        }
        set(&facts, words)
      }
    }
  }
}

/// The readings of a raw value as each type of fact takes it.
extension Fact {
  fileprivate func scalar(_ raw: Facts.RawValue) throws(FactValueError) -> String {
    guard case .scalar(let text) = raw else { throw expectation }
    return text
  }

  /// The number's value; out of bounds (or too large to hold) is reported with `text`.
  fileprivate func bounded(_ text: String) throws(FactValueError) -> FixedDecimal {
    // The common case: a plain number (`3,5` as spreadsheets write it included), read once.
    if let value = FixedDecimal(text) {
      if let bounds, !bounds.contains(value) {
        throw FactValueError(.outOfBounds(self, text))
      }
      return value
    }
    // A JSON number (`1e3`) or one with more digits than a decimal holds.
    guard let plain = NumberText.plain(text) else {
      guard NumberText.isNumber(text) else { throw expectation }
      throw bounds != nil ? FactValueError(.outOfBounds(self, text)) : expectation
    }
    let value = FixedDecimal(plain)
    if let bounds, value.map({ !bounds.contains($0) }) ?? true {
      // Too many decimals inside the bounds is a precision problem, not a range one.
      let whole = plain.prefix { $0 != "." && $0 != "," }
      if value == nil, let number = FixedDecimal(String(whole)), bounds.contains(number) {
        throw expectation
      }
      if value != nil || NumberText.isNumber(text) {
        throw FactValueError(.outOfBounds(self, text))
      }
    }
    guard let value else { throw expectation }
    return value
  }

  fileprivate func integer(_ raw: Facts.RawValue) throws(FactValueError) -> Int {
    let value = try bounded(try scalar(raw))
    guard value.units % FixedDecimal.scale == 0 else { throw expectation }
    return Int(value.units / FixedDecimal.scale)
  }

  fileprivate func decimal(_ raw: Facts.RawValue) throws(FactValueError) -> FixedDecimal {
    var text = try scalar(raw)
    if type == .percent && text.hasSuffix("%") { text.removeLast() }
    return try bounded(text)
  }

  fileprivate func bool(_ raw: Facts.RawValue) throws(FactValueError) -> Bool {
    switch raw {
    case .bool(let value): return value
    case .scalar("yes"), .scalar("true"): return true
    case .scalar("no"), .scalar("false"): return false
    default: throw expectation
    }
  }

  fileprivate func list(_ raw: Facts.RawValue) throws(FactValueError) -> [String] {
    switch raw {
    case .list(let items): return items
    case .scalar(let text) where text.isEmpty: return []
    case .scalar(let text): return text.split(separator: ",").map { String($0) }
    default: throw expectation
    }
  }
}

/// Why a fact value was refused: what was wrong and what would be accepted, in every language.
public struct FactValueError: Error, Sendable, Equatable {
  public var message: Diagnostic.Message
  public init(_ message: Diagnostic.Message) { self.message = message }
}

extension Fact {
  /// "expected …" for a fact of this type.
  var expectation: FactValueError { FactValueError(.expectation(self)) }
}

extension Diagnostic.Message {
  fileprivate static func unknownCategory(_ text: String, known: [String]) -> Self {
    var message = FactsMessage.unknownCategory.text(["text": text])
    if let near = EditDistance.closest(to: text, among: known) {
      message = message + .didYouMean(near)
    }
    return message + .expectedOneOf(known)
  }

  fileprivate static func unknownValue(_ text: String, of fact: Fact) -> Self {
    let name = fact.rawValue
    let values = fact.enumerationValues.joined(separator: ", ")
    var message = FactsMessage.unknownValueOf.text([
      "name": name, "text": text, "values": values,
    ])
    if let near = EditDistance.closest(to: text, among: fact.enumerationValues) {
      message =
        message
        + FactsMessage.didYouMean.text(["near": near])
    }
    return message
  }

  fileprivate static func expectation(_ fact: Fact) -> Self {
    let what: Self =
      switch fact.type {
      case .enumeration:
        .expectedOneOf(fact.enumerationValues)
      case .code:
        FactsMessage.whatCode.text()
      case .integer:
        FactsMessage.whatInteger.text()
      case .decimal:
        FactsMessage.whatDecimal.text()
      case .percent:
        FactsMessage.whatPercent.text()
      case .date:
        FactsMessage.whatDate.text()
      case .bool:
        FactsMessage.whatBool.text()
      case .set:
        FactsMessage.whatSet.text()
      }
    return .same(fact.rawValue) + what
  }
}
