import JolModel

/// A value with the place it was written.
struct Located<Value>: Sendable where Value: Sendable {
  var value: Value
  var location: SourceLocation
}

/// A literal as written: the checker gives it a type from where it is used.
struct Literal: Sendable {
  enum Kind: Sendable, Equatable {
    /// A bare word: a parameter or list name, an enum value, a code.
    case word
    case number
    case percent
    /// A number with a currency (`35000 KZT`); `text` is the number.
    case money
    case date
    case string
    /// `[a, b, c]`.
    case list
  }

  var kind: Kind
  var text: String
  var items: [Literal] = []
  var location: SourceLocation

  /// How the literal reads in a message.
  var display: String {
    switch kind {
    case .percent: return "\(text)%"
    case .money: return "\(text) KZT"
    case .string: return "\"\(text)\""
    case .list: return "[" + items.map(\.display).joined(separator: ", ") + "]"
    default: return text
    }
  }
}

/// A comparison operator.
enum ComparisonOperator: String, Sendable {
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="

  /// The mathematical sign people read in reasons (`≥`).
  var sign: String {
    switch self {
    case .equal: "="
    case .notEqual: "≠"
    case .less: "<"
    case .lessOrEqual: "≤"
    case .greater: ">"
    case .greaterOrEqual: "≥"
    }
  }
}

/// How a set fact is tested: `has x`, `has any [..]`, `has all [..]`, `has none [..]`.
enum SetTest: String, Sendable {
  case any
  case all
  case none
}

/// A condition over facts, parameters and lists, as written.
indirect enum Condition: Sendable {
  case and([Condition], SourceLocation)
  case or([Condition], SourceLocation)
  case not(Condition, SourceLocation)
  case compare(fact: Located<String>, op: Located<ComparisonOperator>, value: Literal)
  case member(fact: Located<String>, negated: Bool, values: Literal)
  case has(fact: Located<String>, test: SetTest, values: Literal)
  case known(fact: Located<String>, negated: Bool)

  var location: SourceLocation {
    switch self {
    case .and(_, let location), .or(_, let location), .not(_, let location): location
    case .compare(let fact, _, _), .member(let fact, _, _), .has(let fact, _, _),
      .known(let fact, _):
      fact.location
    }
  }
}

/// Texts in kk, ru and en, each with its place.
struct LocalizedBlock: Sendable {
  var texts: [Language: Located<String>] = [:]
  var location: SourceLocation
}

/// How often an amount is paid.
public enum Period: String, Sendable, Codable, CaseIterable {
  case month
  case semester
  case year
}

/// Who a policy considers.
public enum ConsiderMode: String, Sendable, Codable {
  /// Every learner the policy matches (the state scholarship).
  case all
  /// Only learners who applied.
  case applicants
}

struct ParameterDecl: Sendable {
  var name: Located<String>
  var values: [(from: Located<CivilDate>, value: Literal)]
  var location: SourceLocation
}

struct ListDecl: Sendable {
  var name: Located<String>
  var items: Literal
  var location: SourceLocation
}

struct RequirementDecl: Sendable {
  var condition: Condition
  var key: Located<String>
  var location: SourceLocation
}

/// `waive KEY when COND priority N` or `enforce KEY when COND priority N`.
struct RuleDecl: Sendable {
  enum Effect: String, Sendable {
    case waive
    case enforce
  }
  var effect: Effect
  var key: Located<String>
  var condition: Condition
  var priority: Located<Int>
  var location: SourceLocation
}

struct AmountDecl: Sendable {
  enum Kind: Sendable {
    case fixed(Literal)
    case table(fact: Located<String>, rows: [(value: Literal?, amount: Literal)])
  }
  var kind: Kind
  var period: Located<Period>
  var location: SourceLocation
}

struct SupplementDecl: Sendable {
  var rate: Literal
  /// `rounded to STEP`: the supplement is paid as a multiple of the step.
  var step: Literal?
  var condition: Condition
  var key: Located<String>
  var location: SourceLocation
}

enum RankKeyDecl: Sendable {
  case fact(Located<String>, descending: Bool)
  case condition(Condition, SourceLocation)
}

struct ReserveDecl: Sendable {
  var share: Literal
  var name: Located<String>
  var condition: Condition
  var unusedToGeneral: Bool
  var location: SourceLocation
}

struct ReasonDecl: Sendable {
  var key: Located<String>
  var texts: LocalizedBlock
}

/// A policy file as written, before checking.
struct PolicySyntax: Sendable {
  var file: String
  var text: String
  var id: Located<String>?
  var version: Located<String>?
  var title: LocalizedBlock?
  var basis: [Located<String>] = []
  var effectiveFrom: Located<CivilDate>?
  var effectiveTo: Located<CivilDate>?
  var supersedes: [(id: Located<String>, version: Located<String>?)] = []
  var consider: Located<ConsiderMode>?
  var applicationsFrom: Located<CivilDate>?
  var applicationsTo: Located<CivilDate>?
  var categories: [Located<String>] = []
  var lists: [ListDecl] = []
  var parameters: [ParameterDecl] = []
  var requirements: [RequirementDecl] = []
  var rules: [RuleDecl] = []
  var amount: AmountDecl?
  var supplements: [SupplementDecl] = []
  var rankKeys: [RankKeyDecl] = []
  var rankLocation: SourceLocation?
  var tiebreak: Located<String>?
  var seats: Literal?
  var budget: (amount: Literal, period: Located<Period>)?
  var reserves: [ReserveDecl] = []
  var exclusive: Located<String>?
  var reasons: [ReasonDecl] = []
}
