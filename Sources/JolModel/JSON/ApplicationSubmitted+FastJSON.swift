// Fast JSON form of the application payload (see LearnerEvents+FastJSON.swift for the rules).

extension ApplicationSubmitted: FastJSONCodable {
  init(reading r: inout JSONReader) throws {
    var policy: PolicyID?
    var preferences: [PolicyID]?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("policy") {
        try r.fresh(policy)
        policy = try r.readID()
      } else if r.keyIs("preferences") {
        try r.fresh(preferences)
        preferences = try r.readArray { PolicyID(try $0.readNonEmptyString()) }
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      policy: try r.require(policy, "policy"),
      preferences: try r.require(preferences, "preferences"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("policy")
    w.string(policy.rawValue)
    w.key("preferences")
    w.array(preferences) { $0.string($1.rawValue) }
    w.endObject()
  }
}
