extension JSONReader {
  /// Scans a string starting at its opening quote; returns the content's range (without
  /// quotes), whether it holds escapes, and whether it holds non-ASCII bytes. Checks escapes
  /// and control characters; UTF-8 is checked where the bytes are used (``checkedUTF8(_:)``),
  /// so a kept string is validated once, when it is made.
  mutating func scanString() throws -> (content: Range<Int>, escaped: Bool, nonASCII: Bool) {
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
      throw malformed("a string in double quotes")
    }
    offset += 1
    let start = offset
    var escaped = false
    var nonASCII = false
    while true {
      skipPlainBytes()
      guard offset < bytes.count else { throw malformed("'\"' to close the string") }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") { break }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        offset += 1
        guard offset < bytes.count else { throw malformed("an escape character") }
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          offset += 1
        case UInt8(ascii: "u"):
          offset += 1
          for _ in 0..<4 {
            guard offset < bytes.count, hexValue(bytes[offset]) != nil else {
              throw malformed("four hexadecimal digits after \\u")
            }
            offset += 1
          }
        default: throw malformed("an escape: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
        continue
      }
      if byte < 0x20 { throw malformed("no control character inside a string (escape it)") }
      if byte >= 0x80 { nonASCII = true }
      offset += 1
    }
    let content = start..<offset
    offset += 1
    return (content, escaped, nonASCII)
  }

  /// Checks that a scanned string's bytes are valid UTF-8.
  func checkUTF8(_ content: Range<Int>) throws {
    guard String(validating: UnsafeRawBufferPointer(rebasing: bytes[content]), as: UTF8.self) != nil
    else {
      throw JSONReadError(
        offset: content.lowerBound, reason: .malformed(expected: "valid UTF-8 text"))
    }
  }

  /// Advances over bytes that need no attention inside a string — printable ASCII other than
  /// `"` and `\` — eight at a time (SWAR: every test is done on all eight lanes at once).
  mutating func skipPlainBytes() {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let base = bytes.baseAddress!
    while offset + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      // A lane is special when ≥ 0x80, < 0x20, == '"' or == '\\'.
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      let hasZero = { (x: UInt64) in (x &- ones) & ~x & highs }
      let special =
        hasZero(quote) | hasZero(backslash) | ((word &- ones &* 0x20) & ~word & highs)
        | (word & highs)
      guard special == 0 else {
        offset += special.trailingZeroBitCount / 8
        return
      }
      offset += 8
    }
  }

  /// The bytes of a scanned string's content with escapes resolved (surrogate pairs joined).
  func unescape(_ content: Range<Int>) throws -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(content.count)
    var index = content.lowerBound
    func hex4(_ at: Int) -> UInt32 {
      var value: UInt32 = 0
      for position in at..<at + 4 { value = value << 4 | UInt32(hexValue(bytes[position])!) }
      return value
    }
    while index < content.upperBound {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        index += 1
        continue
      }
      let kind = bytes[index + 1]
      index += 2
      switch kind {
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = hex4(index)
        index += 4
        if (0xD800..<0xDC00).contains(scalar) {
          guard index + 6 <= content.upperBound, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else {
            throw JSONReadError(
              offset: index, reason: .malformed(expected: "a low surrogate \\uDC00–\\uDFFF"))
          }
          let low = hex4(index + 2)
          guard (0xDC00..<0xE000).contains(low) else {
            throw JSONReadError(
              offset: index, reason: .malformed(expected: "a low surrogate \\uDC00–\\uDFFF"))
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        } else if (0xDC00..<0xE000).contains(scalar) {
          throw JSONReadError(
            offset: index - 6, reason: .malformed(expected: "a high surrogate before a low one"))
        }
        result.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
      default: result.append(kind)  // \" \\ \/
      }
    }
    return result
  }

  /// Reads a string value.
  public mutating func readString() throws -> String {
    skipWhitespace()
    let (content, escaped, nonASCII) = try scanString()
    if nonASCII {
      let raw = UnsafeRawBufferPointer(rebasing: bytes[content])
      guard let text = String(validating: raw, as: UTF8.self) else {
        throw JSONReadError(
          offset: content.lowerBound, reason: .malformed(expected: "valid UTF-8 text"))
      }
      if !escaped { return text }
    }
    if escaped { return String(decoding: try unescape(content), as: UTF8.self) }
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[content]), as: UTF8.self)
  }

  /// Reads a string and gives its unescaped bytes to `body` without making a `String`
  /// (for matching enum raw values and parsing dates).
  public mutating func withStringBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R
  {
    skipWhitespace()
    let (content, escaped, nonASCII) = try scanString()
    if nonASCII { try checkUTF8(content) }
    if escaped { return try unescape(content).withUnsafeBytes(body) }
    return try body(UnsafeRawBufferPointer(rebasing: bytes[content]))
  }
}

func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
  default: nil
  }
}
