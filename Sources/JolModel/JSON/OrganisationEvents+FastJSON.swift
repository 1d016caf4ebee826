// Fast JSON forms of the institution, enterprise and mentor payloads (see
// LearnerEvents+FastJSON.swift for the rules).

extension OrganisationNames: FastJSONCodable {
  init(reading r: inout JSONReader) throws {
    var kk: String?
    var ru: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("kk") {
        try r.fresh(kk)
        kk = try r.readNonEmptyString()
      } else if r.keyIs("ru") {
        try r.fresh(ru)
        ru = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    self.init(kk: try r.require(kk, "kk"), ru: try r.require(ru, "ru"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("kk")
    w.string(kk)
    w.key("ru")
    w.string(ru)
    w.endObject()
  }
}

extension SpecialtyOffer: FastJSONCodable {
  init(reading r: inout JSONReader) throws {
    var specialty: SpecialtyCode?
    var intake: Int?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("specialty") {
        try r.fresh(specialty)
        specialty = try r.readCode(SpecialtyCode.self)
      } else if r.keyIs("intake") {
        try r.fresh(intake)
        intake = try r.readInt(in: 0...1_000_000)
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      specialty: try r.require(specialty, "specialty"), intake: try r.require(intake, "intake"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("specialty")
    w.string(specialty.rawValue)
    w.key("intake")
    w.int(intake)
    w.endObject()
  }
}

extension InstitutionRegistered: EventData {
  init(reading r: inout JSONReader) throws {
    var kind: InstitutionKind?
    var names: OrganisationNames?
    var district: String?
    var languages: [Language]?
    var specialties: [SpecialtyOffer]?
    var districtRecodedFrom: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("kind") {
        try r.fresh(kind)
        kind = try r.readEnum(InstitutionKind.self)
      } else if r.keyIs("names") {
        try r.fresh(names)
        names = try OrganisationNames(reading: &r)
      } else if r.keyIs("district") {
        try r.fresh(district)
        district = try r.readNonEmptyString()
      } else if r.keyIs("languages") {
        try r.fresh(languages)
        languages = try r.readArray { try $0.readEnum(Language.self) }
      } else if r.keyIs("specialties") {
        try r.fresh(specialties)
        specialties = try r.readArray { try SpecialtyOffer(reading: &$0) }
      } else if r.keyIs("district_recoded_from") {
        try r.fresh(districtRecodedFrom)
        districtRecodedFrom = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      kind: try r.require(kind, "kind"), names: try r.require(names, "names"),
      district: try r.require(district, "district"),
      languages: try r.require(languages, "languages"),
      specialties: try r.require(specialties, "specialties"),
      districtRecodedFrom: districtRecodedFrom)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("kind")
    w.string(kind.rawValue)
    w.key("names")
    names.write(to: &w)
    w.key("district")
    w.string(district)
    w.key("languages")
    w.array(languages) { $0.string($1.rawValue) }
    w.key("specialties")
    w.array(specialties) { $1.write(to: &$0) }
    if let districtRecodedFrom {
      w.key("district_recoded_from")
      w.string(districtRecodedFrom)
    }
    w.endObject()
  }
}

extension EnterpriseRegistered: EventData {
  init(reading r: inout JSONReader) throws {
    try self.init(reading: &r, schemaVersion: 2)
  }

  /// Reads the `data` object of schema version `schemaVersion` (1 or 2), upgraded to version 2:
  /// version 1 requires `capacity` and means no cap by 0.
  init(reading r: inout JSONReader, schemaVersion: Int) throws {
    var names: OrganisationNames?
    var district: String?
    var specialties: [SpecialtyCode]?
    var capacity: Int?
    var districtRecodedFrom: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("names") {
        try r.fresh(names)
        names = try OrganisationNames(reading: &r)
      } else if r.keyIs("district") {
        try r.fresh(district)
        district = try r.readNonEmptyString()
      } else if r.keyIs("specialties") {
        try r.fresh(specialties)
        specialties = try r.readArray { try $0.readCode(SpecialtyCode.self) }
      } else if r.keyIs("capacity") {
        try r.fresh(capacity)
        capacity = try r.readInt(in: 0...1_000_000)
      } else if r.keyIs("district_recoded_from") {
        try r.fresh(districtRecodedFrom)
        districtRecodedFrom = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    if schemaVersion == 1 {
      capacity = EnterpriseCapacityChanged.upgraded(try r.require(capacity, "capacity"))
    }
    self.init(
      names: try r.require(names, "names"), district: try r.require(district, "district"),
      specialties: try r.require(specialties, "specialties"), capacity: capacity,
      districtRecodedFrom: districtRecodedFrom)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("names")
    names.write(to: &w)
    w.key("district")
    w.string(district)
    w.key("specialties")
    w.array(specialties) { $0.string($1.rawValue) }
    if let capacity {
      w.key("capacity")
      w.int(capacity)
    }
    if let districtRecodedFrom {
      w.key("district_recoded_from")
      w.string(districtRecodedFrom)
    }
    w.endObject()
  }
}

extension MentorRegistered: EventData {
  init(reading r: inout JSONReader) throws {
    var enterprise: EnterpriseID?
    var specialties: [SpecialtyCode]?
    var languages: [Language]?
    var capacity: Int?
    var shift: Shift?
    var district: String?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("enterprise") {
        try r.fresh(enterprise)
        enterprise = try r.readID()
      } else if r.keyIs("specialties") {
        try r.fresh(specialties)
        specialties = try r.readArray { try $0.readCode(SpecialtyCode.self) }
      } else if r.keyIs("languages") {
        try r.fresh(languages)
        languages = try r.readArray { try $0.readEnum(Language.self) }
      } else if r.keyIs("capacity") {
        try r.fresh(capacity)
        capacity = try r.readInt(in: 0...1_000)
      } else if r.keyIs("shift") {
        try r.fresh(shift)
        shift = try r.readEnum(Shift.self)
      } else if r.keyIs("district") {
        try r.fresh(district)
        district = try r.readNonEmptyString()
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      enterprise: try r.require(enterprise, "enterprise"),
      specialties: try r.require(specialties, "specialties"),
      languages: try r.require(languages, "languages"),
      capacity: try r.require(capacity, "capacity"),
      shift: try r.require(shift, "shift"), district: district)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("enterprise")
    w.string(enterprise.rawValue)
    w.key("specialties")
    w.array(specialties) { $0.string($1.rawValue) }
    w.key("languages")
    w.array(languages) { $0.string($1.rawValue) }
    w.key("capacity")
    w.int(capacity)
    w.key("shift")
    w.string(shift.rawValue)
    if let district {
      w.key("district")
      w.string(district)
    }
    w.endObject()
  }
}

extension CapacityChanged: EventData {
  init(reading r: inout JSONReader) throws {
    var specialty: SpecialtyCode?
    var capacity: Int?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("specialty") {
        try r.fresh(specialty)
        specialty = try r.readCode(SpecialtyCode.self)
      } else if r.keyIs("capacity") {
        try r.fresh(capacity)
        capacity = try r.readInt(in: 0...1_000_000)
      } else {
        throw r.unknownField()
      }
    }
    self.init(specialty: specialty, capacity: try r.require(capacity, "capacity"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    if let specialty {
      w.key("specialty")
      w.string(specialty.rawValue)
    }
    w.key("capacity")
    w.int(capacity)
    w.endObject()
  }
}

extension EnterpriseCapacityChanged: EventData {
  init(reading r: inout JSONReader) throws {
    try self.init(reading: &r, schemaVersion: 2)
  }

  /// Reads the `data` object of schema version `schemaVersion` (1 or 2), upgraded to version 2:
  /// version 1 requires `capacity` and means no cap by 0.
  init(reading r: inout JSONReader, schemaVersion: Int) throws {
    var capacity: Int?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("capacity") {
        try r.fresh(capacity)
        capacity = try r.readInt(in: 0...1_000_000)
      } else {
        throw r.unknownField()
      }
    }
    if schemaVersion == 1 {
      capacity = Self.upgraded(try r.require(capacity, "capacity"))
    }
    self.init(capacity: capacity)
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    if let capacity {
      w.key("capacity")
      w.int(capacity)
    }
    w.endObject()
  }
}

extension DemandDeclared: EventData {
  init(reading r: inout JSONReader) throws {
    var specialty: SpecialtyCode?
    var count: Int?
    var year: Int?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("specialty") {
        try r.fresh(specialty)
        specialty = try r.readCode(SpecialtyCode.self)
      } else if r.keyIs("count") {
        try r.fresh(count)
        count = try r.readInt(in: 0...1_000_000)
      } else if r.keyIs("year") {
        try r.fresh(year)
        year = try r.readInt(in: 2000...2100)
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      specialty: try r.require(specialty, "specialty"), count: try r.require(count, "count"),
      year: try r.require(year, "year"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("specialty")
    w.string(specialty.rawValue)
    w.key("count")
    w.int(count)
    w.key("year")
    w.int(year)
    w.endObject()
  }
}
