/// What the writer must know about the whole log to check expectations and skip duplicates:
/// every stream's version and every id. Derived from the segments and rebuildable; saved in the
/// `index` file so that opening a large log does not rescan it (see `LogIndex+File.swift`).
struct LogIndex {
  /// Stream versions by stream name.
  var streams: [String: UInt64] = [:]
  /// Every record id.
  var ids = IDTable()
  /// The index reflects records 1...coveredSequence.
  var coveredSequence: UInt64 = 0
  /// The next unindexed byte: segment ordinal and offset.
  var coveredEnd = Location(segment: 0, offset: 0)
  /// The last indexed record, to check that the index still matches the segments at load.
  var lastRecord = Location(segment: 0, offset: 0)
  /// That record's checksum.
  var lastRecordChecksum: UInt32 = 0
}
