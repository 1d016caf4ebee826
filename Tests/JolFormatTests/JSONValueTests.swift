import JolFormat
import JolModel
import Testing

/// The one JSON writer: ``JSONValue`` over ``JSONBytes``, escaped by ``JSONEscape`` as the event
/// codec's ``JSONWriter`` escapes.
@Suite struct JSONValueTests {
  @Test func compactAndPretty() {
    let value = JSONValue.object([
      ("a", .int(1)), ("b", .array([.string("x"), .null, .bool(true)])), ("c", .object([])),
    ])
    #expect(value.compact == #"{"a":1,"b":["x",null,true],"c":{}}"#)
    #expect(
      value.pretty
        == "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null,\n    true\n  ],\n  \"c\": {}\n}")
  }

  /// Every string is escaped exactly as the event writer escapes it, apart from the characters
  /// that act on a terminal, which output escapes too.
  @Test func sameEscapingAsTheEventWriter() {
    var texts = ["", "plain", "quote \" and \\ back", "line\nbreak\r\ttab", "Қазақ «тілі» ₸"]
    texts.append(String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self))
    texts.append("long text without escapes, long enough for the eight-byte skip\u{1}")
    for text in texts {
      var writer = JSONWriter()
      writer.string(text)
      #expect(JSONValue.string(text).compact == String(decoding: writer.bytes, as: UTF8.self))
      var bytes = JSONBytes()
      bytes.string(text)
      #expect(bytes.bytes == writer.bytes)
    }
  }

  @Test func terminalActingCharactersAreEscapedInOutput() {
    #expect(JSONValue.string("a\u{202E}b\u{85}c\u{7F}").compact == #""a\u202eb\u0085c\u007f""#)
    // Beyond the Basic Multilingual Plane: a surrogate pair, valid JSON.
    #expect(JSONValue.string("\u{E0001}").compact == #""\udb40\udc01""#)
  }
}

/// Event data passed through exports: one member's raw text, read by the one reader.
@Suite struct RawMemberTests {
  @Test func findsTopLevelMembersOnly() {
    let json = Array(#"{"a":{"data":1},"s":"x\"}","data":{"x":[1,"]"]},"z":2}"#.utf8)
    #expect(JSONReader.rawMember("data", in: json) == #"{"x":[1,"]"]}"#)
    #expect(JSONReader.rawMember("z", in: json) == "2")
    #expect(JSONReader.rawMember("missing", in: json) == nil)
    #expect(JSONReader.rawMember("data", in: Array("[1]".utf8)) == nil)
  }

  /// Property: every member written by ``JSONValue`` reads back as its compact text.
  @Test func readsBackWhatTheWriterWrote() {
    let values: [JSONValue] = [
      .null, .bool(false), .int(-12), .string("a\"b\\c\n«ә»"),
      .array([.object([("data", .int(1))]), .array([])]), .object([("k", .string("}"))]),
    ]
    for value in values {
      let json = Array(JSONValue.object([("before", .int(0)), ("data", value)]).compact.utf8)
      #expect(JSONReader.rawMember("data", in: json) == value.compact)
    }
  }
}
