/// One record as one JSON line. The field order is fixed so a line is written and read without
/// a general JSON parser:
///
///     {"crc":"1b2c3d4e","seq":17,"batch_end":19,"durable":16,"stream":"S","version":3,"id":"I","data":{…}}
///
/// - `crc`: CRC-32C, 8 lowercase hex digits, of the line's bytes after `{"crc":"xxxxxxxx",` up to
///   (not including) the newline;
/// - `seq`: dense global sequence; `batch_end`: the sequence of the batch's last record (a batch
///   is whole when the record with `seq == batch_end` is present);
/// - `durable`: the last sequence known to be on stable storage when this line was written —
///   damage that a later-written line vouches for cannot be a torn write;
/// - `stream`, `version`: the stream and its version after this record; `id`: the record id;
/// - `data`: the payload, verbatim (a JSON object).
enum RecordLine {
  /// `{"crc":"` — the 8 bytes before the checksum digits.
  static let checksumPrefix: [UInt8] = Array(#"{"crc":""#.utf8)
  /// Bytes before the checksummed part: `{"crc":"xxxxxxxx",`.
  static let checkedStart = 18

  /// The envelope values of one line being written.
  struct Envelope {
    var sequence: UInt64
    var batchEnd: UInt64
    var durable: UInt64
    var streamVersion: UInt64
  }

  /// Appends one line (with its newline) for a record whose stream and id are already escaped;
  /// returns the line's checksum.
  @discardableResult
  static func append(
    _ envelope: Envelope, escapedStream: [UInt8], escapedID: [UInt8], payload: [UInt8],
    to buffer: inout [UInt8]
  ) -> UInt32 {
    let start = buffer.count
    buffer.append(contentsOf: checksumPrefix)
    buffer.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 8))
    buffer.append(contentsOf: #"","seq":"#.utf8)
    appendDecimal(envelope.sequence, to: &buffer)
    buffer.append(contentsOf: #","batch_end":"#.utf8)
    appendDecimal(envelope.batchEnd, to: &buffer)
    buffer.append(contentsOf: #","durable":"#.utf8)
    appendDecimal(envelope.durable, to: &buffer)
    buffer.append(contentsOf: #","stream":""#.utf8)
    buffer.append(contentsOf: escapedStream)
    buffer.append(contentsOf: #"","version":"#.utf8)
    appendDecimal(envelope.streamVersion, to: &buffer)
    buffer.append(contentsOf: #","id":""#.utf8)
    buffer.append(contentsOf: escapedID)
    buffer.append(contentsOf: #"","data":"#.utf8)
    buffer.append(contentsOf: payload)
    buffer.append(UInt8(ascii: "}"))
    let crc = buffer.withUnsafeBytes {
      CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[(start + checkedStart)...]))
    }
    buffer.withUnsafeMutableBufferPointer { line in
      let hex: StaticString = "0123456789abcdef"
      for digit in 0..<8 {
        let nibble = Int((crc >> (28 - 4 * UInt32(digit))) & 0xF)
        line[start + checksumPrefix.count + digit] = hex.utf8Start[nibble]
      }
    }
    buffer.append(0x0A)
    return crc
  }

  /// Appends the decimal digits of `value`.
  static func appendDecimal(_ value: UInt64, to buffer: inout [UInt8]) {
    var count = 1
    var rest = value / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    let end = buffer.count + count
    buffer.append(contentsOf: repeatElement(0, count: count))
    buffer.withUnsafeMutableBufferPointer { line in
      var remaining = value
      var index = end
      repeat {
        index -= 1
        line[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
      } while remaining > 0
    }
  }
}
