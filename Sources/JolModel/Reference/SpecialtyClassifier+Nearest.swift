extension SpecialtyClassifier {
  /// The candidate closest to `code`: fewest differing digits among codes of the same length,
  /// then the longest common prefix, then the smallest. Nil when none is within half the
  /// code's length (a suggestion that far off would mislead), unless `always`.
  /// - Complexity: O(candidates × length).
  static func nearest(to code: String, among candidates: [String], always: Bool = false) -> String?
  {
    let target = Array(code.utf8)
    var best: (distance: Int, prefix: Int, code: String)?
    for candidate in candidates {
      let bytes = Array(candidate.utf8)
      guard bytes.count == target.count else { continue }
      let distance = zip(bytes, target).filter { $0 != $1 }.count
      let prefix = zip(bytes, target).prefix { $0 == $1 }.count
      if let current = best,
        (current.distance, -current.prefix, current.code) <= (distance, -prefix, candidate)
      {
        continue
      }
      best = (distance, prefix, candidate)
    }
    guard let best, always || best.distance * 2 <= target.count else { return nil }
    return best.code
  }
}
