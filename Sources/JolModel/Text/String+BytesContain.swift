extension String {
  /// Whether `other` occurs in this string byte for byte (UTF-8, no Unicode equivalence): the
  /// quick test renderers run per line, where Foundation's search and the generic collection
  /// search cost more than the text they look into.
  /// - Complexity: O(count × other.count) in the worst case; O(count) for distinct words.
  public func containsBytes(of other: String) -> Bool {
    var haystack = self
    var needle = other
    return haystack.withUTF8 { text in
      needle.withUTF8 { pattern in
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        var start = 0
        while start <= text.count - pattern.count {
          if text[start] == first {
            var offset = 1
            while offset < pattern.count && text[start + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}
