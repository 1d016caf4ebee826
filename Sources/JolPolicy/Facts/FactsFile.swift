import JolModel

/// Errors of a facts file: every problem found, each with file:line:column.
public struct FactsFileError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Fact files for `jol policy eval`: JSON Lines, one learner per line,
/// `{"id": "L1", "stage": "college", "gpa": 3.4, "categories": ["rural"]}`. Keys are fact names
/// (``Fact``); a missing key or `null` is an unknown fact. Numbers are read exactly from their
/// text, never through a binary float. Blank lines are allowed.
public enum FactsFile {
  /// Parses the file's bytes.
  /// - Throws: ``FactsFileError`` with every bad line: unknown key (with the closest fact name),
  ///   wrong type, bad JSON, missing or repeated `id`.
  /// - Complexity: O(n) in the file size.
  public static func parse(_ bytes: [UInt8], fileName: String) throws(FactsFileError) -> [Facts] {
    var result: [Facts] = []
    var diagnostics: [Diagnostic] = []
    var seen: [String: Int] = [:]
    var start = 0
    var line = 1
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
      var reader = JSONLineReader(
        bytes: bytes, position: start, end: end, file: fileName, line: line, lineStart: start)
      if !reader.isBlank {
        do {
          let facts = try reader.readFacts()
          if let first = seen[facts.id] {
            diagnostics.append(
              Diagnostic(
                SourceLocation(file: fileName, line: line, column: 1),
                "id '\(facts.id)' repeats line \(first): one line per subject"))
          } else {
            seen[facts.id] = line
            result.append(facts)
          }
        } catch {
          diagnostics.append(error)
          if diagnostics.count >= 100 { break }
        }
      }
      start = end + 1
      line += 1
    }
    if !diagnostics.isEmpty { throw FactsFileError(diagnostics: diagnostics) }
    return result
  }
}

/// Reads one JSON object of facts from a line.
struct JSONLineReader {
  let bytes: [UInt8]
  var position: Int
  let end: Int
  let file: String
  let line: Int
  let lineStart: Int

  var isBlank: Bool {
    bytes[position..<end].allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
  }

  func location(_ at: Int) -> SourceLocation {
    // Columns count characters: skip UTF-8 continuation bytes.
    let column = bytes[lineStart..<min(at, end)].filter { $0 & 0xC0 != 0x80 }.count + 1
    return SourceLocation(file: file, line: line, column: column)
  }

  func error(_ at: Int, _ message: String) -> Diagnostic { Diagnostic(location(at), message) }

  mutating func skipSpace() {
    while position < end, [32, 9, 13].contains(bytes[position]) { position += 1 }
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(Diagnostic) {
    skipSpace()
    guard position < end, bytes[position] == byte else {
      throw error(position, "expected \(what), found \(found())")
    }
    position += 1
  }

  func found() -> String {
    guard position < end else { return "end of line" }
    let scalar = Unicode.Scalar(bytes[position])
    return "'\(Character(scalar))'"
  }

  mutating func readFacts() throws(Diagnostic) -> Facts {
    let objectStart = position
    try expect(UInt8(ascii: "{"), "'{' (one JSON object per line)")
    var facts = Facts(id: "")
    var hasID = false
    var keys: Set<String> = []
    skipSpace()
    if position < end && bytes[position] == UInt8(ascii: "}") {
      position += 1
    } else {
      while true {
        skipSpace()
        let keyAt = position
        guard position < end, bytes[position] == UInt8(ascii: "\"") else {
          throw error(position, "expected a key in quotes, found \(found())")
        }
        let key = try readString()
        guard keys.insert(key).inserted else { throw error(keyAt, "key '\(key)' given twice") }
        try expect(UInt8(ascii: ":"), "':' after the key")
        skipSpace()
        let valueAt = position
        let value = try readValue()
        if key == "id" {
          guard case .scalar(let id)? = value, !id.isEmpty else {
            throw error(valueAt, "'id' must be a non-empty string or number")
          }
          facts.id = id
          hasID = true
        } else if let fact = Fact(rawValue: key) {
          if let value {
            do {
              try facts.set(fact, value)
            } catch {
              throw self.error(valueAt, error.message)
            }
          }
        } else {
          var message = "unknown fact '\(key)'"
          if let near = EditDistance.closest(to: key, among: Fact.names) {
            message += ": did you mean '\(near)'?"
          } else {
            message += ": expected id or one of \(Fact.names.joined(separator: ", "))"
          }
          throw error(keyAt, message)
        }
        skipSpace()
        guard position < end else {
          throw error(position, "expected ',' or '}', found end of line")
        }
        if bytes[position] == UInt8(ascii: ",") {
          position += 1
          continue
        }
        try expect(UInt8(ascii: "}"), "',' or '}'")
        break
      }
    }
    skipSpace()
    if position < end {
      throw error(position, "unexpected \(found()) after the object: one object per line")
    }
    guard hasID else { throw error(objectStart, "missing \"id\": every line names its subject") }
    return facts
  }

  /// A value: string or number → scalar, true/false → bool, array → list, null → nil.
  mutating func readValue() throws(Diagnostic) -> Facts.RawValue? {
    guard position < end else { throw error(position, "expected a value, found end of line") }
    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: "\""):
      return .scalar(try readString())
    case UInt8(ascii: "["):
      position += 1
      var items: [String] = []
      skipSpace()
      if position < end && bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .list(items)
      }
      while true {
        skipSpace()
        guard case .scalar(let item)? = try readValue() else {
          throw error(position, "expected a string in the list")
        }
        items.append(item)
        skipSpace()
        if position < end && bytes[position] == UInt8(ascii: ",") {
          position += 1
          continue
        }
        try expect(UInt8(ascii: "]"), "',' or ']' in the list")
        return .list(items)
      }
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      for (word, value) in [("true", Facts.RawValue.bool(true)), ("false", .bool(false))]
      where matches(word) {
        position += word.utf8.count
        return value
      }
      if matches("null") {
        position += 4
        return nil
      }
      throw error(
        position, "expected a value (string, number, true, false, null or a list), found \(found())"
      )
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = position
      while position < end,
        bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: ".")
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
      {
        position += 1
      }
      return .scalar(String(decoding: bytes[start..<position], as: UTF8.self))
    case UInt8(ascii: "{"):
      throw error(
        position,
        "nested objects are not facts: expected a string, number, true/false, null or a list")
    default:
      throw error(
        position, "expected a value (string, number, true, false, null or a list), found \(found())"
      )
    }
  }

  func matches(_ word: String) -> Bool {
    let utf8 = Array(word.utf8)
    return position + utf8.count <= end && Array(bytes[position..<position + utf8.count]) == utf8
  }

  mutating func readString() throws(Diagnostic) -> String {
    let start = position
    position += 1
    var result: [UInt8] = []
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: result, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        position += 1
        guard position < end else { break }
        switch bytes[position] {
        case UInt8(ascii: "n"): result.append(10)
        case UInt8(ascii: "t"): result.append(9)
        case UInt8(ascii: "u"):
          guard position + 4 < end,
            let code = UInt32(
              String(decoding: bytes[position + 1...position + 4], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(code)
          else { throw error(position, "bad \\u escape: expected four hex digits") }
          result += Array(String(Character(scalar)).utf8)
          position += 4
        default: result.append(bytes[position])
        }
        position += 1
        continue
      }
      result.append(byte)
      position += 1
    }
    throw error(start, "unterminated string: expected a closing '\"' on the same line")
  }
}
