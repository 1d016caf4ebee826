/// The style sheet every HTML report carries inline: A4 pages with margins, a page break before
/// a section that starts a page, tables whose header repeats on each printed page and whose rows
/// are not split, right-aligned figures, a boxed notice. No fonts or images are fetched: the
/// font list names fonts a machine has or falls back to its sans-serif.
///
/// It holds no `<` or `&`, so it is valid as the text of an XML element as it stands.
enum ReportStyle {
  static let css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    html { font-family: "PT Sans", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; }
    body { margin: 0 auto; max-width: 178mm; line-height: 1.35; }
    h1 { font-size: 17pt; margin: 0 0 6pt; }
    h2 { font-size: 13.5pt; margin: 16pt 0 6pt; border-bottom: 0.75pt solid #888; }
    h3 { font-size: 11.5pt; margin: 10pt 0 4pt; }
    h2, h3 { break-after: avoid; page-break-after: avoid; }
    section.page { break-before: page; page-break-before: always; }
    dl { display: grid; grid-template-columns: max-content auto; gap: 1pt 10pt; margin: 4pt 0 10pt; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 0.75pt solid #aaa; padding: 2pt 4pt; text-align: left; vertical-align: top; }
    thead th { background: #eee; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    caption { caption-side: top; text-align: left; font-weight: bold; padding: 2pt 0; }
    .notice { border: 1.5pt solid #a65f00; background: #fff5e0; padding: 6pt 8pt; margin: 8pt 0; break-inside: avoid; }
    figure { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-weight: bold; margin-bottom: 2pt; }
    svg { width: 100%; height: auto; }
    .note { font-size: 9pt; color: #333; margin: 2pt 0 8pt; }
    @media print { body { max-width: none; } }
    """
}
