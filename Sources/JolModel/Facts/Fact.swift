/// A fact a policy can name: a handle on one entry of the vocabulary (``FactVocabulary``), the
/// words shared by policies, `jol policy eval` fact files, test files, explanations and reports.
/// The raw value is the name written in all of them; everything else about the fact is its
/// ``definition``.
public struct Fact: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The entry's position in ``FactVocabulary/entries``: the canonical order of facts.
  public let index: Int

  init(index: Int) { self.index = index }

  /// The fact named `rawValue`, nil when the vocabulary has no such fact.
  public init?(rawValue: String) {
    guard let index = FactVocabulary.indexByName[rawValue] else { return nil }
    self.index = index
  }

  /// The fact's name, as written in policies and files.
  public var rawValue: String { FactVocabulary.names[index] }
  public var description: String { rawValue }

  /// Everything the vocabulary says about the fact.
  public var definition: FactDefinition { FactVocabulary.entries[index] }

  /// The fact's type.
  public var type: FactType { definition.type }

  /// The fact's name as people read it in explanations.
  public var title: LocalizedText { definition.title }

  /// The bounds of a numeric fact (whole-number facts too), inclusive; nil when unbounded.
  public var bounds: ClosedRange<FixedDecimal>? { definition.bounds }

  /// Every value of a code fact whose set Jol knows in full; nil for open sets.
  public var knownCodes: [String]? { definition.knownCodes }

  /// The words an enumeration fact takes, in their canonical order; empty for other facts.
  public var enumerationValues: [String] { definition.enumerationValues }

  /// Where the words of a set fact come from; nil for other facts.
  public var setMembers: FactSetMembers? {
    if case .set(let set) = definition.storage { return set.members }
    return nil
  }

  /// The classifier whose codes a code fact takes, nil for others.
  public var classifier: FactClassifier? {
    if case .code(let words) = definition.storage { return words.classifier }
    return nil
  }

  /// What a known code of this fact looks like, when its entry says.
  public var codeHint: LocalizedText? {
    if case .code(let words) = definition.storage { return words.hint }
    return nil
  }

  /// Every fact, in the vocabulary's order.
  public static let allCases: [Fact] = FactVocabulary.entries.indices.map(Fact.init(index:))

  /// The known fact names, for suggestions.
  public static let names = allCases.map(\.rawValue)

  public static func < (lhs: Fact, rhs: Fact) -> Bool { lhs.index < rhs.index }
}

extension Fact: Codable {
  public init(from decoder: any Decoder) throws {
    let name = try decoder.singleValueContainer().decode(String.self)
    guard let fact = Fact(rawValue: name) else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: "unknown fact '\(name)'"))
    }
    self = fact
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
