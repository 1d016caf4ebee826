/// The hidden cells of a ``LinkedCells`` system while ``DisclosureControl`` works, and what a
/// reader can infer from what is still shown.
struct SuppressionState {
  let system: LinkedCells
  let minimumCellSize: Int
  /// nil: shown; else why hidden.
  private(set) var hidden: [CellStatus.Suppression?]

  init(system: LinkedCells, minimumCellSize: Int) {
    self.system = system
    self.minimumCellSize = minimumCellSize
    hidden = system.values.map { $0 > 0 && $0 < minimumCellSize ? .primary : nil }
  }

  /// The published status of `cell`.
  func status(_ cell: Int) -> CellStatus {
    if let reason = hidden[cell] { return .suppressed(reason) }
    return system.values[cell] == 0 ? .zero : .shown(system.values[cell])
  }

  func hiddenCount(_ line: Int) -> Int {
    system.lines[line].cells.count { hidden[$0] != nil }
  }

  /// What a reader knows of `cell`: its value if shown, 1…k − 1 for `<k`, ≥ k for `×`.
  func readerBounds(_ cell: Int) -> Bounds {
    switch hidden[cell] {
    case nil: Bounds(lower: system.values[cell], upper: system.values[cell])
    case .primary: Bounds(lower: 1, upper: minimumCellSize - 1)
    case .complementary: Bounds(lower: minimumCellSize, upper: nil)
    }
  }

  /// The first line (in order) that pins one of its hidden cells to one value by itself and
  /// still has a shown count to hide.
  func firstPinningLine() -> Int? {
    let bounds = system.values.indices.map(readerBounds)
    return system.lines.indices.first { index in
      let line = system.lines[index]
      return line.cells.contains { hidden[$0] == nil && system.values[$0] > 0 }
        && line.cells.contains { cell in
          hidden[cell] != nil
            && bounds[cell].intersection(Bounds.implied(for: cell, by: line, bounds)).isSingle
        }
    }
  }

  /// The lines to look for a complement of a determined `cell` in: its own lines (fewest
  /// hidden cells first), then the lines of the hidden cells they hold, and so on outwards —
  /// when every count of a cell's lines is hidden already (a block of `<k` cells whose sum the
  /// margins give), the protection has to come from a line further out.
  func linesNear(_ cell: Int) -> [Int] {
    var order: [Int] = []
    var seenLines: Set<Int> = []
    var seenCells: Set<Int> = [cell]
    var frontier = [cell]
    while !frontier.isEmpty {
      var lines: [Int] = []
      for cell in frontier {
        for line in system.linesOf[cell] where seenLines.insert(line).inserted {
          lines.append(line)
        }
      }
      lines.sort { (hiddenCount($0), $0) < (hiddenCount($1), $1) }
      order += lines
      frontier = lines.flatMap { system.lines[$0].cells }.filter {
        hidden[$0] != nil && seenCells.insert($0).inserted
      }
    }
    return order
  }

  /// Hides one more shown, non-zero cell of the first of `lines` that has one; false when none
  /// has. Prefers a cell that also completes another line holding a lone hidden cell, then an
  /// interior cell, then the smallest count, then the first.
  mutating func hideComplement(in lines: [Int]) -> Bool {
    for line in lines {
      let candidates = system.lines[line].cells.filter {
        hidden[$0] == nil && system.values[$0] > 0
      }
      let best = candidates.min { a, b in key(a, line) < key(b, line) }
      if let best {
        hidden[best] = .complementary
        return true
      }
    }
    return false
  }

  private func key(_ cell: Int, _ chosenLine: Int) -> (Int, Int, Int, Int) {
    let completes = system.linesOf[cell].count { $0 != chosenLine && hiddenCount($0) == 1 }
    return (-completes, system.isTotal[cell] ? 1 : 0, system.values[cell], cell)
  }

  /// Hidden cells a reader can determine from all lines together, in order.
  func determinedCells() -> [Int] {
    var found = Set(propagatedSingles())
    found.formUnion(LinearDeterminacy.determined(system, hidden: hidden.map { $0 != nil }))
    return found.sorted()
  }

  /// Hidden cells whose bounds, tightened through every line until nothing changes, hold one
  /// value.
  private func propagatedSingles() -> [Int] {
    var bounds = system.values.indices.map(readerBounds)
    var changed = true
    while changed {
      changed = false
      for line in system.lines {
        for cell in line.cells where hidden[cell] != nil {
          let tightened = bounds[cell].intersection(Bounds.implied(for: cell, by: line, bounds))
          if tightened != bounds[cell] {
            bounds[cell] = tightened
            changed = true
          }
        }
      }
    }
    return system.values.indices.filter { hidden[$0] != nil && bounds[$0].isSingle }
  }
}
