import JolModel
import Testing

@Suite struct JSONReaderTests {
  static let valid =
    #"{"type":"learner.category_declared","schema_version":1,"effective":"2026-09-01","recorded_at":"2026-10-15T08:30:00.125Z","actor":"ops","data":{"category":"rural"}}"#

  @Test func theValidBaseDecodes() throws {
    #expect(fastError(Self.valid) == nil)
  }

  /// Each case: the text, the byte offset of the error, and a fragment of its message.
  @Test(arguments: [
    ("", 0, "expected an object '{'"),
    ("{", 1, "expected a key or '}'"),
    (#"{"type" "x"}"#, 8, "expected ':' after the key"),
    (#"{"type":"learner.category_declared",}"#, 36, "expected a key in double quotes"),
    (
      #"{"type":"learner.flew_away","schema_version":1}"#, 8,
      "unknown event type 'learner.flew_away'"
    ),
    (#"{"schema_version":01}"#, 18, "leading zeros"),
    (#"{"schema_version":1.5}"#, 18, "expected an integer"),
    (#"{"schema_version":1,"schema_version":1}"#, 20, "'schema_version' appears twice"),
    (#"{"typo":1}"#, 1, "unknown field 'typo'"),
    (#"{"actor":"a\qb"}"#, 12, "expected an escape"),
    (#"{"actor":"a"#, 11, "'\"' to close the string"),
    ("{\"actor\":\"a\u{01}\"}", 11, "no control character"),
    (#"{"effective":"2026-02-30"}"#, 13, "a date YYYY-MM-DD that exists"),
    (#"{"recorded_at":"2026-10-15 08:30:00"}"#, 15, "a UTC time"),
    (#"{"actor":"ops"} x"#, 16, "the end of the JSON text"),
    (#"{"actor":tru}"#, 9, "expected a string"),
  ])
  func malformedInputNamesOffsetAndExpectation(text: String, offset: Int, message: String) throws {
    let error = try #require(fastError(text))
    #expect(error.offset == offset, "\(error)")
    #expect(error.description.contains(message), "\(error)")
  }

  @Test func payloadErrorsPointIntoTheData() throws {
    func replacing(_ old: String, _ new: String) -> String {
      Self.valid.replacingOccurrences(of: old, with: new)
    }
    let missing = try #require(fastError(replacing(#""category":"rural""#, "")))
    #expect(missing.reason == .missingField("category"))
    let unknownVersion = try #require(
      fastError(replacing(#""schema_version":1"#, #""schema_version":9"#)))
    #expect(
      unknownVersion.reason
        == .unsupportedSchemaVersion(type: "learner.category_declared", version: 9))
    let grade =
      #"{"type":"learner.registered","schema_version":1,"effective":"2026-09-01","recorded_at":"2026-10-15T08:30:00.125Z","actor":"ops","data":{"school":"S","grade":13,"class":"A","language":"kk","district":"1","region":"2"}}"#
    let error = try #require(fastError(grade))
    #expect(
      error.description.contains("field 'grade': expected an integer from 1 to 12, not 13"),
      "\(error)")
    let language = grade.replacingOccurrences(of: "13", with: "9").replacingOccurrences(
      of: #""kk""#, with: #""de""#)
    let languageError = try #require(fastError(language))
    #expect(
      languageError.description.contains("one of 'kk', 'ru', 'en', not 'de'"), "\(languageError)")
  }

  @Test func invalidUTF8IsRejected() {
    var bytes = Array(#"{"actor":"ab"}"#.utf8)
    bytes[10] = 0xC3  // a lead byte followed by 'b'
    #expect(throws: JSONReadError.self) { try fastDecode(bytes) }
  }

  @Test func dataBeforeTypeIsReadAfterwards() throws {
    let reordered =
      #"{"data":{"category":"rural"},"actor":"ops","recorded_at":"2026-10-15T08:30:00.125Z","effective":"2026-09-01","schema_version":1,"type":"learner.category_declared"}"#
    #expect(try fastDecode(Array(reordered.utf8)) == (try fastDecode(Array(Self.valid.utf8))))
  }

  @Test func escapesAndNumbersAreExact() throws {
    let bytes = Array(
      #"{"k\u0065y":"a\"b\\c\/d\n\u00e9\ud83d\ude00","n":-12.5e1,"s":"3.4500"}"#.utf8)
    try bytes.withUnsafeBytes { buffer in
      var reader = JSONReader(buffer)
      try reader.beginObject()
      #expect(try reader.nextKey())
      #expect(reader.keyIs("key"))
      #expect(try reader.readString() == "a\"b\\c/d\né😀")
      #expect(try reader.nextKey())
      #expect(try reader.readDecimal() == FixedDecimal("-125"))
      #expect(try reader.nextKey())
      #expect(try reader.readDecimal() == FixedDecimal("3.45"))
      #expect(try !reader.nextKey())
      try reader.finish()
    }
  }

  /// Fifteen whole digits fit a decimal's reading but not its four decimals in 64 bits: a
  /// decimal so written is refused where it is, never a trap (a damaged log, a hostile file).
  @Test func aDecimalTooLargeToHoldIsAnErrorNotATrap() throws {
    for (text, expected) in [
      ("999999999999999", nil), ("-999999999999999", nil), ("922337203685478", nil),
      ("922337203685477", FixedDecimal(units: 9_223_372_036_854_770_000)),
      ("99999999999999.9999", FixedDecimal(units: 999_999_999_999_999_999)),
    ] as [(String, FixedDecimal?)] {
      let bytes = Array(#"{"s":"\#(text)"}"#.utf8)
      try bytes.withUnsafeBytes { buffer in
        var reader = JSONReader(buffer)
        try reader.beginObject()
        #expect(try reader.nextKey())
        #expect((try? reader.readDecimal()) == expected, "\(text)")
      }
      #expect(Array(text.utf8).withUnsafeBytes { FixedDecimal(plain: $0) } == expected)
    }
  }

  @Test func writerEscapesAndStaysOnOneLine() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("t")
    writer.string("line\nbreak \"q\" \\ \u{07} Қазақ")
    writer.endObject()
    #expect(
      String(decoding: writer.bytes, as: UTF8.self) == #"{"t":"line\nbreak \"q\" \\ \u0007 Қазақ"}"#
    )
  }
}
