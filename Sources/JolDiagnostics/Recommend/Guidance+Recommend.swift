import JolModel

extension Guidance {
  /// The guidance of `result` (taken with `instrument`, the version that scored it): its scales
  /// in words; the directions its leading scales point to through `crosswalk`; for each, the
  /// crosswalk's specialties that a college among `colleges` teaches (intake above 0) in the
  /// pupil's language; and those colleges, the pupil's own district first, then the rest of the
  /// region, each with its reason. Specialties no college teaches are left out; a direction is
  /// kept even with none (its reason still says why).
  ///
  /// Pure: the state's institutions and the classifier come in.
  /// - Parameters:
  ///   - district: the pupil's district code (KATO); nil when unknown (no college is "yours").
  ///   - language: the pupil's language of instruction; nil keeps every language.
  ///   - districtName: a district's name from its code (the KATO table); the code is shown
  ///     when it gives none.
  /// - Complexity: O(directions × specialties × colleges).
  public init(
    result: DiagnosticSummary, instrument: Instrument, crosswalk: Crosswalk,
    classifier: SpecialtyClassifier, colleges: [InstitutionState], district: String?,
    language: Language?, districtName: (String) -> LocalizedText? = { _ in nil }
  ) {
    let texts = instrument.texts
    var readings: [ScaleReading] = []
    for scale in instrument.scales {
      let stored = result.scores.first { $0.scale == scale.id }
      let band = stored?.band.flatMap { id in scale.bands.first { $0.id == id } }
      readings.append(
        ScaleReading(
          id: scale.id, name: texts.scale(scale), score: stored?.score,
          maximum: scale.range.upperBound, band: band?.id,
          bandName: band.map { texts.band($0, of: scale) },
          meaning: band.map { texts.meaning($0, of: scale) }))
    }
    self.instrument = result.instrument
    self.title = texts.title
    self.date = result.date
    self.scales = readings
    self.leading = result.leading
    self.flags = result.flags
    self.flagTitles = ProfileFlags.all.filter { result.flags.contains($0.id) }.flatMap {
      $0.flag.titles
    }
    let offers = Self.offers(colleges, language: language)
    var directions: [DirectionRecommendation] = []
    for direction in crosswalk.directions(instrument: instrument.id, leading: result.leading) {
      let scales = result.leading.filter {
        crosswalk.directions(instrument: instrument.id, scale: $0).contains(direction)
      }
      let evidence = LocalizedText.each { language in
        scales.compactMap { id in readings.first { $0.id == id } }
          .map { Self.evidence($0)[language] }.joined(separator: "; ")
      }
      var specialties: [SpecialtyRecommendation] = []
      for code in crosswalk.specialties(of: direction) {
        guard let specialty = classifier[code], let teaching = offers[code] else { continue }
        let ordered = teaching.sorted {
          let lhs = $0.college.registration?.district == district
          let rhs = $1.college.registration?.district == district
          return lhs != rhs ? lhs : $0.college.id.rawValue < $1.college.id.rawValue
        }
        specialties.append(
          SpecialtyRecommendation(
            code: code, name: specialty.name,
            colleges: ordered.compactMap { offer in
              guard let registration = offer.college.registration else { return nil }
              let same = district != nil && registration.district == district
              return CollegeRecommendation(
                institution: offer.college.id, names: registration.names,
                district: registration.district, sameDistrict: same,
                languages: offer.languages, intake: offer.intake,
                reason: Self.collegeReason(
                  evidence: evidence, specialty: specialty.name, names: registration.names,
                  languages: offer.languages, same: same,
                  district: districtName(registration.district) ?? .same(registration.district)))
            }))
      }
      directions.append(
        DirectionRecommendation(
          direction: direction, scales: scales,
          reason: RecommendMessage.direction.text([
            "evidence": evidence, "direction": direction.title,
          ]),
          specialties: specialties))
    }
    self.directions = directions
  }

  /// «Адам — техника 7/8, айқын».
  static func evidence(_ reading: ScaleReading) -> LocalizedText {
    RecommendMessage.scaleEvidence.text([
      "scale": reading.name, "score": reading.score?.description ?? "—",
      "maximum": String(reading.maximum), "band": reading.bandName ?? LocalizedText.same("—"),
    ])
  }

  /// The specialties each college teaches with an intake, in the languages the pupil studies
  /// in: specialty → (college, languages, intake).
  static func offers(_ colleges: [InstitutionState], language: Language?) -> [SpecialtyCode: [(
    college: InstitutionState, languages: [Language], intake: Int
  )]] {
    var offers: [SpecialtyCode: [(college: InstitutionState, languages: [Language], intake: Int)]] =
      [:]
    for college in colleges {
      guard let registration = college.registration, registration.kind == .college else {
        continue
      }
      let languages =
        language.map { wanted in registration.languages.filter { $0 == wanted } }
        ?? registration.languages
      guard !languages.isEmpty else { continue }
      for offer in registration.specialties where offer.intake > 0 {
        offers[offer.specialty, default: []].append((college, languages, offer.intake))
      }
    }
    return offers
  }

  /// «…; «Дәнекерлеу ісі» мамандығы сіздің ауданыңыздағы колледжде қазақ тілінде оқытылады: …».
  static func collegeReason(
    evidence: LocalizedText, specialty: LocalizedText, names: OrganisationNames,
    languages: [Language], same: Bool, district: LocalizedText
  ) -> LocalizedText {
    let taught = LocalizedText.each { language in
      languages.map { RecommendMessage.taught(in: $0).text(in: language) }
        .joined(separator: language == .en ? " and " : (language == .kk ? " және " : " и "))
    }
    let college = LocalizedText.each { $0 == .kk ? names.kk : names.ru }
    let place = (same ? RecommendMessage.inYourDistrict : RecommendMessage.inTheRegion).text([
      "specialty": specialty, "language": taught, "college": college, "district": district,
    ])
    return LocalizedText.each { evidence[$0] + "; " + place[$0] }
  }
}
