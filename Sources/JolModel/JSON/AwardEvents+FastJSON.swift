// Fast JSON forms of the award payloads (see LearnerEvents+FastJSON.swift for the rules).

/// The fields shared by the award events, read in one pass.
private struct AwardFields {
  var policy: PolicyID?
  var policyVersion: Int?
  var round: RoundID?
  var amount: Money?
  var periodStart: CivilDate?
  var periodEnd: CivilDate?
  var reason: String?

  /// Reads the object, accepting only the keys in `allowed`.
  init(reading r: inout JSONReader, allowed: Set<String>) throws {
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("policy") {
        try r.fresh(policy)
        policy = try r.readID()
      } else if r.keyIs("policy_version"), allowed.contains("policy_version") {
        try r.fresh(policyVersion)
        policyVersion = try r.readInt(in: 1...Int.max)
      } else if r.keyIs("round") {
        try r.fresh(round)
        round = try r.readID()
      } else if r.keyIs("amount"), allowed.contains("amount") {
        try r.fresh(amount)
        let value = try r.readMoney()
        guard value >= .zero else { throw r.invalidValue("a non-negative amount") }
        amount = value
      } else if r.keyIs("period_start"), allowed.contains("period_start") {
        try r.fresh(periodStart)
        periodStart = try r.readDate()
      } else if r.keyIs("period_end"), allowed.contains("period_end") {
        try r.fresh(periodEnd)
        periodEnd = try r.readDate()
      } else if r.keyIs("reason"), allowed.contains("reason") {
        try r.fresh(reason)
        reason = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    if let periodStart, let periodEnd, periodEnd < periodStart {
      throw JSONReadError(
        offset: r.offset,
        reason: .invalidValue(field: "period_end", expected: "a date on or after period_start"))
    }
  }
}

private let grantedFields: Set<String> = ["policy_version", "amount", "period_start", "period_end"]
private let revokedFields: Set<String> = ["reason"]
private let paidFields: Set<String> = ["amount", "period_start", "period_end"]

extension AwardGranted: EventData {
  init(reading r: inout JSONReader) throws {
    let f = try AwardFields(reading: &r, allowed: grantedFields)
    self.init(
      policy: try r.require(f.policy, "policy"),
      policyVersion: try r.require(f.policyVersion, "policy_version"),
      round: try r.require(f.round, "round"), amount: try r.require(f.amount, "amount"),
      periodStart: try r.require(f.periodStart, "period_start"),
      periodEnd: try r.require(f.periodEnd, "period_end"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("policy")
    w.string(policy.rawValue)
    w.key("policy_version")
    w.int(policyVersion)
    w.key("round")
    w.string(round.rawValue)
    w.key("amount")
    w.money(amount)
    w.key("period_start")
    w.date(periodStart)
    w.key("period_end")
    w.date(periodEnd)
    w.endObject()
  }
}

extension AwardRevoked: EventData {
  init(reading r: inout JSONReader) throws {
    let f = try AwardFields(reading: &r, allowed: revokedFields)
    self.init(
      policy: try r.require(f.policy, "policy"), round: try r.require(f.round, "round"),
      reason: try r.require(f.reason, "reason"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("policy")
    w.string(policy.rawValue)
    w.key("round")
    w.string(round.rawValue)
    w.key("reason")
    w.string(reason)
    w.endObject()
  }
}

extension AwardPaid: EventData {
  init(reading r: inout JSONReader) throws {
    let f = try AwardFields(reading: &r, allowed: paidFields)
    self.init(
      policy: try r.require(f.policy, "policy"), round: try r.require(f.round, "round"),
      amount: try r.require(f.amount, "amount"),
      periodStart: try r.require(f.periodStart, "period_start"),
      periodEnd: try r.require(f.periodEnd, "period_end"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("policy")
    w.string(policy.rawValue)
    w.key("round")
    w.string(round.rawValue)
    w.key("amount")
    w.money(amount)
    w.key("period_start")
    w.date(periodStart)
    w.key("period_end")
    w.date(periodEnd)
    w.endObject()
  }
}
