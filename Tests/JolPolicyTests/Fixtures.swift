import JolModel

@testable import JolPolicy

/// A small policy using most features, shared by the tests.
let samplePolicy = """
  policy sample-scholarship
  version 2
  title kk "Үлгі стипендия" ru "Пример стипендии" en "Sample scholarship"
  basis "Test basis, art. 1"
  effective 2026-09-01 .. 2027-08-31
  consider all

  list priority_forms = [full_time, extramural]

  parameter min_gpa
    from 2026-09-01 = 3.5
    from 2027-01-01 = 3.6
  parameter base
    from 2026-09-01 = 35000 KZT
  parameter specialist_amount
    from 2026-09-01 = 40000 KZT

  require stage = college                 because not-in-college
  require form in priority_forms          because wrong-form
  require gpa >= min_gpa                  because gpa-below-minimum
  require attendance >= 90%               because attendance-too-low
  waive attendance-too-low when categories has any [orphan, disability] priority 10
  enforce attendance-too-low when attendance < 50% priority 20

  amount by qualification_level per month
    worker = base
    specialist = specialist_amount
    otherwise = base
  supplement 15% when lowest_grade = 5 because all-excellent

  reason not-in-college kk "Колледж студенті емес" ru "Не студент колледжа" en "Not a college student"
  reason wrong-form kk "Оқу нысаны: {form}" ru "Форма обучения: {form}" en "Form of study: {form}"
  reason gpa-below-minimum
    kk "Орташа балл {gpa} < {min_gpa}"
    ru "Средний балл {gpa} < {min_gpa}"
    en "GPA {gpa} < {min_gpa}"
  reason attendance-too-low kk "Қатысу {attendance} < 90%" ru "Посещаемость {attendance} < 90%" en "Attendance {attendance} < 90%"
  reason all-excellent kk "Барлық бағалар «өте жақсы»" ru "Все оценки «отлично»" en "All grades excellent"
  """

func compileSample(_ text: String = samplePolicy) -> CompiledPolicy {
  let (policy, diagnostics) = PolicySet.compile(path: "sample.policy", text: text)
  precondition(diagnostics.isEmpty, diagnostics.map(\.description).joined(separator: "\n"))
  return policy!
}

func facts(_ id: String = "L1", _ build: (inout Facts) -> Void) -> Facts {
  var facts = Facts(id: id)
  build(&facts)
  return facts
}

func date(_ text: String) -> CivilDate { CivilDate(text)! }
