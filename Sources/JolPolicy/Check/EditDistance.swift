/// Levenshtein distance, for "did you mean …?" suggestions.
enum EditDistance {
  /// Edits (insert, delete, substitute one character) turning `a` into `b`.
  /// - Complexity: O(|a|·|b|).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate closest to `name`, if it is close enough to be a likely typo (at most a third
  /// of the name's length, and at least 1–2 edits). Ties go to the earlier candidate.
  static func closest<C: Collection>(to name: String, among candidates: C) -> String?
  where C.Element == String {
    let limit = max(2, name.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let distance = distance(name, candidate)
      if distance <= limit, best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    return best?.0
  }
}
