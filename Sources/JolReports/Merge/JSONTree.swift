import JolFormat
import JolModel

/// Reads a whole JSON text into a ``JSONValue`` tree, for files small enough to hold at once
/// (merge files): the strict ``JSONReader`` underneath, numbers kept as their exact text, a key
/// given twice in one object refused, and the JSON path of the value being read kept so that a
/// syntax error names where it is.
struct JSONTree {
  /// Why the text is not JSON: the reader's error and the path of the value it was in.
  struct Failure: Error {
    var error: JSONReadError
    var path: JSONPath
  }

  private var path = JSONPath()

  /// The value of `bytes` (a UTF-8 byte-order mark is skipped).
  static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    let start = bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0
    var tree = JSONTree()
    let result = bytes.withUnsafeBytes { buffer -> Result<JSONValue, Failure> in
      var reader = JSONReader(buffer).reader(at: start..<buffer.count)
      do {
        let value = try tree.value(&reader, depth: 0)
        try reader.finish()
        return .success(value)
      } catch let error as JSONReadError {
        return .failure(Failure(error: error, path: tree.path))
      } catch {
        return .failure(
          Failure(
            error: JSONReadError(offset: 0, reason: .malformed(expected: "JSON")), path: tree.path))
      }
    }
    return try result.get()
  }

  private mutating func value(_ reader: inout JSONReader, depth: Int) throws -> JSONValue {
    switch reader.peek() {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      guard depth < JSONReader.maximumDepth else {
        throw reader.malformed(
          "at most \(JSONReader.maximumDepth) levels of nested arrays and objects")
      }
      return reader.peek() == UInt8(ascii: "{")
        ? try object(&reader, depth: depth) : try array(&reader, depth: depth)
    case UInt8(ascii: "\""): return .string(try reader.readString())
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try reader.readBool())
    case UInt8(ascii: "n"):
      _ = try reader.readNull()
      return .null
    case nil: throw reader.malformed("a value")
    default:
      let range = try reader.captureValue()
      return .number(reader.text(in: range))
    }
  }

  private mutating func object(_ reader: inout JSONReader, depth: Int) throws -> JSONValue {
    try reader.beginObject()
    var members: [(String, JSONValue)] = []
    var keys: Set<String> = []
    let outer = path
    while try reader.nextKey() {
      let key = reader.currentKey
      guard keys.insert(key).inserted else { throw reader.duplicateField() }
      path = outer.appending(key: key)
      members.append((key, try value(&reader, depth: depth + 1)))
      path = outer
    }
    return .object(members)
  }

  private mutating func array(_ reader: inout JSONReader, depth: Int) throws -> JSONValue {
    try reader.beginArray()
    var elements: [JSONValue] = []
    let outer = path
    while try reader.nextElement() {
      path = outer.appending(index: elements.count)
      elements.append(try value(&reader, depth: depth + 1))
      path = outer
    }
    return .array(elements)
  }
}
