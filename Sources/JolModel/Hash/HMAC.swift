/// HMAC-SHA-256 (RFC 2104, FIPS 198-1): a keyed one-way hash. Without the key, the code of a
/// short value (an IIN) cannot be computed, so a register of codes cannot be searched by
/// trying every possible value.
public enum HMACSHA256 {
  /// The 32-byte authentication code of `message` under `key`.
  public static func code(key: [UInt8], message: some Sequence<UInt8>) -> [UInt8] {
    var block = key.count > 64 ? SHA256.hash(key) : key
    block += [UInt8](repeating: 0, count: 64 - block.count)
    var inner = SHA256()
    inner.update(block.map { $0 ^ 0x36 })
    inner.update(message)
    var outer = SHA256()
    outer.update(block.map { $0 ^ 0x5C })
    outer.update(inner.finalize())
    return outer.finalize()
  }

  /// ``code(key:message:)`` in lowercase hex.
  public static func hex(key: [UInt8], message: some Sequence<UInt8>) -> String {
    SHA256.hex(bytes: code(key: key, message: message))
  }
}
