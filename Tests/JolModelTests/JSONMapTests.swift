import Testing

@testable import JolModel

/// A JSON object read as a map (answers, scores, bands) gives what reading it pair by pair into
/// a growing dictionary gave: the same map, or the same first error — a repeated key before a
/// malformed pair after it.
@Suite struct JSONMapTests {
  /// The map or the error, read by `read`.
  static func outcome(
    _ text: String, _ read: (inout JSONReader) throws -> [String: String]
  ) -> Result<[String: String], JSONReadError> {
    var text = text
    return text.withUTF8 { utf8 in
      var reader = JSONReader(UnsafeRawBufferPointer(utf8))
      do {
        return .success(try read(&reader))
      } catch let error as JSONReadError {
        return .failure(error)
      } catch {
        Issue.record("not a JSONReadError: \(error)")
        return .failure(JSONReadError(offset: -1, reason: .malformed(expected: "")))
      }
    }
  }

  /// The map as first read: each pair into the dictionary as soon as it is read.
  static func pairByPair(_ reader: inout JSONReader) throws -> [String: String] {
    try reader.beginObject()
    var result: [String: String] = [:]
    while try reader.nextKey() {
      let key = reader.currentKey
      guard result.updateValue(try reader.readNonEmptyString(), forKey: key) == nil else {
        throw reader.duplicateField()
      }
    }
    return result
  }

  static let texts: [String] = {
    var texts = [
      #"{}"#, #"{"a":"x"}"#, #"{"a":"x","a":"y"}"#, #"{"a":"x","b":"y","a":"z"}"#,
      #"{"a":"x","a":"y","b":5}"#, #"{"a":"x","b":5,"a":"y"}"#, #"{"a":"x","b":""}"#,
      #"{"a":"x","a":""}"#, #"{"a":"x",}"#, #"{"a":"x""#, #"{"a":"x","a":"y""#, #"{"a""#,
      #"{"\u00e4":"x","ä":"y"}"#, #"{"q1":"a","q2":"b","q1":"c","q3":}"#, #"[]"#, #"{"a":"x"} "#,
    ]
    // Maps of every size up to 40 pairs (a dictionary's growth), and with a repeat at the end.
    for count in 0...40 {
      let pairs = (0..<count).map { #""q\#($0)":"\#($0 % 3 == 0 ? "a" : "b")""# }
      texts.append("{" + pairs.joined(separator: ",") + "}")
      if count > 0 { texts.append("{" + (pairs + [#""q0":"c""#]).joined(separator: ",") + "}") }
    }
    return texts
  }()

  @Test(arguments: texts)
  func readsAsPairByPair(_ text: String) {
    let read = Self.outcome(text) { try $0.readMap { try $0.readNonEmptyString() } }
    #expect(read == Self.outcome(text, Self.pairByPair), "\(text)")
  }
}
