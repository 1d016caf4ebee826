/// The messages of row planning: problems of a row that only the state shows (an unknown
/// learner or institution, a repeated row, a stage the learner is not at).
public enum IntakeMessages {
  /// An IIN already on an earlier line of the file.
  public static func repeatedIIN(_ iin: IIN, _ firstLine: Int) -> LocalizedText {
    LocalizedText(
      kk:
        "ЖСН \(iin.masked) файлда қайталанады (алғаш \(firstLine)-жолда); әр білім алушы бір жолда болуы керек",
      ru:
        "ИИН \(iin.masked) повторяется в файле (впервые в строке \(firstLine)); у каждого обучающегося одна строка",
      en: "IIN \(iin.masked) appears again (first on line \(firstLine)); one row per learner")
  }

  /// An IIN the vault does not know (masked in the message).
  public static func unknownIIN(_ iin: IIN) -> LocalizedText {
    LocalizedText(
      kk: "ЖСН \(iin.masked) тізілімде жоқ; алдымен оны jol import learners арқылы енгізіңіз",
      ru: "ИИН \(iin.masked) нет в реестре; сначала загрузите его через jol import learners",
      en: "IIN \(iin.masked) is not in the register; import it with jol import learners first")
  }

  /// An institution code not registered, with the nearest registered one when there is one.
  public static func unknownInstitution(_ code: String, _ nearest: String?) -> LocalizedText {
    let hint =
      nearest.map {
        LocalizedText(
          kk: "; «\($0)» деп жазғыңыз келген шығар", ru: "; возможно, имелось в виду «\($0)»",
          en: "; did you mean '\($0)'?")
      } ?? .same("")
    return LocalizedText(
      kk: "«\(code)» оқу орны тіркелмеген; алдымен jol import institutions арқылы енгізіңіз"
        + hint.kk,
      ru:
        "организация «\(code)» не зарегистрирована; сначала загрузите её через jol import institutions"
        + hint.ru,
      en: "institution '\(code)' is not registered; import it with jol import institutions first"
        + hint.en)
  }

  /// An institution of another kind than the row needs.
  public static func wrongKind(
    _ code: String, _ found: InstitutionKind, _ expected: InstitutionKind
  )
    -> LocalizedText
  {
    LocalizedText(
      kk: "«\(code)» — \(kindTitle(found).kk), ал мұнда \(kindTitle(expected).kk) күтілді",
      ru: "«\(code)» — \(kindTitle(found).ru), а здесь ожидается \(kindTitle(expected).ru)",
      en: "'\(code)' is a \(kindTitle(found).en), but a \(kindTitle(expected).en) is expected here")
  }

  static func kindTitle(_ kind: InstitutionKind) -> LocalizedText {
    switch kind {
    case .school: LocalizedText(kk: "мектеп", ru: "школа", en: "school")
    case .college: LocalizedText(kk: "колледж", ru: "колледж", en: "college")
    case .university: LocalizedText(kk: "жоғары оқу орны", ru: "вуз", en: "university")
    }
  }

  /// An enterprise BIN not registered.
  public static func unknownEnterprise(_ bin: String) -> LocalizedText {
    LocalizedText(
      kk: "БСН \(bin) кәсіпорны тіркелмеген; алдымен jol import institutions арқылы енгізіңіз",
      ru:
        "предприятие с БИН \(bin) не зарегистрировано; сначала загрузите его через jol import institutions",
      en: "enterprise BIN \(bin) is not registered; import it with jol import institutions first")
  }

  /// An organisation code already on an earlier line of the file.
  public static func repeatedCode(_ code: String, _ firstLine: Int) -> LocalizedText {
    LocalizedText(
      kk: "«\(code)» коды файлда қайталанады (алғаш \(firstLine)-жолда)",
      ru: "код «\(code)» повторяется в файле (впервые в строке \(firstLine))",
      en: "code '\(code)' appears again (first on line \(firstLine))")
  }

  /// Leaving a stage the learner is not at on the date.
  public static func notAtStage(_ stage: Stage, _ date: CivilDate) -> LocalizedText {
    let title = stageTitle(stage)
    return LocalizedText(
      kk: "\(date) күні білім алушы «\(title.kk)» кезеңінде емес; шығу оқиғасы жазылмайды",
      ru: "на \(date) обучающийся не находится на этапе «\(title.ru)»; выбытие не записать",
      en: "on \(date) the learner is not at the \(title.en) stage; there is nothing to leave")
  }

  static func stageTitle(_ stage: Stage) -> LocalizedText {
    switch stage {
    case .school: LocalizedText(kk: "мектеп", ru: "школа", en: "school")
    case .college: LocalizedText(kk: "колледж", ru: "колледж", en: "college")
    case .enterprise: LocalizedText(kk: "кәсіпорын", ru: "предприятие", en: "enterprise")
    case .university: LocalizedText(kk: "жоғары оқу орны", ru: "вуз", en: "university")
    case .outside:
      LocalizedText(kk: "білім беруден тыс", ru: "вне образования", en: "outside education")
    }
  }

  /// A learner's term already on an earlier line of the file.
  public static func repeatedTerm(_ term: String, _ firstLine: Int) -> LocalizedText {
    LocalizedText(
      kk: "бұл білім алушының \(term) кезеңі файлда қайталанады (алғаш \(firstLine)-жолда)",
      ru: "период \(term) этого обучающегося повторяется в файле (впервые в строке \(firstLine))",
      en: "term \(term) of this learner appears again (first on line \(firstLine))")
  }
}
