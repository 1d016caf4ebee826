import JolModel
import Testing

/// The agreement fields of `learner.application_submitted`: optional in schema version 1,
/// read alike by the fast codec and Foundation, and strictly by the fast codec.
@Suite struct ApplicationSubmittedCodecTests {
  /// An application payload with `data` as the event's data object.
  static func line(_ data: String) -> String {
    #"{"type":"learner.application_submitted","schema_version":1,"effective":"2026-08-20","recorded_at":"2026-08-20T09:00:00.000Z","actor":"import:applications.csv","data":"#
      + data + "}"
  }

  static func application(_ data: String) throws -> (fast: EventPayload, foundation: EventPayload) {
    let bytes = Array(line(data).utf8)
    return (try fastDecode(bytes), try foundationDecode(bytes))
  }

  @Test func anApplicationWithoutAgreementFieldsStillReads() throws {
    let decoded = try Self.application(#"{"policy":"akim-named-scholarship","preferences":[]}"#)
    #expect(decoded.fast == decoded.foundation)
    guard case .applicationSubmitted(let application) = decoded.fast.event else {
      Issue.record("not an application: \(decoded.fast.event)")
      return
    }
    #expect(application == ApplicationSubmitted(policy: "akim-named-scholarship"))
    #expect(application.enterprise == nil && application.agreement == nil)
    #expect(application.workObligationYears == nil)
  }

  @Test func fieldsInAnyOrderReadAlikeAndWriteBackCanonically() throws {
    let data =
      #"{"work_obligation_years":0,"agreement":false,"preferences":[],"enterprise":"940140000385","policy":"dual-training-grant"}"#
    let decoded = try Self.application(data)
    #expect(decoded.fast == decoded.foundation)
    let expected = ApplicationSubmitted(
      policy: "dual-training-grant", enterprise: "940140000385", agreement: false,
      workObligationYears: 0)
    #expect(decoded.fast.event == .applicationSubmitted(expected))
    let written = String(decoding: EventCodec.encode(decoded.fast), as: UTF8.self)
    #expect(
      written.contains(
        #""data":{"policy":"dual-training-grant","preferences":[],"enterprise":"940140000385","agreement":false,"work_obligation_years":0}"#
      ), "\(written)")
  }

  /// Each case: the data object and a fragment of the fast codec's message.
  @Test(arguments: [
    (#"{"policy":"p","preferences":[],"agreement":null}"#, "expected true or false"),
    (#"{"policy":"p","preferences":[],"agreement":"yes"}"#, "expected true or false"),
    (#"{"policy":"p","preferences":[],"enterprise":null}"#, "expected a string"),
    (#"{"policy":"p","preferences":[],"enterprise":""}"#, "enterprise"),
    (#"{"policy":"p","preferences":[],"work_obligation_years":21}"#, "work_obligation_years"),
    (#"{"policy":"p","preferences":[],"work_obligation_years":-1}"#, "work_obligation_years"),
    (#"{"policy":"p","preferences":[],"work_obligation_years":2.5}"#, "expected an integer"),
    (#"{"policy":"p","preferences":[],"agreement":true,"agreement":true}"#, "appears twice"),
    (#"{"policy":"p","preferences":[],"agreed":true}"#, "unknown field 'agreed'"),
  ])
  func theFastCodecIsStrict(data: String, message: String) throws {
    let error = try #require(fastError(Self.line(data)))
    #expect(error.description.contains(message), "\(error)")
  }
}
