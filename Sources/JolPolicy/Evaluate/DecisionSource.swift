import JolFormat
import JolModel

/// What every decision under one compiled policy says of the policy: kept once per policy and
/// referred to by each decision, not copied into it (a copy counts a reference per text, per
/// decision).
final class DecisionSource: Sendable {
  let policy: PolicyID
  let version: String
  let textHash: String
  let title: LocalizedText
  let reasonTexts: [String: LocalizedText]
  /// The reason texts split for writing (``SplitTemplate``).
  let reasonTemplates: [String: SplitTemplates]
  let requirementTexts: [String: LocalizedText]
  let classifierVersion: String?
  /// The members of a decision's JSON line that name the policy, the same in every line:
  /// `"policy":…,"version":…,"text_hash":…,"classifier":…,` — written once here.
  let jsonHead: [UInt8]

  init(
    policy: PolicyID, version: String, textHash: String, title: LocalizedText,
    reasonTexts: [String: LocalizedText], requirementTexts: [String: LocalizedText],
    classifierVersion: String?
  ) {
    self.policy = policy
    self.version = version
    self.textHash = textHash
    self.title = title
    self.reasonTexts = reasonTexts
    reasonTemplates = reasonTexts.mapValues(SplitTemplates.init)
    self.requirementTexts = requirementTexts
    self.classifierVersion = classifierVersion
    var head = JSONBytes(capacity: 256)
    head.key("policy")
    head.string(policy.rawValue)
    head.raw(",")
    head.key("version")
    head.string(version)
    head.raw(",")
    head.key("text_hash")
    head.string(textHash)
    head.raw(",")
    head.key("classifier")
    if let classifierVersion {
      head.string(classifierVersion)
    } else {
      head.raw("null")
    }
    head.raw(",")
    jsonHead = head.bytes
  }

  convenience init(_ policy: CompiledPolicy) {
    self.init(
      policy: policy.id, version: policy.version, textHash: policy.textHash, title: policy.title,
      reasonTexts: policy.reasonTexts, requirementTexts: policy.requirementTexts,
      classifierVersion: policy.classifierVersion)
  }
}
