/// Words looked up by their exact UTF-8 bytes, with no string made (not `WordTable` of the
/// imports, which matches words as offices write them): one flat buffer, the words of each
/// length side by side, compared by first byte, then in full.
public struct ExactWords: Sendable {
  private let flat: [UInt8]
  /// The words' indices, shortest first.
  private let order: [Int]
  /// Where each word starts in ``flat``, by index; one more entry, the end.
  private let starts: [Int]
  /// Where the words of each length begin in ``order``; one more entry, the end.
  private let byLength: [Int]

  public init(_ words: [String]) {
    var flat: [UInt8] = []
    var starts = [0]
    for word in words {
      flat.append(contentsOf: word.utf8)
      starts.append(flat.count)
    }
    let lengths = words.map(\.utf8.count)
    let order = words.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
    let longest = lengths.max() ?? 0
    byLength = (0...longest + 1).map { length in
      order.firstIndex { lengths[$0] >= length } ?? order.count
    }
    (self.flat, self.order, self.starts) = (flat, order, starts)
  }

  /// Whether `bytes` spell the word at `index`.
  public func spells(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
    let start = starts[index]
    guard starts[index + 1] - start == bytes.count else { return false }
    return bytes.isEmpty
      || flat.withUnsafeBytes {
        memoryEquals($0.baseAddress! + start, bytes.baseAddress!, bytes.count)
      }
  }

  /// The index of the word spelled by `bytes`, nil when none is.
  public func index(of bytes: UnsafeRawBufferPointer) -> Int? {
    guard bytes.count + 1 < byLength.count else { return nil }
    for candidate in byLength[bytes.count]..<byLength[bytes.count + 1] {
      let index = order[candidate]
      let start = starts[index]
      if bytes.isEmpty { return index }
      guard flat[start] == bytes[0] else { continue }
      let same = flat.withUnsafeBytes {
        memoryEquals($0.baseAddress! + start, bytes.baseAddress!, bytes.count)
      }
      if same { return index }
    }
    return nil
  }
}
