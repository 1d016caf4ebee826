/// What row planning says about rows only the register can judge: an unknown learner or
/// institution, a repeated row, a stage the learner is not at (``IntakeMessages`` builds them).
/// Placeholders: `{iin}` a masked IIN, `{bin}`, `{code}` codes, `{line}` a line number, `{date}`,
/// `{stage}`, `{found}`, `{expected}` titles, `{text}` a term, `{nearest}` the nearest registered
/// code, `{hint}` a ``didYouMean``. Adding a message: see ``MessageKey``.
public enum IntakeMessage: String, MessageKey {
  case repeatedIIN
  case unknownIIN
  case unknownInstitution
  case didYouMean
  case wrongKind
  case unknownEnterprise
  case repeatedCode
  case notAtStage
  case repeatedTerm
  case otherEnterpriseCapacity
  case repeatedList
  case unknownChoice

  public var template: MessageTemplate {
    switch self {
    case .repeatedIIN:
      MessageTemplate(
        kk:
          "ЖСН {iin} файлда қайталанады (алғаш {line}-жолда); әр білім алушы бір жолда болуы керек",
        ru:
          "ИИН {iin} повторяется в файле (впервые в строке {line}); у каждого обучающегося одна строка",
        en: "IIN {iin} appears again (first on line {line}); one row per learner")
    case .unknownIIN:
      MessageTemplate(
        kk: "ЖСН {iin} тізілімде жоқ; алдымен оны jol import learners арқылы енгізіңіз",
        ru: "ИИН {iin} нет в реестре; сначала загрузите его через jol import learners",
        en: "IIN {iin} is not in the register; import it with jol import learners first")
    case .unknownInstitution:
      MessageTemplate(
        kk: "«{code}» оқу орны тіркелмеген; алдымен jol import institutions арқылы енгізіңіз{hint}",
        ru:
          "организация «{code}» не зарегистрирована; сначала загрузите её через jol import institutions{hint}",
        en:
          "institution '{code}' is not registered; import it with jol import institutions first{hint}"
      )
    case .didYouMean:
      MessageTemplate(
        kk: "; «{nearest}» деп жазғыңыз келген шығар", ru: "; возможно, имелось в виду «{nearest}»",
        en: "; did you mean '{nearest}'?")
    case .wrongKind:
      MessageTemplate(
        kk: "«{code}» — {found}, ал мұнда {expected} күтілді",
        ru: "«{code}» — {found}, а здесь ожидается {expected}",
        en: "'{code}' is a {found}, but a {expected} is expected here")
    case .unknownEnterprise:
      MessageTemplate(
        kk: "БСН {bin} кәсіпорны тіркелмеген; алдымен jol import institutions арқылы енгізіңіз",
        ru:
          "предприятие с БИН {bin} не зарегистрировано; сначала загрузите его через jol import institutions",
        en: "enterprise BIN {bin} is not registered; import it with jol import institutions first")
    case .otherEnterpriseCapacity:
      MessageTemplate(
        kk:
          "кәсіпорынның сыйымдылығы {line}-жолда {capacity} деп берілген; бір кәсіпорынға бір сан",
        ru:
          "вместимость предприятия в строке {line} указана как {capacity}; у предприятия одно число",
        en: "the enterprise's capacity is {capacity} on line {line}; one number per enterprise")
    case .repeatedList:
      MessageTemplate(
        kk:
          "ЖСН {iin} осы бағдарламаға файлда қайталанады (алғаш {line}-жолда); бір білім алушыға бір тізім",
        ru:
          "ИИН {iin} повторяется в файле для этой программы (впервые в строке {line}); у обучающегося один список",
        en:
          "IIN {iin} appears again for this programme (first on line {line}); one list per student")
    case .unknownChoice:
      MessageTemplate(
        kk:
          "«{code}» тәлімгер де, тіркелген кәсіпорын да емес; алдымен jol import mentors арқылы енгізіңіз",
        ru:
          "«{code}» — не наставник и не зарегистрированное предприятие; сначала загрузите через jol import mentors",
        en:
          "'{code}' is neither a mentor nor a registered enterprise; import it with jol import mentors first"
      )
    case .repeatedCode:
      MessageTemplate(
        kk: "«{code}» коды файлда қайталанады (алғаш {line}-жолда)",
        ru: "код «{code}» повторяется в файле (впервые в строке {line})",
        en: "code '{code}' appears again (first on line {line})")
    case .notAtStage:
      MessageTemplate(
        kk: "{date} күні білім алушы «{stage}» кезеңінде емес; шығу оқиғасы жазылмайды",
        ru: "на {date} обучающийся не находится на этапе «{stage}»; записать выбытие нельзя",
        en: "on {date} the learner is not at the {stage} stage; there is nothing to leave")
    case .repeatedTerm:
      MessageTemplate(
        kk: "бұл білім алушының {text} кезеңі файлда қайталанады (алғаш {line}-жолда)",
        ru: "период {text} этого обучающегося повторяется в файле (впервые в строке {line})",
        en: "term {text} of this learner appears again (first on line {line})")
    }
  }
}
