// Generated from Policies/ by BuiltInPoliciesTests: do not edit; after editing Policies/,
// run `JOL_REGENERATE_BUILT_IN=1 swift test --filter BuiltInPoliciesTests`.

extension BuiltInPolicies {
  /// Every file, by its path under `Policies/`, in path order.
  public static let files: [(path: String, text: String)] = [
    (
      "diagnostics/crosswalk/directions.crosswalk",
      ####"""
      # Crosswalk: diagnostic scales → the seven profile directions of Kazakh schools → TVET
      # specialties (classifier codes of Policies/reference/tvet-specialties.csv).
      #
      # TO REVIEW: this mapping was drafted by the Jol project as a plausible starting point. The
      # region's methodologists should review it (which directions each scale points to, which
      # specialties each direction shows) before results are used for guidance. Check it with
      # `jol diagnose check`. Results guide; they never select or exclude anyone.
      #
      # A scale's directions are listed most fitting first; a pupil whose leading scales tie is shown
      # the directions of every tied scale.

      # Klimov's five types of professions.
      instrument five-types
        scale nature      agriculture medicine_social
        scale technology  engineering transport
        scale people      medicine_social services
        scale signs       ict services
        scale art         creative services

      # Holland's RIASEC areas.
      instrument riasec-60
        scale realistic      engineering transport agriculture
        scale investigative  ict medicine_social
        scale artistic       creative services
        scale social         medicine_social services
        scale enterprising   services transport
        scale conventional   ict services

      # Specialties shown for each direction: the classifier's specialties of that direction that
      # the region's colleges teach or may teach. A direction with no block shows no specialty.
      direction engineering
        specialty 07110500   # Технология переработки нефти и газа
        specialty 07130100   # Электрооборудование (по видам и отраслям)
        specialty 07130200   # Электроснабжение (по отраслям)
        specialty 07140100   # Автоматизация и управление технологическими процессами
        specialty 07140900   # Радиотехника, электроника и телекоммуникации
        specialty 07150100   # Технология машиностроения (по видам)
        specialty 07150500   # Сварочное дело (по видам)
        specialty 07150600   # Слесарное дело (по отраслям и видам)
        specialty 07151100   # Эксплуатация и техническое обслуживание машин и оборудования
        specialty 07240900   # Эксплуатация нефтяных и газовых месторождений
        specialty 07320100   # Строительство и эксплуатация зданий и сооружений
        specialty 07321200   # Монтаж и эксплуатация оборудования и систем газоснабжения

      direction ict
        specialty 06120100   # Вычислительная техника и информационные сети (по видам)
        specialty 06120200   # Системы информационной безопасности
        specialty 06130100   # Программное обеспечение (по видам)

      direction agriculture
        specialty 07211300   # Технология производства пищевых продуктов
        specialty 08210100   # Лесное хозяйство
        specialty 08410100   # Ветеринария

      direction transport
        specialty 07161300   # Техническое обслуживание, ремонт и эксплуатация автомобильного транспорта
        specialty 10410200   # Организация перевозок и управление движением на железнодорожном транспорте

      direction services
        specialty 04110100   # Учет и аудит
        specialty 04210100   # Правоведение
        specialty 07230100   # Швейное производство и моделирование одежды
        specialty 10120100   # Парикмахерское искусство
        specialty 10130100   # Гостиничный бизнес
        specialty 10130300   # Организация питания
        specialty 10150100   # Туризм

      direction medicine_social
        specialty 01120100   # Дошкольное воспитание и обучение
        specialty 01140100   # Педагогика и методика начального обучения
        specialty 01140500   # Физическая культура и спорт
        specialty 09130100   # Сестринское дело

      """####
    ),
    (
      "diagnostics/five-types/1/en.texts",
      ####"""
      # Five types of professions, version 1: English texts. Ids bind to five-types.instrument.

      title "Five types of professions (after E. A. Klimov)"
      instructions "Each item offers two kinds of work. Suppose you could do both equally well, and choose the one you would rather do: a or b. Answer every item."

      scale.nature "Nature"
      band.nature.not-expressed "not expressed"
      meaning.nature.not-expressed "Work with plants, animals and the environment attracts little for now; interests can change with time."
      band.nature.medium "medium"
      meaning.nature.medium "Interest in work with plants, animals and the environment is moderate: professions of this type are worth considering among others."
      band.nature.pronounced "pronounced"
      meaning.nature.pronounced "Work with plants, animals and the environment attracts strongly: professions of this type are worth looking at first."

      scale.technology "Technology"
      band.technology.not-expressed "not expressed"
      meaning.technology.not-expressed "Work with machines, devices and equipment attracts little for now; interests can change with time."
      band.technology.medium "medium"
      meaning.technology.medium "Interest in work with machines, devices and equipment is moderate: professions of this type are worth considering among others."
      band.technology.pronounced "pronounced"
      meaning.technology.pronounced "Work with machines, devices and equipment attracts strongly: professions of this type are worth looking at first."

      scale.people "People"
      band.people.not-expressed "not expressed"
      meaning.people.not-expressed "Work with people (teaching, caring, serving, advising) attracts little for now; interests can change with time."
      band.people.medium "medium"
      meaning.people.medium "Interest in work with people (teaching, caring, serving, advising) is moderate: professions of this type are worth considering among others."
      band.people.pronounced "pronounced"
      meaning.people.pronounced "Work with people (teaching, caring, serving, advising) attracts strongly: professions of this type are worth looking at first."

      scale.signs "Sign systems"
      band.signs.not-expressed "not expressed"
      meaning.signs.not-expressed "Work with numbers, texts, code and data attracts little for now; interests can change with time."
      band.signs.medium "medium"
      meaning.signs.medium "Interest in work with numbers, texts, code and data is moderate: professions of this type are worth considering among others."
      band.signs.pronounced "pronounced"
      meaning.signs.pronounced "Work with numbers, texts, code and data attracts strongly: professions of this type are worth looking at first."

      scale.art "Artistic images"
      band.art.not-expressed "not expressed"
      meaning.art.not-expressed "Work with images, sound, design and creative work attracts little for now; interests can change with time."
      band.art.medium "medium"
      meaning.art.medium "Interest in work with images, sound, design and creative work is moderate: professions of this type are worth considering among others."
      band.art.pronounced "pronounced"
      meaning.art.pronounced "Work with images, sound, design and creative work attracts strongly: professions of this type are worth looking at first."

      option.1a "Look after animals on a farm or at a veterinary clinic"
      option.1b "Tune and repair farm machinery and drones"
      option.2a "Help first-graders settle in at school as their mentor"
      option.2b "Check a spreadsheet of orders for mistakes"
      option.3a "Design the look of a mobile app"
      option.3b "Grow vegetables in a greenhouse with automatic watering"
      option.4a "Install and repair solar panels"
      option.4b "Advise customers at a bank or a service centre"
      option.5a "Write the code of a mobile app"
      option.5b "Shoot and edit videos for social media"
      option.6a "Monitor air and water quality at a field station"
      option.6b "Care for elderly people at home as a social worker"
      option.7a "Design clothes or furniture"
      option.7b "Run a computer-controlled (CNC) machine tool at a plant"
      option.8a "Teach children a sport or coach a team"
      option.8b "Play in a band or perform on stage"
      option.9a "Repair cars at a service station"
      option.9b "Keep the accounts of a small business in a program"
      option.10a "Study plant diseases in an agricultural laboratory"
      option.10b "Translate documents from one language into another"
      option.11a "Treat sick animals as a vet"
      option.11b "Install a computer network and Wi-Fi equipment in a building"
      option.12a "Care for patients in a hospital as a nurse"
      option.12b "Plan delivery routes in a logistics app"
      option.13a "Draw illustrations for books or comics"
      option.13b "Look after the trees and flower beds of a city park"
      option.14a "Build and program robots in a workshop"
      option.14b "Guide tourists around the region"
      option.15a "Analyse sales data and build charts"
      option.15b "Write articles or a blog"
      option.16a "Protect a forest and its wildlife as a ranger"
      option.16b "Welcome and help guests at a hotel reception"
      option.17a "Design the stage for concerts and events"
      option.17b "Weld metal structures"
      option.18a "Talk with people and help them through difficulties as a psychologist"
      option.18b "Make music and sound for video games"
      option.19a "Inspect power lines by flying a drone along them"
      option.19b "Test software and find its bugs"
      option.20a "Raise fish on a fish farm"
      option.20b "Check that contracts and documents are drawn up correctly"

      """####
    ),
    (
      "diagnostics/five-types/1/five-types.instrument",
      ####"""
      # Five types of professions after E. A. Klimov: 20 forced-choice pairs. A pupil chooses one work
      # activity of each pair; each option gives one point to its type, so the five scores sum to 20
      # and each is 0–8. The key is the published one (comparable with the classic questionnaire);
      # the activities are the project's own, modern wording. Texts: kk.texts, ru.texts, en.texts.

      instrument five-types
      version 1
      ages 11..17
      response choice
      # Forced choice: every pair must be answered; an incomplete sheet is sent back to the pupil.
      missing 0

      source "E. A. Klimov, Differential-Diagnostic Questionnaire (ДДО, «Дифференциально-диагностический опросник»), 1970s; key as published widely in Russian career-guidance textbooks — edition and year to verify"
      source "Item texts: Jol's own wording of modern work activities (2026); only the scoring key follows Klimov"
      licence "The classic item wording is not reproduced; the key and the five-type model are scientific content, free to use — licence status of the original questionnaire to verify"

      # Bands: 0–2 not expressed, 3–6 medium, 7–8 pronounced (as in the classic interpretation).
      scale nature
        band not-expressed 0..2
        band medium 3..6
        band pronounced 7..8
      scale technology
        band not-expressed 0..2
        band medium 3..6
        band pronounced 7..8
      scale people
        band not-expressed 0..2
        band medium 3..6
        band pronounced 7..8
      scale signs
        band not-expressed 0..2
        band medium 3..6
        band pronounced 7..8
      scale art
        band not-expressed 0..2
        band medium 3..6
        band pronounced 7..8

      item 1
        option a nature
        option b technology
      item 2
        option a people
        option b signs
      item 3
        option a art
        option b nature
      item 4
        option a technology
        option b people
      item 5
        option a signs
        option b art
      item 6
        option a nature
        option b people
      item 7
        option a art
        option b technology
      item 8
        option a people
        option b art
      item 9
        option a technology
        option b signs
      item 10
        option a nature
        option b signs
      item 11
        option a nature
        option b technology
      item 12
        option a people
        option b signs
      item 13
        option a art
        option b nature
      item 14
        option a technology
        option b people
      item 15
        option a signs
        option b art
      item 16
        option a nature
        option b people
      item 17
        option a art
        option b technology
      item 18
        option a people
        option b art
      item 19
        option a technology
        option b signs
      item 20
        option a nature
        option b signs

      """####
    ),
    (
      "diagnostics/five-types/1/kk.texts",
      ####"""
      # Five types of professions, version 1: Kazakh texts. Ids bind to five-types.instrument.

      title "Кәсіптердің бес түрі (Е. А. Климов бойынша)"
      instructions "Әр сұрақта жұмыстың екі түрі берілген. Екеуін де бірдей жақсы атқара аласыз деп есептеңіз де, өзіңізге көбірек ұнайтынын таңдаңыз: a немесе b. Әр сұраққа жауап беріңіз."

      scale.nature "Адам — табиғат"
      band.nature.not-expressed "байқалмайды"
      meaning.nature.not-expressed "Өсімдіктермен, жануарлармен және қоршаған ортамен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.nature.medium "орташа"
      meaning.nature.medium "Өсімдіктермен, жануарлармен және қоршаған ортамен байланысты жұмысқа қызығушылық орташа: осы түрдегі мамандықтарды басқалармен қатар қарастыруға болады."
      band.nature.pronounced "айқын"
      meaning.nature.pronounced "Өсімдіктермен, жануарлармен және қоршаған ортамен байланысты жұмыс қатты қызықтырады: алдымен осы түрдегі мамандықтарды қарастырған жөн."

      scale.technology "Адам — техника"
      band.technology.not-expressed "байқалмайды"
      meaning.technology.not-expressed "Машиналармен, құрылғылармен және жабдықтармен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.technology.medium "орташа"
      meaning.technology.medium "Машиналармен, құрылғылармен және жабдықтармен байланысты жұмысқа қызығушылық орташа: осы түрдегі мамандықтарды басқалармен қатар қарастыруға болады."
      band.technology.pronounced "айқын"
      meaning.technology.pronounced "Машиналармен, құрылғылармен және жабдықтармен байланысты жұмыс қатты қызықтырады: алдымен осы түрдегі мамандықтарды қарастырған жөн."

      scale.people "Адам — адам"
      band.people.not-expressed "байқалмайды"
      meaning.people.not-expressed "Адамдармен (оқыту, күтім, қызмет көрсету, кеңес беру) байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.people.medium "орташа"
      meaning.people.medium "Адамдармен (оқыту, күтім, қызмет көрсету, кеңес беру) байланысты жұмысқа қызығушылық орташа: осы түрдегі мамандықтарды басқалармен қатар қарастыруға болады."
      band.people.pronounced "айқын"
      meaning.people.pronounced "Адамдармен (оқыту, күтім, қызмет көрсету, кеңес беру) байланысты жұмыс қатты қызықтырады: алдымен осы түрдегі мамандықтарды қарастырған жөн."

      scale.signs "Адам — белгілер жүйесі"
      band.signs.not-expressed "байқалмайды"
      meaning.signs.not-expressed "Сандармен, мәтіндермен, бағдарламалық кодпен және деректермен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.signs.medium "орташа"
      meaning.signs.medium "Сандармен, мәтіндермен, бағдарламалық кодпен және деректермен байланысты жұмысқа қызығушылық орташа: осы түрдегі мамандықтарды басқалармен қатар қарастыруға болады."
      band.signs.pronounced "айқын"
      meaning.signs.pronounced "Сандармен, мәтіндермен, бағдарламалық кодпен және деректермен байланысты жұмыс қатты қызықтырады: алдымен осы түрдегі мамандықтарды қарастырған жөн."

      scale.art "Адам — көркем бейне"
      band.art.not-expressed "байқалмайды"
      meaning.art.not-expressed "Бейнелермен, дыбыспен, дизайнмен және шығармашылықпен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.art.medium "орташа"
      meaning.art.medium "Бейнелермен, дыбыспен, дизайнмен және шығармашылықпен байланысты жұмысқа қызығушылық орташа: осы түрдегі мамандықтарды басқалармен қатар қарастыруға болады."
      band.art.pronounced "айқын"
      meaning.art.pronounced "Бейнелермен, дыбыспен, дизайнмен және шығармашылықпен байланысты жұмыс қатты қызықтырады: алдымен осы түрдегі мамандықтарды қарастырған жөн."

      option.1a "Фермада не ветеринарлық клиникада жануарларды күту"
      option.1b "Ауыл шаруашылығы техникасы мен дрондарды баптау және жөндеу"
      option.2a "Бірінші сынып оқушыларына мектепке үйренуге тәлімгер ретінде көмектесу"
      option.2b "Тапсырыстар кестесін қателерге тексеру"
      option.3a "Мобильді қосымшаның сыртқы көрінісін әзірлеу"
      option.3b "Автоматты суаруы бар жылыжайда көкөніс өсіру"
      option.4a "Күн панельдерін орнату және жөндеу"
      option.4b "Банкте не қызмет көрсету орталығында клиенттерге кеңес беру"
      option.5a "Мобильді қосымшаға бағдарламалық код жазу"
      option.5b "Әлеуметтік желіге бейне түсіріп, монтаждау"
      option.6a "Далалық станцияда ауа мен судың сапасын бақылау"
      option.6b "Әлеуметтік қызметкер ретінде қарт адамдарға үйде күтім жасау"
      option.7a "Киім не жиһаз дизайнын жасау"
      option.7b "Зауытта сандық бағдарламамен басқарылатын (CNC) станокпен жұмыс істеу"
      option.8a "Балаларды спортқа баулу не команданы жаттықтыру"
      option.8b "Музыкалық топта ойнау не сахнада өнер көрсету"
      option.9a "Техникалық қызмет көрсету станциясында көлік жөндеу"
      option.9b "Шағын кәсіпорынның есебін бағдарламада жүргізу"
      option.10a "Ауыл шаруашылығы зертханасында өсімдік ауруларын зерттеу"
      option.10b "Құжаттарды бір тілден екінші тілге аудару"
      option.11a "Ветеринар ретінде ауырған жануарларды емдеу"
      option.11b "Ғимаратта компьютер желісі мен Wi-Fi жабдығын орнату"
      option.12a "Ауруханада медбике не мейірбике ретінде науқастарға күтім жасау"
      option.12b "Логистикалық қосымшада жеткізу маршруттарын жоспарлау"
      option.13a "Кітаптарға не комикстерге сурет салу"
      option.13b "Қалалық саябақтағы ағаштар мен гүлзарларды күту"
      option.14a "Шеберханада роботтарды құрастырып, бағдарламалау"
      option.14b "Өңірге келген туристерге экскурсия жүргізу"
      option.15a "Сатылым деректерін талдап, диаграммалар құру"
      option.15b "Мақалалар не блог жазу"
      option.16a "Орманшы болып орман мен жабайы аңдарды қорғау"
      option.16b "Қонақ үйдің ресепшнінде қонақтарды қарсы алып, оларға көмектесу"
      option.17a "Концерттер мен іс-шараларға сахна безендіру"
      option.17b "Металл конструкцияларды дәнекерлеу"
      option.18a "Психолог ретінде адамдармен сөйлесіп, қиындықтарын шешуге көмектесу"
      option.18b "Компьютер ойындарына музыка мен дыбыс жасау"
      option.19a "Электр желілерін дронмен ұшып тексеру"
      option.19b "Бағдарламаларды тестілеп, қателерін табу"
      option.20a "Балық шаруашылығында балық өсіру"
      option.20b "Шарттар мен құжаттардың дұрыс толтырылуын тексеру"

      """####
    ),
    (
      "diagnostics/five-types/1/ru.texts",
      ####"""
      # Five types of professions, version 1: Russian texts. Ids bind to five-types.instrument.

      title "Пять типов профессий (по Е. А. Климову)"
      instructions "В каждом вопросе — два вида работы. Представьте, что вы одинаково хорошо справились бы с обоими, и выберите тот, что вам больше по душе: a или b. Ответьте на каждый вопрос."

      scale.nature "Человек — природа"
      band.nature.not-expressed "не выражен"
      meaning.nature.not-expressed "Работа, связанная с растениями, животными и природной средой, пока мало привлекает; интересы со временем могут измениться."
      band.nature.medium "средний"
      meaning.nature.medium "Интерес к работе, связанной с растениями, животными и природной средой, средний: профессии этого типа можно рассматривать наряду с другими."
      band.nature.pronounced "ярко выражен"
      meaning.nature.pronounced "Работа, связанная с растениями, животными и природной средой, очень привлекает: стоит в первую очередь рассмотреть профессии этого типа."

      scale.technology "Человек — техника"
      band.technology.not-expressed "не выражен"
      meaning.technology.not-expressed "Работа, связанная с машинами, устройствами и оборудованием, пока мало привлекает; интересы со временем могут измениться."
      band.technology.medium "средний"
      meaning.technology.medium "Интерес к работе, связанной с машинами, устройствами и оборудованием, средний: профессии этого типа можно рассматривать наряду с другими."
      band.technology.pronounced "ярко выражен"
      meaning.technology.pronounced "Работа, связанная с машинами, устройствами и оборудованием, очень привлекает: стоит в первую очередь рассмотреть профессии этого типа."

      scale.people "Человек — человек"
      band.people.not-expressed "не выражен"
      meaning.people.not-expressed "Работа, связанная с людьми (обучение, забота, обслуживание, консультирование), пока мало привлекает; интересы со временем могут измениться."
      band.people.medium "средний"
      meaning.people.medium "Интерес к работе, связанной с людьми (обучение, забота, обслуживание, консультирование), средний: профессии этого типа можно рассматривать наряду с другими."
      band.people.pronounced "ярко выражен"
      meaning.people.pronounced "Работа, связанная с людьми (обучение, забота, обслуживание, консультирование), очень привлекает: стоит в первую очередь рассмотреть профессии этого типа."

      scale.signs "Человек — знаковая система"
      band.signs.not-expressed "не выражен"
      meaning.signs.not-expressed "Работа, связанная с числами, текстами, программным кодом и данными, пока мало привлекает; интересы со временем могут измениться."
      band.signs.medium "средний"
      meaning.signs.medium "Интерес к работе, связанной с числами, текстами, программным кодом и данными, средний: профессии этого типа можно рассматривать наряду с другими."
      band.signs.pronounced "ярко выражен"
      meaning.signs.pronounced "Работа, связанная с числами, текстами, программным кодом и данными, очень привлекает: стоит в первую очередь рассмотреть профессии этого типа."

      scale.art "Человек — художественный образ"
      band.art.not-expressed "не выражен"
      meaning.art.not-expressed "Работа, связанная с образами, звуком, дизайном и творчеством, пока мало привлекает; интересы со временем могут измениться."
      band.art.medium "средний"
      meaning.art.medium "Интерес к работе, связанной с образами, звуком, дизайном и творчеством, средний: профессии этого типа можно рассматривать наряду с другими."
      band.art.pronounced "ярко выражен"
      meaning.art.pronounced "Работа, связанная с образами, звуком, дизайном и творчеством, очень привлекает: стоит в первую очередь рассмотреть профессии этого типа."

      option.1a "Ухаживать за животными на ферме или в ветеринарной клинике"
      option.1b "Настраивать и ремонтировать сельхозтехнику и дроны"
      option.2a "Помогать первоклассникам освоиться в школе в роли наставника"
      option.2b "Проверять таблицу заказов на ошибки"
      option.3a "Придумывать внешний вид мобильного приложения"
      option.3b "Выращивать овощи в теплице с автоматическим поливом"
      option.4a "Устанавливать и ремонтировать солнечные панели"
      option.4b "Консультировать клиентов в банке или сервисном центре"
      option.5a "Писать программный код для мобильного приложения"
      option.5b "Снимать и монтировать видео для соцсетей"
      option.6a "Следить за качеством воздуха и воды на полевой станции"
      option.6b "Ухаживать за пожилыми людьми на дому в роли социального работника"
      option.7a "Создавать дизайн одежды или мебели"
      option.7b "Работать на станке с числовым программным управлением (ЧПУ) на заводе"
      option.8a "Учить детей спорту или тренировать команду"
      option.8b "Играть в музыкальной группе или выступать на сцене"
      option.9a "Ремонтировать автомобили на станции техобслуживания"
      option.9b "Вести учёт небольшой фирмы в программе"
      option.10a "Изучать болезни растений в агролаборатории"
      option.10b "Переводить документы с одного языка на другой"
      option.11a "Лечить заболевших животных в роли ветеринара"
      option.11b "Монтировать компьютерную сеть и оборудование Wi-Fi в здании"
      option.12a "Ухаживать за пациентами в больнице в роли медсестры или медбрата"
      option.12b "Планировать маршруты доставки в логистическом приложении"
      option.13a "Рисовать иллюстрации к книгам или комиксы"
      option.13b "Ухаживать за деревьями и клумбами в городском парке"
      option.14a "Собирать и программировать роботов в мастерской"
      option.14b "Проводить экскурсии для туристов, приехавших в регион"
      option.15a "Анализировать данные о продажах и строить диаграммы"
      option.15b "Писать статьи или вести блог"
      option.16a "Охранять лес и диких животных в роли лесника"
      option.16b "Встречать гостей на ресепшене гостиницы и помогать им"
      option.17a "Оформлять сцену для концертов и мероприятий"
      option.17b "Сваривать металлические конструкции"
      option.18a "Беседовать с людьми и помогать им решать трудности в роли психолога"
      option.18b "Создавать музыку и звук для компьютерных игр"
      option.19a "Облетать и осматривать линии электропередачи с дроном"
      option.19b "Тестировать программы и находить в них ошибки"
      option.20a "Разводить рыбу в рыбном хозяйстве"
      option.20b "Проверять, правильно ли составлены договоры и документы"

      """####
    ),
    (
      "diagnostics/riasec-60/1/en.texts",
      ####"""
      # Work interests (RIASEC), version 1: English texts. Ids bind to riasec-60.instrument.

      title "Work interests (RIASEC, 60 activities)"
      instructions "Read each work activity and mark how much you would like doing it: 0 strongly dislike, 1 dislike, 2 not sure, 3 like, 4 strongly like. Don't think about pay or how much training it takes: go by your interest alone."

      rating.0 "strongly dislike"
      rating.1 "dislike"
      rating.2 "not sure"
      rating.3 "like"
      rating.4 "strongly like"

      scale.realistic "Realistic (R)"
      band.realistic.low "low"
      meaning.realistic.low "Work involving hands-on work with machines and tools attracts little for now; interests can change with time."
      band.realistic.medium "medium"
      meaning.realistic.medium "Interest in work involving hands-on work with machines and tools is moderate: professions in this area are worth considering among others."
      band.realistic.high "high"
      meaning.realistic.high "Work involving hands-on work with machines and tools attracts strongly: professions in this area are worth looking at first."

      scale.investigative "Investigative (I)"
      band.investigative.low "low"
      meaning.investigative.low "Work involving research, analysis and experiments attracts little for now; interests can change with time."
      band.investigative.medium "medium"
      meaning.investigative.medium "Interest in work involving research, analysis and experiments is moderate: professions in this area are worth considering among others."
      band.investigative.high "high"
      meaning.investigative.high "Work involving research, analysis and experiments attracts strongly: professions in this area are worth looking at first."

      scale.artistic "Artistic (A)"
      band.artistic.low "low"
      meaning.artistic.low "Work involving creative work, design and expressing ideas attracts little for now; interests can change with time."
      band.artistic.medium "medium"
      meaning.artistic.medium "Interest in work involving creative work, design and expressing ideas is moderate: professions in this area are worth considering among others."
      band.artistic.high "high"
      meaning.artistic.high "Work involving creative work, design and expressing ideas attracts strongly: professions in this area are worth looking at first."

      scale.social "Social (S)"
      band.social.low "low"
      meaning.social.low "Work involving teaching, caring for and helping people attracts little for now; interests can change with time."
      band.social.medium "medium"
      meaning.social.medium "Interest in work involving teaching, caring for and helping people is moderate: professions in this area are worth considering among others."
      band.social.high "high"
      meaning.social.high "Work involving teaching, caring for and helping people attracts strongly: professions in this area are worth looking at first."

      scale.enterprising "Enterprising (E)"
      band.enterprising.low "low"
      meaning.enterprising.low "Work involving leading people, selling and organising attracts little for now; interests can change with time."
      band.enterprising.medium "medium"
      meaning.enterprising.medium "Interest in work involving leading people, selling and organising is moderate: professions in this area are worth considering among others."
      band.enterprising.high "high"
      meaning.enterprising.high "Work involving leading people, selling and organising attracts strongly: professions in this area are worth looking at first."

      scale.conventional "Conventional (C)"
      band.conventional.low "low"
      meaning.conventional.low "Work involving documents, data and clear procedures attracts little for now; interests can change with time."
      band.conventional.medium "medium"
      meaning.conventional.medium "Interest in work involving documents, data and clear procedures is moderate: professions in this area are worth considering among others."
      band.conventional.high "high"
      meaning.conventional.high "Work involving documents, data and clear procedures attracts strongly: professions in this area are worth looking at first."

      item.1 "Repair bicycles and scooters"
      item.2 "Study in a laboratory how bacteria respond to antibiotics"
      item.3 "Design the screens of a mobile app"
      item.4 "Teach children in a primary school"
      item.5 "Start and run your own business"
      item.6 "Keep stock records of a warehouse in a program"
      item.7 "Fit doors and windows in new houses"
      item.8 "Test water samples for pollution"
      item.9 "Shoot and edit short videos"
      item.10 "Care for elderly people or people with disabilities"
      item.11 "Sell goods through an online shop"
      item.12 "Check invoices and payments for mistakes"
      item.13 "Drive a truck or a bus on a regular route"
      item.14 "Find out why a machine keeps breaking down"
      item.15 "Write songs or compose music"
      item.16 "Help patients recover after an injury"
      item.17 "Negotiate a contract with a supplier"
      item.18 "Fill in and check documents at a public service centre"
      item.19 "Lay tiles and finish the walls of a flat"
      item.20 "Study data on climate change"
      item.21 "Draw illustrations for books or games"
      item.22 "Advise teenagers on choosing a profession"
      item.23 "Manage the staff of a café or a shop"
      item.24 "Enter data into a database"
      item.25 "Operate a crane on a building site"
      item.26 "Develop a new kind of battery"
      item.27 "Act in a theatre or a film"
      item.28 "Work as a nurse in a hospital"
      item.29 "Run an advertising campaign on social media"
      item.30 "Draw up a timetable for a school or for transport"
      item.31 "Service wind turbines and solar panels"
      item.32 "Study how animals behave in the steppe"
      item.33 "Design clothes with Kazakh ornament"
      item.34 "Run a children's club or a summer camp"
      item.35 "Organise a concert, a festival or a fair"
      item.36 "Keep the books of a company"
      item.37 "Repair a car engine"
      item.38 "Do chemistry experiments"
      item.39 "Write stories or scripts"
      item.40 "Help people in trouble on a helpline"
      item.41 "Present a new project to investors"
      item.42 "Track parcels in a logistics system"
      item.43 "Weld the pipes of a heating system"
      item.44 "Train and test an artificial intelligence model"
      item.45 "Design the interior of a room"
      item.46 "Coach a youth sports team"
      item.47 "Lead a project team in a company"
      item.48 "Check that application forms are filled in correctly"
      item.49 "Spray fields from a drone"
      item.50 "Study stars and planets through a telescope"
      item.51 "Create 3D characters for a video game"
      item.52 "Volunteer to help families in need"
      item.53 "Speak for the town's residents at public hearings"
      item.54 "Prepare monthly reports in spreadsheets"
      item.55 "Work a lathe or a 3D printer in a workshop"
      item.56 "Examine blood tests in a medical laboratory"
      item.57 "Take photographs for magazines and websites"
      item.58 "Teach adults to use a computer"
      item.59 "Open a branch of a delivery service in a new district"
      item.60 "Keep an organisation's document archive in order"

      """####
    ),
    (
      "diagnostics/riasec-60/1/kk.texts",
      ####"""
      # Work interests (RIASEC), version 1: Kazakh texts. Ids bind to riasec-60.instrument.

      title "Кәсіби қызығушылықтар (RIASEC, 60 әрекет)"
      instructions "Әр жұмыс түрін оқып, оны істеу сізге қаншалықты ұнайтынын белгілеңіз: 0 — мүлдем ұнамайды, 1 — ұнамайды, 2 — білмеймін, 3 — ұнайды, 4 — қатты ұнайды. Жалақыны да, қанша оқу керегін де ойламаңыз: тек қызығушылығыңызға сүйеніңіз."

      rating.0 "мүлдем ұнамайды"
      rating.1 "ұнамайды"
      rating.2 "білмеймін"
      rating.3 "ұнайды"
      rating.4 "қатты ұнайды"

      scale.realistic "Практикалық (R)"
      band.realistic.low "төмен"
      meaning.realistic.low "Қолмен, техникамен және құралдармен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.realistic.medium "орташа"
      meaning.realistic.medium "Қолмен, техникамен және құралдармен байланысты жұмысқа қызығушылық орташа: осы саладағы мамандықтарды басқалармен қатар қарастыруға болады."
      band.realistic.high "жоғары"
      meaning.realistic.high "Қолмен, техникамен және құралдармен байланысты жұмыс қатты қызықтырады: алдымен осы саладағы мамандықтарды қарастырған жөн."

      scale.investigative "Зерттеушілік (I)"
      band.investigative.low "төмен"
      meaning.investigative.low "Зерттеумен, талдаумен және тәжірибемен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.investigative.medium "орташа"
      meaning.investigative.medium "Зерттеумен, талдаумен және тәжірибемен байланысты жұмысқа қызығушылық орташа: осы саладағы мамандықтарды басқалармен қатар қарастыруға болады."
      band.investigative.high "жоғары"
      meaning.investigative.high "Зерттеумен, талдаумен және тәжірибемен байланысты жұмыс қатты қызықтырады: алдымен осы саладағы мамандықтарды қарастырған жөн."

      scale.artistic "Шығармашылық (A)"
      band.artistic.low "төмен"
      meaning.artistic.low "Шығармашылықпен, дизайнмен және өз идеяларын білдірумен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.artistic.medium "орташа"
      meaning.artistic.medium "Шығармашылықпен, дизайнмен және өз идеяларын білдірумен байланысты жұмысқа қызығушылық орташа: осы саладағы мамандықтарды басқалармен қатар қарастыруға болады."
      band.artistic.high "жоғары"
      meaning.artistic.high "Шығармашылықпен, дизайнмен және өз идеяларын білдірумен байланысты жұмыс қатты қызықтырады: алдымен осы саладағы мамандықтарды қарастырған жөн."

      scale.social "Әлеуметтік (S)"
      band.social.low "төмен"
      meaning.social.low "Адамдарды оқытумен, күтумен және оларға көмектесумен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.social.medium "орташа"
      meaning.social.medium "Адамдарды оқытумен, күтумен және оларға көмектесумен байланысты жұмысқа қызығушылық орташа: осы саладағы мамандықтарды басқалармен қатар қарастыруға болады."
      band.social.high "жоғары"
      meaning.social.high "Адамдарды оқытумен, күтумен және оларға көмектесумен байланысты жұмыс қатты қызықтырады: алдымен осы саладағы мамандықтарды қарастырған жөн."

      scale.enterprising "Кәсіпкерлік (E)"
      band.enterprising.low "төмен"
      meaning.enterprising.low "Адамдарды бастаумен, сатумен және ұйымдастырумен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.enterprising.medium "орташа"
      meaning.enterprising.medium "Адамдарды бастаумен, сатумен және ұйымдастырумен байланысты жұмысқа қызығушылық орташа: осы саладағы мамандықтарды басқалармен қатар қарастыруға болады."
      band.enterprising.high "жоғары"
      meaning.enterprising.high "Адамдарды бастаумен, сатумен және ұйымдастырумен байланысты жұмыс қатты қызықтырады: алдымен осы саладағы мамандықтарды қарастырған жөн."

      scale.conventional "Жүйелеушілік (C)"
      band.conventional.low "төмен"
      meaning.conventional.low "Құжаттармен, деректермен және нақты тәртіппен байланысты жұмыс әзірге аз қызықтырады; қызығушылық уақыт өте өзгеруі мүмкін."
      band.conventional.medium "орташа"
      meaning.conventional.medium "Құжаттармен, деректермен және нақты тәртіппен байланысты жұмысқа қызығушылық орташа: осы саладағы мамандықтарды басқалармен қатар қарастыруға болады."
      band.conventional.high "жоғары"
      meaning.conventional.high "Құжаттармен, деректермен және нақты тәртіппен байланысты жұмыс қатты қызықтырады: алдымен осы саладағы мамандықтарды қарастырған жөн."

      item.1 "Велосипед пен самокат жөндеу"
      item.2 "Зертханада бактериялардың антибиотиктерге сезімталдығын зерттеу"
      item.3 "Мобильді қосымшаның интерфейсін әзірлеу"
      item.4 "Бастауыш сыныпта балаларды оқыту"
      item.5 "Өз ісіңізді ашып, оны басқару"
      item.6 "Бағдарламада қоймадағы тауарлардың есебін жүргізу"
      item.7 "Жаңа үйлерге есік пен терезе орнату"
      item.8 "Су сынамаларын ластануға талдау"
      item.9 "Қысқа бейнелер түсіріп, монтаждау"
      item.10 "Қарт адамдарға не мүгедектігі бар адамдарға күтім жасау"
      item.11 "Интернет-дүкен арқылы тауар сату"
      item.12 "Шот-фактуралар мен төлемдерді қателерге тексеру"
      item.13 "Жүк көлігін не автобусты тұрақты бағытпен жүргізу"
      item.14 "Станоктың неге жиі бұзылатынын анықтау"
      item.15 "Ән жазу не музыка шығару"
      item.16 "Жарақаттан кейін науқастардың сауығуына көмектесу"
      item.17 "Жеткізушімен келісімшарт бойынша келіссөз жүргізу"
      item.18 "ХҚКО-да құжаттарды толтырып, тексеру"
      item.19 "Пәтерде плитка төсеп, қабырғаларды әрлеу"
      item.20 "Климаттың өзгеруі туралы деректерді зерттеу"
      item.21 "Кітаптарға не ойындарға сурет салу"
      item.22 "Жасөспірімдерге мамандық таңдау бойынша кеңес беру"
      item.23 "Кафе не дүкен ұжымын басқару"
      item.24 "Деректерді дерекқорға енгізу"
      item.25 "Құрылыс алаңында кранды басқару"
      item.26 "Аккумулятордың жаңа түрін әзірлеу"
      item.27 "Театрда не кинода рөл ойнау"
      item.28 "Ауруханада медбике не мейірбике болып жұмыс істеу"
      item.29 "Әлеуметтік желілерде жарнама науқанын жүргізу"
      item.30 "Мектепке не көлікке арналған кесте құру"
      item.31 "Жел турбиналары мен күн панельдеріне қызмет көрсету"
      item.32 "Даладағы жануарлардың мінез-құлқын зерттеу"
      item.33 "Қазақ ою-өрнегі бар киім үлгілерін жасау"
      item.34 "Балалар үйірмесін не жазғы лагерьді басқару"
      item.35 "Концерт, фестиваль не жәрмеңке ұйымдастыру"
      item.36 "Компанияның бухгалтерлік есебін жүргізу"
      item.37 "Автокөлік қозғалтқышын жөндеу"
      item.38 "Химиялық тәжірибелер жасау"
      item.39 "Әңгімелер не сценарийлер жазу"
      item.40 "Сенім телефонында қиын жағдайға тап болған адамдарға көмектесу"
      item.41 "Жаңа жобаны инвесторларға таныстыру"
      item.42 "Логистикалық жүйеде сәлемдемелердің жолын қадағалау"
      item.43 "Жылу жүйесінің құбырларын дәнекерлеу"
      item.44 "Жасанды интеллект моделін үйретіп, тексеру"
      item.45 "Бөлменің интерьерін безендіру"
      item.46 "Жасөспірімдер спорт командасын жаттықтыру"
      item.47 "Компаниядағы жоба тобын басқару"
      item.48 "Өтініш нысандарының дұрыс толтырылуын тексеру"
      item.49 "Егістікке дронмен дәрі себу"
      item.50 "Телескоппен жұлдыздар мен планеталарды зерттеу"
      item.51 "Компьютер ойынына 3D кейіпкерлер жасау"
      item.52 "Ерікті ретінде көмекке мұқтаж отбасыларға көмектесу"
      item.53 "Қоғамдық тыңдауларда қала тұрғындарының мүддесін қорғау"
      item.54 "Электрондық кестелерде ай сайынғы есептер дайындау"
      item.55 "Шеберханада токарлық станокпен не 3D-принтермен жұмыс істеу"
      item.56 "Медициналық зертханада қан талдауларын зерттеу"
      item.57 "Журналдар мен сайттарға фотосурет түсіру"
      item.58 "Ересектерді компьютермен жұмыс істеуге үйрету"
      item.59 "Жеткізу қызметінің жаңа ауданда филиалын ашу"
      item.60 "Мекеменің құжаттар мұрағатын реттеу"

      """####
    ),
    (
      "diagnostics/riasec-60/1/riasec-60.instrument",
      ####"""
      # Work interests after J. L. Holland's RIASEC model, in the shape of the O*NET Interest Profiler
      # short form: 60 work activities, 10 per area, each rated 0–4; an area scores 0–40. The code is
      # the top three areas by letter, ties shown with '=' (see Policies/diagnostics/README.md).
      # Texts: kk.texts, ru.texts, en.texts.

      instrument riasec-60
      version 1
      ages 12..17
      response rating 0..4
      # Up to 2 unanswered items of an area are prorated; 3 or more make the area insufficient.
      prorate 2
      # A sheet may leave at most 6 of the 60 items unanswered (one in ten); more is sent back.
      missing 6
      # A flat profile: the highest and lowest areas differ by 4 points or less.
      flat 4
      code 3

      source "J. L. Holland, Making Vocational Choices: A Theory of Vocational Personalities and Work Environments (RIASEC model)"
      source "Shape of the O*NET Interest Profiler Short Form: 60 work activities, 10 per RIASEC area, rated 0 strongly dislike … 4 strongly like, an area scoring 0–40 (psypack.com/assessments/onet-interest-profiler; services.onetcenter.org, Mini-IP reference) — edition and year to verify"
      source "Activities: Jol's own wording of modern work (2026); none is an O*NET item"
      licence "O*NET Interest Profiler: © U.S. Department of Labor, Employment and Training Administration; no additional licence is needed to copy, use or distribute it; O*NET is a DOL/ETA trademark (Interest Profiler User's Guide, version 3.0, user's agreement). This instrument reproduces none of its items and is not an O*NET product"

      # Bands (our own, equal thirds of 0–40): 0–13 low, 14–27 medium, 28–40 high.
      scale realistic letter R
        band low 0..13
        band medium 14..27
        band high 28..40
      scale investigative letter I
        band low 0..13
        band medium 14..27
        band high 28..40
      scale artistic letter A
        band low 0..13
        band medium 14..27
        band high 28..40
      scale social letter S
        band low 0..13
        band medium 14..27
        band high 28..40
      scale enterprising letter E
        band low 0..13
        band medium 14..27
        band high 28..40
      scale conventional letter C
        band low 0..13
        band medium 14..27
        band high 28..40

      item 1 realistic
      item 2 investigative
      item 3 artistic
      item 4 social
      item 5 enterprising
      item 6 conventional
      item 7 realistic
      item 8 investigative
      item 9 artistic
      item 10 social
      item 11 enterprising
      item 12 conventional
      item 13 realistic
      item 14 investigative
      item 15 artistic
      item 16 social
      item 17 enterprising
      item 18 conventional
      item 19 realistic
      item 20 investigative
      item 21 artistic
      item 22 social
      item 23 enterprising
      item 24 conventional
      item 25 realistic
      item 26 investigative
      item 27 artistic
      item 28 social
      item 29 enterprising
      item 30 conventional
      item 31 realistic
      item 32 investigative
      item 33 artistic
      item 34 social
      item 35 enterprising
      item 36 conventional
      item 37 realistic
      item 38 investigative
      item 39 artistic
      item 40 social
      item 41 enterprising
      item 42 conventional
      item 43 realistic
      item 44 investigative
      item 45 artistic
      item 46 social
      item 47 enterprising
      item 48 conventional
      item 49 realistic
      item 50 investigative
      item 51 artistic
      item 52 social
      item 53 enterprising
      item 54 conventional
      item 55 realistic
      item 56 investigative
      item 57 artistic
      item 58 social
      item 59 enterprising
      item 60 conventional

      """####
    ),
    (
      "diagnostics/riasec-60/1/ru.texts",
      ####"""
      # Work interests (RIASEC), version 1: Russian texts. Ids bind to riasec-60.instrument.

      title "Профессиональные интересы (RIASEC, 60 видов деятельности)"
      instructions "Прочитайте каждый вид работы и отметьте, насколько вам нравилось бы ею заниматься: 0 — совсем не нравится, 1 — не нравится, 2 — не знаю, 3 — нравится, 4 — очень нравится. Не думайте о зарплате и о том, сколько нужно учиться: опирайтесь только на свой интерес."

      rating.0 "совсем не нравится"
      rating.1 "не нравится"
      rating.2 "не знаю"
      rating.3 "нравится"
      rating.4 "очень нравится"

      scale.realistic "Реалистический (R)"
      band.realistic.low "низкий"
      meaning.realistic.low "Работа, связанная с ручным трудом, техникой и инструментами, пока мало привлекает; интересы со временем могут измениться."
      band.realistic.medium "средний"
      meaning.realistic.medium "Интерес к работе, связанной с ручным трудом, техникой и инструментами, средний: профессии этой области можно рассматривать наряду с другими."
      band.realistic.high "высокий"
      meaning.realistic.high "Работа, связанная с ручным трудом, техникой и инструментами, очень привлекает: стоит в первую очередь рассмотреть профессии этой области."

      scale.investigative "Исследовательский (I)"
      band.investigative.low "низкий"
      meaning.investigative.low "Работа, связанная с исследованиями, анализом и опытами, пока мало привлекает; интересы со временем могут измениться."
      band.investigative.medium "средний"
      meaning.investigative.medium "Интерес к работе, связанной с исследованиями, анализом и опытами, средний: профессии этой области можно рассматривать наряду с другими."
      band.investigative.high "высокий"
      meaning.investigative.high "Работа, связанная с исследованиями, анализом и опытами, очень привлекает: стоит в первую очередь рассмотреть профессии этой области."

      scale.artistic "Артистический (A)"
      band.artistic.low "низкий"
      meaning.artistic.low "Работа, связанная с творчеством, дизайном и выражением своих идей, пока мало привлекает; интересы со временем могут измениться."
      band.artistic.medium "средний"
      meaning.artistic.medium "Интерес к работе, связанной с творчеством, дизайном и выражением своих идей, средний: профессии этой области можно рассматривать наряду с другими."
      band.artistic.high "высокий"
      meaning.artistic.high "Работа, связанная с творчеством, дизайном и выражением своих идей, очень привлекает: стоит в первую очередь рассмотреть профессии этой области."

      scale.social "Социальный (S)"
      band.social.low "низкий"
      meaning.social.low "Работа, связанная с обучением людей, заботой о них и помощью им, пока мало привлекает; интересы со временем могут измениться."
      band.social.medium "средний"
      meaning.social.medium "Интерес к работе, связанной с обучением людей, заботой о них и помощью им, средний: профессии этой области можно рассматривать наряду с другими."
      band.social.high "высокий"
      meaning.social.high "Работа, связанная с обучением людей, заботой о них и помощью им, очень привлекает: стоит в первую очередь рассмотреть профессии этой области."

      scale.enterprising "Предприимчивый (E)"
      band.enterprising.low "низкий"
      meaning.enterprising.low "Работа, связанная с руководством людьми, продажами и организацией, пока мало привлекает; интересы со временем могут измениться."
      band.enterprising.medium "средний"
      meaning.enterprising.medium "Интерес к работе, связанной с руководством людьми, продажами и организацией, средний: профессии этой области можно рассматривать наряду с другими."
      band.enterprising.high "высокий"
      meaning.enterprising.high "Работа, связанная с руководством людьми, продажами и организацией, очень привлекает: стоит в первую очередь рассмотреть профессии этой области."

      scale.conventional "Конвенциональный (C)"
      band.conventional.low "низкий"
      meaning.conventional.low "Работа, связанная с документами, данными и чётким порядком, пока мало привлекает; интересы со временем могут измениться."
      band.conventional.medium "средний"
      meaning.conventional.medium "Интерес к работе, связанной с документами, данными и чётким порядком, средний: профессии этой области можно рассматривать наряду с другими."
      band.conventional.high "высокий"
      meaning.conventional.high "Работа, связанная с документами, данными и чётким порядком, очень привлекает: стоит в первую очередь рассмотреть профессии этой области."

      item.1 "Ремонтировать велосипеды и самокаты"
      item.2 "Изучать в лаборатории, как бактерии реагируют на антибиотики"
      item.3 "Разрабатывать интерфейс мобильного приложения"
      item.4 "Учить детей в начальной школе"
      item.5 "Открыть своё дело и управлять им"
      item.6 "Вести учёт товаров на складе в программе"
      item.7 "Устанавливать двери и окна в новых домах"
      item.8 "Анализировать пробы воды на загрязнение"
      item.9 "Снимать и монтировать короткие видео"
      item.10 "Ухаживать за пожилыми людьми или людьми с инвалидностью"
      item.11 "Продавать товары через интернет-магазин"
      item.12 "Проверять счета и платежи на ошибки"
      item.13 "Водить грузовик или автобус по постоянному маршруту"
      item.14 "Выяснять, почему станок часто ломается"
      item.15 "Писать песни или сочинять музыку"
      item.16 "Помогать пациентам восстановиться после травмы"
      item.17 "Вести переговоры с поставщиком о договоре"
      item.18 "Заполнять и проверять документы в ЦОНе"
      item.19 "Класть плитку и отделывать стены в квартире"
      item.20 "Исследовать данные об изменении климата"
      item.21 "Рисовать иллюстрации к книгам или играм"
      item.22 "Консультировать подростков по выбору профессии"
      item.23 "Руководить коллективом кафе или магазина"
      item.24 "Вносить данные в базу данных"
      item.25 "Управлять краном на стройке"
      item.26 "Разрабатывать новый тип аккумулятора"
      item.27 "Играть роли в театре или кино"
      item.28 "Работать медсестрой или медбратом в больнице"
      item.29 "Вести рекламную кампанию в соцсетях"
      item.30 "Составлять расписание для школы или транспорта"
      item.31 "Обслуживать ветровые турбины и солнечные панели"
      item.32 "Изучать поведение животных в степи"
      item.33 "Создавать модели одежды с казахским орнаментом"
      item.34 "Вести детский кружок или летний лагерь"
      item.35 "Организовать концерт, фестиваль или ярмарку"
      item.36 "Вести бухгалтерию компании"
      item.37 "Ремонтировать двигатель автомобиля"
      item.38 "Ставить химические опыты"
      item.39 "Писать рассказы или сценарии"
      item.40 "Помогать людям в трудной ситуации по телефону доверия"
      item.41 "Представлять новый проект инвесторам"
      item.42 "Отслеживать посылки в логистической системе"
      item.43 "Сваривать трубы отопления"
      item.44 "Обучать и проверять модель искусственного интеллекта"
      item.45 "Оформлять интерьер комнаты"
      item.46 "Тренировать юношескую спортивную команду"
      item.47 "Руководить проектной командой в компании"
      item.48 "Проверять, правильно ли заполнены заявления"
      item.49 "Обрабатывать поля с помощью дрона"
      item.50 "Изучать звёзды и планеты в телескоп"
      item.51 "Создавать 3D-персонажей для компьютерной игры"
      item.52 "Помогать нуждающимся семьям как волонтёр"
      item.53 "Отстаивать интересы жителей города на общественных слушаниях"
      item.54 "Готовить ежемесячные отчёты в электронных таблицах"
      item.55 "Работать на токарном станке или 3D-принтере в мастерской"
      item.56 "Исследовать анализы крови в медицинской лаборатории"
      item.57 "Фотографировать для журналов и сайтов"
      item.58 "Учить взрослых работать с компьютером"
      item.59 "Открыть филиал службы доставки в новом районе"
      item.60 "Упорядочивать архив документов организации"

      """####
    ),
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
      "mentoring/kst-dual-2026.programme",
      ####"""
      # Mentorships of dual-training students at enterprises of the sample region (Kostanay), for the
      # 2026–2027 study year. Format: Policies/mentoring/README.md.

      programme kst-dual-2026
        title kk "Дуалды оқыту тәлімгерлігі, 2026–2027" ru "Наставничество в дуальном обучении, 2026–2027" en "Dual-training mentorship, 2026–2027"

        # A pair that breaks one of these is never made.
        require specialty
        require language
        require district
        require shift

        # How enterprises rank the students who chose their mentors.
        score gpa 10                               # 0–50 for GPA 0–5
        score attendance 0.2                       # 0–20 for 0–100% attendance
        score diagnostic_direction 5               # the career diagnostic points to the mentor's field
        score category orphan 5
        score category disability 5
        score category rural 3
        score applied_on 0.1 until 2026-08-31      # 0.1 per day the list came in early

        list 5
        lottery "kst-dual-2026"
        enterprise_capacity on
        unlisted build
        expand by capacity

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
      "reporting/kostanay.passport",
      ####"""
      # Cluster passport of the sample region (Kostanay) — SAMPLE DATA.
      #
      # The institutions and enterprises are the fictional ones of `jol demo` and `jol generate region`;
      # baselines, targets and amounts are plausible figures, not the region's. Facts about Kazakhstan
      # that no source in Policies/GLOSSARY.md or the research notes confirms are marked "to verify".
      # The format is described in Policies/reporting/README.md; `jol report passport` renders it.

      passport kostanay-cluster
      version 1
      region 39
      notice kk "Үлгі деректер: ұйымдар ойдан шығарылған, мақсатты мәндер мен сомалар — мысал ретінде." ru "Пример данных: организации вымышлены, целевые значения и суммы приведены для примера." en "Sample data: the organisations are fictional; targets and amounts are examples."

      name
        title kk "Қостанай облысының «Білім — өндіріс» өңірлік кластері (үлгі)" ru "Региональный кластер «Образование — производство» Костанайской области (пример)" en "Kostanay region education-production cluster (sample)"
        text kk "Мектеп, колледж, кәсіпорын және университет білім алушының бір жолы ретінде бірге жұмыс істейді." ru "Школы, колледжи, предприятия и университет работают вместе как один путь обучающегося." en "Schools, colleges, enterprises and the university work together as one path for the learner."

      participants
        founder state_body akimat
          title kk "Қостанай облысы әкімдігінің білім басқармасы" ru "Управление образования акимата Костанайской области" en "Education department of the Kostanay region akimat"
          role kk "Кластерді үйлестіреді, мемлекеттік білім беру тапсырысын орналастырады" ru "Координирует кластер, размещает государственный образовательный заказ" en "Coordinates the cluster, places the state order"
          commitment kk "Жыл сайын кластер көрсеткіштерін қарау" ru "Ежегодно рассматривать показатели кластера" en "Review the cluster's KPIs every year"
          commitment kk "Тапшы мамандықтарға мемлекеттік білім беру тапсырысын бөлу" ru "Направлять государственный образовательный заказ на дефицитные специальности" en "Direct the state order to specialties in short supply"
        founder college KST-COL-01
          title kk "Қостанай политехникалық колледжі" ru "Костанайский политехнический колледж" en "Kostanay Polytechnic College"
          role kk "Инженерлік мамандықтар бойынша базалық колледж" ru "Базовый колледж по инженерным специальностям" en "Lead college for engineering specialties"
          commitment kk "Дуальды оқытуды кеңейту" ru "Расширить дуальное обучение" en "Extend dual training"
        founder college KST-COL-02
          title kk "Қостанай агротехникалық колледжі" ru "Костанайский агротехнический колледж" en "Kostanay Agrotechnical College"
          role kk "Агроөнеркәсіп кешені үшін кадр даярлау" ru "Подготовка кадров для агропромышленного комплекса" en "Trains staff for the agro-industrial sector"
          commitment kk "Кәсіпорындармен нысаналы тапсырыс шарттарын жасау" ru "Заключать договоры целевого заказа с предприятиями" en "Sign targeted-order agreements with enterprises"
        participant college KST-COL-03
          title kk "Қостанай жоғары медициналық колледжі" ru "Костанайский высший медицинский колледж" en "Kostanay Higher Medical College"
          role kk "Денсаулық сақтау саласы үшін кадр даярлау" ru "Подготовка кадров для здравоохранения" en "Trains staff for healthcare"
          commitment kk "Клиникалық базаларда тәлімгерлікті ұйымдастыру" ru "Организовать наставничество на клинических базах" en "Organise mentorship at clinical sites"
        founder enterprise saryarka
          title kk "«Сарыарқа Агромаш» ЖШС" ru "ТОО «Сарыарка Агромаш»" en "Saryarka Agromash LLP"
          role kk "Дуальды оқыту базасы, тәлімгерлер береді" ru "База дуального обучения, выделяет наставников" en "Dual-training site, provides mentors"
          commitment kk "Жыл сайын 40 орын дуальды оқытуға" ru "Ежегодно 40 мест для дуального обучения" en "40 dual-training places a year"
        participant enterprise tobyl-energo
          title kk "«Тобыл Энерго» АҚ" ru "АО «Тобол Энерго»" en "Tobol Energo JSC"
          role kk "Электр жабдықтары мамандарына сұраныс береді" ru "Заявляет спрос на специалистов по электрооборудованию" en "Declares demand for electrical specialists"
          commitment kk "Түлектерді жұмысқа қабылдау" ru "Принимать выпускников на работу" en "Hire graduates"
        participant enterprise dala-agro
          title kk "«Дала Агро» ЖШС" ru "ТОО «Дала Агро»" en "Dala Agro LLP"
          role kk "Ветеринария және тағам өндірісі бойынша практика базасы" ru "База практики по ветеринарии и пищевому производству" en "Practice site for veterinary and food production"
          commitment kk "Кәсіпорынның нысаналы тапсырысы бойынша оқуды қаржыландыру" ru "Финансировать обучение по целевому заказу предприятия" en "Fund training on a targeted enterprise order"
        participant university KST-UNI-01
          title kk "Қостанай өңірлік университеті" ru "Костанайский региональный университет" en "Kostanay Regional University"
          role kk "Түлектердің оқуын жалғастыру, қолданбалы бакалавриат" ru "Продолжение обучения выпускников, прикладной бакалавриат" en "Further study for graduates, applied bachelor programmes"
          commitment kk "Колледж түлектеріне қысқартылған бағдарламалар" ru "Сокращённые программы для выпускников колледжей" en "Shortened programmes for college graduates"
        participant research agro-research
          title kk "Өңірлік аграрлық ғылыми-зерттеу орталығы (үлгі)" ru "Региональный аграрный научно-исследовательский центр (пример)" en "Regional agricultural research centre (sample)"
          role kk "Жаңа технологияларды оқу бағдарламаларына енгізу" ru "Внедрение новых технологий в учебные программы" en "Brings new technologies into curricula"
          commitment kk "Оқытушыларға жыл сайын тағылымдама" ru "Ежегодные стажировки для преподавателей" en "Yearly internships for teachers"

      legal
        status kk "Заңды тұлға құрмайтын шарттық бірлестік (тексеру керек)" ru "Договорное объединение без образования юридического лица (проверить)" en "Contractual association without a legal entity (to verify)"
        basis kk "Техникалық және кәсіптік білім беруді дамытудың 2025–2027 жылдарға арналған жол картасы (атауы мен нөмірін тексеру керек)" ru "Дорожная карта развития технического и профессионального образования на 2025–2027 годы (название и номер проверить)" en "Roadmap for technical and vocational education 2025–2027 (title and number to verify)"
        basis kk "Қатысушылардың ынтымақтастық туралы меморандумы (үлгі)" ru "Меморандум участников о сотрудничестве (пример)" en "Participants' memorandum of cooperation (sample)"

      geography
        district 391000000
        district 392400000
        district 395000000
        district 393600000
        text kk "Қостанай және Рудный қалалары, Қарабалық және Әулиекөл аудандары (аудан атауларының қазақша жазылуын тексеру керек)." ru "Города Костанай и Рудный, Карабалыкский и Аулиекольский районы." en "The cities of Kostanay and Rudny, Karabalyk and Auliekol districts (Kazakh spellings of the names to verify)."

      strategy
        text kk "Колледж түлектерін өңір кәсіпорындарында мамандығы бойынша жұмысқа орналастыру." ru "Трудоустройство выпускников колледжей по специальности на предприятиях региона." en "College graduates employed in their specialty at the region's enterprises."
        goal employment
          title kk "Түлектер өңірде мамандығы бойынша жұмыс табады" ru "Выпускники находят работу по специальности в регионе" en "Graduates find work in their specialty in the region"
          kpi employment
          kpi employment-in-specialty
        goal dual
          title kk "Оқыту кәсіпорынмен бірге жүреді" ru "Обучение идёт вместе с предприятием" en "Training goes hand in hand with enterprises"
          kpi dual-training
          kpi targeted-order
          kpi mentor-coverage
        goal guidance
          title kk "Әр оқушы кәсіптік диагностикадан өтеді" ru "Каждый школьник проходит профориентационную диагностику" en "Every pupil takes a career diagnostic"
          kpi diagnostic-coverage
        goal enrolment
          title kk "Колледждер өңірге қажет кадрларды көбірек даярлайды" ru "Колледжи готовят больше нужных региону кадров" en "Colleges train more of the staff the region needs"
          kpi college-learners

      specialisations
        specialty 07150500
          note kk "Машина жасау кәсіпорындары үшін" ru "Для машиностроительных предприятий" en "For machine-building enterprises"
        specialty 07151100
        specialty 07161300
        specialty 07130100
          note kk "Энергетика саласы үшін" ru "Для энергетики" en "For the energy sector"
        specialty 06130100
        specialty 08410100
        specialty 07211300
        specialty 09130100

      action_plan
        measure dual-places
          title kk "Дуальды оқыту орындарын кеңейту" ru "Расширить места дуального обучения" en "Extend dual-training places"
          deadline 2027-09-01
          responsible KST-COL-01 KST-COL-02 saryarka
          result kk "Колледж білім алушыларының 30%-ы дуальды оқытуда" ru "30% обучающихся колледжей в дуальном обучении" en "30% of college learners in dual training"
        measure mentors
          title kk "Кәсіпорын тәлімгерлерін даярлау және бекіту" ru "Подготовить и закрепить наставников предприятий" en "Train and assign enterprise mentors"
          deadline 2026-12-31
          responsible saryarka tobyl-energo KST-COL-03
          result kk "Білім алушылардың 35%-ының тәлімгері бар" ru "У 35% обучающихся есть наставник" en "35% of learners have a mentor"
        measure diagnostics
          title kk "9-сынып оқушыларына кәсіптік диагностика" ru "Профориентационная диагностика для учащихся 9 классов" en "Career diagnostics for grade-9 pupils"
          deadline 2027-05-31
          responsible akimat
          result kk "Оқушылардың 80%-ы диагностикадан өтті" ru "80% школьников прошли диагностику" en "80% of pupils have taken a diagnostic"
        measure monitoring
          title kk "Көрсеткіштерді Jol журналынан жыл сайын есептеу" ru "Ежегодно считать показатели по журналу Jol" en "Compute the KPIs from the Jol log every year"
          deadline 2026-12-31
          responsible akimat
          result kk "Әкімдікке жыл сайынғы есеп" ru "Ежегодный отчёт акимату" en "A yearly report to the akimat"

      innovation
        text kk "Ауыл шаруашылығы техникасын цифрлық диагностикалау бойынша ортақ зертхана (үлгі)." ru "Общая лаборатория цифровой диагностики сельхозтехники (пример)." en "A shared laboratory for digital diagnostics of farm machinery (sample)."
        text kk "Кәсіпорын инженерлері колледж бағдарламаларын бірге әзірлейді." ru "Инженеры предприятий совместно разрабатывают программы колледжей." en "Enterprise engineers co-design college programmes."

      funding
        source local-budget
          title kk "Жергілікті бюджет: мемлекеттік білім беру тапсырысы" ru "Местный бюджет: государственный образовательный заказ" en "Local budget: the state order"
          amount 2026 1200000000
          amount 2027 1300000000
        source enterprises
          title kk "Кәсіпорындар: нысаналы тапсырыс және дуальды оқыту" ru "Предприятия: целевой заказ и дуальное обучение" en "Enterprises: targeted orders and dual training"
          amount 2026 150000000
          amount 2027 200000000
        source grants
          title kk "Өңірлік гранттар мен атаулы стипендиялар" ru "Региональные гранты и именные стипендии" en "Regional grants and named scholarships"
          amount 2026 60000000

      infrastructure
        text kk "Колледждердің оқу шеберханалары және кәсіпорындардағы оқу алаңдары." ru "Учебные мастерские колледжей и учебные площадки на предприятиях." en "College workshops and training sites at enterprises."
        text kk "Университеттің жатақханасы колледж түлектеріне де беріледі (үлгі)." ru "Общежитие университета доступно и выпускникам колледжей (пример)." en "The university's dormitory also houses college graduates (sample)."

      monitoring
        source kk "Көрсеткіштер тізімі техникалық және кәсіптік білім беруді дамытудың 2025–2027 жылдарға арналған жол картасының 10-қадамы бойынша (қатысушылар, бағдарламалар және еңбек нарығының сұранысы мониторингі; құжат мәтінін тексеру керек)." ru "Перечень показателей — по шагу 10 дорожной карты развития ТиПО на 2025–2027 годы (мониторинг участников, программ и спроса рынка труда; текст документа проверить)." en "The KPI list follows step 10 of the 2025–2027 roadmap for technical and vocational education (monitoring of participants, programmes and labour-market demand; the document's text to verify)."
        text kk "Жұмыс берушілер мен білім алушылардың қанағаттануы: сауалнамалар журналда әлі жоқ, олар жазылғанда көрсеткіш ретінде қосылады." ru "Удовлетворённость работодателей и обучающихся: опросов в журнале пока нет; показатели будут добавлены, когда они появятся." en "Employer and student satisfaction: the log records no surveys yet; they become KPIs once it does."
        kpi employment
          metric employment_share
          unit percent
          baseline 2025 62
          short_term 2027 68
          long_term 2030 75
        kpi employment-in-specialty
          metric employment_in_specialty_share
          unit percent
          baseline 2025 45
          short_term 2027 52
          long_term 2030 60
        kpi dual-training
          metric dual_training_share
          unit percent
          baseline 2025 20
          short_term 2027 30
          long_term 2030 40
        kpi targeted-order
          metric targeted_order_share
          unit percent
          baseline 2025 5
          short_term 2027 10
          long_term 2030 20
        kpi mentor-coverage
          metric mentor_coverage_share
          unit percent
          baseline 2025 15
          short_term 2027 35
          long_term 2030 60
        kpi diagnostic-coverage
          metric diagnostic_coverage_share
          unit percent
          baseline 2025 40
          short_term 2027 80
          long_term 2030 100
        kpi college-learners
          metric college_learners
          unit learners
          baseline 2025 600
          short_term 2027 650
          long_term 2030 750

      """####
    ),
    (
      "reporting/reporting.conf",
      ####"""
      # Reporting settings of the region (jol report).
      #
      # minimum_cell_size: the akimat's reports never publish a count of learners from 1 to this
      # value less one; such a count is shown as "<5", and other counts are hidden ("×") so that it
      # cannot be worked out from the totals. 5 is the default and a common rule of statistics
      # offices; raise it for smaller districts.
      minimum_cell_size 5

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
