# CxO Review — Russian.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = Язык
shell-unavailable = база данных недоступна после предыдущего сбоя; перезапустите CxO Review
shell-stopped = операция неожиданно прервалась: { $reason }
shell-no-database = база данных не открыта
shell-team-backup = командная база данных резервируется на своём сервере с помощью pg_dump (docs/team.md)
shell-no-package = пакет рассмотрения не открыт

## Words every screen uses

common-save = Сохранить
common-cancel = Отмена
common-delete = Удалить
common-edit = Изменить
common-close = Закрыть
common-add = Добавить
common-undo = Отменить действие
common-loading = Загрузка…
common-saving = Сохранение…
common-saved = Сохранено
common-search = Поиск

## ITU regions (UNTERM names)

region-AFR = Африка
region-AMS = Северная и Южная Америка
region-ARB = Арабские государства
region-ASP = Азиатско-Тихоокеанский регион
region-CIS = СНГ
region-EUR = Европа
region-TSB = БСЭ

## Kinds of record

kind-organizations = Организации
kind-people = Люди
kind-meetings = Собрания
kind-attendance = Участие
kind-counts = Численность по регионам
kind-priorities = Приоритеты
kind-decisions = Решения
kind-actions = Действия
kind-contributions = Вклады
kind-action-plan = План действий
kind-objectives = Цели
kind-proposals = Предложения
kind-reviewers = Рецензенты
kind-cycles = Циклы рассмотрения
kind-scores = Оценки
kind-improvements = Улучшения

## Ошибки, о которых сообщает ядро

error-invalid = { $problems }
error-import = { $file }: { $count ->
    [one] { $count } ошибочная строка, ничего не импортировано
    [few] { $count } ошибочные строки, ничего не импортировано
    [many] { $count } ошибочных строк, ничего не импортировано
   *[other] { $count } ошибочной строки, ничего не импортировано
}
error-import-more = … и ещё { $count } ошибочных строк не показано
error-not-found = не найдено: { $entity } { $key }
error-frozen = цикл рассмотрения «{ $cycle }» утверждён; его оценки, подтверждения и предложения больше не могут изменяться
error-wrong-file = { $name }: { $reason }
error-newer-schema = { $path } записан более новой версией CxO Review (версия схемы { $found }; эта версия знает до { $supported }). Откройте его в более новой версии или восстановите резервную копию.
error-io = { $path }: { $reason }
error-migration = { $path }: обновление до { $migration } не удалось, ничего не изменено: { $reason }
error-render = не удалось записать { $what }: { $reason }
error-no-database = по пути { $path } нет базы данных; создайте её командой `cxo-review --db { $path } init` или проверьте путь
error-read-only = { $path } доступен только для чтения: его можно читать, но ничего нельзя сохранить (проверьте права на файл или скопируйте его в доступное для записи место)
error-busy = { $path } занят: { $holder } удерживал блокировку дольше { $waited } с; ничего не сохранено, повторите попытку, когда он закончит
error-connection = не удаётся подключиться к { $address }: { $reason }
error-conflict = этот объект ({ $entity }) был изменён пользователем { $by } в { $at }, после того как вы его открыли; ваши изменения не сохранены. Перезагрузите его, чтобы увидеть чужие изменения, и внесите свои заново
error-password-needed = { $address } запрашивает пароль
error-denied = командная база данных отказала пользователю «{ $user }»: { $reason }
error-tampered = цикл рассмотрения «{ $cycle }» утверждён с отпечатком { $recorded }, но { $now }: он был изменён вне CxO Review после утверждения. Восстановите резервную копию, сделанную до изменения (`cxo-review backups list`), или обратитесь к тому, кто редактировал файл
error-damaged = { $path } обнаружен повреждённым { $since } ({ $reason }). Восстановите исправную резервную копию (в приложении: Настройки ▸ Резервные копии; в командной строке: `cxo-review backups restore`) или выполните `cxo-review check`, чтобы проверить файл
error-damaged-with-backup = { $path } обнаружен повреждённым { $since } ({ $reason }). Восстановите исправную резервную копию (в приложении: Настройки ▸ Резервные копии; в командной строке: `cxo-review backups restore` (последняя: { $backup })) или выполните `cxo-review check`, чтобы проверить файл
error-unsafe-output = { $path }: { $reason }; выберите другое имя файла
error-database = ошибка базы данных во время операции «{ $operation }»: { $reason }
error-json = внутренняя ошибка (JSON): { $reason }
error-internal = внутренняя ошибка: { $reason }

## Ошибки поля, показываемые рядом с ним

check-required = обязательное поле
check-too-long = длиннее { $max } символов
check-control-character = содержит управляющий символ { $character } в позиции { $at }
check-control-character-one-line = содержит управляющий символ { $character } в позиции { $at }; это одна строка текста
check-negative = не может быть отрицательным
check-implausibly-large = неправдоподобно велико (больше { $max })
check-sources-empty = укажите хотя бы одну организацию-источник
check-one-or-more = должно быть не меньше 1
check-telephone = «{ $value }» — не номер телефона (цифры, +, пробелы, -, ., /, скобки)
check-email = «{ $value }» — не адрес электронной почты
check-key-spaces = не должно содержать пробелов (например, CTO-2024-01)
check-before-start-date = раньше даты начала
check-before-meeting-started = раньше начала собрания
check-not-started-planned = ещё не начавшееся собрание может быть только запланированным
check-exceeds-participants = превышает число участников
check-closed-date-required = обязательно при статусе { $status }
check-closed-date-empty = должно быть пустым, пока статус { $status }
check-country-required = обязательно (код ISO 3166-1, например CH), кроме секретариата МСЭ
check-country-code = «{ $value }» — не код ISO 3166-1 alpha-2, например CH или US
check-unknown-metric = неизвестный показатель «{ $metric }»; известные показатели: { $known }
check-metric-twice = показатель «{ $metric }» указан дважды
check-target-number = целевое значение должно быть числом
check-rubric-levels = уровни должны нумероваться 0, 1, 2, … без пропусков (не меньше двух уровней)
check-rubric-too-many = содержит больше 11 уровней
check-rubric-label = у уровня { $level } нет названия
check-action-plan-code = «{ $value }» должно выглядеть как AP1.1 или AP5
check-before-period-start = раньше начала периода
check-quorum = должно быть от 1 до 100
check-signed-off-at = заполняется ровно тогда, когда цикл утверждён
check-level-range = должно быть уровнем шкалы от 0 до 10
check-evidence-empty = ссылка ({ $kind }) пуста
check-invitation = должно начинаться с «TSAG is invited to …» (текст документа, на английском)

## Даты

dates-format-error = Введите дату в виде ГГГГ-ММ-ДД, например 2024-10-14, или { $order }
dates-no-such-day = Такого дня нет в календаре
dates-hint = { $iso } или { $order }

## Строка меню

menu-file = Файл
menu-file-new = Новая база данных…
menu-file-open = Открыть базу данных…
menu-file-recent = Открыть недавние
menu-file-demo = Открыть демонстрационную базу
menu-file-connect = Подключиться к командной базе…
menu-file-package = Открыть пакет рассмотрения…
menu-file-backup = Создать резервную копию
menu-file-import = Импорт…
menu-file-export = Экспорт базы данных…
menu-file-quit = Выход
menu-edit = Правка
menu-edit-undo = Отменить
menu-edit-redo = Повторить
menu-edit-cut = Вырезать
menu-edit-copy = Копировать
menu-edit-paste = Вставить
menu-edit-select-all = Выделить всё
menu-view = Вид
menu-view-reload = Обновить
menu-help = Справка
menu-about = О программе CxO Review
menu-about-comments = Отслеживайте консультации с руководителями, вклады по Резолюции 68 и обзоры процесса CTO/CxO МСЭ-T и отчитывайтесь перед КГСЭ.
menu-recent-none = Базы данных ещё не открывались
menu-recent-clear = Очистить список

## Рассмотрение: оценивание, представление докладчика, пакеты для рассмотрения и режим рецензента; цели и шкалы оценки; рецензенты и циклы рассмотрения; история записи и экран «Журнал действий»

review-title = Рассмотрение
review-subtitle = Оцените, достигнута ли каждая цель процесса CTO/CxO, с обоснованием и подтверждающими данными.
review-cycle = Цикл
review-new-cycle = Новый цикл…
review-open-package = Открыть пакет для рассмотрения…
review-open-package-hint = Оценить пакет для рассмотрения в автономном режиме (режим рецензента)
review-scoring-as = Оценивать как
review-scoring-as-bound = Рецензент, от имени которого оценивает ваша учётная запись команды
review-choose-who = Укажите, кто вы…
review-signed-off = Этот цикл утверждён: его оценки зафиксированы.
review-bound-not-reviewer = Ваша учётная запись команды оценивает от имени { $reviewer }, который не является рецензентом этого цикла: вы не можете его оценивать.
review-choose-reviewer = Прежде чем оценивать, укажите, кто вы, в поле «Оценивать как»: ваши оценки сохраняются под именем этого рецензента.
review-new-cycle-title = Новый цикл рассмотрения
review-cycle-name-example = Рассмотрение процесса CTO/CxO в 2026 году
review-quorum = Кворум (минимальное число оценок на цель)
review-create-cycle = Создать цикл
review-tab-scores = Мои оценки
review-tab-rapporteur = Представление докладчика
review-level-for = Уровень для { $code }
review-rationale = Обоснование
review-evidence = Подтверждающие данные
review-remove-evidence = Удалить { $item }
review-evidence-placeholder = Добавьте ключ собрания, условное обозначение вклада или показатель
review-evidence-unknown = «{ $typed }» не является собранием, вкладом или показателем периода этого цикла
review-evidence-indicator = { $label } ({ $value })
review-save-score = Сохранить оценку
review-saved = сохранено
review-alpha-ordinal = Альфа Криппендорфа (порядковая):
review-agreement-more = · интервальная { $interval } · номинальная { $nominal } · кворум { $quorum }
review-objective = Цель
review-median = Медиана
review-spread = Разброс
review-status = Статус
review-returned-at = Оценено в автономном режиме и возвращено { $date }
review-scored-offline-hidden = (оценено в автономном режиме)
review-disagree = Мнения рецензентов расходятся
review-disagree-hidden = (мнения рецензентов расходятся)
review-status-met = достигнута
review-status-partly-met = частично достигнута
review-status-not-met = не достигнута
review-status-insufficient-evidence = недостаточно данных
review-scored-offline = Оценено в автономном режиме
review-marked-in-table = отмечено ↩ в таблице
review-provenance = { $reviewer }: возвращено { $date } в пакете { $package }, подписано ключом { $key }
review-offline-title = Рассмотрение в автономном режиме
review-offline-intro = Передайте каждому рецензенту пакет для рассмотрения, чтобы он оценил его на своём компьютере; объедините присланные подписанные ответы.
review-no-cycle = Циклов рассмотрения пока нет: создайте цикл, импортировав файл циклов (Настройки).

score-level-0 = Не достигнута
score-level-1 = Достигнута в незначительной степени
score-level-2 = Частично достигнута
score-level-3 = В основном достигнута
score-level-4 = Полностью достигнута
score-not-available = н/д

draft-kept-hint = Хранится на этом компьютере, пока вы его не сохраните
draft-not-saved = Черновик, ещё не сохранён
draft-discard = Отменить черновик

package-folder-title = Папка для пакетов рассмотрения
package-return-file = Ответ CxO Review
package-package-file = Пакет CxO Review
package-deadline = Ответы принимаются до
package-issue = Выпустить пакеты…
package-accept-late = Принимать ответы с опозданием
package-merge = Объединить ответы…
package-issued = Пакеты выпущены (ответы принимаются до { $date })
package-merged = Объединённые ответы
package-refused = отклонён
package-nothing-written = Из него ничего не записано.
package-merged-from = — { $reviewer }, возвращён { $date }, ключ { $key }
package-unchanged = без изменений: { $objectives }
package-conflict = КОНФЛИКТ
package-nothing-changed = ничего не изменилось
package-no-data = нет данных
package-status-choose-level = Выберите уровень, чтобы сохранить эту цель
package-status-not-saved = Не сохранено
package-status-editing = Редактирование…
package-status-in-package = Сохранено в пакете
package-status-not-scored = Ещё не оценено
package-indicators = Показатели
package-header = Пакет для рассмотрения { $id } · { $file }
package-reviewer = Рецензент
package-period = Период
package-return-by = Вернуть до
package-scored = Оценено
package-progress = { $count ->
        [one] { $scored } из { $count } цели
        [few] { $scored } из { $count } целей
        [many] { $scored } из { $count } целей
       *[other] { $scored } из { $count } цели
    }
package-indicators-of = Показатели для { $code }
package-value = Значение
package-result = Результат
package-rationale-for = Обоснование для { $code }
package-evidence-for = Подтверждающие данные для { $code }
package-remove-evidence = Удалить { $item } из { $code }
package-add-evidence = Добавить подтверждающие данные для { $code }
package-add-evidence-choose = Добавить собрание, вклад или показатель…
package-return-title = Вернуть мои оценки
package-return-intro = { $count ->
        [one] Ответ содержит { $count } вашу оценку, подписанную ключом, который хранится на этом компьютере. Отправьте файл докладчику.
        [few] Ответ содержит { $count } ваши оценки, подписанные ключом, который хранится на этом компьютере. Отправьте файл докладчику.
        [many] Ответ содержит { $count } ваших оценок, подписанных ключом, который хранится на этом компьютере. Отправьте файл докладчику.
       *[other] Ответ содержит { $count } вашей оценки, подписанных ключом, который хранится на этом компьютере. Отправьте файл докладчику.
    }
package-return-choose = Вернуть мои оценки…
package-return-beside = Вернуть в { $file } рядом с пакетом
package-returned = { $count ->
        [one] Ответ с { $count } оценкой записан в { $path }.
        [few] Ответ с { $count } оценками записан в { $path }.
        [many] Ответ с { $count } оценками записан в { $path }.
       *[other] Ответ с { $count } оценки записан в { $path }.
    }
package-signed-by = Подписано ключом рецензента этого компьютера { $key }.
package-tell-fingerprint = Сообщите этот отпечаток докладчику (по телефону или любым иным способом, кроме электронного письма с ответом).

objective-saved = Цель { $code } сохранена
objective-deleted = Цель { $code } удалена
objective-rubric-saved = Шкала оценки для { $code } сохранена
objective-unsaved-rubric = шкала оценки
objective-subtitle = Чего должен достичь процесс CTO/CxO, как это измеряется ({ $period }) и как его оценивают рецензенты.
objective-period = с { $from } по { $to }
objective-new = Новая цель
objective-edit = Изменить цель
objective-what-new = новая цель
objective-what = цель
objective-save = Сохранить цель
objective-code = Код
objective-source = Источник
objective-source-example = Резолюция 68
objective-action-plan-items = Пункты плана действий (через ;)
objective-title = Название
objective-description = Описание
objective-indicators-field = Показатели, например participants_per_meeting >= 15; regions_represented >= 5 (метрики в docs/metrics.md)
objective-rubric-default = Шкала оценки по умолчанию: от 0 «Не достигнута» до 4 «Полностью достигнута»; измените её позже.
objective-edit-named = Изменить цель { $code }
objective-delete-named = Удалить цель { $code }
objective-source-line = Источник: { $source }
objective-indicator = Показатель
objective-current = Текущее
objective-target = Целевое
objective-met = достигнут
objective-missed = не достигнут
objective-rubric = Шкала оценки
objective-level-label = Название уровня { $level }
objective-level-label-hidden = (название уровня { $level })
objective-add-level = Добавить уровень
objective-remove-level = Удалить последний
objective-save-rubric = Сохранить шкалу
objective-edit-rubric = Изменить шкалу
objective-action-plan-line = План действий: { $items }

reviewer-what = рецензент { $name }
reviewer-name = Имя
reviewer-affiliation = Организация
reviewer-email = Эл. почта (персональные данные)
reviewer-edit = Изменить рецензента { $name }
reviewer-delete = Удалить рецензента { $name }

cycle-saved = { $name }: сохранено
cycle-intro = Новые циклы открываются на экране «Рассмотрение». Утверждённый цикл зафиксирован и больше не может изменяться.
cycle-what = цикл { $name }
cycle-edit-title = Изменить { $name }
cycle-name = Название
cycle-period-from = Период с
cycle-period-to = Период по
cycle-quorum = Кворум (минимальное число рецензентов на цель)
cycle-status = Статус
cycle-option-open = Открыт
cycle-option-closed = Закрыт
cycle-objectives-in-scope = Охватываемые цели
cycle-period-quorum = { $from } – { $to } · кворум { $quorum }
cycle-status-open = открыт
cycle-status-closed = закрыт
cycle-status-signed-off = утверждён
cycle-edit = Изменить цикл { $name }
cycle-scope = Цели: { $objectives } · Рецензенты: { $reviewers }
cycle-none = нет
cycle-empty = Циклов рассмотрения пока нет.

signoff-below-quorum = { $quorum ->
        [one] У { $objective } { $scores } из { $quorum } оценки, требуемой кворумом (недостаточно данных)
        [few] У { $objective } { $scores } из { $quorum } оценок, требуемых кворумом (недостаточно данных)
        [many] У { $objective } { $scores } из { $quorum } оценок, требуемых кворумом (недостаточно данных)
       *[other] У { $objective } { $scores } из { $quorum } оценки, требуемых кворумом (недостаточно данных)
    }
signoff-not-scored = { $reviewer } не оценил(а) { $objectives }

history-title = История
history-empty = Изменений не зарегистрировано.
history-no-value = пустое значение
history-restored = { $field }: восстановлено значение { $value }; восстановление записано как отдельное изменение
history-by = автор: { $who }
history-joined = { $count ->
        [one] { $count } запись, по одной на элемент
        [few] { $count } записи, по одной на элемент
        [many] { $count } записей, по одной на элемент
       *[other] { $count } записи, по одной на элемент
    }
history-restore = Восстановить
history-restore-named = Восстановить для { $field } значение { $value }
history-value-yes = да
history-value-no = нет
history-operation-insert = Создание
history-operation-update = Изменение
history-operation-delete = Удаление
history-what-insert = Создание: { $kind } { $key }
history-what-update = Изменение: { $kind } { $key }
history-what-delete = Удаление: { $kind } { $key }
history-batch-kind = { $kind }: { $count }
history-batch-what = { $count ->
        [one] { $count } запись: { $kinds }
        [few] { $count } записи: { $kinds }
        [many] { $count } записей: { $kinds }
       *[other] { $count } записи: { $kinds }
    }
history-cause-detail = { $cause } ({ $detail })
history-cause-form = форма
history-cause-capture = ввод
history-cause-import = импорт
history-cause-merge = объединение
history-cause-restore = восстановление
history-cause-copy = копирование
history-cause-migration = миграция
history-cause-command-line = командная строка
history-cause-outside = извне
history-kind-organizations = организации
history-kind-people = люди
history-kind-meetings = собрания
history-kind-attendance = участие
history-kind-counts = численность
history-kind-priorities = приоритеты
history-kind-decisions = решения
history-kind-actions = действия
history-kind-contributions = вклады
history-kind-action-plan = план действий
history-kind-objectives = цели
history-kind-proposals = предложения
history-kind-reviewers = рецензенты
history-kind-cycles = циклы
history-kind-scores = оценки
history-kind-improvements = улучшения

activity-title = Журнал действий
activity-intro = Все изменения записей в том виде, в каком их зарегистрировала база данных: кто, когда и почему. Импорт показан одной строкой.
activity-by = Кто
activity-any-login = любой пользователь
activity-kind = Тип
activity-cause = Причина
activity-any = любой
activity-from = С
activity-to = По
activity-show = Показать
activity-empty = Подходящих изменений нет.
activity-batch = Пакет { $batch }
activity-batch-newest = { $count ->
        [one] Пакет { $batch } — последние { $shown } из { $count } записи
        [few] Пакет { $batch } — последние { $shown } из { $count } записей
        [many] Пакет { $batch } — последние { $shown } из { $count } записей
       *[other] Пакет { $batch } — последние { $shown } из { $count } записи
    }
activity-record = Запись
activity-change = Изменение
activity-more = Показать ещё { $count }

## Люди и организации, вклады, предложения и экспорт, действия, план действий, формы записей и списки

directory-title = Люди и организации
directory-subtitle = Кого можно включить в список участников совещания, а также организация и страна, по которым учитывается каждый.
directory-duplicates = Дубликаты…
directory-list = Список
directory-tab-people = Люди ({ $count })
directory-tab-organizations = Организации ({ $count })
directory-saved = { $name }: сохранено
directory-deleted = { $name }: удалено
directory-edit-title = Изменить: { $name }
directory-delete-label = Удалить: { $name }
person-new = Новый контакт
person-what-new = новый контакт
person-search-placeholder = Имя, роль, организация…
person-column-name = Имя
person-column-role = Роль
person-column-title = Должность
person-column-organization = Организация
person-field-name = Имя
person-field-role = Роль
person-field-title = Должность
person-field-organization = Организация
person-field-email = Эл. почта
person-field-phone = Телефон
person-personal-data = Адрес эл. почты и телефон являются персональными данными: они не включаются в экспорт для КГСЭ, если это не запрошено.
person-role-delegate = делегат
person-role-expert = эксперт
person-role-staff = сотрудник
organization-new = Новая организация
organization-what-new = новая организация
organization-search-placeholder = Название, категория, страна…
organization-column-name = Название
organization-column-category = Категория
organization-column-country = Страна
organization-field-name = Название
organization-field-category = Категория
organization-field-country = Страна (не указывается только для секретариата МСЭ)
organization-category-member-state = Государство-Член
organization-category-sector-member = Член Сектора
organization-category-associate = Ассоциированный член
organization-category-academia = Академическая организация
organization-category-non-member = Не является членом
organization-category-secretariat = Секретариат МСЭ
contribution-subtitle = Вклады по Резолюции 68, содержащиеся в них предложения и принятые по ним решения в увязке с целями процесса.
contribution-new = Новый вклад
contribution-what-new = новый вклад
contribution-what = вклад { $symbol }
contribution-edit-title = Изменить: { $symbol }
contribution-edit = Изменить вклад
contribution-saved = { $symbol }: сохранено
contribution-deleted = { $symbol }: удалено
contribution-delete-label = Удалить вклад { $symbol }
contribution-column-symbol = Условное обозначение
contribution-column-date = Дата
contribution-column-title = Название
contribution-column-sources = Источники
contribution-column-agreed = Согласовано
contribution-title-base = Базовый документ: { $title }
contribution-search-placeholder = Обозначение, название, источник…
contribution-show = Показать
contribution-show-all = Все вклады
contribution-show-pending = С предложениями, ожидающими решения
contribution-show-base = Базовый документ
contribution-field-symbol = Условное обозначение
contribution-field-date = Дата
contribution-field-considered-at = Рассмотрен на
contribution-considered-at-example = КГСЭ, 26–30 января 2026 г.
contribution-field-title = Название
contribution-field-sources = Организации-источники (через ;)
contribution-field-reproduced-in = Воспроизведен в (документ, в котором воспроизводится его текст, например TSAG-TD267)
contribution-field-base-document = Базовый документ, по которому предлагается представлять вклады
contribution-proposal-what-new = новое предложение
contribution-proposal-what = предложение { $seq } вклада { $symbol }
contribution-proposal-field-number = Номер
contribution-proposal-field-text = Предложение
contribution-proposal-field-objectives = Цели (через ;)
contribution-proposal-disposition = Решение
contribution-proposal-pending = Ожидает решения
contribution-proposal-agreed = Согласовано
contribution-proposal-noted = Принято к сведению
contribution-proposal-not-agreed = Не согласовано
contribution-proposal-edit-label = Изменить предложение { $seq }
contribution-proposal-delete-label = Удалить предложение { $seq }
contribution-proposal-deleted = Предложение { $seq } удалено
contribution-proposal-none = Предложения не зарегистрированы.
contribution-proposal-new = Новое предложение
contribution-proposal-add = Добавить предложение
proposal-title = Предложения и экспорт
proposal-subtitle = Предложения по улучшению для недостигнутых целей, утверждение и сводный отчет для КГСЭ.
proposal-cycle = Цикл
proposal-cycle-option = { $name } ({ $status })
proposal-cycle-open = открыт
proposal-cycle-closed = закрыт
proposal-cycle-signed-off = утвержден
proposal-draft = Составить предложения
proposal-sign-off = Утвердить…
proposal-signed-off-at = Утвержден { $date }
proposal-digest = хеш
proposal-drafted-report = Составлены: { $draftedCount ->
        [0] нет
       *[other] { $drafted }
    }. Составлены заново: { $redraftedCount ->
        [0] нет
       *[other] { $redrafted }
    }. Оставлены в отредактированном виде: { $keptCount ->
        [0] нет
       *[other] { $kept }
    }.
proposal-sign-off-confirm = Утвердить «{ $name }»? Его оценки, подтверждающие материалы и предложения будут зафиксированы и больше не смогут изменяться.
proposal-sign-off-incomplete = Он не завершен:
proposal-sign-off-complete = Каждый эксперт по обзору оценил каждую цель.
proposal-signed-off = Утвержден. Хеш { $digest }
proposal-saved = Предложение сохранено; автоматическое составление больше не будет его переписывать.
proposal-field-title = Заголовок
proposal-field-text = Текст
proposal-field-invitation = КГСЭ предлагается …
proposal-field-status = Статус
proposal-status-draft = Проект
proposal-status-agreed = Согласовано
proposal-status-submitted = Представлено
proposal-status-rejected = Отклонено
proposal-tag-draft = проект
proposal-tag-agreed = согласовано
proposal-tag-submitted = представлено
proposal-tag-rejected = отклонено
proposal-origin-drafted = составлено автоматически
proposal-origin-edited = отредактировано
proposal-origin-manual = вручную
proposal-action-number = Действие { $number }:
proposal-none = Предложений пока нет. «Составить предложения» создает по одному предложению для каждой цели, которая по итогам обзора не достигнута.
export-title = Экспорт
export-document-language = Язык документа
export-document-language-help = Английский — рабочий язык КГСЭ для временных документов; другие языки дают постоянный текст сводки на этом языке (данные остаются в том виде, в каком они введены).
export-include-confidential = Включить личные контактные данные и заметки по правилу Чатем-хауса
export-word = Word (.docx)
export-markdown = Markdown
export-json = JSON
export-workbook = Книга Excel (.xlsx)
export-summary-filter = Сводный отчет ({ $format })
export-saved = Сохранено: { $path }
export-saved-rows = { $count ->
        [one] Сохранена { $count } строка в { $path }
        [few] Сохранены { $count } строки в { $path }
        [many] Сохранено { $count } строк в { $path }
       *[other] Сохранено { $count } строки в { $path }
    }
export-one-table = Одна таблица в формате CSV
export-table = Таблица
export-this-cycle = Этот цикл
export-database = База данных
export-table-results = результаты
export-table-scores = оценки
export-table-indicators = индикаторы
export-table-metrics = метрики
export-table-improvements = улучшения
export-table-objectives = цели
export-table-organizations = организации
export-table-people = люди
export-table-meetings = совещания
export-table-attendance = присутствие
export-table-counts = численность
export-table-actions = действия
export-table-contributions = вклады
export-table-proposals = предложения
export-table-statistics = статистика
export-save-csv = Сохранить CSV…
document-header-note = Заголовок TD, сохраненный для этого цикла.
document-header-note-signed-off = Заголовок TD, сохраненный для этого цикла (его можно изменить и после утверждения).
document-field-td-number = Номер TD (присваивается БСЭ)
document-field-place-and-date = Место и дата собрания КГСЭ
document-place-and-date-example = Женева, 26–30 января 2026 г.
document-field-source = Источник
document-contact = Контактное лицо
document-field-contact-name = Имя
document-field-contact-organization = Организация или должность
document-field-contact-country = Страна
document-field-contact-tel = Тел.
document-field-contact-email = Эл. почта
document-options-save = Сохранить параметры
document-options-saved = Параметры документа сохранены для этого цикла.
actions-subtitle = Последующие действия по всем совещаниям. Открытое действие переносится на каждое последующее совещание, пока не будет закрыто.
actions-search-placeholder = Текст, ответственный, совещание…
actions-show = Показать
actions-filter-open = Открытые
actions-filter-overdue = Просроченные
actions-filter-all = Все
actions-column-due = Срок
actions-column-action = Действие
actions-column-owner = Ответственный
actions-column-meeting = Совещание
actions-column-status = Статус
actions-status-open = открыто
actions-status-open-overdue = открыто (просрочено)
actions-status-in-progress = выполняется
actions-status-in-progress-overdue = выполняется (просрочено)
actions-status-done = выполнено
actions-status-dropped = отменено
actions-saved = Действие сохранено
actions-deleted = Действие удалено
actions-edit-title = Изменить действие
actions-meeting-owner = { $meeting } · ответственный: { $owner }
actions-meeting-owner-due = { $meeting } · ответственный: { $owner } · срок: { $date }
actions-overdue = просрочено
actions-status = Статус
actions-status-option-open = Открыто
actions-status-option-in-progress = Выполняется
actions-status-option-done = Выполнено
actions-status-option-dropped = Отменено
actions-closed-on = Закрыто { $date }
actions-delete-label = Удалить действие: { $text }
plan-new = Новый пункт
plan-code = Код
plan-pillar = Направление
plan-title = Название
plan-status = Статус
plan-edit-or-delete = Изменить или удалить
plan-pillar-raising-awareness = Повышение осведомленности
plan-pillar-adding-value = Создание дополнительной ценности
plan-pillar-attracting-members = Привлечение потенциальных новых Членов Сектора
plan-pillar-strategic-mapping = Сопоставление со стратегическим планом МСЭ и его показателями
plan-status-planned = Запланировано
plan-status-in-progress = Выполняется
plan-status-done = Выполнено
plan-saved = { $code }: сохранено
plan-deleted = { $code }: удалено
plan-what-new = новый пункт плана действий
plan-what = пункт плана действий
plan-edit-label = Изменить { $code }
plan-delete-label = Удалить { $code }
plan-none = Пункты плана действий не зарегистрированы.
record-correct-fields = Исправьте поля, отмеченные ниже.
record-field-message = { $field }: { $message }
record-load-theirs = Загрузить их версию
record-unsaved = Несохраненные изменения
record-history = История
table-count = { $shown } из { $total }
table-sort-by = Сортировать по столбцу «{ $column }»
table-no-match = Ни одна строка не соответствует поиску.
table-empty = Пока нечего показать.
indicator-meetings_held = Проведенные совещания руководителей
indicator-participants_per_meeting = Участников на совещание
indicator-executives_per_meeting = Руководителей на совещание
indicator-regions_represented = Представленные регионы
indicator-developing_region_share = Доля Африки, арабских государств и Азиатско-Тихоокеанского региона
indicator-tsb_share = Доля БСЭ среди участников
indicator-distinct_organizations = Различные организации
indicator-first_time_organizations = Организации, участвующие впервые
indicator-priorities_per_meeting = Приоритетов на коммюнике
indicator-actions_done_share = Выполнение последующих действий
indicator-median_days_to_close = Медианное число дней до закрытия действия
indicator-overdue_actions = Просроченные действия
indicator-communique_latency_days = Задержка публикации коммюнике (дни)
indicator-contributions_received = Вклады по Резолюции 68
indicator-contribution_source_categories = Категории источников вкладов
indicator-contribution_source_regions = Регионы источников вкладов
indicator-proposals_agreed_share = Доля согласованных предложений

## Настройки и их панели: база данных, резервные копии, корзина, подключение к команде, рецензент, язык; импорт таблиц и вероятные дубликаты

settings-title = Настройки
settings-intro = База данных, кто выставляет оценки на этом компьютере, и язык.
settings-language-help = Окно переключается сразу; выбор сохраняется до следующего запуска. У сводок рассмотрения свой язык, который выбирается при экспорте.
settings-language-draft = Переводы на другие языки, кроме английского, ожидают проверки носителями языка.
settings-database = База данных
settings-team-database = Командная база данных на сервере PostgreSQL, общая для всей команды.
settings-team-user = Вы подключены как { $login } ({ $role }).
settings-team-user-scoring = Вы подключены как { $login } ({ $role }) и выставляете оценки как { $reviewer }.
settings-team-outsider = Вы подключены как { $login } (не в команде: права определяет сам сервер).
settings-team-outsider-scoring = Вы подключены как { $login } (не в команде: права определяет сам сервер) и выставляете оценки как { $reviewer }.
settings-role-staff = персонал
settings-role-reviewer = рецензент
settings-role-rapporteur = докладчик
settings-team-rights = Сервер определяет, что разрешено каждой учётной записи, и там же создаются резервные копии базы данных (docs/team.md).
settings-file-database = Всё хранится в одном файле SQLite. Он содержит личные контактные данные и заметки, на которые распространяется правило Чатем-хауса: храните его там, где БСЭ хранит такие данные.
settings-open = Открыть…
settings-new = Создать…
settings-connect = Подключиться к командной базе данных…
settings-back-up = Создать резервную копию…
settings-backup-file-kind = Резервная копия
settings-export = Экспортировать всё в JSON…
settings-open-demo = Открыть демонстрационную базу данных
settings-backups = Резервные копии
settings-trash = Корзина
settings-import-title = Импорт файла
settings-import-help = CSV или JSON, как описано в docs/formats.md. Файл, в котором есть хотя бы одна ошибочная строка, отклоняется целиком, и перечисляются все ошибочные строки.
settings-import-kind = Содержимое файла
settings-import-all = экспорт всей базы данных
settings-import = Импортировать…
settings-import-file-kind = CSV или JSON
settings-imported =
    { $count ->
        [one] Импортирована { $count } запись из { $path }
        [few] Импортированы { $count } записи из { $path }
        [many] Импортировано { $count } записей из { $path }
       *[other] Импортировано { $count } записи из { $path }
    }
settings-import-row = строка { $line }: { $message }
settings-import-row-column = строка { $line }, { $column }: { $message }
settings-reviewer-identity = Рецензент на этом компьютере
settings-reviewer-help = Оценки, которые вы вводите на экране «Рассмотрение», записываются под этим именем.
settings-scoring-as = Оценки от имени
settings-choose = — выберите —
settings-bound-reviewer = Ваша командная учётная запись выставляет оценки как { $name }; другого имени от неё сервер не принимает.
settings-add-reviewer-title = Добавление рецензента
settings-reviewer-name = Имя
settings-reviewer-affiliation = Организация
settings-reviewer-email = Эл. почта (персональные данные)
settings-add-reviewer = Добавить рецензента
settings-reviewer-added = Рецензент { $name } добавлен
settings-about = О программе
settings-about-text = CxO Review { $version }. Клавиатура: Alt+1 … Alt+9 (или Ctrl+1 … Ctrl+9) переключают экраны; клавиши со стрелками и Enter перемещают по спискам.
database-file-kind = База данных CxO Review
database-created = Создана база данных { $path }
database-opened = Открыта база данных { $path }
database-demo-opened = Открыта демонстрационная база данных ({ $path }), созданная заново
database-exported = Вся база данных экспортирована в { $path }
backup-done = Резервная копия сохранена в { $path }
backup-none = Резервных копий пока нет. Копия создаётся ежедневно, когда приложение простаивает, и перед каждым обновлением.
backup-caption = Хранятся в папке «backups» рядом с базой данных; по пять самых новых копий каждого вида.
backup-made = Создана
backup-why = Причина
backup-size = Размер
backup-action = Действие
backup-reason-daily = ежедневная
backup-reason-manual = создана по запросу
backup-reason-before-upgrade = перед обновлением
backup-reason-before-restore = перед восстановлением
backup-restore = Восстановить…
backup-restore-label = Восстановить резервную копию от { $made }
backup-restore-question = Заменить базу данных резервной копией от { $made }? Её текущее содержимое сохраняется как резервная копия «перед восстановлением».
backup-restored = Восстановлена резервная копия от { $made }
backup-now = Создать резервную копию сейчас
connect-title = Подключение к командной базе данных
connect-help = База данных на сервере PostgreSQL, с которой одновременно работают несколько человек (docs/team.md). Сервер определяет, что разрешено вашей учётной записи. Пароль используется только для этого подключения: он нигде не сохраняется.
connect-url = URL сервера
connect-password = Пароль
connect-submit = Подключиться
connect-connecting = Подключение…
trash-none = Корзина пуста. Всё, что вы удаляете, хранится здесь вместе с тем, что было удалено заодно, пока корзина не будет очищена.
trash-caption = Что было удалено и что удалено вместе с этим; «Восстановить» возвращает всё как было.
trash-deleted = Удалено
trash-what = Что
trash-action = Действие
trash-deleted-by = кем: { $name }
trash-contents = вместе с: { $contents }
trash-restore = Восстановить
trash-restore-label = Восстановить: { $label }
trash-restored = Восстановлено: { $label }
trash-empty-ask = Очистить корзину…
trash-empty-question = Очистить корзину?
trash-empty-warning = То, что удалено окончательно, потом восстановить нельзя.
trash-delete-for-good = Удалить окончательно
trash-every-entry = все элементы ({ $count })
trash-older-than =
    элементы, удалённые более { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    } назад ({ $count })
trash-empty = Очистить корзину
trash-deleted-for-good =
    { $count ->
        [one] { $count } элемент удалён окончательно
        [few] { $count } элемента удалены окончательно
        [many] { $count } элементов удалено окончательно
       *[other] { $count } элемента удалено окончательно
    }
sheet-title = Импорт списка участников
sheet-help = Электронная таблица (.xlsx, .xls, .ods, .csv) с собственными столбцами на английском, французском или испанском языке: список участников или численность по регионам (столбец регионов и столбец участников). Ничего не сохраняется, пока вы не нажмёте «Импортировать»; затем импорт можно отменить.
sheet-choose = Выбрать таблицу…
sheet-file-kind = Электронная таблица
sheet-source-workbook = лист «{ $sheet }», { $format }
sheet-source-text = { $encoding }, разделитель «{ $delimiter }»
sheet-header-row = заголовки в строке { $row }
sheet-rows =
    { $count ->
        [one] { $count } строка
        [few] { $count } строки
        [many] { $count } строк
       *[other] { $count } строки
    }
sheet-step-columns = 1. Столбцы
sheet-mapping = Сопоставление
sheet-mapping-recognised = распознано по заголовкам
sheet-mapping-name = Название сопоставления
sheet-mapping-name-example = Название, например «Регистрация МСЭ (французский)»
sheet-mapping-save = Сохранить сопоставление
sheet-mapping-saved = Сопоставление «{ $name }» сохранено: с его помощью можно будет прочитать следующую таблицу такого же вида.
sheet-date-order = Даты, записанные только цифрами (03/04/2025)
sheet-date-order-ask = спрашивать, если порядок нельзя определить
sheet-date-order-day-first = сначала день (3 апреля)
sheet-date-order-month-first = сначала месяц (4 марта)
sheet-column = Столбец
sheet-read-as = Читать как
sheet-row-number = Строка { $row }
sheet-read-column-as = Читать столбец { $column } как
sheet-not-read = не читать
sheet-field-full-name = полное имя
sheet-field-last-name = фамилия
sheet-field-first-name = имя
sheet-field-organization = организация
sheet-field-country = страна
sheet-field-title = должность
sheet-field-role = роль (CEO, CTO…)
sheet-field-email = эл. почта
sheet-field-phone = телефон
sheet-field-participation = участие
sheet-field-region = регион (численность)
sheet-field-participants = участники (численность)
sheet-field-executives = руководители (численность)
sheet-field-meeting-key = ключ собрания (реестр)
sheet-field-meeting-title = название собрания (реестр)
sheet-field-meeting-kind = вид собрания (реестр)
sheet-field-start-date = первый день (реестр)
sheet-field-end-date = последний день (реестр)
sheet-field-venue = место проведения (реестр)
sheet-field-host = принимающая сторона (реестр)
sheet-field-documents = документы (реестр)
sheet-field-attendance-mode = форма учёта участия (реестр)
sheet-field-outcomes = итоги (реестр)
sheet-step-matches = 2. Имена, сопоставленные со справочником
sheet-row = Строка
sheet-in-sheet = В таблице
sheet-found = Найдено
sheet-taken-as = Принять как
sheet-band-auto = сопоставлено
sheet-band-review = проверить
sheet-band-new = новое
sheet-take-as = Принять { $name } как
sheet-new-record = новая запись
sheet-step-import = 3. Импорт
sheet-summary = Будет создано: { $created }; изменено: { $changed }.
sheet-summary-roster = Будет создано: { $created }; изменено в списке участников { $meeting }: { $changed }.
sheet-count-organizations =
    { $count ->
        [one] { $count } организация
        [few] { $count } организации
        [many] { $count } организаций
       *[other] { $count } организации
    }
sheet-count-people =
    { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }
sheet-count-attendance =
    { $count ->
        [one] { $count } запись об участии
        [few] { $count } записи об участии
        [many] { $count } записей об участии
       *[other] { $count } записи об участии
    }
sheet-count-counts =
    { $count ->
        [one] { $count } запись численности
        [few] { $count } записи численности
        [many] { $count } записей численности
       *[other] { $count } записи численности
    }
sheet-count-meetings =
    { $count ->
        [one] { $count } собрание
        [few] { $count } собрания
        [many] { $count } собраний
       *[other] { $count } собрания
    }
sheet-count-decisions =
    { $count ->
        [one] { $count } решение
        [few] { $count } решения
        [many] { $count } решений
       *[other] { $count } решения
    }
sheet-count-actions =
    { $count ->
        [one] { $count } действие
        [few] { $count } действия
        [many] { $count } действий
       *[other] { $count } действия
    }
sheet-count-priorities =
    { $count ->
        [one] { $count } приоритет
        [few] { $count } приоритета
        [many] { $count } приоритетов
       *[other] { $count } приоритета
    }
sheet-list-separator = { ", " }
sheet-nothing = ничего
sheet-problem-row = строка { $row }
sheet-import = Импортировать
sheet-imported = Импорт выполнен. Создано: { $created }. Всё записанное помечено пакетом { $batch }.
sheet-undone = Импорт отменён: удалено записей — { $deleted }, восстановлено в прежнем виде — { $restored }.
sheet-undo = Отменить этот импорт
duplicate-title = Вероятные дубликаты
duplicate-looking = Поиск…
duplicate-none-organizations = Похожих друг на друга организаций нет.
duplicate-none-people = Похожих друг на друга людей нет.
duplicate-score = Сходство
duplicate-one = Первая запись
duplicate-other = Вторая запись
duplicate-merge = Объединить
duplicate-keep = Оставить «{ $name }»
duplicate-merged = «{ $absorbed }» объединено с «{ $kept }»: перенесено ссылок — { $count }.
duplicate-undone = Объединение отменено: восстановлено записей в прежнем виде — { $count }.

## The window's shell, the dashboard, the meetings and their forms, and the dialogs and notices every screen shares

screen-dashboard = Сводная панель
screen-meetings = Собрания
screen-directory = Люди и организации
screen-actions = Действия
screen-contributions = Вклады
screen-objectives = Цели
screen-review = Рассмотрение
screen-proposals = Предложения и экспорт
screen-settings = Настройки
screen-activity = Журнал действий

app-tagline = Процесс CTO/CxO МСЭ-T
app-nav-screens = Разделы
app-nav-package = Пакет рецензирования
app-screen-error = Не удалось загрузить раздел: { $message }
app-package-file-type = Пакет рецензирования CxO Review
app-reviewer-mode = Режим рецензента
app-reviewer-mode-intro = Оценка пакета рецензирования без подключения: база данных не нужна. Каждое изменение сохраняется в файле пакета.
app-open-package = Открыть пакет рецензирования…
app-back-to-database = Вернуться к базе данных
app-package-error-title = Не удалось открыть пакет рецензирования
app-open-another-package = Открыть другой пакет рецензирования…
app-dismiss = Закрыть
app-backed-up = Резервная копия создана: { $path }
app-opened = Открыто: { $path }
app-demo-mark = Демонстрационная база
app-scores-as = Выставляет оценки как { $reviewer }
app-demo-banner = Это { $demo }: вымышленные собрания и рецензии, чтобы опробовать CxO Review. Ваши собственные данные хранятся в вашей собственной базе данных.
app-demo-banner-database = демонстрационная база данных
app-create-own = Создать собственную базу данных…
app-open-database = Открыть базу данных…
app-recovery-title = Не удалось открыть базу данных
app-connect-team = Подключиться к командной базе данных…
app-restore-backup = Восстановить резервную копию
app-open-other = Или открыть другую
app-create-new = Создать новую базу данных…
app-open-demo = Открыть демонстрационную базу данных
app-read-only = Эта база данных доступна только для чтения: просматривать можно всё, но сохранить ничего нельзя.
app-others-saved = Кто-то другой сохранил изменения.
app-reload = Обновить

title-package = { $package } — Режим рецензента — CxO Review
title-database = { $database } — CxO Review
title-team-login = { $database } ({ $login }) — CxO Review
title-team-database = { $database } на { $host }
title-user-line = { $login } · { $role }
title-role-staff = сотрудник
title-role-reviewer = рецензент
title-role-rapporteur = докладчик
title-not-in-team = не в команде

dashboard-title = Сводная панель
dashboard-intro = Участие руководителей в общих чертах: участие по регионам во времени, последующие действия, вклады и текущее рассмотрение.
dashboard-meetings-held =
    { $count ->
        [one] проведённое собрание
        [few] проведённых собрания
        [many] проведённых собраний
       *[other] проведённого собрания
    }
dashboard-planned = запланировано: { $count }
dashboard-open-actions =
    { $count ->
        [one] открытое действие
        [few] открытых действия
        [many] открытых действий
       *[other] открытого действия
    }
dashboard-overdue = просрочено: { $count }
dashboard-contributions =
    { $count ->
        [one] вклад по Резолюции 68
        [few] вклада по Резолюции 68
        [many] вкладов по Резолюции 68
       *[other] вклада по Резолюции 68
    }
dashboard-proposals-pending = предложений на рассмотрении: { $count }
dashboard-scored = оценено в текущем рассмотрении
dashboard-no-cycle = циклов рассмотрения пока нет
dashboard-participation = Участие по регионам
dashboard-axis = Участники
dashboard-chart-label = Участники по годам и регионам; цифры приведены ниже в таблице
dashboard-show-figures = Показать цифры в виде таблицы
dashboard-figures-caption = Участники по годам и регионам
dashboard-year = Год
dashboard-executives-title = Руководители и новые организации
dashboard-meetings = Собрания
dashboard-executives = Руководители
dashboard-first-time = Организации, участвующие впервые
dashboard-overdue-title = Наиболее просроченные действия
dashboard-no-overdue = Просроченных действий нет.
dashboard-due = Срок
dashboard-action = Действие
dashboard-owner = Ответственный
dashboard-meeting = Собрание

meeting-list-title = Собрания
meeting-list-intro = Собрания CTO, круглые столы CxO, двусторонние консультации, собрания RG-IEM и семинары-практикумы.
meeting-new = Новое собрание
meeting-list-label = Собрания
meeting-search-placeholder = Ключ, название, место…
meeting-kind-filter = Вид
meeting-all-kinds = Все виды
meeting-kind-cto = Собрание CTO
meeting-kind-roundtable = Круглый стол CxO
meeting-kind-bilateral = Двусторонняя встреча
meeting-kind-bilateral-consultation = Двусторонняя консультация
meeting-kind-rg-iem = Собрание RG-IEM
meeting-kind-workshop = Семинар-практикум
meeting-column-key = Ключ
meeting-column-date = Дата
meeting-column-kind = Вид
meeting-column-title = Название
meeting-column-venue = Место
meeting-column-participants = Участники
meeting-column-open-actions = Открытые действия
meeting-column-status = Статус
meeting-status-planned = запланировано
meeting-status-held = проведено
meeting-status-reported = отчёт опубликован

meeting-form-new-title = Новое собрание
meeting-form-edit-title = Изменить собрание
meeting-form-error = Исправьте поля, отмеченные ниже.
meeting-what-new = новое собрание
meeting-what-existing = собрание { $key }
meeting-field-key = Ключ
meeting-field-kind = Вид
meeting-field-status = Статус
meeting-form-status-planned = Запланировано
meeting-form-status-held = Проведено
meeting-form-status-reported = Отчёт опубликован
meeting-field-title = Название
meeting-field-start = Начало
meeting-field-end = Окончание
meeting-field-venue = Место (или «electronic»)
meeting-field-host = Принимающая сторона
meeting-field-attendance = Учёт участия
meeting-mode-roster = Поимённый список
meeting-mode-counts = Численность по регионам
meeting-field-documents = Количество документов
meeting-field-report = Номер отчёта
meeting-field-report-date = Дата отчёта
meeting-field-communique-date = Дата публикации коммюнике
meeting-field-communique = Коммюнике
meeting-field-notes = Заметки (правило Чатем-хауса — не включаются в экспорт для КГСЭ)
meeting-save = Сохранить собрание

meeting-back = Собрания
meeting-history = История
meeting-import-participants = Импортировать список участников…
meeting-import-counts = Импортировать численность по регионам…
meeting-delete-confirm = Удалить { $key } вместе с данными об участии и итогами? Собрание будет перемещено в корзину (Настройки), откуда его можно восстановить.
meeting-unsaved-entries = новые записи собрания
meeting-row-error = строка { $line }: { $message }
meeting-added-to-roster = { $name }: добавлено в список участников
meeting-counts-saved = Численность сохранена
meeting-region-error = { $region }: { $message }
meeting-entry-saved = { $name }: сохранено
meeting-moved-up = { $topic }: перемещено вверх
meeting-moved-down = { $topic }: перемещено вниз
meeting-capture-saved = Сохранено: решений — { $decisions }, действий — { $actions }, приоритетов — { $priorities }
meeting-statistics = Статистика
meeting-communique = Коммюнике
meeting-communique-published = Коммюнике (опубликовано { $date })
meeting-roster = Список участников
meeting-attended-count = (присутствовали: { $count })
meeting-person = Участник
meeting-person-placeholder = Имя
meeting-status = Статус
meeting-attendance-attended = присутствовал
meeting-attendance-registered = зарегистрирован
meeting-attendance-invited = приглашён
meeting-executive = руководитель
meeting-new-to-directory = Нет в справочнике:
meeting-role = Роль
meeting-role-delegate = делегат
meeting-role-expert = эксперт
meeting-role-staff = сотрудник
meeting-organization = Организация
meeting-name = Имя
meeting-region = Регион
meeting-executive-column = Руководитель
meeting-remove = Удалить
meeting-status-of = Статус: { $name }
meeting-is-executive = { $name } — руководитель
meeting-remove-from-roster = Удалить { $name } из списка участников
meeting-participants-per-region = Участники по регионам
meeting-participants = Участники
meeting-of-whom-executives = Из них руководителей
meeting-executives-from = Руководители: { $region }
meeting-save-counts = Сохранить численность
meeting-outcomes = Итоги
meeting-priorities = Приоритеты
meeting-priority-what = приоритет «{ $topic }»
meeting-topic = Тема
meeting-move-up = Переместить вверх: { $topic }
meeting-move-down = Переместить вниз: { $topic }
meeting-edit-priority = Изменить приоритет { $topic }
meeting-delete-priority = Удалить приоритет { $topic }
meeting-new-priority = Новый приоритет
meeting-decisions = Решения
meeting-decision-what = решение
meeting-decision = Решение
meeting-edit-decision = Изменить решение: { $text }
meeting-delete-decision = Удалить решение: { $text }
meeting-new-decision = Новое решение
meeting-follow-up = Последующие действия
meeting-action = Действие
meeting-owner = Ответственный
meeting-due = Срок
meeting-edit-or-delete = Изменить или удалить
meeting-action-status-open = открыто
meeting-action-status-in-progress = выполняется
meeting-action-status-done = выполнено
meeting-action-status-dropped = отменено
meeting-edit-action = Изменить действие: { $text }
meeting-delete-action = Удалить действие: { $text }
meeting-new-action = Новое действие
meeting-carried = Перенесено с предыдущих собраний
meeting-carried-due = , срок { $date }
meeting-quick-capture = Быстрый ввод
meeting-capture-help = Один итог в строке:
meeting-capture-action-example = ACTION: ответственный | текст | due 2026-03-01
meeting-preview = Предпросмотр
meeting-save-outcomes = Сохранить итоги
meeting-line = Строка
meeting-becomes = Станет
meeting-text = Текст
meeting-not-saved = — (не сохраняется)
meeting-capture-decision = решение
meeting-capture-action = действие
meeting-capture-priority = приоритет

action-what = действие
action-field-text = Действие
action-field-owner = Ответственный
action-field-due = Срок
action-field-status = Статус
action-status-open = Открыто
action-status-in-progress = Выполняется
action-status-done = Выполнено
action-status-dropped = Отменено
action-field-closed = Дата закрытия

stats-participants = Число участников
stats-documents = Число документов
stats-report = Отчёт о собрании
stats-column = Собрание { $number } ({ $month })

date-format = ГГГГ-ММ-ДД

unsaved-title = Несохранённые изменения
unsaved-text = Изменения ещё не сохранены: { $what }.
unsaved-keep = Продолжить редактирование
unsaved-discard = Отменить изменения
unsaved-two = { $first } и { $second }
unsaved-many = { $first }, { $second } и ещё { $count }

toast-deleted = Удалено: { $label }
toast-deleted-with = Удалено: { $label } (а также: { $contents })
toast-restored = Восстановлено: { $label }
toast-dismiss = Закрыть

## The review summary to TSAG

summary-union = МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ
summary-sector = СЕКТОР СТАНДАРТИЗАЦИИ ЭЛЕКТРОСВЯЗИ
summary-study-period = ИССЛЕДОВАТЕЛЬСКИЙ ПЕРИОД { $period }
summary-tsag = КГСЭ
summary-original = Оригинал: русский
summary-questions = Вопрос(ы):
summary-questions-none = н/п
summary-no-td-number = Номер TD ещё не присвоен
summary-running-td = TD КГСЭ
summary-label-source = Источник:
summary-label-title = Название:
summary-label-purpose = Цель:
summary-label-contact = Для контактов:
summary-label-keywords = Ключевые слова:
summary-label-abstract = Резюме:
summary-contact-tel = Тел.: { $number }
summary-contact-email = Эл. почта: { $address }
summary-title = Рассмотрение процесса CTO/CxO: { $cycle }
summary-draft = ПРОЕКТ — цикл рассмотрения «{ $cycle }» не утверждён; его показатели ещё могут измениться
summary-purpose-information = Информация
summary-purpose-proposal = Предложение
summary-keywords = Резолюция 68; процесс CTO/CxO; участие отрасли; рассмотрение
summary-date = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г.
summary-month = { $month ->
        [1] январь
        [2] февраль
        [3] март
        [4] апрель
        [5] май
        [6] июнь
        [7] июль
        [8] август
        [9] сентябрь
        [10] октябрь
        [11] ноябрь
       *[12] декабрь
    } { $year } г.
summary-period = { $from } – { $to }
summary-list-comma = { $head }, { $next }
summary-list-and = { $head } и { $last }
summary-abstract-review = В настоящем документе представлены результаты рассмотрения процесса CTO/CxO за период { $period }, проведенного { $reviewers ->
        [one] { $reviewers } рецензентом
        [few] { $reviewers } рецензентами
        [many] { $reviewers } рецензентами
       *[other] { $reviewers } рецензентами
    }.
summary-abstract-objectives = Из { $objectives ->
        [one] { $objectives } цели
        [few] { $objectives } целей
        [many] { $objectives } целей
       *[other] { $objectives } цели
    } { $statuses }.
summary-abstract-first-met = { $count ->
        [one] { $count } достигнута
        [few] { $count } достигнуты
        [many] { $count } достигнуты
       *[other] { $count } достигнуты
    }
summary-abstract-first-partly-met = { $count ->
        [one] { $count } достигнута частично
        [few] { $count } достигнуты частично
        [many] { $count } достигнуты частично
       *[other] { $count } достигнуты частично
    }
summary-abstract-first-not-met = { $count ->
        [one] { $count } не достигнута
        [few] { $count } не достигнуты
        [many] { $count } не достигнуты
       *[other] { $count } не достигнуты
    }
summary-abstract-first-insufficient = { $count ->
        [one] для { $count } недостаточно данных
        [few] для { $count } недостаточно данных
        [many] для { $count } недостаточно данных
       *[other] для { $count } недостаточно данных
    }
summary-abstract-met = { $count ->
        [one] { $count } достигнута
       *[other] { $count } достигнуты
    }
summary-abstract-partly-met = { $count ->
        [one] { $count } достигнута частично
       *[other] { $count } достигнуты частично
    }
summary-abstract-not-met = { $count ->
        [one] { $count } не достигнута
       *[other] { $count } не достигнуты
    }
summary-abstract-insufficient = для { $count } недостаточно данных
summary-abstract-no-draft = Для недостигнутых целей улучшения ещё не подготовлены.
summary-abstract-no-proposal = В нем не предлагается никаких улучшений.
summary-abstract-proposals = В нем предлагается { $count ->
        [one] { $count } улучшение
        [few] { $count } улучшения
        [many] { $count } улучшений
       *[other] { $count } улучшения
    } для рассмотрения КГСЭ.
summary-heading-introduction = Введение
summary-intro-request = КГСЭ было предложено рассмотреть текущий процесс CTO/CxO, чтобы определить, выполняются ли его цели и можно ли внести улучшения для дальнейшего укрепления участия руководителей высшего звена в консультативных механизмах с БСЭ.
summary-intro-base = Что касается Резолюции 68, базовым документом, по которому предлагалось представлять вклады, является { $symbol }.
summary-intro-base-reproduced = Что касается Резолюции 68, базовым документом, по которому предлагалось представлять вклады, является { $symbol } (воспроизведен в { $reproduced }).
summary-intro-period = Настоящее рассмотрение охватывает период { $period }.
summary-intro-reviewers = { $reviewers ->
        [one] { $reviewers } рецензент оценил
        [few] { $reviewers } рецензента оценили
        [many] { $reviewers } рецензентов оценили
       *[other] { $reviewers } рецензента оценили
    } каждую цель процесса по ее шкале оценки, с обоснованием и подтверждениями; цели, их показатели и шкалы оценки приведены в Приложении А.
summary-intro-meetings = { $meetings ->
        [one] { $meetings } собрание, состоявшееся за этот период, кратко описано в Приложении В.
        [few] { $meetings } собрания, состоявшиеся за этот период, кратко описаны в Приложении В.
        [many] { $meetings } собраний, состоявшихся за этот период, кратко описаны в Приложении В.
       *[other] { $meetings } собрания, состоявшиеся за этот период, кратко описаны в Приложении В.
    }
summary-heading-results = Результаты
summary-results-rule = Цель достигнута, когда медианная оценка составляет не менее трех четвертей ее шкалы, частично достигнута — не менее половины шкалы, и не достигнута — если ниже; если получено менее { $quorum ->
        [one] { $quorum } оценки
        [few] { $quorum } оценок
        [many] { $quorum } оценок
       *[other] { $quorum } оценки
    }, данных недостаточно.
summary-results-agreement = Согласованность оценок рецензентов за цикл (альфа Криппендорфа, порядковая) составляет { $alpha } по { $objectives ->
        [one] { $objectives } цели, оцененной
        [few] { $objectives } целям, оцененным
        [many] { $objectives } целям, оцененным
       *[other] { $objectives } цели, оцененной
    } не менее чем двумя рецензентами.
summary-alpha-none = не вычисляется
summary-results-disagreement = Оценки рецензентов заметно расходятся (разброс не менее половины шкалы) по целям { $objectives }.
summary-table-results = Таблица 1 – Цели процесса CTO/CxO
summary-table-indicators = Таблица 2 – Показатели в сравнении с целевыми значениями
summary-column-objective = Цель
summary-column-status = Статус
summary-column-median = Медиана
summary-column-spread = Разброс
summary-column-reviewers = Рецензенты
summary-column-agreement = Согласованность
summary-column-indicator = Показатель
summary-column-value = Значение
summary-column-target = Целевое значение
summary-column-met = Достигнуто
summary-status-met = Достигнута
summary-status-partly-met = Частично достигнута
summary-status-not-met = Не достигнута
summary-status-insufficient = Недостаточно данных
summary-agreement-divided = Расходятся
summary-agreement-consistent = Согласованы
summary-yes = Да
summary-no = Нет
summary-not-applicable = н/п
summary-heading-proposals = Предлагаемые улучшения
summary-action = Действие { $number }:
summary-no-proposal = По итогам рассмотрения никаких улучшений не предлагается: каждая цель достигнута полностью или частично либо для нее недостаточно данных.
summary-no-proposal-unmet = Для { $count ->
        [one] недостигнутой цели
        [few] недостигнутых целей
        [many] недостигнутых целей
       *[other] недостигнутых целей
    } ({ $objectives }) улучшения ещё не подготовлены.
summary-no-proposal-draft = Подготовьте предложения до представления настоящего документа.
summary-annex-objectives = Приложение А: Цели и шкалы оценки
summary-annex-source = Источник:
summary-annex-rubric = Шкала оценки:
summary-annex-indicators = Показатели:
summary-annex-statistics = Приложение В: { $statistics }, консультации руководителей и Группа Докладчика КГСЭ по вовлечению отрасли и метрикам (RG-IEM)
summary-statistics-title = Статистика собраний, { $from } – { $to }
summary-no-meeting = За этот период собрания не проводились.
summary-digest = Дайджест содержания: { $digest }

## Отказы, формулируемые ядром: ошибка поля, что не допускает состояние базы данных, сохранённые данные, которые нужно исправить, находки проверки; ошибки строк быстрого ввода, ячеек листа и заголовка файла

invalid-duplicates-kind = дубликаты ищутся среди организаций и людей, а не среди «{ $kind }»
invalid-merge-into-itself = запись нельзя объединить с самой собой
invalid-no-record-named = среди «{ $kind }» нет записи с именем «{ $name }»
invalid-merge-kind = объединять можно только организации и людей, а не «{ $kind }»
invalid-sheet-empty = { $file }: файл пуст
invalid-sheet-protected = { $file }: книга защищена паролем; сохраните незащищённую копию и используйте её
invalid-sheet-damaged = { $file }: книгу невозможно прочитать ({ $reason }); возможно, она повреждена или не является электронной таблицей
invalid-sheet-no-such-sheet = { $file }: в книге нет листа с именем «{ $sheet }»; её листы: { $sheets }
invalid-sheet-no-sheet = { $file }: в книге нет ни одного листа
invalid-sheet-unreadable = { $file }: { $reason }
invalid-no-meeting-key = ни у одного собрания нет ключа «{ $key }»
invalid-unknown-batch = ни у одного импорта нет номера пакета «{ $batch }» (их перечисляет `cxo-review history --activity`)
invalid-batch-not-import = пакет «{ $batch }» содержит запись типа «{ $cause }», а не запись импорта или объединения
invalid-mapping-name = дайте сопоставлению название, чтобы его можно было найти
invalid-file-exists = { $path } уже существует; выберите новое имя файла
invalid-not-a-field = не является полем «{ $kind }»; его поля: { $fields }
invalid-not-a-number = «{ $value }» — не число
invalid-not-true-or-false = «{ $value }» — не true (истина) и не false (ложь)
invalid-no-record-key = среди «{ $kind }» нет записи с ключом «{ $key }»
invalid-key-ambiguous = { $count ->
        [one] { $count } запись «{ $kind }» имеет ключ «{ $key }»
        [few] { $count } записи «{ $kind }» имеют ключ «{ $key }»
        [many] { $count } записей «{ $kind }» имеют ключ «{ $key }»
       *[other] { $count } записи «{ $kind }» имеют ключ «{ $key }»
    }
invalid-no-backups = у { $path } нет резервных копий для восстановления
invalid-not-cycle-reviewer = «{ $name }» не является рецензентом цикла рассмотрения «{ $cycle }»; его рецензенты: { $reviewers }
invalid-no-keys-folder = не удаётся найти домашнюю папку для ключа рецензента; задайте CXO_REVIEW_KEYS
invalid-return-over-package = { $path } — это сам пакет для рассмотрения: запишите ответ в отдельный файл (.cxoreturn)
invalid-cycle-table = «{ $table }» — таблица цикла рассмотрения: укажите цикл с помощью --cycle
invalid-unknown-table = неизвестная таблица «{ $table }»; таблицы: { $tables }
invalid-unknown-cycle-table = неизвестная таблица «{ $table }»; таблицы цикла: { $tables }
invalid-version = версия — целое число
invalid-proposal-number-taken = у { $contribution } уже есть предложение номер { $number }
invalid-symbol-taken = вклад с обозначением «{ $symbol }» уже зарегистрирован
invalid-objective-named-by-proposals = { $count ->
        [1] предложение { $names } ссылается на эту цель: сначала уберите её из этого предложения, чтобы её удаление можно было отменить
        [one] предложения { $names } ссылаются на эту цель: сначала уберите её из них, чтобы её удаление можно было отменить
        [few] предложения { $names } ссылаются на эту цель: сначала уберите её из них, чтобы её удаление можно было отменить
        [many] предложения { $names } ссылаются на эту цель: сначала уберите её из них, чтобы её удаление можно было отменить
       *[other] предложения { $names } ссылаются на эту цель: сначала уберите её из них, чтобы её удаление можно было отменить
    }
invalid-action-plan-item-named-by-objectives = { $count ->
        [1] цель { $names } ссылается на этот пункт плана действий: сначала уберите его из этой цели, чтобы его удаление можно было отменить
        [one] цели { $names } ссылаются на этот пункт плана действий: сначала уберите его из них, чтобы его удаление можно было отменить
        [few] цели { $names } ссылаются на этот пункт плана действий: сначала уберите его из них, чтобы его удаление можно было отменить
        [many] цели { $names } ссылаются на этот пункт плана действий: сначала уберите его из них, чтобы его удаление можно было отменить
       *[other] цели { $names } ссылаются на этот пункт плана действий: сначала уберите его из них, чтобы его удаление можно было отменить
    }
invalid-team-name-too-long = имя базы данных «{ $name }» слишком длинно для команды: её групповые роли (например, «{ $role }») должны занимать не более { $longest } байт, поэтому имя может занимать не более { $most } байт
invalid-login-length = имя для входа должно содержать от 1 до 63 символов
invalid-unknown-reviewer-add = неизвестный рецензент «{ $name }»; сначала добавьте рецензента
invalid-new-login-password = «{ $login }» — новое имя для входа: для него нужен пароль
invalid-postgres-url = { $url } не является URL-адресом PostgreSQL: { $reason }
invalid-memory-no-backups = у базы данных в памяти нет резервных копий
invalid-unknown-action-plan-item = неизвестный пункт плана действий «{ $key }»
invalid-unknown-contribution = неизвестный вклад «{ $key }»
invalid-unknown-country-code = неизвестный код страны «{ $key }»
invalid-unknown-meeting = неизвестное собрание «{ $key }»
invalid-unknown-objective = неизвестная цель «{ $key }»
invalid-unknown-organization = неизвестная организация «{ $key }»
invalid-unknown-person = неизвестное лицо «{ $key }»
invalid-unknown-cycle = неизвестный цикл рассмотрения «{ $key }»
invalid-unknown-reviewer = неизвестный рецензент «{ $key }»
invalid-unknown-record = неизвестно: { $entity } «{ $key }»
invalid-no-home-folder = не удаётся найти домашнюю папку для базы данных; укажите --db ПУТЬ
invalid-meeting-key-taken = собрание с ключом «{ $key }» уже существует
invalid-organization-taken = организация с названием «{ $name }» уже существует
invalid-person-taken = лицо с именем «{ $name }» уже зарегистрировано; добавьте к имени отличительную деталь
invalid-objective-code-taken = цель с кодом «{ $code }» уже существует
invalid-action-plan-code-taken = пункт плана действий { $code } уже существует
invalid-rubric-scored-level = рецензенты оценили эту цель на уровне { $level }; сохраните шкалу до этого уровня
invalid-reviewer-taken = рецензент с именем «{ $name }» уже существует
invalid-cycle-taken = цикл рассмотрения с названием «{ $name }» уже существует
invalid-meeting-keeps-counts = собрание «{ $key }» учитывает участие как численность по регионам; сначала переключите его режим учёта участия на поимённый список
invalid-meeting-keeps-roster = собрание «{ $key }» учитывает участие как поимённый список; сначала переключите его режим учёта участия на численность по регионам
invalid-mode-has-counts = у него есть численность по регионам; удалите её, прежде чем переходить на поимённый список
invalid-mode-has-roster = у него есть поимённый список; удалите его, прежде чем переходить на численность по регионам
invalid-already-on-roster = { $person } уже есть в списке участников собрания { $meeting }
invalid-count-taken = у { $meeting } уже есть численность для региона { $region }
invalid-rank-taken = у { $meeting } уже есть приоритет с рангом { $rank }
invalid-decision-twice = в { $meeting } это решение уже записано
invalid-action-twice = в { $meeting } это действие уже записано
invalid-outcome-twice = в { $meeting } этот элемент ({ $table }) уже записан
invalid-no-cycle-named = нет цикла рассмотрения с названием «{ $cycle }»
invalid-document-options-taken = у цикла рассмотрения «{ $cycle }» уже есть параметры документа
invalid-still-referred = на этот объект ({ $entity }) всё ещё ссылаются другие записи; сначала удалите их
invalid-objective-scored = у цели { $code } есть оценки в этом цикле, и она должна остаться
invalid-reviewer-scored = { $name } выставлял(а) оценки в этом цикле и должен (должна) остаться
invalid-new-cycle-signed-off = новый цикл не может начинаться утверждённым; утвердите его после оценивания
invalid-sign-off-by-command = утвердите цикл командой утверждения (sign-off), которая записывает его отпечаток
invalid-not-reviewer-of = { $reviewer } не является рецензентом { $cycle }
invalid-objective-out-of-scope = цель { $objective } не входит в охват { $cycle }
invalid-not-rubric-level = { $level } — не уровень шкалы цели { $objective } ({ $levels })
invalid-already-scored = { $reviewer } уже оценил(а) { $objective } в { $cycle }
invalid-unknown-indicator = неизвестный показатель «{ $key }»
invalid-proposal-title-taken = предложение с таким названием для этой цели уже существует
invalid-objective-not-in-package = «{ $objective }» нет в этом пакете для рассмотрения; его цели: { $objectives }
invalid-not-package-level = { $level } — не уровень шкалы цели { $objective }: { $levels }
invalid-evidence-not-in-package = { $evidence } нет среди подтверждений этого пакета для рассмотрения
invalid-import-extension = { $path }: укажите файл .csv или .json
invalid-demo-scale = «{ $scale }» должно быть числом лет, например 10y (от 1y до 50y)
invalid-period-end = { $to } раньше начала периода ({ $from })
precondition-batch-undone = пакет { $batch } уже отменён: { $who }, { $at }
precondition-batch-built-on = пакет { $batch } нельзя отменить: с тех пор изменилось следующее: { $changed }; сначала отмените или удалите это, затем отмените пакет
precondition-batch-record-changed = { $kind } { $key } уже не в том состоянии, в котором его оставил пакет
precondition-copy-target-not-empty = { $target } уже содержит записи: копируйте в новую пустую базу данных
precondition-package-no-scores = { $path } ещё не содержит оценок; сначала оцените какую-либо цель
precondition-swap-meetings = приоритеты двух разных собраний ({ $first } и { $second }) не могут поменяться рангами
precondition-server-empty = { $address } — пустая база данных: сначала настройте её командой `cxo-review --db { $address } team init`
precondition-no-team = у { $address } ещё нет команды: сначала настройте её командой `cxo-review --db { $address } team init`
precondition-server-test-schema = у { $address } версия схемы { $version } из тестовой версии CxO Review, выпущенной до первого выпуска командных баз данных; вместо этого скопируйте её данные в новую базу данных (`cxo-review copy`)
precondition-not-team = эта база данных — файл: команда работает с базой данных на сервере PostgreSQL (docs/team.md)
precondition-restore-open = { $path } открыт в { $holder }; закройте его там, затем повторите восстановление (ничего не изменено)
precondition-team-backup = резервные копии командной базы данных делаются на её сервере с помощью pg_dump (docs/team.md, «Backups»)
precondition-sign-off-no-scores = у «{ $cycle }» ещё нет оценок; утверждать нечего
precondition-return-late = { $file } возвращён { $returned }, после крайнего срока ({ $deadline }); чтобы принять его, объедините его с параметром --accept-late
precondition-return-older = { $file } возвращён { $returned }, раньше уже объединённого ответа ({ $last }): он отменил бы более поздние оценки
precondition-generate-not-empty = база данных уже содержит данные; создавайте данные в новой базе данных (--db НОВЫЙ-ФАЙЛ)
precondition-demo-not-empty = база данных уже содержит данные; загрузите демонстрационные данные в новую базу данных (--db НОВЫЙ-ФАЙЛ)
precondition-team-backups-command = резервные копии командной базы данных делаются на её сервере с помощью pg_dump (docs/team.md); `backups` работает с файлами баз данных
inconsistent-unknown-kind = неизвестное значение «{ $kind }»; ожидается одно из: { $expected }
inconsistent-history-record = { $kind } { $key }: { $reason }
inconsistent-history-fields = { $kind } { $key }: его записанные поля не образуют запись
inconsistent-wrong-values = { $count ->
        [one] { $count } значение в базе данных не соответствует типу своего столбца
        [few] { $count } значения в базе данных не соответствуют типу своих столбцов
        [many] { $count } значений в базе данных не соответствуют типу своих столбцов
       *[other] { $count } значения в базе данных не соответствуют типу своих столбцов
    }, поэтому не все её записи можно прочитать: { $values }; `cxo-review check --repair` откладывает их (и сохраняет), после чего экспорт работает; ничего не записано
inconsistent-copy-differs = копия в { $copy } после экспорта отличается от { $source }; не используйте её
inconsistent-trash-unreadable = удалённый объект { $label } не является читаемым документом: { $reason }
inconsistent-trash-foreign-section = удалённый объект { $label } содержит { $section }, что удаление «{ $kind }» никогда не сохраняет: он помещён в корзину не CxO Review, и ничего не восстановлено
inconsistent-trash-document-options = удалённый объект { $label } содержит параметры документа цикла: ничего не восстановлено
inconsistent-trash-other-score = удалённый объект { $label } помещён в корзину под учётной записью { $reviewer }, но содержит оценку { $other }: ничего не восстановлено
inconsistent-trash-score-of-nobody = удалённый объект { $label } помещён в корзину под учётной записью { $reviewer }, но содержит оценку без рецензента: ничего не восстановлено
inconsistent-trash-kind = запись корзины № { $entry } содержит записи неизвестного типа «{ $kind }»
inconsistent-counts-beyond-bounds = сохранённые значения численности ({ $counts }) превышают то, что можно сосчитать (ни одно значение не может превышать { $most }; они записаны вне CxO Review); исправьте их в собрании
inconsistent-meeting-uncountable = собрание { $meeting }: сумма сохранённой численности участников превышает то, что можно сосчитать; исправьте сохранённые данные об участии в нём
inconsistent-year-uncountable = собрания { $year } года: сумма сохранённой численности участников превышает то, что можно сосчитать; исправьте сохранённые данные об участии в них
inconsistent-meetings-year = собрания учтены под годом { $year }
inconsistent-meeting-date = собрание начинается «{ $date }», а это не дата
inconsistent-signing-key = ключ подписи базы данных повреждён
inconsistent-package-scores = пакет для рассмотрения { $package }: его выданные оценки не читаются ({ $reason })
inconsistent-participants-overflow = собрание { $meeting }: сумма его участников по регионам ({ $counts }) превышает то, что можно сосчитать; исправьте сохранённые данные об участии в нём
inconsistent-package-issue-time = у пакета для рассмотрения { $package } время выдачи не является временем
discrepancies-check-problems = { $count ->
        [one] найдена { $count } проблема
        [few] найдены { $count } проблемы
        [many] найдено { $count } проблем
       *[other] найдено { $count } проблемы
    }
discrepancies-summary-differences = { $count ->
        [one] { $count } расхождение между { $file } и базой данных
        [few] { $count } расхождения между { $file } и базой данных
        [many] { $count } расхождений между { $file } и базой данных
       *[other] { $count } расхождения между { $file } и базой данных
    }
discrepancies-returns-refused = { $count ->
        [one] отклонено { $refused } из { $count } ответа
        [few] отклонено { $refused } из { $count } ответов
        [many] отклонено { $refused } из { $count } ответов
       *[other] отклонено { $refused } из { $count } ответа
    }
capture-not-a-date = «{ $date }» — недопустимая дата; записывайте даты в формате ГГГГ-ММ-ДД
capture-action-form = записывайте действия так: ACTION: ответственный | текст | due ГГГГ-ММ-ДД
capture-no-owner = у действия нет ответственного
capture-no-text = в строке нет текста после префикса
sheet-problem-ambiguous-date = «{ $date }» можно прочитать и как день–месяц, и как месяц–день: укажите порядок (--day-first или --month-first; в приложении — порядок дат)
sheet-problem-not-a-date = «{ $date }» — не дата: запишите её как 2025-03-14, 14/03/2025 или 14 March 2025
sheet-problem-no-header = на листе нет строки заголовков: он пуст
sheet-problem-no-name-nor-organization-column = ни один столбец не содержит ни имени (полного имени либо фамилии и имени), ни организации; заголовки: { $headers }: укажите их в сопоставлении (--mapping) или переименуйте
sheet-problem-no-name-column = ни один столбец не содержит имени (полного имени либо фамилии и имени); заголовки: { $headers }: укажите их в сопоставлении (--mapping) или переименуйте
sheet-problem-no-organization-column = ни один столбец не содержит организации; заголовки: { $headers }: укажите их в сопоставлении (--mapping) или переименуйте
sheet-problem-no-name = в этой строке нет имени
sheet-problem-no-organization = у { $name } нет организации
sheet-problem-unknown-country = «{ $country }» — страна, неизвестная этому продукту: укажите её код ISO или название на одном из шести официальных языков ООН либо задайте его в значениях сопоставления
sheet-problem-participation = «{ $participation }» не говорит, участвовал ли человек: напишите attended, registered или invited (или present, remote, inscrit, asistió…) либо задайте это в значениях сопоставления
sheet-problem-unknown-role = неизвестное значение «{ $role }»; ожидается одно из: { $expected }
sheet-problem-chosen-organization = «{ $chosen }», выбранная для «{ $name }», не является организацией справочника
sheet-problem-new-organization = «{ $name }» станет новой организацией, но в справочнике есть «{ $existing }»: примите совпадение (--accept-review)
sheet-problem-chosen-person = «{ $chosen }», выбранное для «{ $name }», не является лицом из справочника
sheet-problem-new-person = { $name } станет новым лицом, но в справочнике есть «{ $existing }» ({ $organization }): примите совпадение (--accept-review)
sheet-problem-meeting-keeps-counts = собрание { $meeting } учитывает участие как численность по регионам, а не как поимённый список; сначала переключите его режим учёта участия на поимённый список
sheet-problem-counts-need-meeting = лист численности по регионам заполняет численность одного собрания: укажите собрание (--meeting КЛЮЧ)
sheet-problem-meeting-keeps-roster = собрание { $meeting } ведёт поимённый список, а не численность по регионам; сначала переключите его режим учёта участия на численность по регионам
sheet-problem-no-participants-column = ни один столбец не содержит числа участников
sheet-problem-unknown-region = «{ $region }» — не регион МСЭ: напишите AFR, AMS, ARB, ASP, CIS, EUR или TSB либо название региона
sheet-problem-region-twice = регион { $region } уже учтён в строке { $row }
sheet-problem-not-a-count = «{ $value }» — не численность: напишите целое число, 0 или больше
sheet-problem-no-key-column = реестру собраний нужен столбец ключей собраний (key, code, référence, clave)
sheet-problem-no-key = в этой строке нет ключа собрания
sheet-problem-key-twice = { $key } уже есть в строке { $row }
sheet-problem-no-first-day = у { $key } нет первого дня
sheet-problem-meeting-kind = «{ $kind }» — не вид собрания: напишите CTO meeting, CxO roundtable, bilateral, RG-IEM или workshop
sheet-problem-attendance-mode = «{ $mode }» не говорит, как учитывается участие: напишите roster или counts
sheet-problem-documents = «{ $value }» — не число документов
import-looks-like-json = похоже на JSON, а не на CSV: дайте файлу расширение .json
import-column-repeated = { $count ->
        [one] встречается в заголовке { $count } раз
        [few] встречается в заголовке { $count } раза
        [many] встречается в заголовке { $count } раз
       *[other] встречается в заголовке { $count } раза
    }
import-no-header = первая строка должна называть столбцы; неизвестные столбцы: { $unknown }; ожидаемые столбцы: { $expected } (* — обязательный)
import-unknown-columns = неизвестные столбцы: { $unknown }; ожидаемые столбцы: { $expected } (* — обязательный)
import-missing-column = отсутствует поле { $column }: в заголовке нет этого обязательного столбца
import-missing-columns = отсутствуют поля { $columns }: в заголовке нет этих обязательных столбцов
