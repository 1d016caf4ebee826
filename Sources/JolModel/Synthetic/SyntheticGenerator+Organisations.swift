extension SyntheticGenerator {
  /// The catalogue's enterprises, each with a valid BIN of a resident legal entity's head office
  /// that no other enterprise has (``bin(index:)``) and its seats for dual-training students.
  /// Draws nothing: the same catalogue gives the same enterprises.
  public func enterprises() -> [SyntheticEnterprise] {
    catalogue.enterprises.enumerated().map { index, profile in
      SyntheticEnterprise(
        bin: Self.bin(index: index),
        registration: EnterpriseRegistered(
          names: profile.names, district: profile.district, specialties: profile.specialties,
          capacity: profile.capacity))
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

  /// The `index`-th BIN of the region (0 up to 3 359 999): a resident legal entity's head office
  /// registered in one of the 336 months of 1996–2023 (index mod 336), with a serial in the
  /// block of ten `index / 336`. Distinct indices give distinct BINs: within a block only the
  /// last digit changes, which leaves the check digit's first sum as it is and steps its second
  /// sum through every remainder, so at most one of the ten has no check digit.
  public static func bin(index: Int) -> BIN {
    let month = index % 336
    let yymm = twoDigits((1996 + month / 12) % 100) + twoDigits(1 + month % 12)
    let block = index / 336
    precondition(block < 10_000, "no more than 3 360 000 enterprises")
    for digit in 0..<10 {
      let serial = String(100_000 + block * 10 + digit).dropFirst()
      if let full = IIN.completing(prefix: yymm + "40" + serial),
        let bin = try? BIN(validating: full)
      {
        return bin
      }
    }
    preconditionFailure("a block of ten serials without a check digit: \(yymm) \(block)")
  }

  private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
