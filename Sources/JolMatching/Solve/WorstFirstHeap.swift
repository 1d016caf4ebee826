/// Binary heaps of contracts with the lowest-ranked contract (by ``ContractOrder``) on top: what
/// a mentor or an enterprise holds, so rejecting its worst is O(log n).
///
/// Deletion is lazy: a contract rejected through the other heap (an enterprise rejecting a
/// mentor's student) stays in the mentor's heap until it surfaces, and is skipped then. A
/// contract is live while its student still holds it.
enum WorstFirstHeap {
  static func push(_ contract: Int32, _ heap: inout [Int32], _ order: ContractOrder) {
    heap.append(contract)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard order.isBetter(heap[parent], than: heap[child]) else { return }
      heap.swapAt(parent, child)
      child = parent
    }
  }

  /// Removes and returns the worst live contract; `held[s]` is the contract student `s` holds.
  /// The heap must hold one (its owner is over capacity).
  static func popWorst(_ heap: inout [Int32], _ order: ContractOrder, held: [Int32]) -> Int32 {
    while true {
      let top = heap[0]
      removeTop(&heap, order)
      if held[Int(order.student[Int(top)])] == top { return top }
    }
  }

  private static func removeTop(_ heap: inout [Int32], _ order: ContractOrder) {
    let last = heap.removeLast()
    guard !heap.isEmpty else { return }
    heap[0] = last
    var parent = 0
    let count = heap.count
    while true {
      let left = 2 * parent + 1
      guard left < count else { return }
      var worst = left
      let right = left + 1
      if right < count, order.isBetter(heap[left], than: heap[right]) { worst = right }
      // The worse of the children goes up while the parent ranks above it.
      guard order.isBetter(heap[parent], than: heap[worst]) else { return }
      heap.swapAt(parent, worst)
      parent = worst
    }
  }
}
