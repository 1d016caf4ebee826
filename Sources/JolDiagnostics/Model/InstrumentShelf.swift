import JolModel

/// The instruments at hand (every version of each), found by `ID` (the latest version) or
/// `ID@VERSION` (that version: re-scoring stored answers under an older one).
public struct InstrumentShelf: Sendable {
  /// The instruments, by id then version.
  public let instruments: [Instrument]

  public init(_ instruments: [Instrument]) {
    self.instruments = instruments.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
  }

  /// The instrument `reference` names (`five-types`, `five-types@1`).
  /// - Throws: ``LookupError`` saying which ids or versions there are.
  public func find(_ reference: String) throws(LookupError) -> Instrument {
    let parts = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
    let id = String(parts[0])
    let versions = instruments.filter { $0.id == id }
    guard let latest = versions.last else {
      let ids = Array(Set(instruments.map(\.id))).sorted()
      let near = ClosestMatch.suggestion(for: id, among: ids)
      let hint = InstrumentParser.hint(near, among: ids)
      throw LookupError(message: AnswerMessage.unknownInstrument.text(["id": id, "hint": hint]))
    }
    guard parts.count == 2 else { return latest }
    let wanted = String(parts[1])
    if let found = versions.first(where: { String($0.version) == wanted }) { return found }
    throw LookupError(
      message: AnswerMessage.unknownVersion.text([
        "id": id, "version": wanted,
        "list": versions.map { String($0.version) }.joined(separator: ", "),
      ]))
  }

  /// Why an instrument reference names no instrument.
  public struct LookupError: Error, Sendable {
    public let message: LocalizedText
  }
}
