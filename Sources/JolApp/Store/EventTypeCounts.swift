import JolLog
import JolModel

/// `snapshots/event-types`: how many events of each type the log holds up to a record, kept by
/// the writer beside the snapshot, so that `jol log stats` reads the events after it alone, not
/// the whole log.
///
/// Derived, never the record: the log is. It names the last record it counts by its place in the
/// log (``LogPosition``) and is used only while the log still holds that very record; otherwise
/// the log is counted whole, and the next writer writes it anew. Written atomically.
///
/// Text, LF-ended lines:
///
/// ```
/// jol-event-types 1 <sequence> <segment first sequence> <offset> <line checksum, hex> <streams>
/// <type> <count>                    (one line per type, sorted by type)
/// crc <CRC-32C of the bytes before this line, hex>
/// ```
struct EventTypeCounts: Equatable, Sendable {
  /// The last record counted; nil for none (an empty log).
  var through: LogPosition?
  /// Events by type name.
  var counts: [String: Int] = [:]
  /// Streams: the records that are the first of their stream (version 1), placeholders for lost
  /// records included, as the log's index counts them.
  var streams = 0

  static let fileName = "event-types"
  private static let magic = "jol-event-types 1"

  /// The sequence after the last one counted.
  var next: UInt64 { (through?.sequence ?? 0) + 1 }

  func encode() -> [UInt8] {
    let position =
      through ?? LogPosition(sequence: 0, segmentFirstSequence: 0, offset: 0, checksum: 0)
    var text =
      "\(Self.magic) \(position.sequence) \(position.segmentFirstSequence) \(position.offset)"
      + " \(String(position.checksum, radix: 16)) \(streams)\n"
    for (type, count) in counts.sorted(by: { $0.key < $1.key }) { text += "\(type) \(count)\n" }
    var bytes = Array(text.utf8)
    bytes += Array("crc \(String(CRC32C.checksum(bytes), radix: 16))\n".utf8)
    return bytes
  }

  /// The counts a file holds; nil unless it is whole and of this format.
  static func decode(_ bytes: [UInt8]) -> EventTypeCounts? {
    guard let crcStart = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")).map({ $0 + 1 }),
      bytes.last == UInt8(ascii: "\n")
    else { return nil }
    let crcLine = String(decoding: bytes[crcStart..<bytes.count - 1], as: UTF8.self)
    guard crcLine.hasPrefix("crc "),
      UInt32(crcLine.dropFirst(4), radix: 16) == CRC32C.checksum(bytes[..<crcStart])
    else { return nil }
    let lines = String(decoding: bytes[..<crcStart], as: UTF8.self).split(separator: "\n")
    guard let header = lines.first, header.hasPrefix(magic + " ") else { return nil }
    let fields = header.dropFirst(magic.count + 1).split(separator: " ")
    guard fields.count == 5, let sequence = UInt64(fields[0]),
      let segment = UInt64(fields[1]), let offset = UInt64(fields[2]),
      let checksum = UInt32(fields[3], radix: 16), let streams = Int(fields[4]), streams >= 0
    else { return nil }
    var kept = EventTypeCounts(
      through: sequence == 0
        ? nil
        : LogPosition(
          sequence: sequence, segmentFirstSequence: segment, offset: offset, checksum: checksum),
      streams: streams)
    for line in lines.dropFirst() {
      let parts = line.split(separator: " ")
      guard parts.count == 2, let count = Int(parts[1]), count > 0,
        kept.counts.updateValue(count, forKey: String(parts[0])) == nil
      else { return nil }
    }
    return kept
  }
}

extension Store {
  var eventTypeCountsPath: String { path + "/snapshots/" + EventTypeCounts.fileName }

  /// How many events of each type the log holds: the counts the writer kept, when the log still
  /// holds the record they end with, and the events after them; else the whole log, counted.
  /// Each event's type is read from its payload's first key, and the payload decoded whole only
  /// when that cannot be read (`jol log verify` checks every event).
  /// - Throws: exit 65 for an event after the kept counts whose type cannot be read and which
  ///   does not decode; the log's errors.
  func eventTypeCounts() throws -> EventTypeCounts {
    var counts = keptEventTypeCounts() ?? EventTypeCounts()
    try count(into: &counts)
    return counts
  }

  /// The kept counts, when the file is a plain one, whole, and tied to this log.
  private func keptEventTypeCounts() -> EventTypeCounts? {
    guard let log, isRegularFile(eventTypeCountsPath),
      let bytes = try? PosixFileSystem().readFile(eventTypeCountsPath),
      let kept = EventTypeCounts.decode(bytes),
      kept.through.map({ log.holds($0) }) ?? true
    else { return nil }
    return kept
  }

  /// Counts the events after `counts` up to the log's last record, and says it counts through it.
  private func count(into counts: inout EventTypeCounts) throws {
    guard let log, let head = log.head, head.sequence >= counts.next else { return }
    try mapLogError {
      try log.forEach(from: counts.next, through: head.sequence) { record in
        if record.streamVersion == 1 { counts.streams += 1 }
        // A salvaged log's placeholders for lost records hold no event.
        if record.isLostPlaceholder { return }
        let type =
          try record.withPayloadBytes { EventCodec.type(ofPayload: UnsafeRawBufferPointer($0)) }
          ?? Self.decode(record, log: log).type
        counts.counts[type.rawValue, default: 0] += 1
      }
    }
    counts.through = head
  }

  /// The writer brings the kept counts up to the log. With `appended` — the events a write
  /// just appended after the record `after`, counted from what it appended — and counts kept
  /// through that very record, they are added up and the log is not read. Otherwise the kept
  /// counts are brought up when they are a snapshot's interval behind the log (or missing: the
  /// log is then counted whole, once), so a reader counts at most that many.
  func refreshEventTypeCounts(
    appended: (after: LogPosition?, counts: EventTypeCounts)? = nil
  ) {
    guard isWritable, let log else { return }
    var kept = keptEventTypeCounts()
    if let appended, let head = log.head,
      var counts = kept ?? (appended.after == nil ? EventTypeCounts() : nil),
      counts.through == appended.after
    {
      counts.counts.merge(appended.counts.counts, uniquingKeysWith: +)
      counts.streams += appended.counts.streams
      counts.through = head
      kept = counts
    } else if let kept, log.lastSequence < kept.next - 1 + Self.snapshotInterval {
      return
    } else {
      var counts = kept ?? EventTypeCounts()
      guard (try? count(into: &counts)) != nil else { return }
      kept = counts
    }
    guard let kept, (try? PosixFileSystem().makeDirectory(path + "/snapshots")) != nil else {
      return
    }
    try? AtomicFile.write(kept.encode(), to: eventTypeCountsPath)
  }
}

/// What `jol-bench` times inside `jol log stats` (this package only).
package enum EventTypeCountsBench {
  /// Writes the kept counts of a data directory as its writer does after a write, holding the
  /// data directory's lock, counting the whole log when none are kept (or `afresh`).
  /// - Returns: the number of events counted in all.
  package static func refresh(dataDirectory: String, afresh: Bool) throws -> Int {
    let store = try Store.benchWriter(dataDirectory: dataDirectory)
    if afresh, store.isRegularFile(store.eventTypeCountsPath) {
      try PosixFileSystem().unlink(store.eventTypeCountsPath)
    }
    store.refreshEventTypeCounts()
    return try store.eventTypeCounts().counts.values.reduce(0, +)
  }
}
