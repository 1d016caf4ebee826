import JolFormat

/// One region's part of a merged pathway report (``PathwayMerge``): what its merge file says of
/// where its counts come from, for the merged report's header.
public struct MergedSource: Hashable, Sendable {
  /// A cluster passport's id and version.
  public struct Passport: Hashable, Sendable {
    public var id: String
    public var version: Int

    public init(id: String, version: Int) {
      self.id = id
      self.version = version
    }
  }

  /// The regions of the file's learners (two-digit KATO codes), sorted.
  public var regions: [String]
  /// The global sequence of the last event of the region's log.
  public var logPosition: UInt64
  /// The region's cluster passport, when its report had one.
  public var passport: Passport?

  public init(regions: [String], logPosition: UInt64, passport: Passport?) {
    self.regions = regions
    self.logPosition = logPosition
    self.passport = passport
  }
}

extension MergedSource {
  /// The source as the merged JSON report lists it (`merged_from`).
  var json: JSONValue {
    .object([
      ("regions", .array(regions.map(JSONValue.string))), ("log_position", .int(logPosition)),
      (
        "passport",
        passport.map { .object([("id", .string($0.id)), ("version", .int($0.version))]) } ?? .null
      ),
    ])
  }
}
