#if canImport(Glibc)
  import Glibc
#endif

/// The C allocator's settings for a command's process.
///
/// Restoring a region's state builds millions of small arrays on both cores at once. glibc
/// gives a thread other than the main one a heap of its own and, by default, makes that heap
/// one page larger at a time, each page an `mprotect` call: about 150 000 calls for the 600 MB
/// a decoding thread builds at start-up on 1.2 M learners, a fifth of the start-up's wall time
/// on a 2-core machine (session 12, `jol-bench startup` (a): 1.39–1.59 s with the default,
/// 1.08–1.25 s with the pad). A top pad of a whole heap (64 MiB, glibc's largest) opens each new
/// heap in one call and lets the main heap grow by 64 MiB at a time.
///
/// Pages asked for but never touched take no memory; a heap that shrinks keeps at most the pad.
public enum Allocator {
  /// The pad: glibc's largest heap (`HEAP_MAX_SIZE`, 64 MiB on 64-bit systems).
  static let topPad: Int32 = 64 << 20

  /// Sets the pad for this process. Call once, at a command's start, before threads allocate;
  /// does nothing where the C library is not glibc.
  public static func configureForBulkWork() {
    #if canImport(Glibc)
      // `mallopt` is declared in <malloc.h>, which the Glibc module does not import.
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      // M_TOP_PAD in <malloc.h>.
      let topPadParameter: Int32 = -2
      _ = mallopt(topPadParameter, topPad)
    #endif
  }

  /// Gives the pages of freed memory back to the system (glibc's `malloc_trim`): after a large
  /// state is dropped for another to be built, so that the two do not count together in the
  /// process's peak. Does nothing where the C library is not glibc.
  public static func returnFreeMemory() {
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else {
        return
      }
      typealias MallocTrim = @convention(c) (Int) -> Int32
      _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    #endif
  }
}
