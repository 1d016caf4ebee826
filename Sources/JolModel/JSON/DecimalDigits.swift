/// Decimal digits of whole numbers written straight into memory: the one digit writer under the
/// event codec's ``JSONWriter`` and the output layer's byte buffer.
public enum DecimalDigits {
  /// How many digits `value` takes, at least `minimumWidth` (zero-padded).
  @inlinable @inline(__always)
  public static func width(_ value: UInt64, minimumWidth: Int = 1) -> Int {
    var width = 1
    var limit: UInt64 = 10
    while width < 20 && value >= limit {
      width += 1
      limit = limit &* 10
    }
    return max(width, minimumWidth)
  }

  /// Writes exactly `width` digits of `value` (zero-padded; `width` ≥ ``width(_:minimumWidth:)``)
  /// at `start`.
  @inlinable @inline(__always)
  public static func write(_ value: UInt64, width: Int, to start: UnsafeMutablePointer<UInt8>) {
    var rest = value
    var position = width
    while position > 0 {
      position -= 1
      start[position] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }
}
