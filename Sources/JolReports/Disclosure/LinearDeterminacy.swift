/// Which hidden cells the lines of a report determine by linear algebra alone: eliminate the
/// shown cells (they are constants), bring the system of lines over the hidden cells to reduced
/// row echelon form, and a hidden cell is determined when its pivot row holds no free cell. Used
/// by ``DisclosureControl`` to catch a cell no single line gives away.
///
/// Arithmetic is modulo the prime p = 2⁶¹ − 1: the lines' coefficients are 0 and ±1, and for a
/// table with its margins every minor is 0 or ±1 (the system is totally unimodular), so the rank
/// pattern modulo p is the rational one; for linked tables a minor would have to be a multiple
/// of p, far beyond any report.
enum LinearDeterminacy {
  static let prime: UInt64 = (1 << 61) - 1

  /// The hidden cells (by index) that the lines determine.
  /// - Complexity: O(l · h²) for l lines and h hidden cells.
  static func determined(_ system: LinkedCells, hidden: [Bool]) -> [Int] {
    var column: [Int: Int] = [:]
    var cells: [Int] = []
    for (cell, isHidden) in hidden.enumerated() where isHidden {
      column[cell] = cells.count
      cells.append(cell)
    }
    guard !cells.isEmpty else { return [] }
    var rows: [[UInt64]] = []
    for line in system.lines {
      var row = [UInt64](repeating: 0, count: cells.count)
      var any = false
      for part in line.parts {
        if let index = column[part] {
          row[index] = 1
          any = true
        }
      }
      if let index = column[line.whole] {
        row[index] = prime - 1
        any = true
      }
      if any { rows.append(row) }
    }
    let pivots = reduce(&rows, columns: cells.count)
    var determined: [Int] = []
    for (row, pivot) in pivots {
      let free = rows[row].indices.contains { $0 != pivot && rows[row][$0] != 0 }
      if !free { determined.append(cells[pivot]) }
    }
    return determined.sorted()
  }

  /// Brings `rows` to reduced row echelon form in place; returns (row, pivot column) pairs.
  private static func reduce(_ rows: inout [[UInt64]], columns: Int) -> [(Int, Int)] {
    var pivots: [(Int, Int)] = []
    var next = 0
    for pivotColumn in 0..<columns where next < rows.count {
      guard let found = (next..<rows.count).first(where: { rows[$0][pivotColumn] != 0 }) else {
        continue
      }
      rows.swapAt(next, found)
      let inverse = power(rows[next][pivotColumn], prime - 2)
      for index in pivotColumn..<columns {
        rows[next][index] = multiply(rows[next][index], inverse)
      }
      for other in rows.indices where other != next && rows[other][pivotColumn] != 0 {
        let factor = rows[other][pivotColumn]
        for index in pivotColumn..<columns where rows[next][index] != 0 {
          let product = multiply(factor, rows[next][index])
          rows[other][index] = (rows[other][index] + prime - product) % prime
        }
      }
      pivots.append((next, pivotColumn))
      next += 1
    }
    return pivots
  }

  private static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    return prime.dividingFullWidth((high, low)).remainder
  }

  private static func power(_ base: UInt64, _ exponent: UInt64) -> UInt64 {
    var result: UInt64 = 1
    var base = base % prime
    var exponent = exponent
    while exponent > 0 {
      if exponent & 1 == 1 { result = multiply(result, base) }
      base = multiply(base, base)
      exponent >>= 1
    }
    return result
  }
}
