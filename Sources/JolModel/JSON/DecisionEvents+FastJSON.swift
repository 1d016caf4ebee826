// Fast JSON forms of the policy, round and matching payloads (see LearnerEvents+FastJSON.swift
// for the rules).

extension PolicyPublished: EventData {
  init(reading r: inout JSONReader) throws {
    var version: Int?
    var text: String?
    var sha256: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("version") {
        try r.fresh(version)
        version = try r.readInt(in: 1...Int.max)
      } else if r.keyIs("text") {
        try r.fresh(text)
        text = try r.readNonEmptyString()
      } else if r.keyIs("sha256") {
        try r.fresh(sha256)
        sha256 = try r.readSHA256()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      version: try r.require(version, "version"), text: try r.require(text, "text"),
      sha256: try r.require(sha256, "sha256"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("version")
    w.int(version)
    w.key("text")
    w.string(text)
    w.key("sha256")
    w.string(sha256)
    w.endObject()
  }
}

extension RoundRun: EventData {
  init(reading r: inout JSONReader) throws {
    var policy: PolicyID?
    var policyVersion: Int?
    var policySHA256: String?
    var groupSHA256: [String]?
    var asOf: CivilDate?
    var logPosition: UInt64?
    var seed: String?
    var applicants: Int?
    var awarded: Int?
    var totalAmount: Money?
    var resultsSHA256: String?
    var resultsForm: Int?
    var supersedes: RoundID?
    var supersedeReason: String?
    var classifier: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("policy") {
        try r.fresh(policy)
        policy = try r.readID()
      } else if r.keyIs("policy_version") {
        try r.fresh(policyVersion)
        policyVersion = try r.readInt(in: 1...Int.max)
      } else if r.keyIs("policy_sha256") {
        try r.fresh(policySHA256)
        policySHA256 = try r.readSHA256()
      } else if r.keyIs("group_sha256") {
        try r.fresh(groupSHA256)
        groupSHA256 = try r.readArray { try $0.readSHA256() }
      } else if r.keyIs("as_of") {
        try r.fresh(asOf)
        asOf = try r.readDate()
      } else if r.keyIs("log_position") {
        try r.fresh(logPosition)
        logPosition = try r.readUInt64()
      } else if r.keyIs("seed") {
        try r.fresh(seed)
        seed = try r.readString()
      } else if r.keyIs("applicants") {
        try r.fresh(applicants)
        applicants = try r.readInt(in: 0...Int.max)
      } else if r.keyIs("awarded") {
        try r.fresh(awarded)
        awarded = try r.readInt(in: 0...Int.max)
      } else if r.keyIs("total_amount") {
        try r.fresh(totalAmount)
        totalAmount = try r.readMoney()
      } else if r.keyIs("results_sha256") {
        try r.fresh(resultsSHA256)
        resultsSHA256 = try r.readSHA256()
      } else if r.keyIs("results_form") {
        try r.fresh(resultsForm)
        resultsForm = try r.readInt(in: 1...Int.max)
      } else if r.keyIs("supersedes") {
        try r.fresh(supersedes)
        supersedes = try r.readID()
      } else if r.keyIs("supersede_reason") {
        try r.fresh(supersedeReason)
        supersedeReason = try r.readString()
      } else if r.keyIs("classifier") {
        try r.fresh(classifier)
        classifier = try r.readString()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      policy: try r.require(policy, "policy"),
      policyVersion: try r.require(policyVersion, "policy_version"),
      policySHA256: try r.require(policySHA256, "policy_sha256"),
      groupSHA256: try r.require(groupSHA256, "group_sha256"),
      asOf: try r.require(asOf, "as_of"), logPosition: try r.require(logPosition, "log_position"),
      seed: try r.require(seed, "seed"), applicants: try r.require(applicants, "applicants"),
      awarded: try r.require(awarded, "awarded"),
      totalAmount: try r.require(totalAmount, "total_amount"),
      resultsSHA256: try r.require(resultsSHA256, "results_sha256"), resultsForm: resultsForm,
      supersedes: supersedes, supersedeReason: supersedeReason, classifier: classifier)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("policy")
    w.string(policy.rawValue)
    w.key("policy_version")
    w.int(policyVersion)
    w.key("policy_sha256")
    w.string(policySHA256)
    w.key("group_sha256")
    w.array(groupSHA256) { $0.string($1) }
    w.key("as_of")
    w.date(asOf)
    w.key("log_position")
    w.int(logPosition)
    w.key("seed")
    w.string(seed)
    w.key("applicants")
    w.int(applicants)
    w.key("awarded")
    w.int(awarded)
    w.key("total_amount")
    w.money(totalAmount)
    w.key("results_sha256")
    w.string(resultsSHA256)
    if let resultsForm {
      w.key("results_form")
      w.int(resultsForm)
    }
    if let supersedes {
      w.key("supersedes")
      w.string(supersedes.rawValue)
    }
    if let supersedeReason {
      w.key("supersede_reason")
      w.string(supersedeReason)
    }
    if let classifier {
      w.key("classifier")
      w.string(classifier)
    }
    w.endObject()
  }
}

extension MatchingRun: EventData {
  init(reading r: inout JSONReader) throws {
    var programme: String?
    var asOf: CivilDate?
    var logPosition: UInt64?
    var seed: String?
    var students: Int?
    var mentors: Int?
    var assigned: Int?
    var blockingPairs: Int?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("programme") {
        try r.fresh(programme)
        programme = try r.readNonEmptyString()
      } else if r.keyIs("as_of") {
        try r.fresh(asOf)
        asOf = try r.readDate()
      } else if r.keyIs("log_position") {
        try r.fresh(logPosition)
        logPosition = try r.readUInt64()
      } else if r.keyIs("seed") {
        try r.fresh(seed)
        seed = try r.readString()
      } else if r.keyIs("students") {
        try r.fresh(students)
        students = try r.readInt(in: 0...Int.max)
      } else if r.keyIs("mentors") {
        try r.fresh(mentors)
        mentors = try r.readInt(in: 0...Int.max)
      } else if r.keyIs("assigned") {
        try r.fresh(assigned)
        assigned = try r.readInt(in: 0...Int.max)
      } else if r.keyIs("blocking_pairs") {
        try r.fresh(blockingPairs)
        blockingPairs = try r.readInt(in: 0...Int.max)
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      programme: try r.require(programme, "programme"), asOf: try r.require(asOf, "as_of"),
      logPosition: try r.require(logPosition, "log_position"), seed: try r.require(seed, "seed"),
      students: try r.require(students, "students"), mentors: try r.require(mentors, "mentors"),
      assigned: try r.require(assigned, "assigned"),
      blockingPairs: try r.require(blockingPairs, "blocking_pairs"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("programme")
    w.string(programme)
    w.key("as_of")
    w.date(asOf)
    w.key("log_position")
    w.int(logPosition)
    w.key("seed")
    w.string(seed)
    w.key("students")
    w.int(students)
    w.key("mentors")
    w.int(mentors)
    w.key("assigned")
    w.int(assigned)
    w.key("blocking_pairs")
    w.int(blockingPairs)
    w.endObject()
  }
}

extension RunPublished: EventData {
  init(reading r: inout JSONReader) throws {
    try r.beginObject()
    while try r.nextKey() { throw r.unknownField() }
    self.init()
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.endObject()
  }
}

extension JSONReader {
  /// A SHA-256 digest as text: 64 lowercase hexadecimal digits.
  mutating func readSHA256() throws -> String {
    let hash = try readString()
    let hex = hash.utf8.allSatisfy {
      decimalDigit($0) != nil || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
    }
    guard hash.utf8.count == 64, hex else { throw invalidValue("64 lowercase hexadecimal digits") }
    return hash
  }
}
