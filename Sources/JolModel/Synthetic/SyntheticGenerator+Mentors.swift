extension SyntheticGenerator {
  /// The mentors of `enterprises` (**sample figures**): one for every two of an enterprise's
  /// dual-training seats (at least one), coded `KST-M-000001`…; each mentors all the
  /// enterprise's specialties (six times in ten) or one of them; speaks Kazakh and Russian
  /// (half of them), else Kazakh as often as the district's Kazakh share says, else Russian;
  /// works in the enterprise's district (nine times in ten) or at a branch in another; on the
  /// day shift (85 %), evening (10 %) or night (5 %); takes 1–4 students, or none (on leave, one
  /// in twelve).
  /// - Complexity: O(mentors).
  public mutating func mentors(of enterprises: [SyntheticEnterprise]) -> [SyntheticMentor] {
    var mentors: [SyntheticMentor] = []
    for enterprise in enterprises {
      let registration = enterprise.registration
      // (Generated enterprises always have a capacity; one without gets one mentor.)
      for _ in 0..<max(1, (registration.capacity ?? 0) / 2) {
        let specialties =
          chance(60) ? registration.specialties : [pick(registration.specialties)]
        let district =
          chance(90) || catalogue.districts.isEmpty
          ? registration.district : pick(catalogue.districts)
        let languages: [Language] =
          chance(50) ? [.kk, .ru] : chance(catalogue.kazakhShare(district)) ? [.kk] : [.ru]
        let shift: Shift =
          switch below(20) {
          case 0..<17: .day
          case 17..<19: .evening
          default: .night
          }
        mentors.append(
          SyntheticMentor(
            code: MentorID("KST-M-" + SyntheticCatalogue.padded(mentors.count + 1, 6)),
            registration: MentorRegistered(
              enterprise: EnterpriseID(enterprise.bin.value), specialties: specialties,
              languages: languages, capacity: below(12) == 0 ? 0 : 1 + below(4), shift: shift,
              district: district)))
      }
    }
    return mentors
  }

  /// A dual-training student's list for `programme`, handed in on `date`: one time in ten none
  /// (the programme may build one); else up to `limit` choices — `own`, the mentors of their
  /// placement's enterprise who mentor their specialty (or, one time in four, that enterprise
  /// itself, by BIN), then, in random order, `nearby`: other mentors of the specialty in the
  /// district where the student studies. Both are indices into `mentors`. Students mostly list
  /// mentors who can take them (`fits`: the mentor speaks their language, works there, on a shift
  /// their form of study allows); one list in eight keeps a mentor who cannot, as people do.
  public mutating func mentorPreference(
    learner: Int, programme: String, date: CivilDate, placement: SyntheticEnterprise,
    mentors: [SyntheticMentor], own: [Int], nearby: [Int], limit: Int,
    fits: (MentorRegistered) -> Bool
  ) -> SyntheticMentorPreference {
    var choices: [MentorChoice] = []
    if !chance(10) {
      let careless = chance(12)
      let enterprise = EnterpriseID(placement.bin.value)
      let ownFitting = own.filter { careless || fits(mentors[$0].registration) }
      if chance(25), !ownFitting.isEmpty {
        choices.append(.enterprise(enterprise))
      } else {
        choices += ownFitting.map { .mentor(mentors[$0].code) }
      }
      // A few random draws, not a shuffle: a city may have thousands of such mentors.
      for _ in 0..<(nearby.isEmpty ? 0 : 2 * limit) where choices.count < limit {
        let other = mentors[nearby[below(nearby.count)]]
        let choice = MentorChoice.mentor(other.code)
        if other.registration.enterprise != enterprise, !choices.contains(choice),
          careless || fits(other.registration)
        {
          choices.append(choice)
        }
      }
    }
    return SyntheticMentorPreference(
      learner: learner, date: date,
      list: MentorPreferencesDeclared(programme: programme, choices: Array(choices.prefix(limit))))
  }
}
