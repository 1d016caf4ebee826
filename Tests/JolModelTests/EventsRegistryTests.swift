import Foundation
import JolModel
import Testing

/// The event registry drives the codecs: these tests iterate it, so a type added to it without
/// a sample, a generator, a golden file or an upgrade fixture fails here.
@Suite struct EventsRegistryTests {
  static let rows = EventRegistry.rows

  /// `TYPE.vN` for every older schema version of every type.
  static let olderVersions: [String] = rows.flatMap { row in
    row.olderSchemaVersions.map { "\(row.type.rawValue).v\($0)" }
  }

  @Test func rowsAreWellFormed() {
    #expect(Set(Self.rows.map(\.type)).count == Self.rows.count, "each type registered once")
    for row in Self.rows {
      let name = row.type.rawValue
      #expect(
        name.split(separator: ".").first.map(String.init) == row.streamKind.rawValue, "\(name)")
      #expect(EventRegistry.row(row.type)?.type == row.type)
      #expect(Set(row.olderSchemaVersions).count == row.olderSchemaVersions.count, "\(name)")
      #expect(row.olderSchemaVersions.allSatisfy { 1 <= $0 && $0 < row.schemaVersion }, "\(name)")
    }
    #expect(EventRegistry.row(EventType(rawValue: "learner.unknown")) == nil)
  }

  @Test func everyRegisteredTypeHasARandomGenerator() {
    var random = RandomEvents(rng: SplitMix64(seed: 1))
    for row in Self.rows {
      #expect(random.event(of: row.type)?.type == row.type, "\(row.type.rawValue)")
    }
  }

  @Test(
    "an older schema version reads with both codecs and is upgraded", arguments: olderVersions)
  func olderVersionIsUpgraded(name: String) throws {
    let file = fixturesDirectory.appendingPathComponent("\(name).json")
    let bytes = Array(try Data(contentsOf: file).dropLast())
    let fast = try fastDecode(bytes)
    #expect(try foundationDecode(bytes) == fast)
    let row = try #require(EventRegistry.row(fast.event.type))
    #expect(name.hasPrefix(row.type.rawValue + ".v"))
    let rewritten = EventCodec.encode(fast)
    #expect(
      String(decoding: rewritten, as: UTF8.self).contains(
        #""schema_version":\#(row.schemaVersion),"#))
    #expect(try fastDecode(rewritten) == fast)
  }

  @Test(
    "a schema version the row does not list is an error naming type and version",
    arguments: rows.map(\.type.rawValue))
  func unsupportedSchemaVersion(name: String) throws {
    let sample = try #require(EventsSamples.all.first { $0.name == name })
    let text = String(
      decoding: EventCodec.encode(EventsSamples.payload(sample.event)), as: UTF8.self)
    let row = try #require(EventRegistry.row(EventType(rawValue: name)))
    let bad = text.replacingOccurrences(
      of: #""schema_version":\#(row.schemaVersion),"#, with: #""schema_version":99,"#)
    #expect(fastError(bad)?.reason == .unsupportedSchemaVersion(type: name, version: 99))
    #expect(fastError(bad)?.description.contains("'\(name)' has no schema version 99") == true)
    let foundation = #expect(throws: DecodingError.self) { try foundationDecode(Array(bad.utf8)) }
    #expect(
      "\(String(describing: foundation))".contains("'\(name)' has no schema version 99"))
  }

  @Test func unknownTypeIsAnErrorNamingIt() throws {
    let text = String(
      decoding: EventCodec.encode(
        EventsSamples.payload(.learnerErased(LearnerErased(reason: "r")))),
      as: UTF8.self
    ).replacingOccurrences(of: "learner.erased", with: "learner.mentor_met")
    #expect(fastError(text)?.reason == .unknownEventType("learner.mentor_met"))
    let foundation = #expect(throws: DecodingError.self) { try foundationDecode(Array(text.utf8)) }
    #expect("\(String(describing: foundation))".contains("unknown event type 'learner.mentor_met'"))
    // A name as long as a known one, differing in one byte, is not taken for it.
    let near = text.replacingOccurrences(of: "learner.mentor_met", with: "learner.erasee")
    #expect(fastError(near)?.reason == .unknownEventType("learner.erasee"))
  }

  @Test(
    "an event on a stream of another kind is rejected", arguments: rows.map(\.type.rawValue))
  func streamKindIsChecked(name: String) throws {
    let sample = try #require(EventsSamples.all.first { $0.name == name })
    let line = EventCodec.encode(EventsSamples.payload(sample.event))
    for kind in StreamKind.allCases {
      let stream = "\(kind.rawValue)/X-1"
      let decode = {
        try EventCodec.decode(
          sequence: 1, stream: stream, streamVersion: 1, id: "E", payload: line[...])
      }
      if kind == sample.stream.kind {
        #expect(try decode().type.rawValue == name)
      } else {
        #expect(throws: JSONReadError.self, "\(name) on \(stream)") { try decode() }
      }
    }
  }
}
