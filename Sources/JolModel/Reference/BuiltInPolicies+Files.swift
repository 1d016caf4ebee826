// Generated from Policies/ by BuiltInPoliciesTests: do not edit; after editing Policies/,
// run `JOL_REGENERATE_BUILT_IN=1 swift test --filter BuiltInPoliciesTests`.

extension BuiltInPolicies {
  /// Every file, by its path under `Policies/`, in path order.
  public static let files: [(path: String, text: String)] = [
    (
      "grants/dual-training-grant.policy",
      ####"""
      # Региональный грант на целевую и дуальную подготовку, софинансируемую предприятием кластера,
      # с обязательством отработки в регионе после выпуска («гарантированное трудоустройство»).
      # The region pays its share of tuition; the enterprise pays the rest under the tripartite
      # agreement. Figures are a draft of the cluster agreement, to verify.

      policy dual-training-grant
      version 1
      title
        kk "Кәсіпорынмен бірлесіп қаржыландырылатын мақсатты және дуальды оқытуға өңірлік грант"
        ru "Региональный грант на целевую и дуальную подготовку с софинансированием предприятия"
        en "Regional grant for targeted and dual training co-funded by an enterprise"
      basis "Закон РК «Об образовании», ст. 8, 47 (целевой заказ; дуальное обучение) — to verify"
      basis "Приказ МОН РК от 21 января 2016 года № 50 «Об утверждении Правил организации дуального обучения» — to verify"
      basis "Соглашение о региональном образовательно-производственном кластере, раздел «Гарантированное трудоустройство» — to verify"
      effective 2026-06-01 .. 2027-08-31
      consider applicants
      applications 2026-06-01 .. 2026-08-25

      parameter min_gpa
        from 2026-06-01 = 3.5
      parameter min_work_years
        from 2026-06-01 = 3
      parameter max_age
        from 2026-06-01 = 29
      # Region's share of tuition per year, indexed on 1 January.
      parameter worker_share
        from 2026-06-01 = 420000 KZT
        from 2027-01-01 = 441000 KZT
      parameter specialist_share
        from 2026-06-01 = 540000 KZT
        from 2027-01-01 = 567000 KZT
      parameter applied_bachelor_share
        from 2026-06-01 = 680000 KZT
        from 2027-01-01 = 714000 KZT

      require stage = college                                   because not-in-college
      require funding = targeted_order or dual_training = yes   because not-targeted-or-dual
      require employer is known                                 because no-cofunding-enterprise
      require enterprise_agreement = yes                        because no-agreement
      require work_obligation_years >= min_work_years           because work-obligation-too-short
      require gpa >= min_gpa                                    because gpa-below-minimum
      require age <= max_age                                    because too-old

      amount by qualification_level per year
        worker = worker_share
        specialist = specialist_share
        applied_bachelor = applied_bachelor_share

      rank by gpa desc, attendance desc
      tiebreak lottery "dual-training-grant 2026"
      budget 30000000 KZT per year
      exclusive regional-awards

      reason not-in-college
        kk "Колледж студенті емес (кезеңі: {stage})"
        ru "Не является студентом колледжа (этап: {stage})"
        en "Not a college student (stage: {stage})"
      reason not-targeted-or-dual
        kk "Мақсатты тапсырыс бойынша да, дуальды оқытуда да оқымайды (қаржыландыру: {funding}, дуальды оқыту: {dual_training})"
        ru "Обучение не по целевому заказу и не дуальное (финансирование: {funding}, дуальное обучение: {dual_training})"
        en "Neither a targeted order nor dual training (funding: {funding}, dual training: {dual_training})"
      reason no-cofunding-enterprise
        kk "Бірлесіп қаржыландыратын кәсіпорын көрсетілмеген"
        ru "Не указано предприятие-софинансист"
        en "No co-funding enterprise is named"
      reason no-agreement
        kk "Кәсіпорынмен үшжақты шарт жасалмаған"
        ru "Не заключён трёхсторонний договор с предприятием"
        en "No tripartite agreement with the enterprise"
      reason work-obligation-too-short
        kk "Өңірде жұмыс істеу міндеттемесі {work_obligation_years} жыл, кемінде {min_work_years} жыл қажет"
        ru "Обязательство отработки в регионе {work_obligation_years} г., требуется не менее {min_work_years} лет"
        en "Work obligation in the region is {work_obligation_years} years; at least {min_work_years} are required"
      reason gpa-below-minimum
        kk "Орташа балл {gpa} < {min_gpa}"
        ru "Средний балл {gpa} < {min_gpa}"
        en "GPA {gpa} < {min_gpa}"
      reason too-old
        kk "Жасы {age} > {max_age}"
        ru "Возраст {age} > {max_age}"
        en "Age {age} > {max_age}"

      """####
    ),
    (
      "grants/dual-training-grant.tests",
      ####"""
      # Cases for the dual-training grant: thresholds, the 1 January indexation, the window.
      policy dual-training-grant

      defaults
        as-of 2026-09-01
        facts stage=college funding=state_order form=full_time dual_training=yes qualification_level=specialist
        facts employer=980640000123 enterprise_agreement=yes work_obligation_years=3
        facts gpa=3.9 attendance=93 age=18 awards=[] applied_on=2026-07-15

      case "dual specialist student with an agreement"
        expect eligible
        amount 540000 KZT per year
        reasons none

      case "targeted order, full-time"
        facts funding=targeted_order dual_training=no
        expect eligible

      case "neither targeted nor dual"
        facts dual_training=no
        expect ineligible
        reasons not-targeted-or-dual

      case "worker share"
        facts qualification_level=worker
        expect eligible
        amount 420000 KZT per year

      case "applied bachelor share"
        facts qualification_level=applied_bachelor
        expect eligible
        amount 680000 KZT per year

      case "last day before indexation"
        as-of 2026-12-31
        expect eligible
        amount 540000 KZT per year

      case "indexed share from 2027-01-01"
        as-of 2027-01-01
        expect eligible
        amount 567000 KZT per year

      case "work obligation exactly 3 years"
        facts work_obligation_years=3
        expect eligible

      case "work obligation 2 years"
        facts work_obligation_years=2
        expect ineligible
        reasons work-obligation-too-short

      case "no agreement signed"
        facts enterprise_agreement=no
        expect ineligible
        reasons no-agreement

      case "agreement unknown"
        without enterprise_agreement
        expect needs-information
        missing enterprise_agreement

      case "no co-funding enterprise"
        without employer
        expect ineligible
        reasons no-cofunding-enterprise

      case "GPA exactly 3.5"
        facts gpa=3.5
        expect eligible

      case "GPA 3.49"
        facts gpa=3.49
        expect ineligible
        reasons gpa-below-minimum

      case "age 29 is the limit"
        facts age=29
        expect eligible

      case "age 30"
        facts age=30
        expect ineligible
        reasons too-old

      case "age from the birth date: turns 30 on the decision day"
        without age
        facts birth_date=1996-09-01
        expect ineligible
        reasons too-old

      case "age from the birth date: 29 until the day before"
        as-of 2026-08-31
        without age
        facts birth_date=1996-09-01
        expect eligible

      case "applied on the last day of the window"
        facts applied_on=2026-08-25
        expect eligible

      case "applied a day late"
        facts applied_on=2026-08-26
        expect ineligible
        reasons applied-outside-window

      case "holds the akim's named scholarship (same exclusivity group)"
        facts awards=[akim-named-scholarship]
        expect ineligible
        reasons holds-exclusive-award

      case "holds the state scholarship: not exclusive"
        facts awards=[state-tvet-scholarship]
        expect eligible

      """####
    ),
    (
      "grants/rural-youth-grant.policy",
      ####"""
      # Региональный грант на обучение в колледже для выпускников школ с квотами приёма по приказу
      # Министра просвещения РК от 15 августа 2023 года № 261: сельская молодёжь — 35% (на
      # образовательные программы, определяющие социально-экономическое развитие села), лица с
      # инвалидностью — 10%, дети-сироты и дети без попечения родителей — 1% (to verify for TVET).
      # Неиспользованные места квот передаются в общий конкурс. Seats and amounts: draft of the
      # akimat's regional order, to verify.

      policy rural-youth-grant
      version 1
      title
        kk "Колледжде оқуға арналған өңірлік грант (ауыл жастарына квотамен)"
        ru "Региональный грант на обучение в колледже (с квотой для сельской молодёжи)"
        en "Regional college grant with a reserved quota for rural youth"
      basis "Приказ Министра просвещения РК от 15 августа 2023 года № 261 «Об утверждении размера квоты приёма при поступлении на учёбу в организации образования, реализующие образовательные программы технического и профессионального, послесреднего образования» (ltk.edu.kz: п. 1 — 10% лицам с инвалидностью, в редакции приказа от 23 июля 2024 года; п. 3 — 35% сельской молодёжи на программы, определяющие социально-экономическое развитие села)"
      basis "Квота 1% детям-сиротам и детям, оставшимся без попечения родителей: подтверждена в приказе о квотах высшего образования, для ТиПО — to verify"
      basis "Постановление акимата области о размещении регионального образовательного заказа на 2026–2027 учебный год — to verify"
      effective 2026-06-01 .. 2027-08-31
      consider applicants
      applications 2026-06-20 .. 2026-08-20

      parameter min_gpa
        from 2026-06-01 = 3.5
      parameter tuition
        from 2026-06-01 = 560000 KZT
        from 2027-01-01 = 590000 KZT

      require stage = school                  because not-a-school-leaver
      require grade >= 9                      because grade-too-low
      require gpa >= min_gpa                  because gpa-below-minimum
      require age <= 24                       because too-old

      amount tuition per year

      rank by gpa desc
      tiebreak lottery "rural-youth-grant 2026"
      seats 100
      # Rural youth: the seats of this grant are placed on programmes for rural development (the
      # akimat's order), so the quota applies to all of them — to verify with the order of seats.
      reserve 35% for rural when categories has rural unused to general
      reserve 10% for disability when categories has disability unused to general
      reserve 1% for orphans when categories has any [orphan, without_parental_care] unused to general
      # Veterans of combat operations (0.5%) give no whole seat of 100; кандастар (лица казахской
      # национальности, не являющиеся гражданами РК) have no category here: to verify.

      reason not-a-school-leaver
        kk "Мектеп түлегі емес (кезеңі: {stage})"
        ru "Не является выпускником школы (этап: {stage})"
        en "Not a school leaver (stage: {stage})"
      reason grade-too-low
        kk "{grade}-сынып: грант 9-сыныптан кейін беріледі"
        ru "{grade} класс: грант предоставляется после 9 класса"
        en "Grade {grade}: the grant is for pupils after grade 9"
      reason gpa-below-minimum
        kk "Білім туралы құжаттың орташа балы (9-сыныптан кейін — куәлік, 11-сыныптан кейін — аттестат) {gpa} < {min_gpa}"
        ru "Средний балл документа об образовании (после 9 класса — свидетельство, после 11 — аттестат) {gpa} < {min_gpa}"
        en "GPA of the school-leaving document (certificate after grade 9, attestat after grade 11) {gpa} < {min_gpa}"
      reason too-old
        kk "Жасы {age} > 24"
        ru "Возраст {age} > 24"
        en "Age {age} > 24"

      """####
    ),
    (
      "grants/rural-youth-grant.tests",
      ####"""
      # Cases for the rural-youth grant: eligibility thresholds and the 1 January amount change.
      # Quotas and seats are decided by a round: see the round cases at the end.
      policy rural-youth-grant

      defaults
        as-of 2026-08-25
        facts stage=school grade=9 gpa=4.1 age=15 categories=[rural] applied_on=2026-07-01

      case "rural pupil after grade 9"
        expect eligible
        amount 560000 KZT per year
        reasons none

      case "after grade 11"
        facts grade=11 age=17
        expect eligible

      case "grade 8"
        facts grade=8
        expect ineligible
        reasons grade-too-low

      case "GPA exactly 3.5"
        facts gpa=3.5
        expect eligible

      case "GPA 3.4"
        facts gpa=3.4
        expect ineligible
        reasons gpa-below-minimum

      case "age 24"
        facts age=24
        expect eligible

      case "age 25"
        facts age=25
        expect ineligible
        reasons too-old

      case "already at college"
        facts stage=college
        expect ineligible
        reasons not-a-school-leaver

      case "tuition before the change"
        as-of 2026-12-31
        expect eligible
        amount 560000 KZT per year

      case "tuition from 2027-01-01"
        as-of 2027-01-01
        expect eligible
        amount 590000 KZT per year

      case "applied before the window opened"
        facts applied_on=2026-06-19
        expect ineligible
        reasons applied-outside-window

      case "applied on the first day"
        facts applied_on=2026-06-20
        expect eligible

      case "GPA unknown"
        without gpa
        expect needs-information
        missing gpa

      case "urban pupil is eligible for the general seats"
        facts categories=[]
        expect eligible

      # Round cases: who a round over these applicants awards, and the seats each pool holds.
      round "the quotas hold their seats; the ineligible wait outside"
        applicant R1 facts gpa=4.6
        applicant R2 facts gpa=3.9
        applicant U1 facts gpa=4.8 categories=[]
        applicant O1 facts gpa=4.0 categories=[orphan]
        applicant D1 facts gpa=3.6 categories=[disability]
        applicant X1 facts gpa=3.0
        awarded R1, R2, U1, O1, D1
        pool rural seats 35
        pool disability seats 10
        pool orphans seats 1

      round "nobody eligible, nobody awarded"
        applicant X1 facts gpa=3.0
        applicant X2 facts grade=8
        awarded none

      """####
    ),
    (
      "reference/kato.csv",
      ####"""
      code,level,parent,name_kk,name_ru,valid_from,valid_until,successor
      390000000,1,,Қостанай облысы,Костанайская область,,,
      391000000,2,390000000,Қостанай қ.ә.,Костанай Г.А.,,,
      391010000,3,391000000,Қостанай қ.,г.Костанай,,,
      391600000,2,390000000,Арқалық қ.ә.,Аркалык Г.А.,,,
      391610000,3,391600000,Арқалық қ.,г.Аркалык,,,
      392000000,2,390000000,Лисаков қ.ә.,Лисаковск Г.А.,,,
      392010000,3,392000000,Лисаков қ.,г.Лисаковск,,,
      392400000,2,390000000,Рудный қ.ә.,Рудный Г.А.,,,
      392410000,3,392400000,Рудный қ.,г.Рудный,,,
      393200000,2,390000000,Алтынсарин ауданы,Алтынсаринский район,,,
      393400000,2,390000000,Амангелді ауданы,Амангельдинский район,,,
      393600000,2,390000000,Әулиекөл ауданы,Аулиекольский район,,,
      394000000,2,390000000,Денисов ауданы,Денисовский район,,,
      394200000,2,390000000,Жангелдин ауданы,Жангельдинский район,,,
      394400000,2,390000000,Жітіқара ауданы,Житикаринский район,,,
      394800000,2,390000000,Қамысты ауданы,Камыстинский район,,,
      395000000,2,390000000,Қарабалық ауданы,Карабалыкский район,,,
      395200000,2,390000000,Қарасу ауданы,Карасуский район,,,
      395400000,2,390000000,Қостанай ауданы,Костанайский район,,,
      395600000,2,390000000,Меңдіқара ауданы,Мендыкаринский район,,,
      395800000,2,390000000,Науырзым ауданы,Наурзумский район,,,
      396200000,2,390000000,Сарыкөл ауданы,Сарыкольский район,,,
      396400000,2,390000000,Бейімбет Майлин ауданы,район Беимбета Майлина,,,
      396600000,2,390000000,Ұзынкөл ауданы,Узункольский район,,,
      396800000,2,390000000,Федоров ауданы,Федоровский район,,,
      632800000,2,630000000,Семей қ.ә.,Семей Г.А.,,2022-06-07,101000000
      632810000,3,632800000,Семей қ.,г.Семей,,2022-06-07,101010000
      101000000,2,100000000,Семей қ.ә.,Семей Г.А.,2022-06-08,,
      101010000,3,101000000,Семей қ.,г.Семей,2022-06-08,,
      191000000,2,190000000,Талдықорған қ.ә.,Талдыкорган Г.А.,,2022-06-07,331000000
      191010000,3,191000000,Талдықорған қ.,г.Талдыкорган,,2022-06-07,331010000
      331000000,2,330000000,Талдықорған қ.ә.,Талдыкорган Г.А.,2022-06-08,,
      331010000,3,331000000,Талдықорған қ.,г.Талдыкорган,2022-06-08,,
      351800000,2,350000000,Жезқазған қ.ә.,Жезказган Г.А.,,2022-06-07,621000000
      351810000,3,351800000,Жезқазған қ.,г.Жезказган,,2022-06-07,621010000
      621000000,2,620000000,Жезқазған қ.ә.,Жезказган Г.А.,2022-06-08,,
      621010000,3,621000000,Жезқазған қ.,г.Жезказган,2022-06-08,,

      """####
    ),
    (
      "reference/legacy-specialty-codes.csv",
      ####"""
      legacy_code,legacy_name_ru,code,source
      0101000,Дошкольное воспитание и обучение,01120100,recalled-verify
      0103000,Физическая культура и спорт,01140500,recalled-verify
      0105000,Начальное образование,01140100,recalled-verify
      0201000,Правоведение,04210100,recalled-verify
      0302000,Сестринское дело,09130100,recalled-verify
      0506000,Парикмахерское искусство и декоративная косметика,10120100,recalled-verify
      0507000,Организация обслуживания гостиничных хозяйств,10130100,recalled-verify
      0508000,Организация питания,10130300,recalled-verify
      0511000,Туризм,10150100,recalled-verify
      0518000,Учет и аудит,04110100,recalled-verify
      0902000,Электроснабжение (по отраслям),07130200,recalled-verify
      1114000,Сварочное дело (по видам),07150500,classifier-example
      1201000,"Техническое обслуживание, ремонт и эксплуатация автомобильного транспорта",07161300,recalled-verify
      1211000,Швейное производство и моделирование одежды,07230100,recalled-verify
      1304000,Вычислительная техника и программное обеспечение (по видам),06130100,classifier-example
      1304000,Вычислительная техника и программное обеспечение (по видам),06120100,issue-split-verify
      1401000,Строительство и эксплуатация зданий и сооружений,07320100,recalled-verify
      1513000,Ветеринария,08410100,recalled-verify

      """####
    ),
    (
      "reference/qualifications.csv",
      ####"""
      code,name_kk,name_ru,name_en,source
      3W07150501,Электргазбен дәнекерлеуші,Электрогазосварщик,Electric and gas welder,classifier-example
      4S06130103,Бағдарламалық қамтамасыз етуді әзірлеуші,Разработчик программного обеспечения,Software developer,classifier-example

      """####
    ),
    (
      "reference/regions.csv",
      ####"""
      kato,iso,name_kk,name_ru,name_en,kind
      10,KZ-10,Абай облысы,область Абай,Abai Region,oblast
      11,KZ-11,Ақмола облысы,Акмолинская область,Akmola Region,oblast
      15,KZ-15,Ақтөбе облысы,Актюбинская область,Aktobe Region,oblast
      19,KZ-19,Алматы облысы,Алматинская область,Almaty Region,oblast
      23,KZ-23,Атырау облысы,Атырауская область,Atyrau Region,oblast
      27,KZ-27,Батыс Қазақстан облысы,Западно-Казахстанская область,West Kazakhstan Region,oblast
      31,KZ-31,Жамбыл облысы,Жамбылская область,Zhambyl Region,oblast
      33,KZ-33,Жетісу облысы,область Жетісу,Zhetysu Region,oblast
      35,KZ-35,Қарағанды облысы,Карагандинская область,Karaganda Region,oblast
      39,KZ-39,Қостанай облысы,Костанайская область,Kostanay Region,oblast
      43,KZ-43,Қызылорда облысы,Кызылординская область,Kyzylorda Region,oblast
      47,KZ-47,Маңғыстау облысы,Мангистауская область,Mangystau Region,oblast
      55,KZ-55,Павлодар облысы,Павлодарская область,Pavlodar Region,oblast
      59,KZ-59,Солтүстік Қазақстан облысы,Северо-Казахстанская область,North Kazakhstan Region,oblast
      61,KZ-61,Түркістан облысы,Туркестанская область,Turkistan Region,oblast
      62,KZ-62,Ұлытау облысы,область Ұлытау,Ulytau Region,oblast
      63,KZ-63,Шығыс Қазақстан облысы,Восточно-Казахстанская область,East Kazakhstan Region,oblast
      71,KZ-71,Астана қ.,г. Астана,Astana,city
      75,KZ-75,Алматы қ.,г. Алматы,Almaty,city
      79,KZ-79,Шымкент қ.,г. Шымкент,Shymkent,city

      """####
    ),
    (
      "reference/tvet-specialties.csv",
      ####"""
      code,isced_field,name_kk,name_ru,name_en,direction
      01120100,0112,Мектепке дейінгі тәрбие және оқыту,Дошкольное воспитание и обучение,Preschool education and upbringing,medicine_social
      01140100,0114,Бастауыш білім берудің педагогикасы мен әдістемесі,Педагогика и методика начального обучения,Pedagogy and methods of primary education,medicine_social
      01140500,0114,Дене тәрбиесі және спорт,Физическая культура и спорт,Physical education and sport,medicine_social
      04110100,0411,Есеп және аудит,Учет и аудит,Accounting and auditing,services
      04210100,0421,Құқықтану,Правоведение,Law,services
      06120100,0612,Есептеу техникасы және ақпараттық желілер (түрлері бойынша),Вычислительная техника и информационные сети (по видам),Computer engineering and information networks (by type),ict
      06120200,0612,Ақпараттық қауіпсіздік жүйелері,Системы информационной безопасности,Information security systems,ict
      06130100,0613,Бағдарламалық қамтамасыз ету (түрлері бойынша),Программное обеспечение (по видам),Software (by type),ict
      07110500,0711,Мұнай мен газды қайта өңдеу технологиясы,Технология переработки нефти и газа,Oil and gas processing technology,engineering
      07130100,0713,Электр жабдықтары (түрлері мен салалары бойынша),Электрооборудование (по видам и отраслям),Electrical equipment (by type and industry),engineering
      07130200,0713,Электрмен жабдықтау (салалар бойынша),Электроснабжение (по отраслям),Power supply (by industry),engineering
      07140100,0714,Технологиялық процестерді автоматтандыру және басқару,Автоматизация и управление технологическими процессами,Automation and control of technological processes,engineering
      07140900,0714,"Радиотехника, электроника және телекоммуникациялар","Радиотехника, электроника и телекоммуникации","Radio engineering, electronics and telecommunications",engineering
      07150100,0715,Машина жасау технологиясы (түрлері бойынша),Технология машиностроения (по видам),Mechanical engineering technology (by type),engineering
      07150500,0715,Дәнекерлеу ісі (түрлері бойынша),Сварочное дело (по видам),Welding (by type),engineering
      07150600,0715,Слесарлық іс (салалар және түрлері бойынша),Слесарное дело (по отраслям и видам),Metalwork and fitting (by industry and type),engineering
      07151100,0715,Машиналар мен жабдықтарды пайдалану және техникалық қызмет көрсету,Эксплуатация и техническое обслуживание машин и оборудования,Operation and maintenance of machines and equipment,engineering
      07161300,0716,"Автомобиль көлігіне техникалық қызмет көрсету, жөндеу және пайдалану","Техническое обслуживание, ремонт и эксплуатация автомобильного транспорта","Maintenance, repair and operation of motor vehicles",transport
      07211300,0721,Тағам өндірісінің технологиясы,Технология производства пищевых продуктов,Food production technology,agriculture
      07230100,0723,Тігін өндірісі және киімдерді үлгілеу,Швейное производство и моделирование одежды,Garment production and clothing design,services
      07240900,0724,Мұнай және газ кен орындарын пайдалану,Эксплуатация нефтяных и газовых месторождений,Operation of oil and gas fields,engineering
      07320100,0732,Ғимараттар мен құрылыстарды салу және пайдалану,Строительство и эксплуатация зданий и сооружений,Construction and operation of buildings and structures,engineering
      07321200,0732,Газбен қамтамасыз ету жабдықтары мен жүйелерін құрастыру және пайдалану,Монтаж и эксплуатация оборудования и систем газоснабжения,Installation and operation of gas supply equipment and systems,engineering
      08210100,0821,Орман шаруашылығы,Лесное хозяйство,Forestry,agriculture
      08410100,0841,Ветеринария,Ветеринария,Veterinary medicine,agriculture
      09130100,0913,Мейіргер ісі,Сестринское дело,Nursing,medicine_social
      10120100,1012,Шаштараз өнері,Парикмахерское искусство,Hairdressing,services
      10130100,1013,Қонақ үй бизнесі,Гостиничный бизнес,Hotel business,services
      10130300,1013,Тамақтандыруды ұйымдастыру,Организация питания,Catering,services
      10150100,1015,Туризм,Туризм,Tourism,services
      10410200,1041,Теміржол көлігінде тасымалдауды ұйымдастыру және қозғалысты басқару,Организация перевозок и управление движением на железнодорожном транспорте,Organisation of carriage and traffic management on railway transport,transport

      """####
    ),
    (
      "scholarships/akim-named-scholarship.policy",
      ####"""
      # Именная стипендия акима области для студентов колледжей по специальностям из перечня
      # дефицитных в регионе. Seats, amount and thresholds: draft figures of the akimat resolution,
      # to verify before a round is run for real.

      policy akim-named-scholarship
      version 1
      title
        kk "Облыс әкімінің атаулы стипендиясы"
        ru "Именная стипендия акима области"
        en "Regional akim's named scholarship"
      basis "Постановление акимата области «Об учреждении именной стипендии акима области для студентов организаций ТиПО», п. 4–7 — to verify"
      basis "Перечень дефицитных специальностей региона на 2026–2027 учебный год (приказ управления образования) — to verify"
      effective 2026-09-01 .. 2027-08-31
      supersedes akim-named-scholarship-2025
      consider applicants
      applications 2026-09-01 .. 2026-09-30

      # Specialty codes of the TVET classifier on the region's deficit list (to verify).
      list deficit_specialties = [
        07130100,   # Электрооборудование (по видам и отраслям)
        07140100,   # Автоматизация и управление
        07150500,   # Сварочное дело (по видам)
        07110500,   # Технология переработки нефти и газа
        07320100,   # Строительство и эксплуатация зданий и сооружений
        07161300,   # Техническое обслуживание, ремонт и эксплуатация автомобильного транспорта
      ]

      parameter min_gpa
        from 2026-09-01 = 4.5
        from 2027-01-01 = 4.6
      parameter min_attendance
        from 2026-09-01 = 90%
      parameter monthly_amount
        from 2026-09-01 = 40000 KZT
        from 2027-01-01 = 43000 KZT

      require stage = college                          because not-in-college
      require form = full_time                         because not-full-time
      require course >= 2                              because first-year
      require specialty in deficit_specialties         because not-deficit-specialty
      require gpa >= min_gpa                           because gpa-below-minimum
      require attendance >= min_attendance             because attendance-too-low
      require lowest_grade >= 4                        because has-satisfactory-grade

      # Learners with disability may miss classes for treatment.
      waive attendance-too-low when categories has disability priority 10

      amount monthly_amount per month

      # Socially vulnerable learners first, then by GPA and attendance; equal ranks by lottery.
      rank by (categories has any [orphan, without_parental_care, disability, large_family, low_income]) first, gpa desc, attendance desc
      tiebreak lottery "akim-named-scholarship 2026-09"
      seats 50
      exclusive regional-awards

      reason not-in-college
        kk "Колледж студенті емес (кезеңі: {stage})"
        ru "Не является студентом колледжа (этап: {stage})"
        en "Not a college student (stage: {stage})"
      reason not-full-time
        kk "Оқу нысаны күндізгі емес ({form}); дуальды оқыту күндізгі нысанда өтеді"
        ru "Форма обучения не очная ({form}); дуальное обучение проходит в очной форме"
        en "Not full-time study ({form}); dual training is full-time"
      reason first-year
        kk "Бірінші курс студенті: стипендия 2-курстан бастап беріледі (курс {course})"
        ru "Студент первого курса: стипендия назначается со 2 курса (курс {course})"
        en "First-year student: the scholarship starts from year 2 (year {course})"
      reason not-deficit-specialty
        kk "{specialty} мамандығы өңірдің тапшы мамандықтар тізбесінде жоқ"
        ru "Специальность {specialty} не входит в перечень дефицитных специальностей региона"
        en "Specialty {specialty} is not on the region's deficit list"
      reason gpa-below-minimum
        kk "Орташа балл {gpa} < {min_gpa}"
        ru "Средний балл {gpa} < {min_gpa}"
        en "GPA {gpa} < {min_gpa}"
      reason attendance-too-low
        kk "Сабаққа қатысу {attendance} < {min_attendance}"
        ru "Посещаемость {attendance} < {min_attendance}"
        en "Attendance {attendance} < {min_attendance}"
      reason has-satisfactory-grade
        kk "Сессияда «жақсыдан» төмен баға бар: ең төмен баға {lowest_grade}"
        ru "В сессии есть оценка ниже «хорошо»: низшая оценка {lowest_grade}"
        en "The session has a grade below good: lowest grade {lowest_grade}"

      """####
    ),
    (
      "scholarships/akim-named-scholarship.tests",
      ####"""
      # Cases for the akim's named scholarship: thresholds, the 2027-01-01 changes, the window.
      policy akim-named-scholarship

      defaults
        as-of 2026-10-15
        facts stage=college form=full_time course=2 specialty=07150500 gpa=4.7 attendance=95
        facts lowest_grade=5 categories=[] awards=[] applied_on=2026-09-10

      case "strong welding student"
        expect eligible
        amount 40000 KZT per month
        reasons none

      case "GPA exactly at the minimum 4.5"
        facts gpa=4.5
        expect eligible

      case "GPA 4.49 just below"
        facts gpa=4.49
        expect ineligible
        reasons gpa-below-minimum

      case "GPA 4.55 passes in December"
        as-of 2026-12-31
        facts gpa=4.55
        expect eligible
        amount 40000 KZT per month

      case "GPA 4.55 fails from 2027-01-01 (minimum 4.6)"
        as-of 2027-01-01
        facts gpa=4.55
        expect ineligible
        reasons gpa-below-minimum

      case "amount rises on 2027-01-01"
        as-of 2027-01-01
        expect eligible
        amount 43000 KZT per month

      case "attendance exactly 90%"
        facts attendance=90
        expect eligible

      case "attendance 89.9%"
        facts attendance=89.9
        expect ineligible
        reasons attendance-too-low

      case "attendance waived for disability"
        facts attendance=70 categories=[disability]
        expect eligible
        waived attendance-too-low

      case "specialty not on the deficit list"
        facts specialty=09130100
        expect ineligible
        reasons not-deficit-specialty

      case "first-year student"
        facts course=1
        expect ineligible
        reasons first-year

      case "dual training counts: it is full-time"
        facts dual_training=yes
        expect eligible

      case "evening form does not"
        facts form=evening
        expect ineligible
        reasons not-full-time

      case "a 3 in the session"
        facts lowest_grade=3
        expect ineligible
        reasons has-satisfactory-grade

      case "no application"
        without applied_on
        expect ineligible
        reasons not-applied

      case "application on the last day"
        facts applied_on=2026-09-30
        expect eligible

      case "application one day late"
        facts applied_on=2026-10-01
        expect ineligible
        reasons applied-outside-window

      case "application one day early"
        facts applied_on=2026-08-31
        expect ineligible
        reasons applied-outside-window

      case "already holds the dual-training grant of the same group"
        facts awards=[dual-training-grant]
        expect ineligible
        reasons holds-exclusive-award

      case "holds the state scholarship: not exclusive"
        facts awards=[state-tvet-scholarship]
        expect eligible

      case "awards unknown"
        without awards
        expect needs-information
        missing awards

      case "GPA unknown"
        without gpa
        expect needs-information
        missing gpa

      case "after the policy ends"
        as-of 2027-09-01
        expect ineligible
        reasons policy-not-in-effect

      """####
    ),
    (
      "scholarships/state-tvet-scholarship.policy",
      ####"""
      # Государственная стипендия обучающимся в организациях ТиПО по государственному
      # образовательному заказу (Правила назначения, выплаты и размеров государственных стипендий,
      # постановление Правительства РК № 116, в редакции постановления № 518, с 2024-09-01).
      # What could not be read in the act itself is marked "to verify" (research notes, issue 9):
      # the text of §§17–19 (amounts) as amended by № 518 was not readable; the amounts below come
      # from press reports of the decree and the 2023 draft's wording of the two TVET tiers.

      policy state-tvet-scholarship
      version 3
      title
        kk "ТжКБ білім алушыларына мемлекеттік стипендия"
        ru "Государственная стипендия обучающимся в организациях ТиПО"
        en "State scholarship for TVET students"
      basis "Постановление Правительства РК от 7 февраля 2008 года № 116 «Об утверждении Правил назначения, выплаты и размеров государственных стипендий» (adilet.zan.kz P080000116_), в редакции постановления от 28 июня 2024 года № 518, введённой с 1 сентября 2024 года (adilet.zan.kz P2400000518)"
      basis "п. 3: стипендия назначается обучающимся по государственному образовательному заказу по очной форме (мемлекеттік білім беру тапсырысы бойынша күндізгі оқу нысанында: постановление № 736 от 04.11.2020, adilet.zan.kz P2000000736)"
      basis "Размеры с 2024-09-01: 43 574 ₸ — рабочие квалификации, 41 896 ₸ — специалисты среднего звена и послесреднее образование (atamekengazeti.kz «Колледж студенттерінің шәкіртақысы»; уровни — по формулировке проекта 2023 года, qazaq1913.com 2023-03-16) — to verify against §17 of the current text"
      basis "+15% за сессию только на «отлично»: по образцу вузовских размеров проекта 2024 года (mgorod.kz 2024-03-16) — to verify; надбавка округляется до тенге, как в опубликованной сумме 48 180 ₸ для 41 896 ₸ (41 896 × 1,15 = 48 180,40)"
      basis "Первый курс в первом академическом периоде — без результатов сессии (kaztbu.edu.kz/ru/gosudarstvennye-stipendii; памятка колледжа innovativecollege.kz, 2018) — wording of the current § to verify"
      basis "Сироты, дети без попечения родителей, инвалиды по зрению и по слуху — при отсутствии академической задолженности (kaztbu.edu.kz/ru/gosudarstvennye-stipendii) — to verify against the current § for TVET"
      effective 2024-09-01 ..
      consider all

      # Monthly amounts by qualification level (tenge). Workers are paid more than mid-level
      # specialists: 32 681 → 43 574 and 31 422 → 41 896 (+⅓ each, 2024-09-01).
      parameter worker_amount
        from 2024-09-01 = 43574 KZT
      parameter specialist_amount
        from 2024-09-01 = 41896 KZT
      # "Only excellent grades" supplement (to verify).
      parameter excellence_rate
        from 2024-09-01 = 15%

      # Increases for learners with disability (+75%?) and orphans (+30%?) are mentioned by some
      # sources but none could be read (notes 1.5): to verify; no tier is encoded until one is.

      require stage = college                         because not-in-college
      require funding = state_order                   because not-state-order
      # Dual training is a way of training full-time students, not a form of study: dual students
      # are full-time and qualify.
      require form = full_time                        because not-full-time
      require lowest_grade >= 4                       because has-satisfactory-grade

      # First-year students are paid in the first academic period, before any session.
      waive has-satisfactory-grade when course = 1 and lowest_grade is not known priority 20
      # Orphans, children left without parental care, and learners with visual or hearing impairment
      # keep the scholarship with satisfactory grades, but not with an academic debt (a fail).
      waive has-satisfactory-grade when categories has any [orphan, without_parental_care, visual_impairment, hearing_impairment] and lowest_grade >= 3 priority 10

      # Post-secondary programmes (applied bachelor) are paid as mid-level specialists: the decree's
      # second TVET tier names "technical and vocational (mid-level specialists) and post-secondary
      # education programmes"; no source shows an own applied-bachelor amount.
      amount by qualification_level per month
        worker = worker_amount
        specialist = specialist_amount
        applied_bachelor = specialist_amount
      supplement excellence_rate rounded to 1 KZT when lowest_grade is known and lowest_grade = 5 because all-excellent

      reason not-in-college
        kk "Колледж студенті емес (кезеңі: {stage})"
        ru "Не является студентом колледжа (этап: {stage})"
        en "Not a college student (stage: {stage})"
      reason not-state-order
        kk "Мемлекеттік білім беру тапсырысы бойынша оқымайды (қаржыландыру: {funding})"
        ru "Обучается не по государственному образовательному заказу (финансирование: {funding})"
        en "Not studying under the state educational order (funding: {funding})"
      reason not-full-time
        kk "Күндізгі оқу нысаны емес ({form})"
        ru "Форма обучения не очная ({form})"
        en "Not full-time study ({form})"
      reason has-satisfactory-grade
        kk "Сессияда «қанағаттанарлық» баға бар: ең төмен баға {lowest_grade} < 4"
        ru "В сессии есть оценка ниже «хорошо»: низшая оценка {lowest_grade} < 4"
        en "The session has a grade below good: lowest grade {lowest_grade} < 4"
      reason all-excellent
        kk "Сессия тек «өте жақсы» бағаларымен тапсырылды: +{excellence_rate}"
        ru "Сессия сдана только на «отлично»: +{excellence_rate}"
        en "Every grade of the session is excellent: +{excellence_rate}"

      """####
    ),
    (
      "scholarships/state-tvet-scholarship.tests",
      ####"""
      # Cases for the state TVET scholarship: every amount, tier, threshold and waiver, and the first
      # day in effect (2024-09-01). Amounts: Decree 116 as amended by Decree 518 (see the policy).
      policy state-tvet-scholarship

      defaults
        as-of 2026-10-01
        facts stage=college funding=state_order form=full_time dual_training=no course=2
        facts qualification_level=specialist lowest_grade=4 categories=[]

      case "mid-level specialist with good grades: 41 896 ₸"
        expect eligible
        amount 41896 KZT per month
        reasons none

      case "worker qualification: 43 574 ₸, more than a specialist"
        facts qualification_level=worker
        expect eligible
        amount 43574 KZT per month

      case "applied bachelor is paid as post-secondary education, the specialist amount"
        facts qualification_level=applied_bachelor
        expect eligible
        amount 41896 KZT per month

      case "specialist, all excellent: +15% rounded to the tenge, 48 180 ₸ as published"
        facts lowest_grade=5
        expect eligible
        amount 48180 KZT per month

      case "worker, all excellent: +15% rounded to the tenge (50 110 ₸ computed, to verify)"
        facts qualification_level=worker lowest_grade=5
        expect eligible
        amount 50110 KZT per month

      case "dual training is not a form: a dual full-time student qualifies"
        facts dual_training=yes
        expect eligible
        amount 41896 KZT per month

      case "dual worker with only good grades"
        facts dual_training=yes qualification_level=worker
        expect eligible
        amount 43574 KZT per month

      case "dual training unknown does not matter"
        without dual_training
        expect eligible

      case "a satisfactory grade (boundary 3 < 4)"
        facts lowest_grade=3
        expect ineligible
        reasons has-satisfactory-grade
        amount none

      case "first year, first academic period: no session yet, eligible"
        facts course=1
        without lowest_grade
        expect eligible
        waived has-satisfactory-grade
        amount 41896 KZT per month

      case "first-year worker before the first session"
        facts course=1 qualification_level=worker
        without lowest_grade
        expect eligible
        amount 43574 KZT per month

      case "first year after the first session: the grades count"
        facts course=1 lowest_grade=3
        expect ineligible
        reasons has-satisfactory-grade

      case "first year, all excellent after the first session"
        facts course=1 lowest_grade=5
        expect eligible
        amount 48180 KZT per month

      case "second year without a session result: needs it"
        without lowest_grade
        expect needs-information
        reasons has-satisfactory-grade
        missing lowest_grade

      case "orphan with a satisfactory grade keeps the scholarship"
        facts lowest_grade=3 categories=[orphan]
        expect eligible
        waived has-satisfactory-grade
        amount 41896 KZT per month

      case "left without parental care, satisfactory grade"
        facts lowest_grade=3 categories=[without_parental_care]
        expect eligible
        waived has-satisfactory-grade

      case "visual impairment, satisfactory grade"
        facts lowest_grade=3 categories=[visual_impairment]
        expect eligible
        waived has-satisfactory-grade

      case "hearing impairment, satisfactory grade"
        facts lowest_grade=3 categories=[hearing_impairment]
        expect eligible
        waived has-satisfactory-grade

      case "disability in general does not waive a satisfactory grade"
        facts lowest_grade=3 categories=[disability, rural]
        expect ineligible
        reasons has-satisfactory-grade

      case "orphan with a failing grade (academic debt) does not"
        facts lowest_grade=2 categories=[orphan]
        expect ineligible
        reasons has-satisfactory-grade

      case "orphan with good grades: no increase is encoded (to verify)"
        facts categories=[orphan]
        expect eligible
        amount 41896 KZT per month

      case "learner with disability and good grades: no increase is encoded (to verify)"
        facts categories=[disability]
        expect eligible
        amount 41896 KZT per month

      case "satisfactory grade, categories unknown"
        facts lowest_grade=3
        without categories
        expect needs-information
        missing categories

      case "categories unknown do not matter with good grades"
        without categories
        expect eligible

      case "paid study"
        facts funding=paid
        expect ineligible
        reasons not-state-order

      case "targeted order is not the state order"
        facts funding=targeted_order
        expect ineligible
        reasons not-state-order

      case "evening form"
        facts form=evening
        expect ineligible
        reasons not-full-time

      case "extramural form (заочная / сырттай)"
        facts form=extramural
        expect ineligible
        reasons not-full-time

      case "extramural dual is still not full-time"
        facts form=extramural dual_training=yes
        expect ineligible
        reasons not-full-time

      case "school pupil"
        facts stage=school
        expect ineligible
        reasons not-in-college

      case "several failures are all listed"
        facts stage=university funding=paid lowest_grade=3
        expect ineligible
        reasons not-in-college, not-state-order, has-satisfactory-grade

      case "qualification level unknown: amount cannot be set"
        without qualification_level
        expect needs-information
        missing qualification_level

      case "all excellent, level unknown"
        facts lowest_grade=5
        without qualification_level
        expect needs-information
        missing qualification_level

      case "day before the amended decree takes effect"
        as-of 2024-08-31
        expect ineligible
        reasons policy-not-in-effect

      case "first day in effect: 2024-09-01"
        as-of 2024-09-01
        expect eligible
        amount 41896 KZT per month

      case "first day in effect, worker"
        as-of 2024-09-01
        facts qualification_level=worker
        expect eligible
        amount 43574 KZT per month

      """####
    ),
  ]
}
