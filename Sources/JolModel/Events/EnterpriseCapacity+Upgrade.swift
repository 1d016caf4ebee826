/// Schema version 1 of `enterprise.registered` and `enterprise.capacity_changed`, as written
/// before issue 11 was finished: `capacity` was required, and the institutions import wrote 0
/// for an empty cell, which mentor assignment read as "no cap" — so an enterprise could not be
/// closed to students. Version 2 makes `capacity` optional: omitted, no cap; 0, no students.
/// Old events stay in the log as they were; each time they are read, 0 becomes "no cap", as it
/// meant when they were written.
struct EnterpriseRegisteredV1: OlderEventData {
  var names: OrganisationNames
  var district: String
  var specialties: [SpecialtyCode]
  var capacity: Int
  var districtRecodedFrom: String?

  enum CodingKeys: String, CodingKey {
    case names, district, specialties, capacity
    case districtRecodedFrom = "district_recoded_from"
  }

  /// The version 2 event.
  var upgraded: EnterpriseRegistered {
    EnterpriseRegistered(
      names: names, district: district, specialties: specialties,
      capacity: EnterpriseCapacityChanged.upgraded(capacity),
      districtRecodedFrom: districtRecodedFrom)
  }
}

/// Version 1 of `enterprise.capacity_changed`: a required capacity, 0 meaning no cap.
struct EnterpriseCapacityChangedV1: OlderEventData {
  var capacity: Int

  /// The version 2 event.
  var upgraded: EnterpriseCapacityChanged {
    EnterpriseCapacityChanged(capacity: EnterpriseCapacityChanged.upgraded(capacity))
  }
}

extension EnterpriseCapacityChanged {
  /// A version 1 enterprise capacity as version 2 reads it: 0 (then "no cap") becomes nil.
  static func upgraded(_ version1: Int) -> Int? { version1 == 0 ? nil : version1 }
}
