/// Writes XML-well-formed markup (the HTML of reports and their SVG charts): every element opened
/// is closed in order, attribute values are quoted, and text and attribute values go through
/// ``MarkupEscape``. Element and attribute names are the caller's literals, never data.
///
/// ```swift
/// var markup = MarkupWriter()
/// markup.start("p", [("class", "note")])
/// markup.text("3 < 5")
/// markup.end()
/// markup.finished()  // <p class="note">3 &lt; 5</p>
/// ```
public struct MarkupWriter: Sendable {
  private var output = ""
  private var open: [String] = []

  /// An empty writer.
  public init() {}

  /// Opens `name` with `attributes` (in the order given).
  public mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
    tag(name, attributes)
    output += ">"
    open.append(name)
  }

  /// Closes the element opened last.
  public mutating func end() {
    guard let name = open.popLast() else { preconditionFailure("no open element to close") }
    output += "</\(name)>"
  }

  /// Writes `<name …>text</name>`.
  public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String)
  {
    start(name, attributes)
    self.text(text)
    end()
  }

  /// Writes an element without content, self-closed: `<meta charset="utf-8"/>`.
  public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
    tag(name, attributes)
    output += "/>"
  }

  /// Writes text content, escaped.
  public mutating func text(_ text: String) { MarkupEscape.append(text, to: &output) }

  /// Writes a line break between elements, for a reader of the source.
  public mutating func newline() { output += "\n" }

  /// Writes markup this program made (the style sheet, a chart's ``MarkupWriter/finished()``
  /// output): never data.
  public mutating func trusted(_ markup: String) { output += markup }

  /// The markup written; every element must be closed.
  public func finished() -> String {
    precondition(open.isEmpty, "unclosed elements: \(open)")
    return output
  }

  private mutating func tag(_ name: String, _ attributes: [(String, String)]) {
    output += "<" + name
    for (key, value) in attributes {
      output += " " + key + "=\""
      MarkupEscape.append(value, to: &output)
      output += "\""
    }
  }
}
