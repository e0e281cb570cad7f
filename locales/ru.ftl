# CxO Review — Russian.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = Язык

## Words every screen uses

common-save = Сохранить
common-cancel = Отмена
common-delete = Удалить
common-edit = Изменить
common-close = Закрыть
common-add = Добавить
common-undo = Отменить действие
common-retry = Повторить
common-loading = Загрузка…
common-saving = Сохранение…
common-saved = Сохранено
common-yes = Да
common-no = Нет
common-none = Нет
common-search = Поиск
common-previous = Назад
common-next = Далее

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
