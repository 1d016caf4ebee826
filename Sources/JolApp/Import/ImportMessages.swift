import JolModel

/// What imports say about values, with the values each message needs (``ImportText``): what
/// was wrong and what would be accepted.
enum ImportMessages {
  /// How a word once written as a form of study was read.
  static func formerForm(_ text: String, _ form: StudyForm, dualTraining: Bool) -> LocalizedText {
    let key: ImportText = dualTraining ? .formerFormDualTraining : .formerForm
    return key.text(["text": text, "form": form.title])
  }

  /// How an old district code (the 2022 recodings) was read: as its successor, named.
  static func recodedDistrict(_ district: DistrictCode, _ kato: KATOTable) -> LocalizedText? {
    guard let old = district.recodedFrom else { return nil }
    return ImportText.recodedDistrict.text([
      "old": old.rawValue, "new": district.code.rawValue,
      "name": kato[district.code]?.name ?? .same(district.code.rawValue),
    ])
  }

  static func notADate(_ text: String) -> LocalizedText {
    ImportText.notADate.text(["text": text])
  }

  static func notANumber(_ text: String, _ range: ClosedRange<Int>) -> LocalizedText {
    ImportText.notANumber.text([
      "text": text, "lower": String(range.lowerBound), "upper": String(range.upperBound),
    ])
  }

  static func notADecimal(_ text: String, _ range: ClosedRange<FixedDecimal>) -> LocalizedText {
    ImportText.notADecimal.text([
      "text": text, "lower": "\(range.lowerBound)", "upper": "\(range.upperBound)",
    ])
  }

  static func unknownRegion(_ text: String) -> LocalizedText {
    ImportText.unknownRegion.text(["text": text])
  }

  static func birthDateInFuture(_ date: CivilDate) -> LocalizedText {
    ImportText.birthDateInFuture.text(["date": "\(date)"])
  }

  static func notAPhone(_ text: String) -> LocalizedText {
    ImportText.notAPhone.text(["text": text])
  }

  static func notAnEmail(_ text: String) -> LocalizedText {
    ImportText.notAnEmail.text(["text": text])
  }

  static func notAGrade(_ text: String) -> LocalizedText {
    ImportText.notAGrade.text(["text": text])
  }

  static func notAClassLetter(_ text: String) -> LocalizedText {
    ImportText.notAClassLetter.text(["text": text])
  }

  static func missingClassLetter(_ text: String) -> LocalizedText {
    ImportText.missingClassLetter.text(["text": text])
  }

  static func badCategoryDates(_ text: String) -> LocalizedText {
    ImportText.badCategoryDates.text(["text": text])
  }

  static let representativeMissing = ImportText.representativeMissing.text()

  static func consentEndsBeforeItStarts(_ until: CivilDate, _ date: CivilDate) -> LocalizedText {
    ImportText.consentEndsBeforeItStarts.text(["until": "\(until)", "date": "\(date)"])
  }

  static func erased(_ iin: IIN, _ date: CivilDate) -> LocalizedText {
    ImportText.erased.text(["iin": iin.masked, "date": "\(date)"])
  }

  /// "; did you mean 'NEAREST'?", or nothing without a near word.
  static func didYouMean(_ nearest: String?) -> LocalizedText {
    nearest.map { IntakeMessage.didYouMean.text(["nearest": $0]) } ?? .same("")
  }

}

extension ImportMessages {
  static let specialtiesOnlyForColleges = ImportText.specialtiesOnlyForColleges.text()

  static func badMentorCode(_ code: String) -> LocalizedText {
    ImportText.badMentorCode.text(["code": code])
  }

  static func programmeListTooLong(_ count: Int, _ limit: Int, _ programme: String)
    -> LocalizedText
  {
    ImportText.programmeListTooLong.text([
      "count": String(count), "limit": String(limit), "programme": programme,
    ])
  }

  static func repeatedChoice(_ code: String) -> LocalizedText {
    ImportText.repeatedChoice.text(["code": code])
  }

  static func badInstitutionCode(_ code: String) -> LocalizedText {
    ImportText.badInstitutionCode.text(["code": code])
  }

  static func badOffer(_ item: String) -> LocalizedText {
    ImportText.badOffer.text(["item": item])
  }

  static func repeatedSpecialty(_ code: String) -> LocalizedText {
    ImportText.repeatedSpecialty.text(["code": code])
  }

}

extension ImportMessages {
  static let leavingNeedsReason = ImportText.leavingNeedsReason.text()

  static func qualificationOfOtherSpecialty(
    _ qualification: Qualification, _ specialty: SpecialtyCode
  ) -> LocalizedText {
    ImportText.qualificationOfOtherSpecialty.text([
      "code": qualification.code.rawValue, "own": qualification.specialty.rawValue,
      "specialty": specialty.rawValue,
    ])
  }

}

extension ImportMessages {
  static func notATerm(_ text: String) -> LocalizedText {
    ImportText.notATerm.text(["text": text])
  }

  static func badSubjectGrade(_ item: String) -> LocalizedText {
    ImportText.badSubjectGrade.text(["item": item])
  }

  static func repeatedSubject(_ subject: String) -> LocalizedText {
    ImportText.repeatedSubject.text(["item": subject])
  }

  static func notAnAgreement(_ text: String) -> LocalizedText {
    ImportText.notAnAgreement.text(["text": text])
  }

  static func agreementAfterApplication(_ signed: CivilDate, _ applied: CivilDate)
    -> LocalizedText
  {
    ImportText.agreementAfterApplication.text(["signed": "\(signed)", "applied": "\(applied)"])
  }

  static var agreementWithoutEnterprise: LocalizedText {
    ImportText.agreementWithoutEnterprise.text()
  }
}
