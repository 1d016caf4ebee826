extension SyntheticGenerator {
  /// The catalogue's enterprises, each with a valid BIN of a resident legal entity's head office
  /// (registered in a different year and month each) and a capacity for dual-training students.
  /// Draws nothing: the same catalogue gives the same enterprises.
  public func enterprises() -> [SyntheticEnterprise] {
    catalogue.enterprises.enumerated().map { index, profile in
      SyntheticEnterprise(
        bin: Self.bin(year: 2003 + index * 3, month: 1 + index, serial: 1200 + index * 311),
        registration: EnterpriseRegistered(
          names: profile.names, district: profile.district, specialties: profile.specialties,
          capacity: 20 + 10 * index))
    }
  }

  /// What each enterprise says it needs: graduates of each of its specialties in `year`,
  /// declared on `date`.
  public func demand(of enterprises: [SyntheticEnterprise], year: Int, on date: CivilDate)
    -> [SyntheticDemand]
  {
    enterprises.enumerated().flatMap { index, enterprise in
      enterprise.registration.specialties.map { specialty in
        SyntheticDemand(
          enterprise: index, date: date,
          demand: DemandDeclared(specialty: specialty, count: 5 + (index * 7 + 3) % 20, year: year))
      }
    }
  }

  /// The first valid BIN of a resident legal entity's head office registered in
  /// `year`-`month`, with the serial `serial` or, when that one has no check digit, a later one.
  public static func bin(year: Int, month: Int, serial: Int) -> BIN {
    let yymm = twoDigits(year % 100) + twoDigits(month)
    for attempt in 0..<100 {
      let number = String(100_000 + (serial + attempt * 7) % 100_000).dropFirst()
      if let full = IIN.completing(prefix: yymm + "40" + number),
        let bin = try? BIN(validating: full)
      {
        return bin
      }
    }
    preconditionFailure("no valid BIN near serial \(serial) of \(year)-\(month)")
  }

  private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
