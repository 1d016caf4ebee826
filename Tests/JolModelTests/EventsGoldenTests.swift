import Foundation
import JolModel
import Testing

@Suite struct EventsGoldenTests {
  @Test func everyRegisteredTypeHasOneSample() {
    #expect(Set(EventsSamples.all.map(\.event.type)) == Set(EventRegistry.rows.map(\.type)))
    #expect(EventsSamples.all.count == EventRegistry.rows.count)
    for sample in EventsSamples.all {
      #expect(sample.event.type.rawValue == sample.name)
      #expect(sample.event.streamKind == sample.stream.kind, "\(sample.name)")
    }
  }

  @Test(
    "JSON round trip and golden encoding for every registered event type",
    arguments: EventRegistry.rows.map(\.type.rawValue))
  func goldenEncoding(name: String) throws {
    let sample = try #require(
      EventsSamples.all.first { $0.name == name }, "EventsSamples has no \(name)")
    let payload = EventsSamples.payload(sample.event)
    let encoded = EventCodec.encode(payload)
    let file = fixturesDirectory.appendingPathComponent("\(name).json")
    if ProcessInfo.processInfo.environment["JOL_UPDATE_GOLDEN"] == "1" {
      try Data(encoded + [0x0A]).write(to: file)
    }
    let golden = Array(try Data(contentsOf: file))
    #expect(golden.last == 0x0A, "golden files end with one line break")
    let line = Array(golden.dropLast())
    #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: line, as: UTF8.self))
    #expect(!line.contains(0x0A), "one event is one line")
    // Both decoders read the golden bytes back to the same event.
    #expect(try fastDecode(line) == payload)
    #expect(try foundationDecode(line) == payload)
    // Foundation's encoding (other key order) reads back with the fast decoder.
    #expect(try fastDecode(try foundationEncode(payload)) == payload)
    // The full envelope from a log record.
    let envelope = try EventCodec.decode(
      sequence: 42, stream: sample.stream.description, streamVersion: 7, id: "E-1",
      payload: line[...])
    #expect(
      envelope == payload.envelope(sequence: 42, stream: sample.stream, streamVersion: 7, id: "E-1")
    )
    #expect(envelope.type.rawValue == name)
    #expect(
      String(decoding: line, as: UTF8.self).contains(
        #""schema_version":\#(envelope.schemaVersion),"#), "written in the row's version")
  }

  @Test func termResultVersion1IsUpgradedOnRead() throws {
    let file = fixturesDirectory.appendingPathComponent("learner.term_result.v1.json")
    let bytes = Array(try Data(contentsOf: file).dropLast())
    let expected = EventPayload(
      recordedAt: Timestamp("2025-12-28T10:02:11.000Z")!, effective: CivilDate("2025-12-27")!,
      actor: "import:grades-2025-1.csv",
      event: .termResult(
        TermResult(
          term: "2025-1", institution: "KST-COL-03", gpa: FixedDecimal("3.4")!,
          attendance: FixedDecimal("87.5")!,
          grades: [
            SubjectGrade(subject: "mathematics", grade: 3),
            SubjectGrade(subject: "physics", grade: 4),
          ])))
    #expect(try fastDecode(bytes) == expected)
    #expect(try foundationDecode(bytes) == expected)
    // Written again, it is version 2 with a percentage.
    let rewritten = String(decoding: EventCodec.encode(expected), as: UTF8.self)
    #expect(rewritten.contains("\"schema_version\":2"))
    #expect(rewritten.contains("\"attendance\":\"87.5\""))
  }

  @Test func streamNameWithoutAnIdIsRejected() throws {
    // Events on a stream of another kind: `EventsRegistryTests.streamKindIsChecked`.
    let line = EventCodec.encode(
      EventsSamples.payload(.mentorCapacityChanged(CapacityChanged(capacity: 2))))
    #expect(throws: JSONReadError.self) {
      try EventCodec.decode(
        sequence: 1, stream: "mentor", streamVersion: 1, id: "E", payload: line[...])
    }
  }
}
