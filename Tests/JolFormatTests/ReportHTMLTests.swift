import Foundation
import JolFormat
import JolModel
import Testing

/// The HTML of reports: well-formed, self-contained, printable, escaped, reproducible.
@Suite struct ReportHTMLTests {
  @Test(arguments: Language.allCases)
  func parsesAsXML(_ language: Language) {
    let html = sampleReport().html(language)
    #expect(xmlError(html) == nil)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
    #expect(html.contains("<meta charset=\"utf-8\"/>"))
  }

  @Test func referencesNothingOutside() {
    let html = sampleReport().html(.en).lowercased()
    for forbidden in ["http", "src=", "<script", "<link", "url(", "@import", "<img", "<iframe"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
  }

  @Test func hostileTextIsEscapedEverywhere() {
    let html = sampleReport().html(.en)
    #expect(!html.contains("<b>"))
    #expect(html.components(separatedBy: "</style>").count == 2)  // only the real one
    #expect(html.contains("&lt;b&gt;&amp;amp; &quot;quoted&quot; &#39;single&#39; &lt;/style&gt;"))
    #expect(!html.contains("\u{202E}"))
    // Parsed back, the label is the text that was given (the bidi override replaced).
    #expect(xmlError(html) == nil)
  }

  @Test func sameInputSameBytes() {
    #expect(sampleReport().html(.kk) == sampleReport().html(.kk))
    #expect(sampleReport().html(.kk) != sampleReport().html(.ru))
  }

  @Test func printsOnA4WithPageBreaksAndRepeatedHeaders() {
    let html = sampleReport().html(.ru)
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains("<section class=\"page\">"))
    #expect(html.contains("section.page { break-before: page;"))
    #expect(html.contains("thead { display: table-header-group; }"))
  }

  @Test func tablesHaveHeadersAndRightAlignedFiguresInTheLanguagesFormat() {
    let html = sampleReport(label: "Жаңаарқа").html(.kk)
    #expect(
      html.contains("<thead><tr><th scope=\"col\">Аудан</th><th scope=\"col\" class=\"num\">"))
    #expect(html.contains("<th scope=\"row\">Жаңаарқа</th><td class=\"num\">12\u{00A0}345</td>"))
    #expect(html.contains("<td class=\"num\">12,5</td>"))
    #expect(html.contains("<td class=\"num\">&lt;5</td><td class=\"num\">—</td>"))
    let english = sampleReport(label: "Zhanaarka").html(.en)
    #expect(english.contains("<td class=\"num\">12,345</td><td class=\"num\">12.5</td>"))
  }

  @Test func aColumnWithWordsIsNotNumeric() {
    let table = DataTable(
      columns: [DataTable.Column("a", .same("A"))], rows: [[.number("1")], [.string("none")]])
    #expect(!ReportCell.isNumeric(column: 0, of: table))
    let symbols = DataTable(
      columns: [DataTable.Column("a", .same("A"))],
      rows: [[.number("1")], [.string("×")], [.null]])
    #expect(ReportCell.isNumeric(column: 0, of: symbols))
  }

  @Test func markupWriterEscapesAttributesAndText() {
    var markup = MarkupWriter()
    markup.start("p", [("title", "a\"b<c>&'d")])
    markup.text("x\ny\u{0}")
    markup.end()
    markup.empty("br")
    #expect(markup.finished() == "<p title=\"a&quot;b&lt;c&gt;&amp;&#39;d\">x y\u{FFFD}</p><br/>")
    #expect(MarkupEscape.escaped("Әкім — 12\u{00A0}345") == "Әкім — 12\u{00A0}345")
  }
}
