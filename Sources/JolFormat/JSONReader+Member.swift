import JolModel

extension JSONReader {
  /// The raw text of a top-level member's value in a JSON object, read by ``JSONReader`` and
  /// returned undecoded: `{"a":1,"data":{"x":[1]}}` → `{"x":[1]}` for `data`. Used to pass event
  /// data through exports byte for byte.
  /// - Returns: nil when `json` has no such member or is not a well-formed object up to it.
  public static func rawMember(_ key: StaticString, in json: some Collection<UInt8>) -> String? {
    Array(json).withUnsafeBytes { buffer -> String? in
      var reader = JSONReader(buffer)
      do {
        try reader.beginObject()
        while try reader.nextKey() {
          // Read the key before the value: a nested object's keys replace it.
          let wanted = reader.keyIs(key)
          let range = try reader.captureValue()
          if wanted {
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[range]), as: UTF8.self)
          }
        }
      } catch {
        return nil
      }
      return nil
    }
  }
}
