import JolModel

/// The one rule for text written into HTML and SVG (both kept XML-well-formed), in element
/// content and in quoted attribute values alike: `&`, `<`, `>`, `"` and `'` become character
/// references; tab, line feed and carriage return become a space (a report's texts are one
/// line); every other character that XML 1.0 forbids or that acts on a terminal (``TextSafety``:
/// controls, bidirectional overrides, …) becomes U+FFFD; everything else is written as its UTF-8.
///
/// Because `<` never survives, no label can close the `<style>` element or open a `<script>`.
///
/// ```swift
/// MarkupEscape.escaped("A & B </style>")  // "A &amp; B &lt;/style&gt;"
/// ```
public enum MarkupEscape {
  /// `text` escaped by the rule.
  public static func escaped(_ text: String) -> String {
    var output = ""
    append(text, to: &output)
    return output
  }

  /// Appends `text`, escaped by the rule, to `output`.
  public static func append(_ text: String, to output: inout String) {
    // Most labels need nothing: appended as they are.
    guard text.unicodeScalars.contains(where: needsEscape) else {
      output += text
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\t", "\n", "\r": output += " "
      default: output.unicodeScalars.append(TextSafety.isForbidden(scalar) ? "\u{FFFD}" : scalar)
      }
    }
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "&", "<", ">", "\"", "'": true
    default: TextSafety.isForbidden(scalar)
    }
  }
}
