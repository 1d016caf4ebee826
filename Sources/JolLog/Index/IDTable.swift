/// The set of record ids in the log, for idempotent appends: an open-addressing hash table from
/// a 64-bit hash of the id to where the record is (segment ordinal and byte offset). A hash hit
/// is confirmed by reading the id back from the segment, so collisions never skip a new record.
///
/// Memory: 16 bytes per slot, at most three quarters full (about 27 bytes per record).
struct IDTable {
  /// Slot keys: the id hash, 0 for an empty slot (a hash of 0 is stored as 1).
  private(set) var keys: [UInt64]
  /// Slot values: `Location.packed`.
  private(set) var values: [UInt64]
  /// Number of ids stored.
  private(set) var count: Int

  /// An empty table with `capacity` slots (rounded up to a power of two).
  init(capacity: Int = 1024) {
    let slots = max(16, capacity.nextPowerOfTwo)
    keys = [UInt64](repeating: 0, count: slots)
    values = [UInt64](repeating: 0, count: slots)
    count = 0
  }

  /// A table from stored slots (the index file); nil when the shape is wrong.
  init?(keys: [UInt64], values: [UInt64], count: Int) {
    guard keys.count == values.count, keys.count >= 16, keys.count.nonzeroBitCount == 1,
      count < keys.count
    else { return nil }
    self.keys = keys
    self.values = values
    self.count = count
  }

  /// The stable 64-bit hash of an id's bytes (FNV-1a, then the MurmurHash3 finalizer); never 0.
  static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash &*= 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return hash == 0 ? 1 : hash
  }

  /// Whether some stored location with this hash satisfies `isMatch` (which reads it back).
  func contains(hash: UInt64, where isMatch: (Location) throws -> Bool) rethrows -> Bool {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while keys[slot] != 0 {
      if keys[slot] == hash, try isMatch(Location(packed: values[slot])) { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  /// Adds an id's hash and location (the caller has checked it is new).
  mutating func insert(hash: UInt64, at location: Location) {
    if (count + 1) * 4 > keys.count * 3 { grow() }
    place(hash: hash, value: location.packed)
    count += 1
  }

  private mutating func place(hash: UInt64, value: UInt64) {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while keys[slot] != 0 { slot = (slot + 1) & mask }
    keys[slot] = hash
    values[slot] = value
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [UInt64](repeating: 0, count: oldKeys.count * 2)
    for slot in oldKeys.indices where oldKeys[slot] != 0 {
      place(hash: oldKeys[slot], value: oldValues[slot])
    }
  }
}

/// Where a record line starts: segment ordinal (position in the sorted segment list) and byte
/// offset, packed into 64 bits (24 + 40: 16 M segments of up to 1 TiB).
struct Location: Equatable {
  let segment: Int
  let offset: UInt64

  init(segment: Int, offset: UInt64) {
    self.segment = segment
    self.offset = offset
  }

  init(packed: UInt64) {
    segment = Int(packed >> 40)
    offset = packed & 0xFF_FFFF_FFFF
  }

  var packed: UInt64 { UInt64(segment) << 40 | offset }
}

extension Int {
  fileprivate var nextPowerOfTwo: Int {
    self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
  }
}
