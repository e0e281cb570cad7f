# CxO Review — Spanish.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = Idioma

## Words every screen uses

common-save = Guardar
common-cancel = Cancelar
common-delete = Eliminar
common-edit = Editar
common-close = Cerrar
common-add = Añadir
common-undo = Deshacer
common-retry = Reintentar
common-loading = Cargando…
common-saving = Guardando…
common-saved = Guardado
common-yes = Sí
common-no = No
common-none = Ninguno
common-search = Buscar
common-previous = Anterior
common-next = Siguiente

## ITU regions (UNTERM names)

region-AFR = África
region-AMS = Américas
region-ARB = Estados Árabes
region-ASP = Asia-Pacífico
region-CIS = CEI
region-EUR = Europa
region-TSB = TSB

## Kinds of record

kind-organizations = Organizaciones
kind-people = Personas
kind-meetings = Reuniones
kind-attendance = Asistencia
kind-counts = Recuentos por región
kind-priorities = Prioridades
kind-decisions = Decisiones
kind-actions = Acciones
kind-contributions = Contribuciones
kind-action-plan = Plan de acción
kind-objectives = Objetivos
kind-proposals = Propuestas
kind-reviewers = Revisores
kind-cycles = Ciclos de examen
kind-scores = Puntuaciones
kind-improvements = Mejoras
