extension Unicode.Scalar {
  /// Unicode white space (the White_Space property), answered without the property tables:
  /// imports test the ends of every cell and strip the spaces inside numbers (`1 200`), and
  /// almost every scalar they test is a letter or a digit. The list is the property's, Unicode
  /// 15: tab to carriage return, space, U+0085, the no-break space U+00A0, U+1680,
  /// U+2000–U+200A, the line and paragraph separators U+2028 and U+2029, U+202F, U+205F and
  /// U+3000.
  @inlinable
  public var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }
}

extension StringProtocol {
  /// Without leading and trailing white space (``Unicode/Scalar/isWhiteSpace``: spaces, tabs,
  /// line breaks, and the no-break spaces spreadsheets leave around numbers): CSV cells and the
  /// items of import values.
  ///
  /// Inlinable, so that each caller gets it for its own string type: the generic version went
  /// through the protocol's witnesses for every scalar, and was a tenth of a grades import.
  @inlinable
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    // Most cells have nothing to trim: then the text itself, without looking further.
    guard let head = scalars.first, let tail = scalars.last else { return "" }
    if !head.isWhiteSpace && !tail.isWhiteSpace { return String(self) }
    guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
      let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
    else { return "" }
    // The bytes between, copied at once (a scalar view built from the slice is appended to
    // scalar by scalar); scalar boundaries are boundaries of the UTF-8.
    return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
  }
}
