import JolModel

/// What `jol demo` says between its steps, in every language.
enum Texts {
  static func title(_ version: String) -> LocalizedText {
    DemoText.title.text(["version": version])
  }

  static func introduction(_ sample: SampleRegion, directory: String) -> LocalizedText {
    let region = Region.kostanay.name
    return DemoText.introduction.text([
      "region": region, "schools": "\(sample.schools)", "colleges": "\(sample.colleges)",
      "enterprises": "\(sample.enterprises)", "learners": "\(sample.learners)",
      "directory": "\(directory)",
    ])
  }

  static let initStep = DemoText.initStep.text()

  static func importStep(_ kind: String) -> LocalizedText {
    switch kind {
    case "institutions":
      DemoText.importStepInstitutions.text()
    case "learners":
      DemoText.importStepLearners.text()
    case "stages":
      DemoText.importStepStages.text()
    case "grades":
      DemoText.importStepGrades.text()
    case "demand":
      DemoText.importStepDemand.text()
    case "mentors":
      DemoText.importStepMentors.text()
    case "mentor-preferences":
      DemoText.importStepMentorPreferences.text()
    default:
      DemoText.importStepApplications.text()
    }
  }

  static let mistakesStep = DemoText.mistakesStep.text()
  static let againStep = DemoText.againStep.text()
  static let statsStep = DemoText.statsStep.text()
  static let verifyStep = DemoText.verifyStep.text()
  static let idStep = DemoText.idStep.text()

  static func learnerStep(_ name: String) -> LocalizedText {
    DemoText.learnerStep.text(["name": name])
  }

  static let policyCheckStep = DemoText.policyCheckStep.text()
  static let policyTestStep = DemoText.policyTestStep.text()
  static let whatIfStep = DemoText.whatIfStep.text()
  static let eligibilityStep = DemoText.eligibilityStep.text()
  static let roundStep = DemoText.roundStep.text()
  static let replayStep = DemoText.replayStep.text()
  static let forgetStep = DemoText.forgetStep.text()
  static let afterForgetStep = DemoText.afterForgetStep.text()

  static func done(data: String, reports: String) -> LocalizedText {
    DemoText.done.text(["data": data, "reports": reports])
  }

  static func failed(_ steps: [String]) -> LocalizedText {
    let list = steps.joined(separator: "; ")
    return DemoText.unexpected.text(["list": list])
  }

  static func badCount(_ text: String) -> LocalizedText {
    DemoText.badCount.text(["text": text])
  }

  static func notADemo(_ directory: String) -> LocalizedText {
    DemoText.notADemo.text(["directory": directory])
  }

  static func cannotCreate(_ path: String) -> LocalizedText {
    DemoText.cannotCreate.text(["path": path])
  }

  static func cannotClean(_ directory: String) -> LocalizedText {
    DemoText.cannotClean.text(["directory": directory])
  }
}
