import JolModel

/// Reads an instrument from the texts of its files: the `.instrument` file and the `kk.texts`,
/// `ru.texts` and `en.texts` beside it. Pure: the caller reads the files (``path`` is only used
/// in messages and for the folder layout `<id>/<version>/`).
public enum InstrumentLoader {
  /// The instrument, or every problem found in its files (sorted by file, line and column).
  /// - Parameters:
  ///   - instrument: the `.instrument` file's path and text.
  ///   - texts: the `.texts` files of its folder; a name other than `kk.texts`, `ru.texts` or
  ///     `en.texts` is an error.
  public static func load(
    instrument: (path: String, text: String), texts: [(path: String, text: String)]
  ) -> Result<Instrument, InstrumentErrors> {
    let (draft, syntax) = InstrumentParser.parse(instrument.text, file: instrument.path)
    var errors = syntax
    var files: [TextsFile] = []
    for (path, text) in texts {
      guard let language = TextsFile.language(ofFile: path) else {
        errors.append(
          InstrumentError(
            file: path, line: 1, column: 1,
            message: InstrumentMessage.unknownLanguageFile.text([
              "list": Language.allCases.map { $0.rawValue + ".texts" }.joined(separator: ", ")
            ])))
        continue
      }
      let (file, problems) = TextsFile.parse(text, file: path, language: language)
      errors += problems
      files.append(file)
    }
    let (checked, semantic) = InstrumentChecker.check(
      draft, texts: files, syntaxClean: errors.isEmpty)
    errors += semantic
    guard errors.isEmpty, let checked else {
      return .failure(InstrumentErrors(errors: errors.sorted()))
    }
    return .success(checked)
  }
}

/// Every problem of an instrument's files, sorted by file, line and column.
public struct InstrumentErrors: Error, Sendable {
  public let errors: [InstrumentError]
}
