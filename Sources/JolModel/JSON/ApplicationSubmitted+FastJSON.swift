// Fast JSON form of the application payload (see LearnerEvents+FastJSON.swift for the rules).
// The agreement fields are optional: absent is nil; `null` is rejected, as for every optional
// of the fast codec, because the writers never produce it.

extension ApplicationSubmitted: EventData {
  init(reading r: inout JSONReader) throws {
    var policy: PolicyID?
    var preferences: [PolicyID]?
    var enterprise: EnterpriseID?
    var agreement: Bool?
    var workObligationYears: Int?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("policy") {
        try r.fresh(policy)
        policy = try r.readID()
      } else if r.keyIs("preferences") {
        try r.fresh(preferences)
        preferences = try r.readArray { PolicyID(try $0.readNonEmptyString()) }
      } else if r.keyIs("enterprise") {
        try r.fresh(enterprise)
        enterprise = try r.readID()
      } else if r.keyIs("agreement") {
        try r.fresh(agreement)
        agreement = try r.readBool()
      } else if r.keyIs("work_obligation_years") {
        try r.fresh(workObligationYears)
        workObligationYears = try r.readInt(in: Self.workObligationYearsRange)
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      policy: try r.require(policy, "policy"),
      preferences: try r.require(preferences, "preferences"), enterprise: enterprise,
      agreement: agreement, workObligationYears: workObligationYears)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("policy")
    w.string(policy.rawValue)
    w.key("preferences")
    w.array(preferences) { $0.string($1.rawValue) }
    if let enterprise {
      w.key("enterprise")
      w.string(enterprise.rawValue)
    }
    if let agreement {
      w.key("agreement")
      w.bool(agreement)
    }
    if let workObligationYears {
      w.key("work_obligation_years")
      w.int(workObligationYears)
    }
    w.endObject()
  }
}
