extension CSVReader {
  /// The offset of the first byte that does not begin a well-formed UTF-8 sequence (overlong
  /// forms, surrogates and values past U+10FFFF are not well-formed), or nil.
  /// - Complexity: O(n); ASCII bytes take one comparison each.
  static func firstInvalidUTF8(in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    let count = bytes.count
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      offset < count && range.contains(bytes[offset])
    }
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      switch lead {
      case 0xC2...0xDF:
        length = continuation(index + 1) ? 2 : 0
      case 0xE0:
        length = continuation(index + 1, 0xA0...0xBF) && continuation(index + 2) ? 3 : 0
      case 0xED:
        length = continuation(index + 1, 0x80...0x9F) && continuation(index + 2) ? 3 : 0
      case 0xE1...0xEF:
        length = continuation(index + 1) && continuation(index + 2) ? 3 : 0
      case 0xF0:
        length =
          continuation(index + 1, 0x90...0xBF) && continuation(index + 2)
            && continuation(index + 3) ? 4 : 0
      case 0xF1...0xF3:
        length =
          continuation(index + 1) && continuation(index + 2) && continuation(index + 3) ? 4 : 0
      case 0xF4:
        length =
          continuation(index + 1, 0x80...0x8F) && continuation(index + 2)
            && continuation(index + 3) ? 4 : 0
      default:
        length = 0
      }
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The line and column of a byte offset (``UTF8Validation/lineAndColumn(of:in:from:)``).
  static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> CSVPosition {
    let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes, from: start)
    return CSVPosition(line: line, column: column)
  }
}
