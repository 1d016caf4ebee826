import JolModel

/// The footnotes that explain disclosure control's symbols under a report's tables.
/// Adding a message: see ``MessageKey``.
public enum DisclosureMessage: String, MessageKey {
  case primary
  case complementary
  case withheldRate

  public var template: MessageTemplate {
    switch self {
    case .primary:
      MessageTemplate(
        kk:
          "«<{k}» — нөлден көп, бірақ ең аз ұяшық мөлшерінен ({k}) аз сан: ешкімді тануға болмас үшін көрсетілмейді.",
        ru:
          "«<{k}» — число больше нуля, но меньше минимального размера ячейки ({k}): не показано, чтобы никого нельзя было узнать.",
        en:
          "“<{k}” — a count above zero but below the minimum cell size ({k}): not shown, so that no one can be identified."
      )
    case .complementary:
      MessageTemplate(
        kk:
          "«×» — жасырылған сандарды қорытындылардан есептеп шығаруға болмас үшін қосымша жасырылған сан.",
        ru:
          "«×» — число скрыто дополнительно, чтобы скрытые числа нельзя было вычислить из итогов.",
        en:
          "“×” — a count hidden in addition, so that hidden counts cannot be worked out from the totals."
      )
    case .withheldRate:
      MessageTemplate(
        kk:
          "«—» — үлес көрсетілмейді: ол жасырылған санға немесе ең аз ұяшық мөлшерінен ({k}) аз негізге сүйенеді.",
        ru:
          "«—» — доля не показана: она построена на скрытом числе или на базе меньше минимального размера ячейки ({k}).",
        en:
          "“—” — share not shown: it rests on a hidden count or on a base below the minimum cell size ({k})."
      )
    }
  }
}

extension ProtectedReport {
  /// The footnotes for the symbols that appear in `statuses` (and `—` when `withheldRates`), in
  /// the order `<k`, `×`, `—`: the ``JolFormat/ReportBlock/note(_:)``s to put under a table.
  public func legend(for statuses: [CellStatus], withheldRates: Bool = false) -> [LocalizedText] {
    let values = ["k": String(minimumCellSize)]
    var notes: [LocalizedText] = []
    if statuses.contains(.suppressed(.primary)) {
      notes.append(DisclosureMessage.primary.text(values))
    }
    if statuses.contains(.suppressed(.complementary)) {
      notes.append(DisclosureMessage.complementary.text())
    }
    if withheldRates { notes.append(DisclosureMessage.withheldRate.text(values)) }
    return notes
  }
}
