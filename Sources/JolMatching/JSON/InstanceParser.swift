import JolModel

/// Reads the JSON of a ``MatchingInstanceFile`` into an instance, keeping the JSON path of the
/// value being read so every finding names its element. A value of the wrong type is reported
/// and skipped, so one run lists them all; malformed JSON throws (``JSONReadError``).
struct InstanceParser {
  typealias Instance = MatchingInstanceFile.Instance
  typealias Finding = MatchingInstanceFile.Finding

  var reader: JSONReader
  /// The path of the value being read.
  var path = JSONPath()
  var errors: [Finding] = []

  init(reader: JSONReader) {
    self.reader = reader
  }

  /// The whole document; nil when it is not an object.
  mutating func document() throws -> Instance? {
    guard try expect(.anObject) else {
      try reader.finish()
      return nil
    }
    var instance = Instance(students: [], mentors: [])
    try members(["students", "mentors", "enterprises"], required: ["students", "mentors"]) {
      parser, key in
      switch key {
      case "students": instance.students = try parser.students()
      case "mentors": instance.mentors = try parser.mentors()
      default: instance.enterprises = try parser.enterprises()
      }
    }
    try reader.finish()
    return instance
  }

  private mutating func students() throws -> [Instance.Student] {
    var students: [Instance.Student] = []
    try entries { parser, id in
      guard try parser.expect(.anArray) else { return }
      students.append(Instance.Student(id, choices: try parser.ids()))
    }
    return students
  }

  private mutating func mentors() throws -> [Instance.Mentor] {
    var mentors: [Instance.Mentor] = []
    try entries { parser, id in
      guard try parser.expect(.anObject) else { return }
      var mentor = Instance.Mentor(id, capacity: 0, ranking: [])
      try parser.members(["capacity", "ranking", "enterprise"], required: ["capacity", "ranking"]) {
        parser, key in
        switch key {
        case "capacity": mentor.capacity = try parser.wholeNumber() ?? 0
        case "ranking": (mentor.ranking, mentor.scores) = try parser.ranking()
        default:
          if try parser.expect(.aString) { mentor.enterprise = try parser.id() }
        }
      }
      mentors.append(mentor)
    }
    return mentors
  }

  private mutating func enterprises() throws -> [Instance.Enterprise] {
    var enterprises: [Instance.Enterprise] = []
    try entries { parser, id in
      guard try parser.expect(.anObject) else { return }
      var capacity = 0
      try parser.members(["capacity"], required: ["capacity"]) { parser, _ in
        capacity = try parser.wholeNumber() ?? 0
      }
      enterprises.append(Instance.Enterprise(id, capacity: capacity))
    }
    return enterprises
  }

  /// A list of ids: `["m1", "m2"]`.
  private mutating func ids() throws -> [String] {
    var ids: [String] = []
    try elements { parser in
      if try parser.expect(.aString) { ids.append(try parser.id()) }
    }
    return ids
  }

  /// A ranking: ids only, or `["id", score]` pairs only (then with the scores).
  private mutating func ranking() throws -> ([String], [FixedDecimal]?) {
    guard try expect(.anArray) else { return ([], nil) }
    var ids: [String] = []
    var scores: [FixedDecimal] = []
    var scored: Bool?
    try elements { parser in
      let isPair = parser.reader.peek() == UInt8(ascii: "[")
      guard parser.reader.peek() == UInt8(ascii: "\"") || isPair else {
        try parser.wrongType(MatchingText.rankingEntry.text())
        return
      }
      if let scored, scored != isPair {
        parser.errors.append(
          Finding(path: parser.path, message: MatchingText.mixedRankingEntries.text()))
        try parser.reader.skipValue()
        return
      }
      scored = isPair
      if isPair {
        if let (id, score) = try parser.scoredEntry() {
          ids.append(id)
          scores.append(score)
        }
      } else {
        ids.append(try parser.id())
      }
    }
    return (ids, scored == true ? scores : nil)
  }

  /// `["id", score]`; nil (reported) when it is not one.
  private mutating func scoredEntry() throws -> (String, FixedDecimal)? {
    let range = try reader.captureValue()
    var pair = reader.reader(at: range)
    let outer = path
    defer { path = outer }
    try pair.beginArray()
    var id: String?
    var score: FixedDecimal?
    var count = 0
    while try pair.nextElement() {
      path = outer.appending(index: count)
      swap(&reader, &pair)
      defer { swap(&reader, &pair) }
      switch count {
      case 0: if try expect(.aString) { id = try self.id() }
      case 1: score = try decimal()
      default: try reader.skipValue()
      }
      count += 1
    }
    guard count == 2, let id, let score else {
      if count != 2 {
        path = outer
        errors.append(
          Finding(
            path: outer,
            message: MatchingText.wrongType.text([
              "expected": MatchingText.rankingEntry.text(),
              "found": Self.excerpt(of: reader, range),
            ])))
      }
      return nil
    }
    return (id, score)
  }

  // MARK: Values

  /// An id (a string with no character ``TextSafety`` forbids).
  private mutating func id() throws -> String {
    let text = try reader.readString()
    if let bad = TextSafety.forbiddenScalar(in: text) {
      errors.append(
        Finding(
          path: path,
          message: MatchingText.forbiddenCharacter.text(["code": TextSafety.codePoint(bad)])))
    }
    return text
  }

  /// A whole number; nil (reported) when the value is not one.
  private mutating func wholeNumber() throws -> Int? {
    guard try expect(.aNumber, as: MatchingText.wholeNumber.text()) else { return nil }
    let range = try reader.captureValue()
    var number = reader.reader(at: range)
    guard let value = try? number.readInt() else {
      try wrongType(MatchingText.wholeNumber.text(), found: Self.excerpt(of: reader, range))
      return nil
    }
    return value
  }

  /// A score (a number with at most 4 decimals, or such a number in a string); nil (reported)
  /// when the value is not one.
  private mutating func decimal() throws -> FixedDecimal? {
    // A score may be written as a string too ("74.0"), as Jol writes decimals.
    if reader.peek() != UInt8(ascii: "\"") {
      guard try expect(.aNumber, as: MatchingText.score.text()) else { return nil }
    }
    let range = try reader.captureValue()
    var number = reader.reader(at: range)
    guard let value = try? number.readDecimal() else {
      try wrongType(MatchingText.score.text(), found: Self.excerpt(of: reader, range))
      return nil
    }
    return value
  }

  // MARK: Structure

  /// Reads an object's members: each key of `allowed` once, through `body`; any other key, a
  /// repeated key or a missing required one is reported.
  private mutating func members(
    _ allowed: [String], required: [String],
    _ body: (inout InstanceParser, String) throws -> Void
  ) throws {
    let outer = path
    var seen: Set<String> = []
    try reader.beginObject()
    while try reader.nextKey() {
      let key = reader.currentKey
      path = outer.appending(key: key)
      if !allowed.contains(key) {
        errors.append(
          Finding(
            path: path,
            message: MatchingText.unknownField.text([
              "field": key, "expected": allowed.joined(separator: ", "),
            ])))
        try reader.skipValue()
      } else if !seen.insert(key).inserted {
        errors.append(Finding(path: path, message: MatchingText.repeatedField.text(["field": key])))
        try reader.skipValue()
      } else {
        try body(&self, key)
      }
    }
    path = outer
    for key in required where !seen.contains(key) {
      errors.append(Finding(path: path, message: MatchingText.missingField.text(["field": key])))
    }
  }

  /// Reads an object of id → value, each value through `body` with the path at it.
  private mutating func entries(_ body: (inout InstanceParser, String) throws -> Void) throws {
    guard try expect(.anObject) else { return }
    let outer = path
    try reader.beginObject()
    while try reader.nextKey() {
      let key = reader.currentKey
      path = outer.appending(key: key)
      if let bad = TextSafety.forbiddenScalar(in: key) {
        errors.append(
          Finding(
            path: path,
            message: MatchingText.forbiddenCharacter.text(["code": TextSafety.codePoint(bad)])))
      }
      try body(&self, key)
    }
    path = outer
  }

  /// Reads an array, each element through `body` with the path at it.
  private mutating func elements(_ body: (inout InstanceParser) throws -> Void) throws {
    guard try expect(.anArray) else { return }
    let outer = path
    try reader.beginArray()
    var index = 0
    while try reader.nextElement() {
      path = outer.appending(index: index)
      try body(&self)
      index += 1
    }
    path = outer
  }

  /// Whether the next value is of `kind`; if not, reports it (expected `expected`, by default
  /// the kind's name) and skips it.
  private mutating func expect(_ kind: MatchingText, as expected: LocalizedText? = nil) throws
    -> Bool
  {
    guard Self.kind(of: reader.peek()) != kind else { return true }
    try wrongType(expected ?? kind.text())
    return false
  }

  /// Reports the next value as not `expected`, and skips it.
  private mutating func wrongType(_ expected: LocalizedText) throws {
    guard let found = Self.kind(of: reader.peek()) else {
      throw reader.malformed("a JSON value")
    }
    try reader.skipValue()
    errors.append(
      Finding(
        path: path,
        message: MatchingText.wrongType.text(["expected": expected, "found": found.text()])))
  }

  /// Reports a value already read as not `expected`.
  private mutating func wrongType(_ expected: LocalizedText, found: String) throws {
    errors.append(
      Finding(
        path: path, message: MatchingText.wrongType.text(["expected": expected, "found": found])))
  }

  /// The kind of JSON value starting with `byte`, nil when none does.
  private static func kind(of next: UInt8?) -> MatchingText? {
    guard let byte = next else { return nil }
    switch byte {
    case UInt8(ascii: "{"): return .anObject
    case UInt8(ascii: "["): return .anArray
    case UInt8(ascii: "\""): return .aString
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .trueOrFalse
    case UInt8(ascii: "n"): return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .aNumber
    default: return nil
    }
  }

  /// The text of a value, shortened for a message.
  private static func excerpt(of reader: JSONReader, _ range: Range<Int>) -> String {
    let text = reader.text(in: range)
    return text.count > 40 ? String(text.prefix(40)) + "…" : text
  }
}
