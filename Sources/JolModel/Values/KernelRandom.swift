#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kernel's secure random numbers, as `SystemRandomNumberGenerator` gives them, asked for
/// 256 bytes at a time (`getentropy`) instead of 8: a roster mints a learner id per new learner,
/// and a system call for each was 6 % of planning it. Should `getentropy` fail, the numbers come
/// from `SystemRandomNumberGenerator`.
public struct KernelRandom: RandomNumberGenerator {
  /// Numbers drawn and not used yet: `buffer[unused...]`.
  private var buffer = [UInt64](repeating: 0, count: 32)
  private var unused = 32
  private var fallback = SystemRandomNumberGenerator()

  public init() {}

  public mutating func next() -> UInt64 {
    if unused == buffer.count {
      // getentropy gives at most 256 bytes a call.
      let drawn = buffer.withUnsafeMutableBytes { getentropy($0.baseAddress!, $0.count) }
      guard drawn == 0 else { return fallback.next() }
      unused = 0
    }
    defer { unused += 1 }
    return buffer[unused]
  }
}
