import JolModel

/// A byte buffer that JSON is written into without building intermediate strings: the hot path
/// of `jol policy eval --format json` over millions of fact records, and the core under
/// ``JSONValue`` and ``LocalNumber``.
///
/// Strings are written in three steps (`openString`, content, `closeString`) so that a reason
/// text can be assembled from its template, fact titles and formatted values straight into the
/// output, escaped once by ``JSONEscape`` (the rule the event log's writer uses). The storage is
/// raw memory that grows by doubling; the buffer cannot be copied, so an append is a bounds
/// check and a copy, with no uniqueness or exclusivity checks (a line is a few hundred small
/// appends). Every member is inlinable: renderers in other modules compile it into their loops.
public struct JSONBytes: ~Copyable {
  @usableFromInline var base: UnsafeMutablePointer<UInt8>
  @usableFromInline var capacity: Int
  /// Bytes written so far.
  @inlinable public var count: Int { written }
  @usableFromInline var written = 0
  /// Whether text inside a string is escaped for JSON (the default). Off, the same writers
  /// (reasons, values) serve text output a person reads, written as it is.
  public var escapes = true

  /// An empty buffer with room for `capacity` bytes.
  @inlinable
  public init(capacity: Int = 4096) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A copy of the bytes written (UTF-8).
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: written)) }

  /// Calls `body` with the bytes written, in place (valid only during the call).
  public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows
    -> Result
  {
    try body(UnsafeRawBufferPointer(start: base, count: written))
  }

  /// The bytes written, as text.
  public var string: String {
    String(decoding: UnsafeBufferPointer(start: base, count: written), as: UTF8.self)
  }

  /// Forgets the bytes but keeps the storage, for the next chunk.
  @inlinable public mutating func removeAll() { written = 0 }

  /// Where the next `extra` bytes go, after making room for them.
  @inlinable @inline(__always)
  mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if written + extra > capacity { grow(written + extra) }
    return base + written
  }

  @usableFromInline mutating func grow(_ needed: Int) {
    var grown = capacity
    while grown < needed { grown *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    newBase.update(from: base, count: written)
    base.deallocate()
    base = newBase
    capacity = grown
  }

  /// Appends one byte as it is.
  @inlinable @inline(__always)
  public mutating func byte(_ value: UInt8) {
    reserve(1).pointee = value
    written += 1
  }

  /// Appends a line of text as it is (no escaping) and a newline: for text output that shares
  /// the buffer.
  @inlinable
  public mutating func appendLine(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    byte(UInt8(ascii: "\n"))
  }

  /// Appends raw UTF-8 bytes.
  @inlinable @inline(__always)
  public mutating func append(_ source: UnsafeRawBufferPointer) {
    guard let address = source.baseAddress, source.count > 0 else { return }
    reserve(source.count).update(
      from: address.assumingMemoryBound(to: UInt8.self), count: source.count)
    written += source.count
  }

  /// Appends ASCII or UTF-8 text that needs no escaping (keys, punctuation, literals).
  @inlinable @inline(__always)
  public mutating func raw(_ text: StaticString) {
    reserve(text.utf8CodeUnitCount).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    written += text.utf8CodeUnitCount
  }

  /// Appends `"key":`.
  @inlinable @inline(__always)
  public mutating func key(_ text: StaticString) {
    byte(UInt8(ascii: "\""))
    raw(text)
    raw("\":")
  }

  /// Appends a whole JSON string, escaped.
  @inlinable
  public mutating func string(_ text: String) {
    openString()
    content(text)
    closeString()
  }

  /// Opens a string: then ``content(_:)-(String)`` and ``closeString()``.
  @inlinable @inline(__always) public mutating func openString() { byte(UInt8(ascii: "\"")) }
  /// Closes a string opened by ``openString()``.
  @inlinable @inline(__always) public mutating func closeString() { byte(UInt8(ascii: "\"")) }

  /// Appends text inside an open string, escaped by ``JSONEscape``.
  @inlinable
  public mutating func content(_ text: String) {
    var text = text
    text.withUTF8 { content($0) }
  }

  /// Appends a substring inside an open string, escaped.
  @inlinable
  public mutating func content(_ text: Substring) {
    var text = text
    text.withUTF8 { content($0) }
  }

  /// Appends UTF-8 bytes inside an open string, escaped (unless ``escapes`` is off).
  @inlinable
  public mutating func content(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard escapes else { return append(UnsafeRawBufferPointer(utf8)) }
    JSONEscape.scan(
      utf8, verbatim: { append(UnsafeRawBufferPointer($0)) },
      escaped: { escaped in JSONEscape.escape(escaped) { byte($0) } })
  }
}
