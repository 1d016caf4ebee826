import JolModel

/// The lottery that breaks ties in mentors' priorities: one number per student (single
/// tie-breaking), lower wins. Recorded in every ``MatchingResult`` so a run can be verified and
/// explained after the fact.
public struct MatchingLottery: Hashable, Sendable {
  /// The seed the numbers were drawn from, when they were drawn rather than given.
  public let seed: UInt64?
  /// Each student's number, in instance order.
  public let numbers: [Int]

  /// Draws a random order of `count` students from `seed`: student `i` gets a distinct number
  /// from 1 to `count` (a Fisher–Yates shuffle driven by ``SplitMix64``), the same on every
  /// machine for the same seed and count.
  /// - Complexity: O(count).
  public init(seed: UInt64, count: Int) {
    var generator = SplitMix64(seed: seed)
    var numbers = Array(stride(from: 1, through: count, by: 1))
    var index = numbers.count - 1
    while index > 0 {
      let other = Int(generator.next() % UInt64(index + 1))
      numbers.swapAt(index, other)
      index -= 1
    }
    self.seed = seed
    self.numbers = numbers
  }

  /// Numbers given from elsewhere (a recorded run, a policy's lottery), one per student in
  /// instance order. Equal numbers are allowed; the student listed first then wins.
  public init(numbers: [Int]) {
    self.seed = nil
    self.numbers = numbers
  }
}
