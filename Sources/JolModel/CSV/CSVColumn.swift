/// A column an importer expects: a canonical name, the other header names that mean the same
/// (in Kazakh, Russian and English), and whether a file must have it.
///
/// Header names match when equal after case folding and dropping everything but letters and
/// digits: `ЖСН`, `жсн`, `ИИН`, `I.I.N.` and ` iin ` all match `iin` with aliases
/// `["ЖСН", "ИИН"]`; `birth_date` matches `Birth date`.
public struct CSVColumn: Hashable, Sendable {
  /// The canonical name (`iin`); code and messages use it.
  public let name: String
  /// Other header names for the column (`ЖСН`, `ИИН`, `Тегі`, `Фамилия`, `surname`).
  public let aliases: [String]
  /// Whether a file without this column is an error.
  public let isRequired: Bool

  public init(_ name: String, aliases: [String] = [], required: Bool = true) {
    self.name = name
    self.aliases = aliases
    self.isRequired = required
  }

  /// The canonical name and the aliases: every header name that matches.
  public var acceptedNames: [String] { [name] + aliases }

  /// Whether a header name means this column.
  public func matches(_ headerName: String) -> Bool {
    let key = Self.key(headerName)
    return !key.isEmpty && acceptedNames.contains { Self.key($0) == key }
  }

  /// The form names are compared in: lowercased letters and digits only.
  static func key(_ name: String) -> String {
    var key = String.UnicodeScalarView()
    for scalar in name.lowercased().unicodeScalars
    where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
      key.append(scalar)
    }
    return String(key)
  }
}
