import JolModel

/// Why merge files could not be read or added up: what was wrong and where — the file, and the
/// JSON path of the value (or the files and the field that differ). Always bad input data.
public struct PathwayMergeError: Error, Sendable {
  public var message: LocalizedText

  public init(_ message: LocalizedText) {
    self.message = message
  }
}
