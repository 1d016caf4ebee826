import Testing

@testable import JolModel

/// ``KernelRandom`` draws the kernel's numbers in blocks: every number is used once, across
/// the blocks' ends, and they look random (no repeats, every bit set about half the time).
struct KernelRandomTests {
  @Test func numbersAcrossManyBlocksDoNotRepeatAndEveryBitVaries() {
    var random = KernelRandom()
    let numbers = (0..<10_000).map { _ in random.next() }
    #expect(Set(numbers).count == numbers.count)
    for bit in 0..<64 {
      let set = numbers.filter { $0 >> UInt64(bit) & 1 == 1 }.count
      // 10 000 fair coin flips: 5 000 ± 350 holds with probability far above 1 − 10⁻¹¹.
      #expect((4_650...5_350).contains(set), "bit \(bit): \(set) of 10 000")
    }
  }

  @Test func twoGeneratorsDrawDifferentNumbers() {
    var one = KernelRandom()
    var other = KernelRandom()
    let first = (0..<40).map { _ in one.next() }
    let second = (0..<40).map { _ in other.next() }
    #expect(first != second)
  }
}
