extension Array {
  /// Inserts `element` before the trailing elements that `goesAfter` says follow it: for an
  /// array in order, the place that keeps it in order, after the elements equal to it.
  /// - Complexity: O(1) amortised when `element` goes last, as it almost always does; O(n)
  ///   otherwise.
  mutating func insertInOrder(_ element: Element, before goesAfter: (Element) -> Bool) {
    var index = count
    while index > 0 && goesAfter(self[index - 1]) { index -= 1 }
    insert(element, at: index)
  }
}
