import JolModel
import Testing

@testable import JolApp

/// What an import's summary adds around a notice: the number of rows as the reader's language
/// writes it, and the warning prefix, both from the catalogue (``ImportRunText``).
@Suite struct ImportSummaryTextTests {
  @Test func aNoticeCountsItsRowsInTheReadersLanguage() {
    let text = ImportSummary.notice(.same("«dual» read as full-time"), 12345)
    #expect(text.kk == "«dual» read as full-time (жолдар: 12\u{00A0}345)")
    #expect(text.ru == "«dual» read as full-time (строк: 12\u{00A0}345)")
    #expect(text.en == "«dual» read as full-time (rows: 12,345)")
    #expect(ImportSummary.notice(.same("x"), 3).ru == "x (строк: 3)")
  }

  @Test func theWarningPrefixKeepsItsWords() {
    #expect(ImportSummary.warningPrefix.kk == "ескерту: ")
    #expect(ImportSummary.warningPrefix.ru == "предупреждение: ")
    #expect(ImportSummary.warningPrefix.en == "warning: ")
  }
}
