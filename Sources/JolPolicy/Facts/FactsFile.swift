import JolFormat
import JolModel

/// Errors of a facts file: every problem found, each with file:line:column.
public struct FactsFileError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  /// Every diagnostic on its own line, in English (for logs and tests).
  public var description: String { description(in: .en) }

  /// Every diagnostic on its own line, in `language`.
  public func description(in language: Language) -> String {
    diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
  }
}

/// Fact files for `jol policy eval`: JSON Lines, one learner per line,
/// `{"id": "L1", "stage": "college", "gpa": 3.4, "categories": ["rural"]}`. Keys are fact names
/// (``Fact``); a missing key or `null` is an unknown fact. Numbers are read exactly from their
/// text, never through a binary float (`1e3` is read as 1000; one out of a fact's bounds is
/// reported as written). Blank lines, CRLF line ends and a byte-order mark are allowed; a byte
/// that is not UTF-8 is an error at its line and column. A list holds strings only, so a nested
/// list or object is refused where it opens, however deep the input goes.
public enum FactsFile {
  /// Parses the file's bytes; `categories` are the category words a value may name (the known
  /// ones, plus those the policies at hand declare).
  /// - Throws: ``FactsFileError`` with every bad line: unknown key (with the closest fact name),
  ///   wrong type, value out of bounds or not in a closed set, bad JSON or UTF-8, missing or
  ///   repeated `id`, a key, id or value holding a character ``TextSafety`` forbids (raw or
  ///   escaped, named by its code point at its string).
  /// - Complexity: O(n) in the file size.
  public static func parse(
    _ bytes: [UInt8], fileName: String, categories: Set<String> = Facts.knownCategories
  ) throws(FactsFileError) -> [Facts] {
    try parsePieces(bytes, fileName: fileName, categories: categories).flatMap { $0 }
  }

  /// ``parse(_:fileName:categories:)``'s facts as read, in consecutive runs of the file's
  /// lines (one per piece read on a core), not put together into one array: for a bulk reader
  /// that goes through them in order (`jol policy eval`).
  public static func parsePieces(
    _ bytes: [UInt8], fileName: String, categories: Set<String> = Facts.knownCategories
  ) throws(FactsFileError) -> [[Facts]] {
    try parse(
      bytes, fileName: fileName, categories: categories, pieces: pieceCount(bytes.count))
  }
}

/// What every line of a facts file is read with: the key names, each fact's plain-value setter
/// (``PlainValue``) and the category words a value may name. Made for each piece of the file,
/// so that no two cores count references to the same tables.
struct FactsLineTables {
  /// Every fact's name by fact index, then `id`.
  let keys = ExactWords(Fact.names + ["id"])
  let facts = Fact.allCases
  let setters = PlainValue.setters()
  let categories: Set<String>
}

/// Reads one JSON object of facts from a line; one reader reads a piece's lines in turn
/// (``begin(line:from:to:)``).
struct JSONLineReader {
  /// The file's bytes, valid while the line is read.
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let tables: FactsLineTables
  var position = 0
  var end = 0
  var line = 0
  var lineStart = 0
  /// The key read last on this line (its index in ``FactsLineTables/keys``), -1 before the
  /// first.
  private var previousKey = -1
  /// The key that followed each key (by its index + 1; 0: the line's start) the last time:
  /// the lines of a file mostly name the same keys in the same order, so the key expected
  /// is tried first.
  private var followingKey: [Int]

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, tables: FactsLineTables) {
    (self.bytes, self.file, self.tables) = (bytes, file, tables)
    followingKey = Array(repeating: -1, count: tables.facts.count + 2)
  }

  /// Starts reading line number `line`, the bytes `start..<end`.
  mutating func begin(line: Int, from start: Int, to end: Int) {
    (self.line, lineStart, position, self.end) = (line, start, start, end)
  }

  var isBlank: Bool {
    bytes[position..<end].allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
  }

  func location(_ at: Int) -> SourceLocation {
    // Columns count characters: skip UTF-8 continuation bytes.
    let column = bytes[lineStart..<min(at, end)].filter { $0 & 0xC0 != 0x80 }.count + 1
    return SourceLocation(file: file, line: line, column: column)
  }

  func error(_ at: Int, _ message: Diagnostic.Message) -> Diagnostic {
    Diagnostic(location(at), message)
  }

  mutating func skipSpace() {
    while position < end, bytes[position] == 32 || bytes[position] == 9 || bytes[position] == 13 {
      position += 1
    }
  }

  mutating func expect(_ byte: UInt8, _ what: Diagnostic.Message) throws(Diagnostic) {
    skipSpace()
    guard position < end, bytes[position] == byte else {
      throw error(position, .expected(what, found: found()))
    }
    position += 1
  }

  /// The character at `position` (the line is UTF-8, checked before), as messages name it.
  func found() -> Diagnostic.Message {
    guard position < end else { return .endOfLine }
    var length = 1
    while position + length < end, bytes[position + length] & 0xC0 == 0x80 { length += 1 }
    let text = String(decoding: bytes[position..<position + length], as: UTF8.self)
    return .same(Diagnostic.Message.character(text.first ?? "\u{FFFD}"))
  }

  /// Reads the line's object into `facts`, which holds nothing known yet; on a throw, what it
  /// holds is to be dropped.
  mutating func readFacts(into facts: inout Facts) throws(Diagnostic) {
    let objectStart = position
    previousKey = -1
    try expect(UInt8(ascii: "{"), .objectStart)
    var hasID = false
    var named = NamedFacts()
    skipSpace()
    if position < end && bytes[position] == UInt8(ascii: "}") {
      position += 1
    } else {
      while true {
        skipSpace()
        let keyAt = position
        guard position < end, bytes[position] == UInt8(ascii: "\"") else {
          throw error(position, .expected(.quotedKey, found: found()))
        }
        // A fact's name or `id` is recognised on its bytes; any other key is read as text.
        // A known key is not made into a string: only a message names it.
        let isID: Bool
        let fact: Fact?
        var unknown: String?
        switch readKnownKey() {
        case .id?: (isID, fact) = (true, nil)
        case .fact(let named)?: (isID, fact) = (false, named)
        case nil:
          let key = try readString()
          isID = key == "id"
          fact = isID ? nil : Fact(rawValue: key)
          if !isID && fact == nil { unknown = key }
        }
        if isID ? hasID : fact.map({ !named.insert($0.index) }) ?? false {
          throw error(keyAt, .keyTwice(fact?.rawValue ?? "id"))
        }
        try expect(UInt8(ascii: ":"), .colonAfterKey)
        skipSpace()
        let valueAt = position
        if let fact, readPlain(fact, into: &facts) {
          // Stored as it was written.
        } else if isID {
          let value = try readValue()
          guard case .scalar(let id)? = value, !id.isEmpty else {
            throw error(valueAt, .badID)
          }
          facts.id = id
          hasID = true
        } else if let fact {
          if let value = try readValue() {
            do {
              try facts.set(fact, value, categories: tables.categories)
            } catch {
              throw self.error(valueAt, error.message)
            }
          }
        } else {
          // A bad value is told before the unknown key it follows.
          _ = try readValue()
          throw error(keyAt, .unknownKey(unknown ?? ""))
        }
        skipSpace()
        guard position < end else {
          throw error(position, .expected(.commaOrBrace, found: .endOfLine))
        }
        if bytes[position] == UInt8(ascii: ",") {
          position += 1
          continue
        }
        try expect(UInt8(ascii: "}"), .commaOrBrace)
        break
      }
    }
    skipSpace()
    if position < end {
      throw error(position, .afterObject(found()))
    }
    guard hasID else { throw error(objectStart, .missingID) }
  }

  /// Stores `fact`'s value at `position` when it is plain (``PlainValue``) and the fact takes it
  /// as it is, moving past it; false, with `position` unmoved, otherwise.
  mutating func readPlain(_ fact: Fact, into facts: inout Facts) -> Bool {
    guard position < end else { return false }
    let value: PlainValue
    var next = position + 1
    switch bytes[position] {
    case UInt8(ascii: "\""):
      guard let close = plainStringEnd() else { return false }
      value = PlainValue(.string, bytes: .init(rebasing: bytes[next..<close]))
      next = close + 1
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      while next < end, Self.isNumberByte(bytes[next]) { next += 1 }
      value = PlainValue(.number, bytes: .init(rebasing: bytes[position..<next]))
    case UInt8(ascii: "t") where matches("true"):
      (value, next) = (PlainValue(.bool(true)), position + 4)
    case UInt8(ascii: "f") where matches("false"):
      (value, next) = (PlainValue(.bool(false)), position + 5)
    case UInt8(ascii: "["):
      while next < end, bytes[next] == 32 || bytes[next] == 9 || bytes[next] == 13 { next += 1 }
      guard next < end, bytes[next] == UInt8(ascii: "]") else { return false }
      value = PlainValue(.emptyList)
      next += 1
    default:
      return false
    }
    guard tables.setters[fact.index](&facts, value) else { return false }
    position = next
    return true
  }

  /// The closing quote of the string at `position` when it holds printable ASCII only, with no
  /// escape (nearly every string does); nil otherwise.
  func plainStringEnd() -> Int? {
    var close = position + 1
    while close < end, bytes[close] >= 0x20, bytes[close] < 0x7F,
      bytes[close] != UInt8(ascii: "\""), bytes[close] != UInt8(ascii: "\\")
    {
      close += 1
    }
    return close < end && bytes[close] == UInt8(ascii: "\"") ? close : nil
  }

  /// A value: string or number → scalar, true/false → bool, array → list, null → nil.
  mutating func readValue() throws(Diagnostic) -> Facts.RawValue? {
    guard position < end else { throw error(position, .expected(.aValue, found: .endOfLine)) }
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
        // Lists hold strings only: a nested one is refused here, never read (a hostile file
        // may nest thousands deep).
        if position < end,
          bytes[position] == UInt8(ascii: "[") || bytes[position] == UInt8(ascii: "{")
        {
          throw error(position, .stringInList)
        }
        let itemAt = position
        guard case .scalar(let item)? = try readValue() else {
          throw error(itemAt, .stringInList)
        }
        items.append(item)
        skipSpace()
        if position < end && bytes[position] == UInt8(ascii: ",") {
          position += 1
          continue
        }
        try expect(UInt8(ascii: "]"), .commaOrBracket)
        return .list(items)
      }
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      if matches("true") {
        position += 4
        return .bool(true)
      }
      if matches("false") {
        position += 5
        return .bool(false)
      }
      if matches("null") {
        position += 4
        return nil
      }
      throw error(position, .expected(.jsonValue, found: found()))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = position
      while position < end, Self.isNumberByte(bytes[position]) { position += 1 }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      guard NumberText.isNumber(text) else { throw error(start, .notANumber(text)) }
      return .scalar(text)
    case UInt8(ascii: "{"):
      throw error(position, .nestedObject)
    default:
      throw error(position, .expected(.jsonValue, found: found()))
    }
  }

  /// Whether `byte` is one a JSON number is made of: a digit, sign, point or exponent.
  static func isNumberByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
      true
    default: false
    }
  }

  /// Whether the bytes at `position` spell `word` (compared in place, nothing allocated).
  func matches(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard position + count <= end else { return false }
    return word.withUTF8Buffer { bytes[position..<position + count].elementsEqual($0) }
  }

  /// A key recognised on its bytes.
  enum KnownKey {
    case id
    case fact(Fact)
  }

  /// The key at `position` when it is `id` or a fact's name written without escapes, read
  /// without making a string (position moves past its closing quote); nil otherwise, position
  /// unmoved.
  mutating func readKnownKey() -> KnownKey? {
    let start = position + 1
    var close = start
    while close < end, bytes[close] != UInt8(ascii: "\"") {
      if bytes[close] == UInt8(ascii: "\\") || bytes[close] < 0x20 { return nil }
      close += 1
    }
    guard close < end else { return nil }
    let key = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<close]))
    let expected = followingKey[previousKey + 1]
    let index: Int
    if expected >= 0, tables.keys.spells(expected, key) {
      index = expected
    } else {
      guard let found = tables.keys.index(of: key) else { return nil }
      (index, followingKey[previousKey + 1]) = (found, found)
    }
    previousKey = index
    position = close + 1
    return index < tables.facts.count ? .fact(tables.facts[index]) : .id
  }

  /// A string at `position`, read by ``JSONReader`` (the one JSON reader), its failures told
  /// where they are: a raw control character as forbidden, an unclosed string at its start.
  mutating func readString() throws(Diagnostic) -> String {
    let start = position
    // Nearly every string is printable ASCII without escapes: taken as it is, which is what
    // the full reader would make of it, and which nothing forbids.
    if let close = plainStringEnd() {
      position = close + 1
      return String(decoding: bytes[(start + 1)..<close], as: UTF8.self)
    }
    let read: Result<(String, Int), JSONReadError> = {
      var reader = JSONReader(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<end])))
        .reader(at: start..<end)
      return Result { () throws(JSONReadError) in
        do {
          return (try reader.readString(), reader.offset)
        } catch let error as JSONReadError {
          throw error
        } catch {
          throw reader.malformed("a string")
        }
      }
    }()
    switch read {
    case .success(let (string, next)):
      position = next
      // Every key, id and value is read here: one check keeps all of them off the terminal.
      if let bad = TextSafety.forbiddenScalar(in: string) {
        throw error(start, .forbiddenCharacter(bad, in: .aString))
      }
      return string
    case .failure(let failure):
      guard failure.offset < end else { throw error(start, .unterminatedString) }
      let byte = bytes[failure.offset]
      if byte < 0x20 {
        throw error(start, .forbiddenCharacter(Unicode.Scalar(byte), in: .aString))
      }
      throw error(failure.offset, .badEscape)
    }
  }
}

extension Diagnostic.Message {
  fileprivate static let endOfLine = FactsMessage.endOfLine.text()

  fileprivate static let objectStart = FactsMessage.objectStart.text()

  fileprivate static let quotedKey = FactsMessage.quotedKey.text()

  fileprivate static func keyTwice(_ key: String) -> Self {
    FactsMessage.keyTwice.text(["key": key])
  }

  fileprivate static let colonAfterKey = FactsMessage.colonAfterKey.text()

  fileprivate static let badID = FactsMessage.badID.text()

  fileprivate static let commaOrBrace = FactsMessage.commaOrBrace.text()

  fileprivate static func afterObject(_ found: Self) -> Self {
    FactsMessage.afterObject.text(["found": found])
  }

  fileprivate static let missingID = FactsMessage.missingID.text()

  fileprivate static let aValue = FactsMessage.aValue.text()

  fileprivate static let aString = FactsMessage.aString.text()

  fileprivate static let stringInList = FactsMessage.stringInList.text()

  fileprivate static let commaOrBracket = FactsMessage.commaOrBracket.text()

  fileprivate static let jsonValue = FactsMessage.jsonValue.text()

  fileprivate static func notANumber(_ text: String) -> Self {
    FactsMessage.notANumber.text(["text": text])
  }

  fileprivate static let nestedObject = FactsMessage.nestedObject.text()

  fileprivate static let badEscape = FactsMessage.badEscape.text()

  fileprivate static let unterminatedString = FactsMessage.unterminatedString.text()

  /// A key that is neither `id` nor a fact.
  fileprivate static func unknownKey(_ key: String) -> Self {
    if EditDistance.closest(to: key, among: Fact.names) != nil { return .unknownFact(key) }
    let names = Fact.names.joined(separator: ", ")
    return FactsMessage.unknownFact.text(["key": key, "names": names])
  }
}

/// The facts a line has named, to find one named twice without hashing names again: a bit per
/// fact of the vocabulary (a set beyond 128 facts).
private struct NamedFacts {
  var low: UInt64 = 0
  var high: UInt64 = 0
  var beyond: Set<Int> = []

  /// Adds a fact by its index; false when the line named it already.
  mutating func insert(_ index: Int) -> Bool {
    switch index {
    case 0..<64:
      let bit = UInt64(1) << UInt64(index)
      defer { low |= bit }
      return low & bit == 0
    case 64..<128:
      let bit = UInt64(1) << UInt64(index - 64)
      defer { high |= bit }
      return high & bit == 0
    default:
      return beyond.insert(index).inserted
    }
  }
}
