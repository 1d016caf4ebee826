extension SplitMix64 {
  /// A number in `0..<bound`.
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// True `percent` times in a hundred.
  public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  /// One element of a non-empty array.
  public mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// An index into `cumulative` (running totals of weights, the last the sum), drawn with
  /// probability proportional to each weight.
  /// - Complexity: O(log n).
  public mutating func weighted(_ cumulative: [Int]) -> Int {
    let target = below(cumulative.last!)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
