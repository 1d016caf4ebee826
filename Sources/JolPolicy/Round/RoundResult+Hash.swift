import JolModel

extension RoundResult {
  /// SHA-256 (lowercase hex) of the results in canonical form `form`: 2 and later is
  /// ``canonicalText`` (no display text); 1, of rounds recorded before forms were versioned,
  /// was the JSON lines of `jol round run --format json --lang en`, each ended by a line break.
  public func resultsSHA256(form: Int) -> String {
    if form == 1 {
      return SHA256.hex(RoundRenderer.formOneJSON(self).map { $0 + "\n" }.joined())
    }
    return SHA256.hex(canonicalText)
  }
}
