/// A strict pull parser over UTF-8 JSON bytes, built for reading events fast: no intermediate
/// tree, no `Any`, strings made only for values that are kept, and exact decimals.
///
/// The reader borrows the bytes: use it only inside the `withUnsafeBytes` (or similar) scope
/// that produced the buffer. Reading follows the shape of the value, e.g. for an object:
///
/// ```swift
/// try reader.beginObject()
/// while try reader.nextKey() {
///   if reader.keyIs("gpa") { gpa = try reader.readDecimal() }
///   else { throw reader.unknownField() }
/// }
/// ```
///
/// Strict means: RFC 8259 grammar only (no comments, trailing commas, `NaN`, leading zeros or
/// raw control characters in strings), valid UTF-8, and every error carries the byte offset
/// and what was expected there.
public struct JSONReader {
  let bytes: UnsafeRawBufferPointer
  /// Offset of the next unread byte.
  public internal(set) var offset: Int
  /// Byte range of the last key read by ``nextKey()``, without quotes.
  var keyRange: Range<Int> = 0..<0
  /// The last key's bytes when it contained escapes (rare); see ``keyEscaped``.
  var escapedKey: [UInt8] = []
  /// Whether the last key contained escapes, so ``escapedKey`` holds it.
  var keyEscaped = false
  /// Offset of the last key's opening quote, for errors about the field.
  public internal(set) var keyOffset: Int = 0
  /// Whether the next ``nextKey()`` call is the first in its object.
  var firstMember = false
  /// Whether the next ``nextElement()`` call is the first in its array.
  var firstElement = false

  /// A reader at the start of `bytes`.
  public init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
    self.offset = 0
  }

  // MARK: Errors

  /// An error at the current offset: `expected` is what would have been accepted.
  public func malformed(_ expected: String) -> JSONReadError {
    JSONReadError(offset: offset, reason: .malformed(expected: expected))
  }

  /// An error for the last key read: it is not a field of this object.
  public func unknownField() -> JSONReadError {
    JSONReadError(offset: keyOffset, reason: .unknownField(currentKey))
  }

  /// An error for the last key read: it was already given in this object.
  public func duplicateField() -> JSONReadError {
    JSONReadError(offset: keyOffset, reason: .duplicateField(currentKey))
  }

  /// An error for a required field absent from the object that ends at the current offset.
  public func missingField(_ name: String) -> JSONReadError {
    JSONReadError(offset: offset, reason: .missingField(name))
  }

  /// An error for the value of the last key read: well-formed, but not what the field accepts.
  public func invalidValue(_ expected: String) -> JSONReadError {
    JSONReadError(offset: keyOffset, reason: .invalidValue(field: currentKey, expected: expected))
  }

  /// The last key read, as text (for messages).
  public var currentKey: String {
    if keyEscaped { return String(decoding: escapedKey, as: UTF8.self) }
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[keyRange]), as: UTF8.self)
  }

  // MARK: Structure

  @inline(__always)
  mutating func skipWhitespace() {
    while offset < bytes.count {
      let byte = bytes[offset]
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
      offset += 1
    }
  }

  /// The next non-whitespace byte, not consumed; nil at the end of input.
  @inline(__always)
  public mutating func peek() -> UInt8? {
    skipWhitespace()
    return offset < bytes.count ? bytes[offset] : nil
  }

  @inline(__always)
  mutating func consume(_ byte: UInt8, _ expected: @autoclosure () -> String) throws {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == byte else { throw malformed(expected()) }
    offset += 1
  }

  /// Reads `{`. Follow with ``nextKey()`` until it returns false.
  public mutating func beginObject() throws {
    try consume(UInt8(ascii: "{"), "an object '{'")
    firstMember = true
  }

  /// Reads the next key of the current object and the `:` after it, leaving the reader at the
  /// value; false (having read `}`) when the object ends.
  ///
  /// Nested objects and arrays must be read completely before the next call.
  public mutating func nextKey() throws -> Bool {
    skipWhitespace()
    guard offset < bytes.count else { throw malformed(firstMember ? "a key or '}'" : "',' or '}'") }
    var byte = bytes[offset]
    if byte == UInt8(ascii: "}") {
      offset += 1
      firstMember = false
      return false
    }
    if firstMember {
      firstMember = false
    } else {
      guard byte == UInt8(ascii: ",") else { throw malformed("',' or '}'") }
      offset += 1
      skipWhitespace()
      guard offset < bytes.count else { throw malformed("a key") }
      byte = bytes[offset]
    }
    guard byte == UInt8(ascii: "\"") else { throw malformed("a key in double quotes") }
    keyOffset = offset
    // Fast path: keys are short printable ASCII followed directly by ':'.
    var end = offset + 1
    while end < bytes.count {
      let key = bytes[end]
      guard key >= 0x20, key < 0x80, key != UInt8(ascii: "\\") else { break }
      if key == UInt8(ascii: "\"") {
        if end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: ":") {
          keyEscaped = false
          keyRange = offset + 1..<end
          offset = end + 2
          return true
        }
        break
      }
      end += 1
    }
    let range = try scanString()
    if range.nonASCII { try checkUTF8(range.content) }
    keyEscaped = range.escaped
    if range.escaped { escapedKey = try unescape(range.content) }
    keyRange = range.content
    try consume(UInt8(ascii: ":"), "':' after the key")
    return true
  }

  /// Whether the last key read equals `name` (ASCII, compared byte for byte).
  @inline(__always)
  public func keyIs(_ name: StaticString) -> Bool {
    let count = name.utf8CodeUnitCount
    if keyEscaped {
      return escapedKey.count == count
        && escapedKey.withUnsafeBytes { memoryEquals($0.baseAddress!, name.utf8Start, count) }
    }
    guard keyRange.count == count else { return false }
    return memoryEquals(bytes.baseAddress! + keyRange.lowerBound, name.utf8Start, count)
  }

  /// Reads `[`. Follow with ``nextElement()`` until it returns false.
  public mutating func beginArray() throws {
    try consume(UInt8(ascii: "["), "an array '['")
    firstElement = true
  }

  /// Moves to the next element of the current array; false (having read `]`) when it ends.
  /// Nested arrays must be read completely before the next call.
  public mutating func nextElement() throws -> Bool {
    skipWhitespace()
    guard offset < bytes.count else {
      throw malformed(firstElement ? "a value or ']'" : "',' or ']'")
    }
    let byte = bytes[offset]
    if byte == UInt8(ascii: "]") {
      offset += 1
      firstElement = false
      return false
    }
    if firstElement {
      firstElement = false
    } else {
      guard byte == UInt8(ascii: ",") else { throw malformed("',' or ']'") }
      offset += 1
    }
    return true
  }

  /// Checks that nothing but whitespace follows.
  public mutating func finish() throws {
    skipWhitespace()
    guard offset == bytes.count else { throw malformed("the end of the JSON text") }
  }

  /// Reads `null` if it is next and returns true; otherwise reads nothing and returns false.
  public mutating func readNull() throws -> Bool {
    guard peek() == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }

  /// Reads `true` or `false`.
  public mutating func readBool() throws -> Bool {
    switch peek() {
    case UInt8(ascii: "t"):
      try literal("true")
      return true
    case UInt8(ascii: "f"):
      try literal("false")
      return false
    default: throw malformed("true or false")
    }
  }

  mutating func literal(_ word: StaticString) throws {
    let count = word.utf8CodeUnitCount
    guard offset + count <= bytes.count,
      memoryEquals(bytes.baseAddress! + offset, word.utf8Start, count)
    else { throw malformed("'\(word)'") }
    offset += count
  }

  /// The deepest nesting of arrays and objects ``skipValue()`` accepts. Jol's own records nest
  /// a few levels; the limit turns a hostile payload (`[[[[…` thousands deep) into an error.
  public static let maximumDepth = 100

  /// Skips one value of any kind, checking its syntax. Iterative, so no input can exhaust the
  /// stack; nesting deeper than ``maximumDepth`` is an error at the opening bracket.
  public mutating func skipValue() throws {
    // One entry per open container: true for an object.
    var open: [Bool] = []
    repeat {
      // Inside a container: move to its next member, or close it.
      if let isObject = open.last, !(isObject ? try nextKey() : try nextElement()) {
        open.removeLast()
        continue
      }
      switch peek() {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard open.count < Self.maximumDepth else {
          throw malformed("at most \(Self.maximumDepth) levels of nested arrays and objects")
        }
        let isObject = peek() == UInt8(ascii: "{")
        if isObject { try beginObject() } else { try beginArray() }
        open.append(isObject)
      case UInt8(ascii: "\""):
        let range = try scanString()
        if range.nonASCII { try checkUTF8(range.content) }
      case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
      case UInt8(ascii: "n"): try literal("null")
      default: _ = try scanNumber()
      }
    } while !open.isEmpty
  }

  /// The raw bytes of the next value (skipped), e.g. to read it later once its type is known.
  public mutating func captureValue() throws -> Range<Int> {
    skipWhitespace()
    let start = offset
    try skipValue()
    return start..<offset
  }

  /// The raw text of a range captured by ``captureValue()`` (for a message quoting a value).
  public func text(in range: Range<Int>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// A reader over a range captured by ``captureValue()``; offsets stay relative to the whole
  /// payload.
  public func reader(at range: Range<Int>) -> JSONReader {
    var copy = JSONReader(UnsafeRawBufferPointer(rebasing: bytes[..<range.upperBound]))
    copy.offset = range.lowerBound
    return copy
  }
}

@inline(__always)
func memoryEquals(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
  var index = 0
  while index < count {
    if a.load(fromByteOffset: index, as: UInt8.self)
      != b.load(fromByteOffset: index, as: UInt8.self)
    {
      return false
    }
    index += 1
  }
  return true
}
