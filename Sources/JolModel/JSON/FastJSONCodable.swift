/// A value with a hand-written JSON form read by ``JSONReader`` and written by ``JSONWriter``:
/// the same JSON as its `Codable` form, but strict (unknown, duplicate and missing keys are
/// errors; values are range-checked) and an order of magnitude faster.
protocol FastJSONCodable {
  /// Reads the value from the reader's position (its opening `{`).
  init(reading reader: inout JSONReader) throws
  /// Writes the value as compact JSON.
  func write(to writer: inout JSONWriter)
}

extension JSONReader {
  /// Throws ``JSONReadError/Reason/duplicateField(_:)`` when a field was already read.
  func fresh<T>(_ slot: T?) throws {
    if slot != nil { throw duplicateField() }
  }

  /// The value of a required field, or ``JSONReadError/Reason/missingField(_:)``. The slot is
  /// consumed: a field read last is moved out of it, not copied (no retain of every string it
  /// holds, and no release when the slot goes).
  func require<T>(_ slot: consuming T?, _ name: String) throws -> T {
    guard let slot else { throw missingField(name) }
    return slot
  }

  /// Reads a non-empty identifier.
  mutating func readID<Tag>(_: Tag.Type = Tag.self) throws -> Tagged<Tag, String> {
    Tagged(try readNonEmptyString())
  }

  /// Reads a string that must not be empty.
  mutating func readNonEmptyString() throws -> String {
    let text = try readString()
    guard !text.isEmpty else { throw invalidValue("a non-empty string") }
    return text
  }

  /// Reads a value of a string-backed open set (codes, categories); not empty.
  mutating func readCode<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
    T(rawValue: try readNonEmptyString())!
  }

  /// Reads an array whose elements `element` reads.
  mutating func readArray<T>(_ element: (inout JSONReader) throws -> T) throws -> [T] {
    try beginArray()
    var result: [T] = []
    while try nextElement() { result.append(try element(&self)) }
    return result
  }

  /// Reads an object used as a map from strings to values `value` reads (keys unique).
  mutating func readMap<T>(_ value: (inout JSONReader) throws -> T) throws -> [String: T] {
    try beginObject()
    // The pairs first, then the map at its size: grown pair by pair, it would move every pair
    // again at each doubling (a diagnostic's twenty answers, a third of reading the event).
    var pairs: [(key: String, offset: Int, value: T)] = []
    var failure: (any Error)?
    do {
      while try nextKey() { pairs.append((currentKey, keyOffset, try value(&self))) }
    } catch {
      failure = error
    }
    var result: [String: T] = Dictionary(minimumCapacity: pairs.count)
    // A repeated key is the error even when a later pair is malformed: read pair by pair, it
    // was met first.
    for pair in pairs {
      guard result.updateValue(pair.value, forKey: pair.key) == nil else {
        throw JSONReadError(offset: pair.offset, reason: .duplicateField(pair.key))
      }
    }
    if let failure { throw failure }
    return result
  }
}

extension JSONWriter {
  /// Writes a map as an object with keys in ascending order (stable bytes).
  mutating func map<T>(_ values: [String: T], _ value: (inout JSONWriter, T) -> Void) {
    beginObject()
    for key in values.keys.sorted() {
      self.key(key)
      value(&self, values[key]!)
    }
    endObject()
  }

  /// Writes an array.
  mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
    beginArray()
    for item in values { element(&self, item) }
    endArray()
  }
}
