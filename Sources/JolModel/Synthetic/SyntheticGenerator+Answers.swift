/// What the answer generator needs of a diagnostic instrument: which scale each answer feeds.
/// Built by the caller from the instrument (`JolDiagnostics` is not a dependency of the model).
public struct SyntheticAnswerKey: Sendable {
  /// How items are answered.
  public enum Items: Sendable {
    /// Forced choice: for each item, the scale of each of its options, in option order.
    case choice([[Int]])
    /// A rating in `range`: for each item, the scale it feeds.
    case rating(scales: [Int], range: ClosedRange<Int>)
  }

  /// How many scales the instrument has.
  public var scales: Int
  /// The items.
  public var items: Items
  /// How many items a sheet may leave unanswered.
  public var missingAllowed: Int

  public init(scales: Int, items: Items, missingAllowed: Int) {
    self.scales = scales
    self.items = items
    self.missingAllowed = missingAllowed
  }
}

extension SyntheticGenerator {
  /// Answer sheets of `count` pupils (answers by item: the chosen option's index or the
  /// rating; -1 unanswered), drawn from `seed` alone — the same seed, key and count give the
  /// same sheets.
  ///
  /// Each pupil has latent interests: every scale a little, one leading scale much more and a
  /// second one more, so profiles have leaders. A choice goes to an option as often as its
  /// scale's interest weighs against the other options'; a rating is the scale's interest on
  /// the rating range, give or take one. Three pupils in a hundred straight-line (the first
  /// option, or one rating, throughout); where the instrument allows missing answers, six in a
  /// hundred leave one to three items (at most the allowed number) unanswered.
  /// - Complexity: O(count × items).
  public static func answerSheets(count: Int, key: SyntheticAnswerKey, seed: UInt64) -> [[Int8]] {
    var random = SplitMix64(seed: seed)
    var sheets: [[Int8]] = []
    sheets.reserveCapacity(count)
    var interest = [Int](repeating: 0, count: key.scales)
    for _ in 0..<count {
      for scale in 0..<key.scales { interest[scale] = 1 + random.below(3) }
      let leader = random.below(key.scales)
      let second = (leader + 1 + random.below(key.scales - 1)) % key.scales
      interest[leader] += 6 + random.below(4)
      interest[second] += 3 + random.below(3)
      let straight = random.chance(3)
      var sheet: [Int8]
      switch key.items {
      case .choice(let items):
        sheet = items.map { options in
          if straight { return 0 }
          var target = random.below(options.reduce(0) { $0 + interest[$1] })
          for (index, scale) in options.enumerated() {
            target -= interest[scale]
            if target < 0 { return Int8(index) }
          }
          return Int8(options.count - 1)
        }
      case .rating(let scales, let range):
        let top = interest.max()!
        let span = range.upperBound - range.lowerBound
        let flat = range.lowerBound + random.below(span + 1)
        sheet = scales.map { scale in
          if straight { return Int8(flat) }
          let level = range.lowerBound + (interest[scale] * span + top / 2) / top
          let noise = [-1, 0, 0, 1][random.below(4)]
          return Int8(min(range.upperBound, max(range.lowerBound, level + noise)))
        }
      }
      if key.missingAllowed > 0, random.chance(6) {
        for _ in 0..<min(key.missingAllowed, 1 + random.below(3)) {
          sheet[random.below(sheet.count)] = -1
        }
      }
      sheets.append(sheet)
    }
    return sheets
  }
}
