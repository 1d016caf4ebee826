/// Finding where a replay from a sequence starts inside a segment, without reading the records
/// before it: a binary search over byte offsets, each probe reading and checking one record
/// line. A 64 MiB segment holds some 200 000 records; a replay of the log's last events (a
/// snapshot's tail) would otherwise parse and checksum every record of the segment before them.
extension LogView {
  /// Below this many bytes between the bounds, the search stops and the scan reads on.
  static let seekScanBytes: UInt64 = 64 << 10

  /// A line start in segment `ordinal` whose record has a sequence at most `first`, as close
  /// before `first` as a few probes find, and that record's sequence. Every probed line is
  /// read whole and checksummed; a probe that meets anything but an intact record (damage, a
  /// line longer than a probe reads) ends the search at the best start found so far, so the
  /// scan from there meets — and reports — whatever lies between it and `first`.
  ///
  /// - Complexity: O(log(segment size)) reads of a few KiB.
  func seekStart(_ ordinal: Int, before first: UInt64) -> (offset: UInt64, sequence: UInt64) {
    let segment = segments[ordinal]
    var best = (offset: UInt64(0), sequence: claimedRange(ordinal).first)
    guard first > best.sequence, let descriptor = try? fileSystem.open(path(of: segment), .read)
    else { return best }
    defer { fileSystem.close(descriptor) }
    let limit =
      ordinal == segments.count - 1
      ? lastSegmentEnd : (try? fileSystem.size(descriptor, path: path(of: segment))) ?? 0
    // Invariant: the line at `best.offset` has sequence ≤ first; no line starting at or after
    // `high` is needed before the records from `first`.
    var high = limit
    var window = [UInt8](repeating: 0, count: 4096)
    while high - best.offset > Self.seekScanBytes {
      let middle = best.offset + (high - best.offset) / 2
      guard
        let lineStart = nextLineStart(
          after: middle, descriptor: descriptor, segment: segment, limit: limit, window: &window)
      else { return best }
      if lineStart >= high {
        high = middle
        continue
      }
      guard
        let line = try? RecordLine.read(
          fileSystem: fileSystem, descriptor: descriptor, path: path(of: segment),
          name: segment.name, offset: lineStart)
      else { return best }
      if line.sequence <= first {
        // Sequences rise through a segment: anything else is damage the scan reports.
        guard line.sequence >= best.sequence else { return best }
        best = (lineStart, line.sequence)
        if line.sequence == first { return best }
      } else {
        high = middle
      }
    }
    return best
  }

  /// The offset after the first newline at or after `offset`, if one is found within one
  /// window read (`limit` when the segment ends first).
  private func nextLineStart(
    after offset: UInt64, descriptor: Int32, segment: LogCore.Segment, limit: UInt64,
    window: inout [UInt8]
  ) -> UInt64? {
    let want = Int(min(UInt64(window.count), limit - offset))
    guard
      let count = try? window.withUnsafeMutableBytes({
        try fileSystem.read(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<want]), at: offset,
          path: path(of: segment))
      })
    else { return nil }
    guard let newline = window[..<count].firstIndex(of: 0x0A) else {
      return count == want && want < window.count ? limit : nil
    }
    return offset + UInt64(newline) + 1
  }
}
