/// The IIN's date and sex as a hint, and the warnings about it. Since Government Decree No. 853
/// of 26 August 2013 the digits of an IIN are not bound to the person's data, and the Ministry
/// of Justice has said that an IIN whose first six digits differ from the birth date is not an
/// error (both to verify against the texts): so what the digits say is never an error, only a
/// warning a person may want to look at.
extension IIN {
  /// The year, month and day the digits spell (`2001-02-29`, `1988-13-15`), whether or not it
  /// is a calendar day.
  public var writtenDate: String {
    let digits = value.utf8.map { Int($0) - 48 }
    let date = Self.writtenDate(digits)
    return isoDate(date.year, date.month, date.day)
  }

  /// A warning when the digits name no calendar day, nil otherwise. It does not repeat the
  /// digits (``writtenDate`` has them), so it may go into an import's summary.
  public var impossibleDateWarning: LocalizedText? {
    guard birthDateHint == nil else { return nil }
    return LocalizedText(
      kk:
        "ЖСН цифрларындағы күн күнтізбеде жоқ; бақылау цифры дұрыс, сондықтан ЖСН қабылданды (2013 жылғы 26 тамыздағы № 853 қаулыдан бері цифрлар адамның деректеріне байланбайды); туған күнін бөлек көрсетіңіз",
      ru:
        "даты, записанной в цифрах ИИН, не существует; контрольная цифра верна, поэтому ИИН принят (с постановления № 853 от 26 августа 2013 года цифры не привязаны к данным человека); укажите дату рождения отдельно",
      en:
        "the date in the IIN's digits does not exist; the check digit is right, so the IIN is accepted (since Decree No. 853 of 26 August 2013 the digits are not bound to the person's data); give the birth date separately"
    )
  }

  /// A warning when a recorded birth date differs from the date the digits suggest; nil when
  /// they agree or the digits name no day (``impossibleDateWarning`` says that). Neither date
  /// is repeated: a summary names the row and column.
  public func birthDateMismatch(_ recorded: CivilDate) -> LocalizedText? {
    guard let hint = birthDateHint, hint != recorded else { return nil }
    return LocalizedText(
      kk:
        "туған күні ЖСН цифрларындағы күннен өзгеше; бұл қате емес (ЖСН цифрлары адамның деректеріне байланбайды), жасы көрсетілген туған күннен есептеледі",
      ru:
        "дата рождения отличается от даты в цифрах ИИН; это не ошибка (цифры ИИН не привязаны к данным человека), возраст считается по указанной дате рождения",
      en:
        "the birth date differs from the date in the IIN's digits; not an error (an IIN's digits are not bound to the person's data), age is counted from the birth date given"
    )
  }
}
