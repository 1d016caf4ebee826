import JolModel

/// A checked, compiled policy: evaluate it for many learners and dates without re-reading text.
/// Built only by ``PolicySet/load(files:)`` (or ``PolicyChecker``), so every instance is valid.
public struct CompiledPolicy: Sendable {
  public let id: PolicyID
  public let version: String
  public let title: LocalizedText
  /// Legal basis as cited in the text.
  public let basis: [String]
  public let effectiveFrom: CivilDate
  /// Last day in effect; nil for open-ended.
  public let effectiveTo: CivilDate?
  public let supersedes: [(id: PolicyID, version: String?)]
  public let consider: ConsiderMode
  /// First and last day applications are accepted, when the policy says.
  public let applicationWindow: (from: CivilDate, to: CivilDate)?
  /// The file the policy was read from and its full text (recorded with every round).
  public let file: String
  public let text: String
  /// SHA-256 of the UTF-8 text, lowercase hex.
  public let textHash: String
  /// The exclusivity group, if any, and the other policies in it (filled by ``PolicySet``).
  public let exclusiveGroup: String?
  public internal(set) var exclusiveWith: [PolicyID] = []
  /// Categories the policy declares (`category NAME`) beyond ``Facts/knownCategories``.
  public let declaredCategories: [String]
  /// What each criterion requires, in every language, by reason key (filled by ``PolicySet``
  /// once the built-in criteria are added).
  public private(set) var requirementTexts: [String: LocalizedText] = [:]
  /// The version of the TVET classifier the policy's codes were checked against
  /// (``SpecialtyClassifier/version``); nil when none was given.
  public private(set) var classifierVersion: String? = nil
  /// What each decision under the policy refers to: its identity and texts.
  private(set) var decisionSource: DecisionSource

  let parameters: [CompiledParameter]
  var criteria: [CompiledCriterion]
  let amount: CompiledAmount?
  /// Where the `amount` statement is written, for errors about the sums it makes.
  let amountLocation: SourceLocation?
  let supplements: [CompiledSupplement]
  let ranking: [CompiledRankKey]
  let lotterySeed: String?
  let seats: Operand?
  let budget: Operand?
  let reserves: [CompiledReserve]
  let reasons: [String: LocalizedText]

  init(
    id: PolicyID, version: String, title: LocalizedText, basis: [String],
    effectiveFrom: CivilDate, effectiveTo: CivilDate?,
    supersedes: [(id: PolicyID, version: String?)], consider: ConsiderMode,
    applicationWindow: (from: CivilDate, to: CivilDate)?, file: String, text: String,
    textHash: String, exclusiveGroup: String?, declaredCategories: [String],
    parameters: [CompiledParameter], criteria: [CompiledCriterion], amount: CompiledAmount?,
    amountLocation: SourceLocation?, supplements: [CompiledSupplement],
    ranking: [CompiledRankKey], lotterySeed: String?, seats: Operand?, budget: Operand?,
    reserves: [CompiledReserve], reasons: [String: LocalizedText]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.basis = basis
    self.effectiveFrom = effectiveFrom
    self.effectiveTo = effectiveTo
    self.supersedes = supersedes
    self.consider = consider
    self.applicationWindow = applicationWindow
    self.file = file
    self.text = text
    self.textHash = textHash
    self.exclusiveGroup = exclusiveGroup
    self.declaredCategories = declaredCategories
    self.parameters = parameters
    self.criteria = criteria
    self.amount = amount
    self.amountLocation = amountLocation
    self.supplements = supplements
    self.ranking = ranking
    self.lotterySeed = lotterySeed
    self.seats = seats
    self.budget = budget
    self.reserves = reserves
    self.reasons = reasons
    decisionSource = DecisionSource(
      policy: id, version: version, textHash: textHash, title: title, reasonTexts: reasons,
      requirementTexts: requirementTexts, classifierVersion: classifierVersion)
  }

  /// Sets what ``PolicySet`` adds once the built-in criteria are in, and the texts decisions
  /// refer to with them.
  mutating func complete(requirementTexts: [String: LocalizedText], classifierVersion: String?) {
    self.requirementTexts = requirementTexts
    self.classifierVersion = classifierVersion
    decisionSource = DecisionSource(self)
  }
}

/// A dated parameter: values and the days they take effect, ascending.
struct CompiledParameter: Sendable {
  var name: String
  var kind: NumericKind
  var values: [(from: CivilDate, value: Int64)]

  /// The value in effect on `date` and the day it took effect; nil before the first.
  func resolve(_ date: CivilDate) -> (from: CivilDate, value: Int64)? {
    values.last { $0.from <= date }
  }
}

/// A rule that overrides a failing or unknown criterion when its condition holds.
struct CompiledRule: Sendable {
  var effect: RuleDecl.Effect
  var priority: Int
  var condition: TypedCondition
  var test: CompiledTest
}

/// `require … because KEY`, with its exceptions by descending priority. A class, made whole and
/// never changed: a decision goes through every criterion of its policy, and a reference is
/// counted once where a value's fields (key, condition, test, rules, reads) would each be.
final class CompiledCriterion: Sendable {
  let key: String
  let condition: TypedCondition
  let test: CompiledTest
  let rules: [CompiledRule]
  /// Built-in criteria (application, exclusivity) that the policy did not write.
  let builtIn: Bool
  /// The facts the condition and its rules read, in order (repeats kept), and the parameters
  /// the condition reads: what an explanation names, found here once, not per decision.
  let reads: (facts: [Fact], parameters: [Int])

  init(
    key: String, condition: TypedCondition, test: @escaping CompiledTest, rules: [CompiledRule],
    builtIn: Bool = false
  ) {
    self.key = key
    self.condition = condition
    self.test = test
    self.rules = rules
    self.builtIn = builtIn
    reads = (condition.facts + rules.flatMap(\.condition.facts), condition.parameters)
  }
}

struct CompiledAmount: Sendable {
  enum Kind: Sendable {
    case fixed(Operand)
    /// Rows by the word of an enumeration or code fact; `otherwise` for the rest.
    case table(fact: Fact, rows: [String: Operand], otherwise: Operand?)
  }
  let kind: Kind
  let period: Period
  /// The table fact's reader, resolved once: evaluations read the stored word directly (not
  /// optional: a closure kept in an optional is called through a thunk that copies ``Facts``).
  let tableWord: @Sendable (Facts) -> String?

  init(kind: Kind, period: Period) {
    self.kind = kind
    self.period = period
    if case .table(let fact, _, _) = kind {
      tableWord = ConditionCompiler.wordReader(fact)
    } else {
      tableWord = { _ in nil }
    }
  }
}

struct CompiledSupplement: Sendable {
  /// Percent in ten-thousandths of a percent (15% = 150 000).
  var rate: Operand
  /// Money in tiyn: the supplement is paid rounded half up to a multiple of it; nil for exact.
  var step: Operand?
  var condition: TypedCondition
  var test: CompiledTest
  var key: String
}

enum CompiledRankKey: Sendable {
  case fact(Fact, descending: Bool)
  case condition(TypedCondition, CompiledTest)
}

struct CompiledReserve: Sendable {
  var name: String
  /// Share of seats in ten-thousandths of a percent.
  var share: Int64
  var condition: TypedCondition
  var test: CompiledTest
  var unusedToGeneral: Bool
}
