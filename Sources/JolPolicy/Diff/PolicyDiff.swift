import JolFormat
import JolModel

/// Who gains, who loses and how the money changes between two policy versions over one
/// population on one date (`jol policy diff`).
public struct PolicyDiff: Sendable {
  /// How one subject's decision changed.
  public enum Change: String, Sendable {
    /// Not eligible before, eligible now.
    case gains
    /// Eligible before, not now.
    case loses
    case amountUp = "amount-up"
    case amountDown = "amount-down"
    /// Outcome moved between ineligible and needs-information.
    case otherwise
  }

  /// A subject whose decision differs.
  public struct Row: Sendable {
    public var subject: String
    public var change: Change
    public var old: Decision
    public var new: Decision
  }

  public var oldPolicy: (id: PolicyID, version: String)
  public var newPolicy: (id: PolicyID, version: String)
  public var asOf: CivilDate
  public var population: Int
  public var rows: [Row]
  /// Sum of amounts of eligible subjects, per period of each policy.
  public var oldTotal: Amount?
  public var newTotal: Amount?

  public var gains: Int { rows.filter { $0.change == .gains }.count }
  public var losses: Int { rows.filter { $0.change == .loses }.count }

  /// Compares `old` and `new` for every subject of `population` on `asOf`.
  /// - Complexity: O(n × criteria); only changed subjects are explained.
  public static func compare(
    old: CompiledPolicy, new: CompiledPolicy, population: [Facts], asOf: CivilDate
  ) -> PolicyDiff {
    var rows: [Row] = []
    var oldSum = Money.zero
    var newSum = Money.zero
    for facts in population {
      let a = old.quickDecision(facts, asOf: asOf)
      let b = new.quickDecision(facts, asOf: asOf)
      oldSum = oldSum + (a.amount ?? .zero)
      newSum = newSum + (b.amount ?? .zero)
      guard a != b else { continue }
      let change: Change
      switch (a.outcome == .eligible, b.outcome == .eligible) {
      case (false, true): change = .gains
      case (true, false): change = .loses
      case (true, true):
        change = (b.amount ?? .zero) > (a.amount ?? .zero) ? .amountUp : .amountDown
      case (false, false): change = .otherwise
      }
      rows.append(
        Row(
          subject: facts.id, change: change, old: Evaluator.evaluate(old, facts, asOf: asOf),
          new: Evaluator.evaluate(new, facts, asOf: asOf)))
    }
    return PolicyDiff(
      oldPolicy: (old.id, old.version), newPolicy: (new.id, new.version), asOf: asOf,
      population: population.count,
      rows: rows, oldTotal: old.amount.map { Amount(value: oldSum, per: $0.period) },
      newTotal: new.amount.map { Amount(value: newSum, per: $0.period) })
  }

  /// A summary and one line per changed subject, in `language`: outcomes and changes by
  /// title, tenge grouped (`590 000 ₸`; a decimal point in English, a comma in kk and ru).
  /// Subjects and reason keys stay as written.
  public func text(language: Language = .kk) -> String {
    func money(_ value: Money) -> String { Value.money(value).formatted(language) }
    var lines = [
      "\(oldPolicy.id) v\(oldPolicy.version) → \(newPolicy.id) v\(newPolicy.version), \(asOf): "
        + Self.population(population)[language],
      Self.counts(gains: gains, losses: losses, other: rows.count - gains - losses)[language],
    ]
    if let oldTotal, let newTotal {
      let delta = newTotal.value - oldTotal.value
      lines.append(
        "\(Self.totalLabel[language]): \(money(oldTotal.value)) → \(money(newTotal.value)) \(newTotal.per.title[language]) (\(delta.tiyn >= 0 ? "+" : "")\(money(delta)))"
      )
    }
    for row in rows {
      let why = (row.change == .loses ? row.new : row.old).criteria.filter { $0.status == .fail }
        .map(\.id)
      lines.append(
        "  \(row.subject): \(row.change.title[language]): \(row.old.outcome.title[language]) → \(row.new.outcome.title[language])"
          + (row.old.amount.map { " \(money($0.value))" } ?? "")
          + (row.new.amount.map { " → \(money($0.value))" } ?? "")
          + (why.isEmpty ? "" : " (\(why.joined(separator: ", ")))"))
    }
    return lines.joined(separator: "\n")
  }

  /// One JSON object per changed subject, then a summary object.
  public func json() -> [String] {
    func amount(_ value: Amount?) -> JSONValue {
      value.map { JSONValue.string($0.value.description) } ?? .null
    }
    var lines = rows.map { row in
      JSONValue.object([
        ("subject", JSONValue.string(row.subject)),
        ("change", JSONValue.string(row.change.rawValue)),
        (
          "old",
          JSONValue.object([
            ("outcome", JSONValue.string(row.old.outcome.rawValue)),
            ("amount", amount(row.old.amount)),
          ])
        ),
        (
          "new",
          JSONValue.object([
            ("outcome", JSONValue.string(row.new.outcome.rawValue)),
            ("amount", amount(row.new.amount)),
          ])
        ),
        ("old_reasons", JSONValue.array(row.old.failedReasons.map(JSONValue.string))),
        ("new_reasons", JSONValue.array(row.new.failedReasons.map(JSONValue.string))),
      ]).compact
    }
    lines.append(
      JSONValue.object([
        ("old", JSONValue.string("\(oldPolicy.id)@\(oldPolicy.version)")),
        ("new", JSONValue.string("\(newPolicy.id)@\(newPolicy.version)")),
        ("as_of", JSONValue.string(asOf.description)), ("population", .int(population)),
        ("gains", .int(gains)),
        ("losses", .int(losses)), ("old_total", amount(oldTotal)),
        ("new_total", amount(newTotal)),
        ("per", newTotal.map { JSONValue.string($0.per.rawValue) } ?? .null),
      ]).compact)
    return lines
  }
}

extension PolicyDiff.Change {
  /// The change as a person reads it.
  public var title: LocalizedText {
    switch self {
    case .gains: DiffMessage.gains.text()
    case .loses: DiffMessage.loses.text()
    case .amountUp: DiffMessage.amountUp.text()
    case .amountDown: DiffMessage.amountDown.text()
    case .otherwise:
      DiffMessage.otherChange.text()
    }
  }
}

extension PolicyDiff {
  fileprivate static func population(_ count: Int) -> LocalizedText {
    DiffMessage.population.text(["count": String(count)])
  }

  fileprivate static func counts(gains: Int, losses: Int, other: Int) -> LocalizedText {
    DiffMessage.counts.text([
      "gains": String(gains), "losses": String(losses), "other": String(other),
    ])
  }

  fileprivate static let totalLabel = DiffMessage.totalLabel.text()
}
