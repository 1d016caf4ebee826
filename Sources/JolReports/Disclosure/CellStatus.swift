import JolFormat
import JolModel

/// What a report publishes for a count after disclosure control.
///
/// Rendering, the same in every format and language: a shown count as its number, zero as `0`,
/// a count below the minimum cell size k as `<k` (`<5`), and a count hidden only so that another
/// cannot be worked out (complementary suppression) as `×` — it is at least k, and `×` says no
/// more than that; the auditor (``DisclosureAuditor``) assumes a reader knows exactly this.
/// ``DisclosureMessage`` has the footnotes that explain the symbols.
public enum CellStatus: Hashable, Sendable {
  /// A count of k or more.
  case shown(Int)
  /// No one: zeros are published (they reveal no one and keep the table readable).
  case zero
  /// A hidden count.
  case suppressed(Suppression)

  /// Why a count is hidden.
  public enum Suppression: Hashable, Sendable {
    /// Above zero and below the minimum cell size.
    case primary
    /// Hidden so that a primary cell cannot be derived from totals and shown cells.
    case complementary
  }

  /// The symbol of a complementary suppression.
  public static let complementarySymbol = "×"

  /// The published count; nil when hidden.
  public var count: Int? {
    switch self {
    case .shown(let count): count
    case .zero: 0
    case .suppressed: nil
    }
  }

  /// The symbol a hidden count is shown as: `<k` or `×`; nil when shown.
  public func symbol(minimumCellSize: Int) -> String? {
    switch self {
    case .shown, .zero: nil
    case .suppressed(.primary): "<" + String(minimumCellSize)
    case .suppressed(.complementary): Self.complementarySymbol
    }
  }

  /// The cell of a ``DataTable`` (HTML, Markdown, CSV, JSON): the count, or its symbol.
  public func json(minimumCellSize: Int) -> JSONValue {
    if let symbol = symbol(minimumCellSize: minimumCellSize) { return .string(symbol) }
    return .int(count ?? 0)
  }

  /// The amount a chart draws: hidden counts are drawn never to scale.
  public func chartAmount(minimumCellSize: Int) -> ChartAmount {
    if let symbol = symbol(minimumCellSize: minimumCellSize) { return .hidden(symbol: symbol) }
    return .count(count ?? 0)
  }
}
