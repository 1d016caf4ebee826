/// Segment files are named by the sequence of their first record, 20 digits wide so that names
/// sort like numbers: `00000000000000000001.jsonl`.
enum SegmentName {
  static let suffix = ".jsonl"

  /// The file name of the segment whose first record has `firstSequence`.
  static func fileName(firstSequence: UInt64) -> String {
    let digits = String(firstSequence)
    return String(repeating: "0", count: 20 - digits.count) + digits + suffix
  }

  /// The first sequence named by `fileName`, or nil for any other file.
  static func firstSequence(of fileName: String) -> UInt64? {
    guard fileName.utf8.count == 20 + suffix.utf8.count, fileName.hasSuffix(suffix) else {
      return nil
    }
    let digits = fileName.utf8.prefix(20)
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
      return nil
    }
    return UInt64(String(decoding: digits, as: UTF8.self))
  }
}
