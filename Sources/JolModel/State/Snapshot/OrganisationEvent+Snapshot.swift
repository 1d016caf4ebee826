/// An organisation's event in the snapshot: its sequence, then its payload's JSON
/// (``EventPayload/keptJSON(_:effective:)``).
extension OrganisationEvent {
  /// The event and its date as a log payload's JSON.
  var json: String { EventPayload.keptJSON(event, effective: effective) }

  /// The event of this sequence a payload's JSON holds.
  init(json: String, sequence: UInt64, at r: SnapshotReader) throws(SnapshotError) {
    guard let payload = try? EventPayload.kept(fromJSON: json) else {
      throw r.malformed("an organisation's event as its payload's JSON")
    }
    self.init(effective: payload.effective, sequence: sequence, event: payload.event)
  }
}
