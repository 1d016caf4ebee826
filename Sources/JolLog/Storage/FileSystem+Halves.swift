import Dispatch

extension FileSystem {
  /// Files below this size are read by one thread.
  public static var halvesBytes: Int { 1 << 20 }

  /// A whole file, as ``readFile(_:)`` gives it, a large one read in two halves at once, each
  /// into its part of the result: reading a snapshot into a fresh buffer is mostly the kernel
  /// giving the buffer its pages, which two cores do side by side.
  /// - Throws: `FileSystemError`; a file that is shorter than its size said when read is
  ///   returned as far as it was read, as ``readFile(_:)`` does.
  /// - Parameter cores: the cores the process may use (with one, the file is read alone).
  public func readFileInHalves(_ path: String, cores: Int) throws -> [UInt8] {
    let descriptor = try open(path, .read)
    defer { close(descriptor) }
    let count = Int(try size(descriptor, path: path))
    guard cores > 1, count >= Self.halvesBytes else {
      return try bytes(descriptor, at: 0, count: count, path: path)
    }
    let middle = count / 2
    let ranges = [0..<middle, middle..<count]
    var halves: [Result<Int, FileSystemError>] = []
    var bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      let target = HalfTarget(buffer: UnsafeMutableRawBufferPointer(buffer))
      let results = HalfResults()
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        let range = ranges[half]
        do {
          let read = try self.fill(
            UnsafeMutableRawBufferPointer(rebasing: target.buffer[range]), from: descriptor,
            at: UInt64(range.lowerBound), path: path)
          results.slots[half] = .success(read)
        } catch let error as FileSystemError {
          results.slots[half] = .failure(error)
        } catch {
          // (`read` throws only FileSystemError; EIO should another error ever come.)
          results.slots[half] = .failure(FileSystemError(operation: "read", path: path, code: 5))
        }
      }
      halves = results.both
      // What a short read left unwritten is zeroed (and cut off below).
      for (range, half) in zip(ranges, halves) {
        let read = (try? half.get()) ?? 0
        UnsafeMutableRawBufferPointer(
          rebasing: target.buffer[(range.lowerBound + read)..<range.upperBound]
        )
        .initializeMemory(as: UInt8.self, repeating: 0)
      }
      initialized = count
    }
    let first = try halves[0].get()
    let second = try halves[1].get()
    if first < middle {
      bytes.removeSubrange(first...)
    } else if second < count - middle {
      bytes.removeSubrange((middle + second)...)
    }
    return bytes
  }
}

/// The result's storage, each half written by its own thread. Unchecked Sendable, and safe as
/// used: the halves are disjoint.
private struct HalfTarget: @unchecked Sendable {
  let buffer: UnsafeMutableRawBufferPointer
}

/// What each half's read came to, a slot per half. Unchecked Sendable, and safe as used: each
/// thread writes its own slot (through a pointer: two threads writing one array would race on
/// the array), and the caller reads them once both are done.
private final class HalfResults: @unchecked Sendable {
  let slots = UnsafeMutablePointer<Result<Int, FileSystemError>>.allocate(capacity: 2)

  init() { slots.initialize(repeating: .success(0), count: 2) }

  deinit {
    slots.deinitialize(count: 2)
    slots.deallocate()
  }

  var both: [Result<Int, FileSystemError>] { [slots[0], slots[1]] }
}
