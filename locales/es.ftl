# CxO Review — Spanish.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = Idioma
shell-unavailable = la base de datos no está disponible tras un fallo anterior; reinicie CxO Review
shell-stopped = la operación se detuvo inesperadamente: { $reason }
shell-no-database = no hay ninguna base de datos abierta
shell-team-backup = una base de datos de equipo se respalda en su servidor, con pg_dump (docs/team.md)
shell-no-package = no hay ningún paquete de examen abierto

## Words every screen uses

common-save = Guardar
common-cancel = Cancelar
common-delete = Eliminar
common-edit = Editar
common-close = Cerrar
common-add = Añadir
common-undo = Deshacer
common-loading = Cargando…
common-saving = Guardando…
common-saved = Guardado
common-search = Buscar

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

## Errores que comunica el núcleo

error-invalid = { $problems }
error-import = { $file }: { $count ->
    [one] { $count } fila errónea, no se importó nada
   *[other] { $count } filas erróneas, no se importó nada
}
error-import-more = … y { $count } filas erróneas más no listadas
error-not-found = no existe { $entity } { $key }
error-frozen = el ciclo de examen «{ $cycle }» está aprobado; sus puntuaciones, pruebas y propuestas ya no pueden cambiar
error-wrong-file = { $name }: { $reason }
error-newer-schema = { $path } fue escrito por una versión más reciente de CxO Review (versión de esquema { $found }; esta versión conoce hasta la { $supported }). Ábralo con una versión más reciente o restaure una copia de seguridad.
error-io = { $path }: { $reason }
error-migration = { $path }: la actualización a { $migration } falló, no se cambió nada: { $reason }
error-render = no se pudo escribir { $what }: { $reason }
error-no-database = no hay ninguna base de datos en { $path }; cree una con `cxo-review --db { $path } init` o compruebe la ruta
error-read-only = { $path } es de solo lectura: puede leerse, pero no se puede guardar nada en él (compruebe los permisos del archivo o cópielo a un lugar con permiso de escritura)
error-busy = { $path } está ocupado: { $holder } lo mantuvo bloqueado más de { $waited } s; no se guardó nada, inténtelo de nuevo cuando haya terminado
error-connection = no se puede conectar con { $address }: { $reason }
error-conflict = este elemento ({ $entity }) fue modificado por { $by } a las { $at }, después de que usted lo abriera; sus cambios no se guardaron. Vuelva a cargarlo para ver los suyos y rehaga los de usted
error-password-needed = { $address } pide una contraseña
error-denied = la base de datos del equipo rechazó esta operación para el usuario «{ $user }»: { $reason }
error-tampered = el ciclo de examen «{ $cycle }» se aprobó con la huella { $recorded }, pero { $now }: se modificó fuera de CxO Review tras la aprobación. Restaure una copia de seguridad anterior al cambio (`cxo-review backups list`) o consulte a quien editó el archivo
error-damaged = { $path } se encontró dañado el { $since } ({ $reason }). Restaure una copia de seguridad en buen estado (en la aplicación: Configuración ▸ Copias de seguridad; en la línea de comandos: `cxo-review backups restore`) o ejecute `cxo-review check` para examinar el archivo
error-damaged-with-backup = { $path } se encontró dañado el { $since } ({ $reason }). Restaure una copia de seguridad en buen estado (en la aplicación: Configuración ▸ Copias de seguridad; en la línea de comandos: `cxo-review backups restore` (la más reciente: { $backup })) o ejecute `cxo-review check` para examinar el archivo
error-unsafe-output = { $path }: { $reason }; elija otro nombre de archivo
error-database = error de la base de datos durante la operación «{ $operation }»: { $reason }
error-json = error interno (JSON): { $reason }
error-internal = error interno: { $reason }

## Problemas de un campo, mostrados a su lado

check-required = es obligatorio
check-too-long = supera los { $max } caracteres
check-control-character = contiene el carácter de control { $character } en el carácter { $at }
check-control-character-one-line = contiene el carácter de control { $character } en el carácter { $at }; es una sola línea de texto
check-negative = no puede ser negativo
check-implausibly-large = es inverosímilmente grande (más de { $max })
check-sources-empty = indique al menos una organización de origen
check-one-or-more = debe ser 1 o más
check-telephone = «{ $value }» no es un número de teléfono (dígitos, +, espacios, -, ., /, paréntesis)
check-email = «{ $value }» no es una dirección de correo electrónico
check-key-spaces = no debe contener espacios (por ejemplo, CTO-2024-01)
check-before-start-date = es anterior a la fecha de inicio
check-before-meeting-started = es anterior al inicio de la reunión
check-not-started-planned = una reunión que aún no ha comenzado solo puede estar prevista
check-exceeds-participants = supera el número de participantes
check-closed-date-required = es obligatorio cuando el estado es { $status }
check-closed-date-empty = debe estar vacío mientras el estado sea { $status }
check-country-required = es obligatorio (código ISO 3166-1 como CH), salvo para la secretaría de la UIT
check-country-code = «{ $value }» no es un código ISO 3166-1 alfa-2 como CH o US
check-unknown-metric = métrica desconocida «{ $metric }»; métricas conocidas: { $known }
check-metric-twice = la métrica «{ $metric }» aparece dos veces
check-target-number = el objetivo debe ser un número
check-rubric-levels = los niveles deben numerarse 0, 1, 2, … sin huecos (al menos dos niveles)
check-rubric-too-many = tiene más de 11 niveles
check-rubric-label = el nivel { $level } no tiene etiqueta
check-action-plan-code = «{ $value }» debe escribirse como AP1.1 o AP5
check-before-period-start = es anterior al inicio del período
check-quorum = debe estar entre 1 y 100
check-signed-off-at = se rellena exactamente cuando el ciclo está aprobado
check-level-range = debe ser un nivel de la rúbrica entre 0 y 10
check-evidence-empty = la referencia ({ $kind }) está vacía
check-invitation = debe comenzar con «TSAG is invited to …» (texto del documento, en inglés)

## Fechas

dates-format-error = Escriba la fecha como AAAA-MM-DD, p. ej. 2024-10-14, o como { $order }
dates-no-such-day = Ese día no existe en el calendario
dates-hint = { $iso } o { $order }

## La barra de menús

menu-file = Archivo
menu-file-new = Nueva base de datos…
menu-file-open = Abrir base de datos…
menu-file-recent = Abrir reciente
menu-file-demo = Abrir la base de datos de demostración
menu-file-connect = Conectarse a una base de datos de equipo…
menu-file-package = Abrir paquete de examen…
menu-file-backup = Hacer copia de seguridad ahora
menu-file-import = Importar…
menu-file-export = Exportar base de datos…
menu-file-quit = Salir
menu-edit = Edición
menu-edit-undo = Deshacer
menu-edit-redo = Rehacer
menu-edit-cut = Cortar
menu-edit-copy = Copiar
menu-edit-paste = Pegar
menu-edit-select-all = Seleccionar todo
menu-view = Ver
menu-view-reload = Recargar
menu-help = Ayuda
menu-about = Acerca de CxO Review
menu-about-comments = Siga las consultas con ejecutivos, las contribuciones de la Resolución 68 y los exámenes del proceso CTO/CxO del UIT-T, e informe al GANT.
menu-recent-none = Todavía no se ha abierto ninguna base de datos
menu-recent-clear = Borrar la lista

## Examen: puntuación, vista del relator, paquetes de examen y modo revisor; objetivos y sus rúbricas; revisores y ciclos de examen; historial de un registro y pantalla Actividad

review-title = Examen
review-subtitle = Puntúe en qué medida se cumple cada objetivo del proceso CTO/CxO, con una justificación y pruebas.
review-cycle = Ciclo
review-new-cycle = Nuevo ciclo…
review-open-package = Abrir un paquete de examen…
review-open-package-hint = Puntuar un paquete de examen sin conexión (modo revisor)
review-scoring-as = Puntuar como
review-scoring-as-bound = El revisor con cuyo nombre puntúa su inicio de sesión de equipo
review-choose-who = Indique quién es…
review-signed-off = Este ciclo está aprobado: sus puntuaciones están congeladas.
review-bound-not-reviewer = Su inicio de sesión de equipo puntúa como { $reviewer }, que no es revisor de este ciclo: no puede puntuarlo.
review-choose-reviewer = Indique quién es en «Puntuar como» antes de puntuar: sus puntuaciones se guardan con el nombre de ese revisor.
review-new-cycle-title = Nuevo ciclo de examen
review-cycle-name-example = Examen de 2026 del proceso CTO/CxO
review-quorum = Quórum (número mínimo de puntuaciones por objetivo)
review-create-cycle = Crear el ciclo
review-tab-scores = Mis puntuaciones
review-tab-rapporteur = Vista del relator
review-level-for = Nivel para { $code }
review-rationale = Justificación
review-evidence = Pruebas
review-remove-evidence = Quitar { $item }
review-evidence-placeholder = Añadir la clave de una reunión, la signatura de una contribución o un indicador
review-evidence-unknown = «{ $typed }» no es una reunión, una contribución ni un indicador del período de este ciclo
review-evidence-indicator = { $label } ({ $value })
review-save-score = Guardar la puntuación
review-saved = guardada
review-alpha-ordinal = Alfa de Krippendorff (ordinal):
review-agreement-more = · intervalo { $interval } · nominal { $nominal } · quórum { $quorum }
review-objective = Objetivo
review-median = Mediana
review-spread = Dispersión
review-status = Estado
review-returned-at = Puntuado sin conexión y devuelto el { $date }
review-scored-offline-hidden = (puntuado sin conexión)
review-disagree = Los revisores discrepan
review-disagree-hidden = (los revisores discrepan)
review-status-met = cumplido
review-status-partly-met = parcialmente cumplido
review-status-not-met = no cumplido
review-status-insufficient-evidence = pruebas insuficientes
review-scored-offline = Puntuado sin conexión
review-marked-in-table = marcado con ↩ en la tabla
review-provenance = { $reviewer }: devuelta el { $date } en el paquete { $package }, firmada con la clave { $key }
review-offline-title = Examen sin conexión
review-offline-intro = Entregue a cada revisor un paquete de examen para puntuar en su propio ordenador; combine las respuestas firmadas que devuelvan.
review-no-cycle = Todavía no hay ningún ciclo de examen: cree uno importando un archivo de ciclos (Configuración).

score-level-0 = No cumplido
score-level-1 = Ligeramente cumplido
score-level-2 = Parcialmente cumplido
score-level-3 = Cumplido en gran medida
score-level-4 = Plenamente cumplido
score-not-available = n/d

draft-kept-hint = Se conserva en este ordenador hasta que lo guarde
draft-not-saved = Borrador, aún no guardado
draft-discard = Descartar el borrador

package-folder-title = Carpeta para los paquetes de examen
package-return-file = Respuesta de CxO Review
package-package-file = Paquete de CxO Review
package-deadline = Respuestas aceptadas hasta el
package-issue = Emitir los paquetes…
package-accept-late = Aceptar respuestas tardías
package-merge = Combinar las respuestas…
package-issued = Paquetes emitidos (respuestas aceptadas hasta el { $date })
package-merged = Respuestas combinadas
package-refused = rechazada
package-nothing-written = No se escribió nada de ella.
package-merged-from = — { $reviewer }, devuelta el { $date }, clave { $key }
package-unchanged = sin cambios: { $objectives }
package-conflict = CONFLICTO
package-nothing-changed = nada cambió
package-no-data = sin datos
package-status-choose-level = Elija un nivel para guardar este objetivo
package-status-not-saved = No guardado
package-status-editing = Editando…
package-status-in-package = Guardado en el paquete
package-status-not-scored = Aún sin puntuar
package-indicators = Indicadores
package-header = Paquete de examen { $id } · { $file }
package-reviewer = Revisor
package-period = Período
package-return-by = Devolver antes del
package-scored = Puntuados
package-progress = { $count ->
        [one] { $scored } de { $count } objetivo
       *[other] { $scored } de { $count } objetivos
    }
package-indicators-of = Indicadores de { $code }
package-value = Valor
package-result = Resultado
package-rationale-for = Justificación para { $code }
package-evidence-for = Pruebas para { $code }
package-remove-evidence = Quitar { $item } de { $code }
package-add-evidence = Añadir pruebas para { $code }
package-add-evidence-choose = Añadir una reunión, una contribución o un indicador…
package-return-title = Devolver mis puntuaciones
package-return-intro = { $count ->
        [one] La respuesta contiene { $count } puntuación suya, firmada con una clave que guarda este ordenador. Envíe el archivo al relator.
       *[other] La respuesta contiene sus { $count } puntuaciones, firmadas con una clave que guarda este ordenador. Envíe el archivo al relator.
    }
package-return-choose = Devolver mis puntuaciones…
package-return-beside = Devolver en { $file }, junto al paquete
package-returned = { $count ->
        [one] Se escribió la respuesta con { $count } puntuación en { $path }.
       *[other] Se escribió la respuesta con { $count } puntuaciones en { $path }.
    }
package-signed-by = Firmada con la clave de revisor de este ordenador { $key }.
package-tell-fingerprint = Comunique esta huella al relator (por teléfono o por cualquier medio distinto del correo electrónico que lleva la respuesta).

objective-saved = Objetivo { $code } guardado
objective-deleted = Objetivo { $code } eliminado
objective-rubric-saved = Rúbrica de { $code } guardada
objective-unsaved-rubric = la rúbrica
objective-subtitle = Lo que el proceso CTO/CxO debe lograr, cómo se mide ({ $period }) y cómo lo puntúan los revisores.
objective-period = del { $from } al { $to }
objective-new = Nuevo objetivo
objective-edit = Editar el objetivo
objective-what-new = el nuevo objetivo
objective-what = el objetivo
objective-save = Guardar el objetivo
objective-code = Código
objective-source = Fuente
objective-source-example = Resolución 68
objective-action-plan-items = Elementos del plan de acción (separados por ;)
objective-title = Título
objective-description = Descripción
objective-indicators-field = Indicadores, p. ej. participants_per_meeting >= 15; regions_represented >= 5 (métricas en docs/metrics.md)
objective-rubric-default = La rúbrica empieza como 0 No cumplido … 4 Plenamente cumplido; edítela después.
objective-edit-named = Editar el objetivo { $code }
objective-delete-named = Eliminar el objetivo { $code }
objective-source-line = Fuente: { $source }
objective-indicator = Indicador
objective-current = Actual
objective-target = Meta
objective-met = cumplido
objective-missed = no alcanzado
objective-rubric = Rúbrica
objective-level-label = Etiqueta del nivel { $level }
objective-level-label-hidden = (etiqueta del nivel { $level })
objective-add-level = Añadir un nivel
objective-remove-level = Quitar el último
objective-save-rubric = Guardar la rúbrica
objective-edit-rubric = Editar la rúbrica
objective-action-plan-line = Plan de acción: { $items }

reviewer-what = el revisor { $name }
reviewer-name = Nombre
reviewer-affiliation = Afiliación
reviewer-email = Correo electrónico (dato personal)
reviewer-edit = Editar el revisor { $name }
reviewer-delete = Eliminar el revisor { $name }

cycle-saved = { $name } guardado
cycle-intro = Los nuevos ciclos se abren en la pantalla Examen. Un ciclo aprobado queda congelado y ya no se puede editar.
cycle-what = el ciclo { $name }
cycle-edit-title = Editar { $name }
cycle-name = Nombre
cycle-period-from = Período desde
cycle-period-to = Período hasta
cycle-quorum = Quórum (número mínimo de revisores por objetivo)
cycle-status = Estado
cycle-option-open = Abierto
cycle-option-closed = Cerrado
cycle-objectives-in-scope = Objetivos incluidos
cycle-period-quorum = { $from } – { $to } · quórum { $quorum }
cycle-status-open = abierto
cycle-status-closed = cerrado
cycle-status-signed-off = aprobado
cycle-edit = Editar el ciclo { $name }
cycle-scope = Objetivos: { $objectives } · Revisores: { $reviewers }
cycle-none = ninguno
cycle-empty = Todavía no hay ningún ciclo de examen.

signoff-below-quorum = { $quorum ->
        [one] { $objective } tiene { $scores } de la { $quorum } puntuación que exige su quórum (pruebas insuficientes)
       *[other] { $objective } tiene { $scores } de las { $quorum } puntuaciones que exige su quórum (pruebas insuficientes)
    }
signoff-not-scored = { $reviewer } no ha puntuado { $objectives }

history-title = Historial
history-empty = No hay cambios registrados.
history-no-value = ningún valor
history-restored = { $field } restablecido a { $value }; el restablecimiento se registra como un cambio propio
history-by = por { $who }
history-joined = { $count ->
        [one] { $count } entrada, una por elemento
       *[other] { $count } entradas, una por elemento
    }
history-restore = Restablecer
history-restore-named = Restablecer { $field } a { $value }
history-value-yes = sí
history-value-no = no
history-operation-insert = Creación
history-operation-update = Modificación
history-operation-delete = Eliminación
history-what-insert = Creación: { $kind } { $key }
history-what-update = Modificación: { $kind } { $key }
history-what-delete = Eliminación: { $kind } { $key }
history-batch-kind = { $kind }: { $count }
history-batch-what = { $count ->
        [one] { $count } entrada: { $kinds }
       *[other] { $count } entradas: { $kinds }
    }
history-cause-detail = { $cause } ({ $detail })
history-cause-form = formulario
history-cause-capture = captura
history-cause-import = importación
history-cause-merge = combinación
history-cause-restore = restablecimiento
history-cause-copy = copia
history-cause-migration = migración
history-cause-command-line = línea de comandos
history-cause-outside = exterior
history-kind-organizations = organizaciones
history-kind-people = personas
history-kind-meetings = reuniones
history-kind-attendance = asistencia
history-kind-counts = recuentos
history-kind-priorities = prioridades
history-kind-decisions = decisiones
history-kind-actions = acciones
history-kind-contributions = contribuciones
history-kind-action-plan = plan de acción
history-kind-objectives = objetivos
history-kind-proposals = propuestas
history-kind-reviewers = revisores
history-kind-cycles = ciclos
history-kind-scores = puntuaciones
history-kind-improvements = mejoras

activity-title = Actividad
activity-intro = Cada cambio en un registro, tal como lo registró la base de datos: quién, cuándo y por qué. Una importación aparece en una sola línea.
activity-by = Por
activity-any-login = cualquier usuario
activity-kind = Tipo
activity-cause = Causa
activity-any = todos
activity-from = Desde
activity-to = Hasta
activity-show = Mostrar
activity-empty = Ningún cambio coincide.
activity-batch = Lote { $batch }
activity-batch-newest = Lote { $batch } — las { $shown } entradas más recientes de { $count }
activity-record = Registro
activity-change = Cambio
activity-more = Mostrar { $count } más

## Personas y organizaciones, contribuciones, propuestas y exportación, acciones, plan de acción, formularios y listas

directory-title = Personas y organizaciones
directory-subtitle = Quién puede figurar en la lista de participantes de una reunión, y la organización y el país por los que se cuenta a cada uno.
directory-duplicates = Duplicados…
directory-list = Lista
directory-tab-people = Personas ({ $count })
directory-tab-organizations = Organizaciones ({ $count })
directory-saved = { $name }: guardado
directory-deleted = { $name }: eliminado
directory-edit-title = Editar { $name }
directory-delete-label = Eliminar { $name }
person-new = Nueva persona
person-what-new = la nueva persona
person-search-placeholder = Nombre, función, organización…
person-column-name = Nombre
person-column-role = Función
person-column-title = Cargo
person-column-organization = Organización
person-field-name = Nombre
person-field-role = Función
person-field-title = Cargo
person-field-organization = Organización
person-field-email = Correo electrónico
person-field-phone = Teléfono
person-personal-data = El correo electrónico y el teléfono son datos personales: se excluyen de las exportaciones al GANT salvo que se soliciten.
person-role-delegate = delegado
person-role-expert = experto
person-role-staff = personal
organization-new = Nueva organización
organization-what-new = la nueva organización
organization-search-placeholder = Nombre, categoría, país…
organization-column-name = Nombre
organization-column-category = Categoría
organization-column-country = País
organization-field-name = Nombre
organization-field-category = Categoría
organization-field-country = País (ninguno solo para la secretaría de la UIT)
organization-category-member-state = Estado Miembro
organization-category-sector-member = Miembro de Sector
organization-category-associate = Asociado
organization-category-academia = Institución académica
organization-category-non-member = No miembro
organization-category-secretariat = Secretaría de la UIT
contribution-subtitle = Contribuciones en virtud de la Resolución 68, sus propuestas y las decisiones adoptadas, vinculadas a los objetivos del proceso.
contribution-new = Nueva contribución
contribution-what-new = la nueva contribución
contribution-what = la contribución { $symbol }
contribution-edit-title = Editar { $symbol }
contribution-edit = Editar contribución
contribution-saved = { $symbol }: guardada
contribution-deleted = { $symbol }: eliminada
contribution-delete-label = Eliminar la contribución { $symbol }
contribution-column-symbol = Signatura
contribution-column-date = Fecha
contribution-column-title = Título
contribution-column-sources = Fuentes
contribution-column-agreed = Acordadas
contribution-title-base = Documento de base: { $title }
contribution-search-placeholder = Signatura, título, fuente…
contribution-show = Mostrar
contribution-show-all = Todas las contribuciones
contribution-show-pending = Con propuestas pendientes
contribution-show-base = Documento de base
contribution-field-symbol = Signatura
contribution-field-date = Fecha
contribution-field-considered-at = Examinada en
contribution-considered-at-example = GANT, 26–30 de enero de 2026
contribution-field-title = Título
contribution-field-sources = Organizaciones de origen (separadas por ;)
contribution-field-reproduced-in = Reproducida en (documento en el que se reproduce su texto, p. ej. TSAG-TD267)
contribution-field-base-document = Documento de base sobre el que se solicitan contribuciones
contribution-proposal-what-new = la nueva propuesta
contribution-proposal-what = la propuesta { $seq } de { $symbol }
contribution-proposal-field-number = Número
contribution-proposal-field-text = Propuesta
contribution-proposal-field-objectives = Objetivos (separados por ;)
contribution-proposal-disposition = Decisión
contribution-proposal-pending = Pendiente
contribution-proposal-agreed = Acordada
contribution-proposal-noted = Se tomó nota
contribution-proposal-not-agreed = No acordada
contribution-proposal-edit-label = Editar la propuesta { $seq }
contribution-proposal-delete-label = Eliminar la propuesta { $seq }
contribution-proposal-deleted = Propuesta { $seq } eliminada
contribution-proposal-none = No hay ninguna propuesta registrada.
contribution-proposal-new = Nueva propuesta
contribution-proposal-add = Añadir propuesta
proposal-title = Propuestas y exportación
proposal-subtitle = Propuestas de mejora para los objetivos no alcanzados, validación y resumen para el GANT.
proposal-cycle = Ciclo
proposal-cycle-option = { $name } ({ $status })
proposal-cycle-open = abierto
proposal-cycle-closed = cerrado
proposal-cycle-signed-off = validado
proposal-draft = Redactar propuestas
proposal-sign-off = Validar…
proposal-signed-off-at = Validado el { $date }
proposal-digest = huella
proposal-drafted-report = Redactadas: { $draftedCount ->
        [0] ninguna
       *[other] { $drafted }
    }. Redactadas de nuevo: { $redraftedCount ->
        [0] ninguna
       *[other] { $redrafted }
    }. Conservadas tal como se editaron: { $keptCount ->
        [0] ninguna
       *[other] { $kept }
    }.
proposal-sign-off-confirm = ¿Validar «{ $name }»? Sus puntuaciones, pruebas y propuestas quedarán congeladas y ya no podrán modificarse.
proposal-sign-off-incomplete = No está completo:
proposal-sign-off-complete = Todos los evaluadores han puntuado todos los objetivos.
proposal-signed-off = Validado. Huella { $digest }
proposal-saved = Propuesta guardada; la redacción automática ya no la reescribirá.
proposal-field-title = Título
proposal-field-text = Texto
proposal-field-invitation = Se invita al GANT a …
proposal-field-status = Estado
proposal-status-draft = Borrador
proposal-status-agreed = Acordada
proposal-status-submitted = Presentada
proposal-status-rejected = Rechazada
proposal-tag-draft = borrador
proposal-tag-agreed = acordada
proposal-tag-submitted = presentada
proposal-tag-rejected = rechazada
proposal-origin-drafted = generada
proposal-origin-edited = editada
proposal-origin-manual = manual
proposal-action-number = Acción { $number }:
proposal-none = Todavía no hay ninguna propuesta. «Redactar propuestas» redacta una para cada objetivo que el examen considera no alcanzado.
export-title = Exportación
export-document-language = Idioma del documento
export-document-language-help = El inglés es el idioma de trabajo del GANT para sus documentos temporales; los demás idiomas dan el texto fijo del resumen en ese idioma (los datos quedan tal como se escribieron).
export-include-confidential = Incluir los datos de contacto personales y las notas sujetas a la regla de Chatham House
export-word = Word (.docx)
export-markdown = Markdown
export-json = JSON
export-workbook = Libro de cálculo (.xlsx)
export-summary-filter = Resumen ({ $format })
export-saved = Guardado: { $path }
export-saved-rows = { $count ->
        [one] Se guardó { $count } fila en { $path }
       *[other] Se guardaron { $count } filas en { $path }
    }
export-one-table = Una tabla en CSV
export-table = Tabla
export-this-cycle = Este ciclo
export-database = Base de datos
export-table-results = resultados
export-table-scores = puntuaciones
export-table-indicators = indicadores
export-table-metrics = métricas
export-table-improvements = mejoras
export-table-objectives = objetivos
export-table-organizations = organizaciones
export-table-people = personas
export-table-meetings = reuniones
export-table-attendance = asistencia
export-table-counts = recuentos
export-table-actions = acciones
export-table-contributions = contribuciones
export-table-proposals = propuestas
export-table-statistics = estadísticas
export-save-csv = Guardar CSV…
document-header-note = El encabezado del TD, recordado para este ciclo.
document-header-note-signed-off = El encabezado del TD, recordado para este ciclo (aún puede cambiar después de la validación).
document-field-td-number = Número de TD (asignado por la TSB)
document-field-place-and-date = Lugar y fecha de la reunión del GANT
document-place-and-date-example = Ginebra, 26–30 de enero de 2026
document-field-source = Fuente
document-contact = Contacto
document-field-contact-name = Nombre
document-field-contact-organization = Organización o función
document-field-contact-country = País
document-field-contact-tel = Tel.
document-field-contact-email = Correo electrónico
document-options-save = Guardar opciones
document-options-saved = Opciones del documento guardadas para este ciclo.
actions-subtitle = Acciones de seguimiento de todas las reuniones. Una acción abierta se traslada a cada reunión posterior hasta que se cierra.
actions-search-placeholder = Texto, responsable, reunión…
actions-show = Mostrar
actions-filter-open = Abiertas
actions-filter-overdue = Vencidas
actions-filter-all = Todas
actions-column-due = Vencimiento
actions-column-action = Acción
actions-column-owner = Responsable
actions-column-meeting = Reunión
actions-column-status = Estado
actions-status-open = abierta
actions-status-open-overdue = abierta (vencida)
actions-status-in-progress = en curso
actions-status-in-progress-overdue = en curso (vencida)
actions-status-done = terminada
actions-status-dropped = descartada
actions-saved = Acción guardada
actions-deleted = Acción eliminada
actions-edit-title = Editar acción
actions-meeting-owner = { $meeting } · responsable { $owner }
actions-meeting-owner-due = { $meeting } · responsable { $owner } · vence el { $date }
actions-overdue = vencida
actions-status = Estado
actions-status-option-open = Abierta
actions-status-option-in-progress = En curso
actions-status-option-done = Terminada
actions-status-option-dropped = Descartada
actions-closed-on = Cerrada el { $date }
actions-delete-label = Eliminar la acción: { $text }
plan-new = Nuevo elemento
plan-code = Código
plan-pillar = Pilar
plan-title = Título
plan-status = Estado
plan-edit-or-delete = Editar o eliminar
plan-pillar-raising-awareness = Sensibilización
plan-pillar-adding-value = Aportación de valor
plan-pillar-attracting-members = Atraer a nuevos Miembros de Sector potenciales
plan-pillar-strategic-mapping = Correspondencia con el plan estratégico de la UIT y sus indicadores
plan-status-planned = Previsto
plan-status-in-progress = En curso
plan-status-done = Terminado
plan-saved = { $code }: guardado
plan-deleted = { $code }: eliminado
plan-what-new = el nuevo elemento del plan de acción
plan-what = el elemento del plan de acción
plan-edit-label = Editar { $code }
plan-delete-label = Eliminar { $code }
plan-none = No hay ningún elemento del plan de acción registrado.
record-correct-fields = Corrija los campos señalados a continuación.
record-field-message = { $field }: { $message }
record-load-theirs = Cargar su versión
record-unsaved = Cambios sin guardar
record-history = Historial
table-count = { $shown } de { $total }
table-sort-by = Ordenar por { $column }
table-no-match = Ninguna fila coincide con la búsqueda.
table-empty = Todavía no hay nada que mostrar.
indicator-meetings_held = Reuniones de ejecutivos celebradas
indicator-participants_per_meeting = Participantes por reunión
indicator-executives_per_meeting = Ejecutivos por reunión
indicator-regions_represented = Regiones representadas
indicator-developing_region_share = Proporción de África, los Estados Árabes y Asia-Pacífico
indicator-tsb_share = Proporción de la TSB entre los participantes
indicator-distinct_organizations = Organizaciones distintas
indicator-first_time_organizations = Organizaciones que participan por primera vez
indicator-priorities_per_meeting = Prioridades por comunicado
indicator-actions_done_share = Cumplimiento del seguimiento
indicator-median_days_to_close = Mediana de días para cerrar una acción
indicator-overdue_actions = Acciones vencidas
indicator-communique_latency_days = Plazo de publicación del comunicado (días)
indicator-contributions_received = Contribuciones en virtud de la Resolución 68
indicator-contribution_source_categories = Categorías de origen de las contribuciones
indicator-contribution_source_regions = Regiones de origen de las contribuciones
indicator-proposals_agreed_share = Proporción de propuestas acordadas

## Configuración y sus paneles: base de datos, copias de seguridad, papelera, conexión de equipo, identidad del revisor, idioma; importación de hojas de cálculo y posibles duplicados

settings-title = Configuración
settings-intro = La base de datos, quién puntúa en este ordenador y el idioma.
settings-language-help = La ventana cambia de inmediato; la elección se conserva para el próximo inicio. Los resúmenes del examen tienen su propio idioma, que se elige al exportarlos.
settings-language-draft = Las traducciones distintas del inglés están pendientes de revisión por hablantes nativos.
settings-database = Base de datos
settings-team-database = Una base de datos de equipo en un servidor PostgreSQL, compartida con el equipo.
settings-team-user = Está conectado como { $login } ({ $role }).
settings-team-user-scoring = Está conectado como { $login } ({ $role }) y puntúa como { $reviewer }.
settings-team-outsider = Está conectado como { $login } (fuera del equipo: con los derechos propios del servidor).
settings-team-outsider-scoring = Está conectado como { $login } (fuera del equipo: con los derechos propios del servidor) y puntúa como { $reviewer }.
settings-role-staff = personal
settings-role-reviewer = revisor
settings-role-rapporteur = relator
settings-team-rights = El servidor decide lo que puede hacer cada usuario, y la copia de seguridad de la base de datos se hace allí (docs/team.md).
settings-file-database = Un único archivo SQLite lo contiene todo. Incluye datos personales de contacto y notas sujetas a la regla de Chatham House: guárdelo donde la TSB guarda ese tipo de datos.
settings-open = Abrir…
settings-new = Nueva…
settings-connect = Conectarse a una base de datos de equipo…
settings-back-up = Hacer copia de seguridad…
settings-backup-file-kind = Copia de seguridad
settings-export = Exportar todo como JSON…
settings-open-demo = Abrir la base de datos de demostración
settings-backups = Copias de seguridad
settings-trash = Papelera
settings-import-title = Importar un archivo
settings-import-help = CSV o JSON, según se describe en docs/formats.md. Un archivo con alguna fila incorrecta se rechaza entero, y se enumeran todas las filas incorrectas.
settings-import-kind = El archivo contiene
settings-import-all = exportación de toda la base de datos
settings-import = Importar…
settings-import-file-kind = CSV o JSON
settings-imported =
    { $count ->
        [one] Se importó { $count } registro de { $path }
       *[other] Se importaron { $count } registros de { $path }
    }
settings-import-row = línea { $line }: { $message }
settings-import-row-column = línea { $line }, { $column }: { $message }
settings-reviewer-identity = Identidad del revisor
settings-reviewer-help = Las puntuaciones que introduzca en la pantalla Examen se registran con este nombre.
settings-scoring-as = Puntuar como
settings-choose = — elegir —
settings-bound-reviewer = Su usuario del equipo puntúa como { $name }; el servidor no acepta ningún otro nombre desde él.
settings-add-reviewer-title = Añadir un revisor
settings-reviewer-name = Nombre
settings-reviewer-affiliation = Afiliación
settings-reviewer-email = Correo electrónico (dato personal)
settings-add-reviewer = Añadir revisor
settings-reviewer-added = Revisor { $name } añadido
settings-about = Acerca de
settings-about-text = CxO Review { $version }. Teclado: Alt+1 … Alt+9 (o Ctrl+1 … Ctrl+9) cambian de pantalla; las teclas de flecha e Intro recorren las listas.
database-file-kind = Base de datos de CxO Review
database-created = Base de datos creada: { $path }
database-opened = Base de datos abierta: { $path }
database-demo-opened = Se abrió la base de datos de demostración ({ $path }), creada de nuevo
database-exported = Se exportó toda la base de datos a { $path }
backup-done = Copia de seguridad guardada en { $path }
backup-none = Todavía no hay copias de seguridad. Se hace una cada día cuando la aplicación está inactiva, y antes de cada actualización.
backup-caption = Se guardan en la carpeta «backups», junto a la base de datos; las cinco más recientes de cada tipo.
backup-made = Fecha
backup-why = Motivo
backup-size = Tamaño
backup-action = Acción
backup-reason-daily = diaria
backup-reason-manual = hecha a petición
backup-reason-before-upgrade = antes de una actualización
backup-reason-before-restore = antes de una restauración
backup-restore = Restaurar…
backup-restore-label = Restaurar la copia de seguridad del { $made }
backup-restore-question = ¿Reemplazar la base de datos por la copia de seguridad del { $made }? Lo que contiene ahora se conserva como copia de seguridad «antes de una restauración».
backup-restored = Se restauró la copia de seguridad del { $made }
backup-now = Hacer copia de seguridad ahora
connect-title = Conectarse a una base de datos de equipo
connect-help = Una base de datos en un servidor PostgreSQL que varias personas usan a la vez (docs/team.md). El servidor decide lo que puede hacer su usuario. La contraseña solo se usa para esta conexión: nunca se guarda.
connect-url = URL del servidor
connect-password = Contraseña
connect-submit = Conectar
connect-connecting = Conectando…
trash-none = La papelera está vacía. Todo lo que elimine se guarda aquí, junto con lo que se eliminó con ello, hasta que se vacíe la papelera.
trash-caption = Lo que se eliminó, con lo que se eliminó con ello; Restaurar lo devuelve tal como estaba.
trash-deleted = Eliminado
trash-what = Qué
trash-action = Acción
trash-deleted-by = por { $name }
trash-contents = con { $contents }
trash-restore = Restaurar
trash-restore-label = Restaurar: { $label }
trash-restored = Restaurado: { $label }
trash-empty-ask = Vaciar la papelera…
trash-empty-question = ¿Vaciar la papelera?
trash-empty-warning = Lo que se elimina definitivamente no se puede restaurar después.
trash-delete-for-good = Eliminar definitivamente
trash-every-entry = todas las entradas ({ $count })
trash-older-than =
    las entradas eliminadas hace más de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } ({ $count })
trash-empty = Vaciar la papelera
trash-deleted-for-good =
    { $count ->
        [one] { $count } entrada eliminada definitivamente
       *[other] { $count } entradas eliminadas definitivamente
    }
sheet-title = Importar una lista de participantes
sheet-help = Una hoja de cálculo (.xlsx, .xls, .ods, .csv) con sus propias columnas, en inglés, francés o español: una lista de participantes, o recuentos por región (una columna de regiones y otra de participantes). No se guarda nada hasta que pulse Importar; después, la importación se puede deshacer.
sheet-choose = Elegir una hoja de cálculo…
sheet-file-kind = Hoja de cálculo
sheet-source-workbook = hoja «{ $sheet }», { $format }
sheet-source-text = { $encoding }, delimitador «{ $delimiter }»
sheet-header-row = encabezados en la fila { $row }
sheet-rows =
    { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }
sheet-step-columns = 1. Columnas
sheet-mapping = Correspondencia
sheet-mapping-recognised = reconocida a partir de los encabezados
sheet-mapping-name = Nombre de la correspondencia
sheet-mapping-name-example = Nombre, p. ej., Inscripción UIT (francés)
sheet-mapping-save = Guardar correspondencia
sheet-mapping-saved = Correspondencia «{ $name }» guardada: la próxima hoja con esta disposición podrá leerse con ella.
sheet-date-order = Fechas escritas solo con números (03/04/2025)
sheet-date-order-ask = preguntarme cuando no se pueda saber el orden
sheet-date-order-day-first = día primero (3 de abril)
sheet-date-order-month-first = mes primero (4 de marzo)
sheet-column = Columna
sheet-read-as = Leída como
sheet-row-number = Fila { $row }
sheet-read-column-as = Leer la columna { $column } como
sheet-not-read = no leída
sheet-field-full-name = nombre completo
sheet-field-last-name = apellido
sheet-field-first-name = nombre de pila
sheet-field-organization = organización
sheet-field-country = país
sheet-field-title = cargo
sheet-field-role = función (CEO, CTO…)
sheet-field-email = correo electrónico
sheet-field-phone = teléfono
sheet-field-participation = participación
sheet-field-region = región (recuentos)
sheet-field-participants = participantes (recuentos)
sheet-field-executives = directivos (recuentos)
sheet-field-meeting-key = clave de reunión (registro)
sheet-field-meeting-title = título de la reunión (registro)
sheet-field-meeting-kind = tipo de reunión (registro)
sheet-field-start-date = primer día (registro)
sheet-field-end-date = último día (registro)
sheet-field-venue = lugar (registro)
sheet-field-host = anfitrión (registro)
sheet-field-documents = documentos (registro)
sheet-field-attendance-mode = asistencia registrada como (registro)
sheet-field-outcomes = resultados (registro)
sheet-step-matches = 2. Nombres cotejados con el directorio
sheet-row = Fila
sheet-in-sheet = En la hoja
sheet-found = Encontrado
sheet-taken-as = Tomado como
sheet-band-auto = cotejado
sheet-band-review = por revisar
sheet-band-new = nuevo
sheet-take-as = Tomar { $name } como
sheet-new-record = un registro nuevo
sheet-step-import = 3. Importación
sheet-summary = Crea { $created }; modifica { $changed }.
sheet-summary-roster = Crea { $created }; modifica { $changed } en la lista de participantes de { $meeting }.
sheet-count-organizations =
    { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
sheet-count-people =
    { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
sheet-count-attendance =
    { $count ->
        [one] { $count } registro de asistencia
       *[other] { $count } registros de asistencia
    }
sheet-count-counts =
    { $count ->
        [one] { $count } recuento por región
       *[other] { $count } recuentos por región
    }
sheet-count-meetings =
    { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    }
sheet-count-decisions =
    { $count ->
        [one] { $count } decisión
       *[other] { $count } decisiones
    }
sheet-count-actions =
    { $count ->
        [one] { $count } acción
       *[other] { $count } acciones
    }
sheet-count-priorities =
    { $count ->
        [one] { $count } prioridad
       *[other] { $count } prioridades
    }
sheet-list-separator = { ", " }
sheet-nothing = nada
sheet-problem-row = fila { $row }
sheet-import = Importar
sheet-imported = Importación terminada. Se ha creado: { $created }. Todo lo que escribió lleva el lote { $batch }.
sheet-undone =
    Importación deshecha: { $deleted ->
        [one] { $deleted } registro eliminado
       *[other] { $deleted } registros eliminados
    }, { $restored ->
        [one] { $restored } restaurado tal como estaba
       *[other] { $restored } restaurados tal como estaban
    }.
sheet-undo = Deshacer esta importación
duplicate-title = Posibles duplicados
duplicate-looking = Buscando…
duplicate-none-organizations = No hay dos organizaciones que se parezcan.
duplicate-none-people = No hay dos personas que se parezcan.
duplicate-score = Puntuación
duplicate-one = Uno
duplicate-other = El otro
duplicate-merge = Fusionar
duplicate-keep = Conservar «{ $name }»
duplicate-merged =
    «{ $absorbed }» fusionado con «{ $kept }»: { $count ->
        [one] { $count } referencia trasladada
       *[other] { $count } referencias trasladadas
    }.
duplicate-undone =
    Fusión deshecha: { $count ->
        [one] { $count } registro restaurado tal como estaba
       *[other] { $count } registros restaurados tal como estaban
    }.

## The window's shell, the dashboard, the meetings and their forms, and the dialogs and notices every screen shares

screen-dashboard = Panel
screen-meetings = Reuniones
screen-directory = Personas y organizaciones
screen-actions = Acciones
screen-contributions = Contribuciones
screen-objectives = Objetivos
screen-review = Examen
screen-proposals = Propuestas y exportación
screen-settings = Configuración
screen-activity = Actividad

app-tagline = Proceso CTO/CxO del UIT-T
app-nav-screens = Pantallas
app-nav-package = Paquete de revisión
app-screen-error = No se pudo cargar la pantalla: { $message }
app-package-file-type = Paquete de revisión de CxO Review
app-reviewer-mode = Modo revisor
app-reviewer-mode-intro = Puntuación de un paquete de revisión sin conexión: no se necesita ninguna base de datos. Cada cambio se guarda en el archivo del paquete.
app-open-package = Abrir paquete de revisión…
app-back-to-database = Volver a la base de datos
app-package-error-title = No se pudo abrir el paquete de revisión
app-open-another-package = Abrir otro paquete de revisión…
app-dismiss = Cerrar
app-backed-up = Copia de seguridad realizada: { $path }
app-opened = Abierto: { $path }
app-demo-mark = Base de datos de demostración
app-scores-as = Puntúa como { $reviewer }
app-demo-banner = Esta es la { $demo }: reuniones y revisiones ficticias para probar CxO Review. Sus propios datos van en una base de datos propia.
app-demo-banner-database = base de datos de demostración
app-create-own = Crear su propia base de datos…
app-open-database = Abrir una base de datos…
app-recovery-title = No se pudo abrir la base de datos
app-connect-team = Conectarse a una base de datos de equipo…
app-restore-backup = Restaurar una copia de seguridad
app-open-other = O abrir otra
app-create-new = Crear una base de datos nueva…
app-open-demo = Abrir la base de datos de demostración
app-read-only = Esta base de datos es de solo lectura: puede consultarlo todo, pero no se puede guardar nada.
app-others-saved = Otra persona ha guardado cambios.
app-reload = Recargar

title-package = { $package } — Modo revisor — CxO Review
title-database = { $database } — CxO Review
title-team-login = { $database } ({ $login }) — CxO Review
title-team-database = { $database } en { $host }
title-user-line = { $login } · { $role }
title-role-staff = personal
title-role-reviewer = revisor
title-role-rapporteur = relator
title-not-in-team = fuera del equipo

dashboard-title = Panel
dashboard-intro = La participación de los directivos de un vistazo: participación por región a lo largo del tiempo, seguimiento, contribuciones y la revisión en curso.
dashboard-meetings-held =
    { $count ->
        [one] reunión celebrada
       *[other] reuniones celebradas
    }
dashboard-planned =
    { $count ->
        [one] { $count } prevista
       *[other] { $count } previstas
    }
dashboard-open-actions =
    { $count ->
        [one] acción abierta
       *[other] acciones abiertas
    }
dashboard-overdue =
    { $count ->
        [one] { $count } vencida
       *[other] { $count } vencidas
    }
dashboard-contributions =
    { $count ->
        [one] contribución en virtud de la Resolución 68
       *[other] contribuciones en virtud de la Resolución 68
    }
dashboard-proposals-pending =
    { $count ->
        [one] { $count } propuesta pendiente
       *[other] { $count } propuestas pendientes
    }
dashboard-scored = puntuado en la revisión en curso
dashboard-no-cycle = todavía no hay ningún ciclo de examen
dashboard-participation = Participación por región
dashboard-axis = Participantes
dashboard-chart-label = Participantes por año y región; las cifras figuran a continuación en una tabla
dashboard-show-figures = Mostrar las cifras en una tabla
dashboard-figures-caption = Participantes por año y región
dashboard-year = Año
dashboard-executives-title = Directivos y nuevas organizaciones
dashboard-meetings = Reuniones
dashboard-executives = Directivos
dashboard-first-time = Organizaciones que participan por primera vez
dashboard-overdue-title = Acciones más atrasadas
dashboard-no-overdue = No hay ninguna acción atrasada.
dashboard-due = Vencimiento
dashboard-action = Acción
dashboard-owner = Responsable
dashboard-meeting = Reunión

meeting-list-title = Reuniones
meeting-list-intro = Reuniones de CTO, mesas redondas de CxO, consultas bilaterales, reuniones del RG-IEM y talleres.
meeting-new = Nueva reunión
meeting-list-label = Reuniones
meeting-search-placeholder = Clave, título, lugar…
meeting-kind-filter = Tipo
meeting-all-kinds = Todos los tipos
meeting-kind-cto = Reunión de CTO
meeting-kind-roundtable = Mesa redonda de CxO
meeting-kind-bilateral = Bilateral
meeting-kind-bilateral-consultation = Consulta bilateral
meeting-kind-rg-iem = Reunión del RG-IEM
meeting-kind-workshop = Taller
meeting-column-key = Clave
meeting-column-date = Fecha
meeting-column-kind = Tipo
meeting-column-title = Título
meeting-column-venue = Lugar
meeting-column-participants = Participantes
meeting-column-open-actions = Acciones abiertas
meeting-column-status = Estado
meeting-status-planned = prevista
meeting-status-held = celebrada
meeting-status-reported = con informe

meeting-form-new-title = Nueva reunión
meeting-form-edit-title = Editar reunión
meeting-form-error = Corrija los campos señalados a continuación.
meeting-what-new = la nueva reunión
meeting-what-existing = la reunión { $key }
meeting-field-key = Clave
meeting-field-kind = Tipo
meeting-field-status = Estado
meeting-form-status-planned = Prevista
meeting-form-status-held = Celebrada
meeting-form-status-reported = Con informe
meeting-field-title = Título
meeting-field-start = Inicio
meeting-field-end = Fin
meeting-field-venue = Lugar (o «electronic»)
meeting-field-host = Anfitrión
meeting-field-attendance = Asistencia
meeting-mode-roster = Lista nominal
meeting-mode-counts = Recuentos por región
meeting-field-documents = Número de documentos
meeting-field-report = Referencia del informe
meeting-field-report-date = Fecha del informe
meeting-field-communique-date = Comunicado publicado el
meeting-field-communique = Comunicado
meeting-field-notes = Notas (regla de Chatham House: no se incluyen en las exportaciones al GANT)
meeting-save = Guardar reunión

meeting-back = Reuniones
meeting-history = Historial
meeting-import-participants = Importar lista de participantes…
meeting-import-counts = Importar recuentos por región…
meeting-delete-confirm = ¿Eliminar { $key } con su asistencia y sus resultados? Irá a la papelera (Configuración), desde donde podrá restaurarse.
meeting-unsaved-entries = las nuevas entradas de la reunión
meeting-row-error = línea { $line }: { $message }
meeting-added-to-roster = { $name } añadido a la lista de participantes
meeting-counts-saved = Recuentos guardados
meeting-region-error = { $region }: { $message }
meeting-entry-saved = { $name }: guardado
meeting-moved-up = { $topic } subido
meeting-moved-down = { $topic } bajado
meeting-capture-saved = Guardado: { $decisions } decisión(es), { $actions } acción(es), { $priorities } prioridad(es)
meeting-statistics = Estadísticas
meeting-communique = Comunicado
meeting-communique-published = Comunicado (publicado el { $date })
meeting-roster = Lista de participantes
meeting-attended-count =
    { $count ->
        [one] ({ $count } asistente)
       *[other] ({ $count } asistentes)
    }
meeting-person = Persona
meeting-person-placeholder = Nombre
meeting-status = Estado
meeting-attendance-attended = asistió
meeting-attendance-registered = inscrito
meeting-attendance-invited = invitado
meeting-executive = directivo
meeting-new-to-directory = Nuevo en el directorio:
meeting-role = Función
meeting-role-delegate = delegado
meeting-role-expert = experto
meeting-role-staff = personal
meeting-organization = Organización
meeting-name = Nombre
meeting-region = Región
meeting-executive-column = Directivo
meeting-remove = Quitar
meeting-status-of = Estado de { $name }
meeting-is-executive = { $name } es directivo
meeting-remove-from-roster = Quitar a { $name } de la lista de participantes
meeting-participants-per-region = Participantes por región
meeting-participants = Participantes
meeting-of-whom-executives = De ellos, directivos
meeting-executives-from = Directivos de { $region }
meeting-save-counts = Guardar recuentos
meeting-outcomes = Resultados
meeting-priorities = Prioridades
meeting-priority-what = la prioridad «{ $topic }»
meeting-topic = Tema
meeting-move-up = Subir { $topic }
meeting-move-down = Bajar { $topic }
meeting-edit-priority = Editar la prioridad { $topic }
meeting-delete-priority = Eliminar la prioridad { $topic }
meeting-new-priority = Nueva prioridad
meeting-decisions = Decisiones
meeting-decision-what = la decisión
meeting-decision = Decisión
meeting-edit-decision = Editar la decisión: { $text }
meeting-delete-decision = Eliminar la decisión: { $text }
meeting-new-decision = Nueva decisión
meeting-follow-up = Acciones de seguimiento
meeting-action = Acción
meeting-owner = Responsable
meeting-due = Vencimiento
meeting-edit-or-delete = Editar o eliminar
meeting-action-status-open = abierta
meeting-action-status-in-progress = en curso
meeting-action-status-done = terminada
meeting-action-status-dropped = descartada
meeting-edit-action = Editar la acción: { $text }
meeting-delete-action = Eliminar la acción: { $text }
meeting-new-action = Nueva acción
meeting-carried = Pendientes de reuniones anteriores
meeting-carried-due = , vence el { $date }
meeting-quick-capture = Captura rápida
meeting-capture-help = Un resultado por línea:
meeting-capture-action-example = ACTION: responsable | texto | due 2026-03-01
meeting-preview = Vista previa
meeting-save-outcomes = Guardar resultados
meeting-line = Línea
meeting-becomes = Se convierte en
meeting-text = Texto
meeting-not-saved = — (no se guarda)
meeting-capture-decision = decisión
meeting-capture-action = acción
meeting-capture-priority = prioridad

action-what = la acción
action-field-text = Acción
action-field-owner = Responsable
action-field-due = Vencimiento
action-field-status = Estado
action-status-open = Abierta
action-status-in-progress = En curso
action-status-done = Terminada
action-status-dropped = Descartada
action-field-closed = Cerrada el

stats-participants = Número de participantes
stats-documents = Número de documentos
stats-report = Informe de la reunión
stats-column = Reunión { $number } ({ $month })

date-format = AAAA-MM-DD

unsaved-title = Cambios sin guardar
unsaved-text = Hay cambios que aún no se han guardado: { $what }.
unsaved-keep = Seguir editando
unsaved-discard = Descartar los cambios
unsaved-two = { $first } y { $second }
unsaved-many = { $first }, { $second } y { $count } más

toast-deleted = Eliminado: { $label }
toast-deleted-with = Eliminado: { $label }, con { $contents }
toast-restored = Restaurado: { $label }
toast-dismiss = Cerrar

## The review summary to TSAG

summary-union = UNIÓN INTERNACIONAL DE TELECOMUNICACIONES
summary-sector = SECTOR DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES
summary-study-period = PERIODO DE ESTUDIOS { $period }
summary-tsag = GANT
summary-original = Original: español
summary-questions = Cuestión(es):
summary-questions-none = N/A
summary-no-td-number = Número de TD aún no asignado
summary-running-td = TD del GANT
summary-label-source = Fuente:
summary-label-title = Título:
summary-label-purpose = Finalidad:
summary-label-contact = Contacto:
summary-label-keywords = Palabras clave:
summary-label-abstract = Resumen:
summary-contact-tel = Tel.: { $number }
summary-contact-email = Correo-e: { $address }
summary-title = Examen del proceso CTO/CxO: { $cycle }
summary-draft = BORRADOR — el ciclo de examen «{ $cycle }» no está aprobado; sus cifras aún pueden cambiar
summary-purpose-information = Información
summary-purpose-proposal = Propuesta
summary-keywords = Resolución 68; proceso CTO/CxO; participación de la industria; examen
summary-date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
summary-month = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
summary-period = { $from } – { $to }
summary-list-comma = { $head }, { $next }
summary-list-and = { $head } y { $last }
summary-abstract-review = El presente documento informa sobre el examen del proceso CTO/CxO durante el periodo { $period }, realizado por { $reviewers ->
        [one] { $reviewers } revisor
       *[other] { $reviewers } revisores
    }.
summary-abstract-objectives = De { $objectives ->
        [one] { $objectives } objetivo
       *[other] { $objectives } objetivos
    }, { $statuses }.
summary-abstract-first-met = { $count ->
        [one] { $count } se ha cumplido
       *[other] { $count } se han cumplido
    }
summary-abstract-first-partly-met = { $count ->
        [one] { $count } se ha cumplido parcialmente
       *[other] { $count } se han cumplido parcialmente
    }
summary-abstract-first-not-met = { $count ->
        [one] { $count } no se ha cumplido
       *[other] { $count } no se han cumplido
    }
summary-abstract-first-insufficient = { $count ->
        [one] { $count } carece de pruebas suficientes
       *[other] { $count } carecen de pruebas suficientes
    }
summary-abstract-met = { $count ->
        [one] { $count } cumplido
       *[other] { $count } cumplidos
    }
summary-abstract-partly-met = { $count ->
        [one] { $count } parcialmente cumplido
       *[other] { $count } parcialmente cumplidos
    }
summary-abstract-not-met = { $count ->
        [one] { $count } no cumplido
       *[other] { $count } no cumplidos
    }
summary-abstract-insufficient = { $count } sin pruebas suficientes
summary-abstract-no-draft = Aún no se ha redactado ninguna mejora para los objetivos no cumplidos.
summary-abstract-no-proposal = No propone ninguna mejora.
summary-abstract-proposals = Propone { $count ->
        [one] { $count } mejora
       *[other] { $count } mejoras
    } para su consideración por el GANT.
summary-heading-introduction = Introducción
summary-intro-request = Se invitó al GANT a examinar el actual proceso CTO/CxO para determinar si se están cumpliendo sus objetivos y si podrían introducirse mejoras para reforzar aún más la participación de los altos ejecutivos en los mecanismos de consulta con la TSB.
summary-intro-base = En relación con la Resolución 68, { $symbol } es el documento de base sobre el que se invitó a presentar contribuciones.
summary-intro-base-reproduced = En relación con la Resolución 68, { $symbol } (reproducido en { $reproduced }) es el documento de base sobre el que se invitó a presentar contribuciones.
summary-intro-period = El presente examen abarca el periodo { $period }.
summary-intro-reviewers = { $reviewers ->
        [one] { $reviewers } revisor puntuó
       *[other] { $reviewers } revisores puntuaron
    } cada objetivo del proceso según su rúbrica, con una justificación y pruebas; los objetivos, sus indicadores y sus rúbricas figuran en el Anexo A.
summary-intro-meetings = { $meetings ->
        [one] En el Anexo B se resume { $meetings } reunión celebrada durante el periodo.
       *[other] En el Anexo B se resumen { $meetings } reuniones celebradas durante el periodo.
    }
summary-heading-results = Resultados
summary-results-rule = Un objetivo se cumple cuando la puntuación mediana alcanza las tres cuartas partes de su rúbrica, se cumple parcialmente a partir de la mitad y no se cumple por debajo de ella; con menos de { $quorum ->
        [one] { $quorum } puntuación
       *[other] { $quorum } puntuaciones
    }, las pruebas son insuficientes.
summary-results-agreement = La concordancia entre revisores en el ciclo (alfa de Krippendorff, ordinal) es de { $alpha } en { $objectives ->
        [one] { $objectives } objetivo puntuado
       *[other] { $objectives } objetivos puntuados
    } por al menos dos revisores.
summary-alpha-none = no calculable
summary-results-disagreement = Los revisores discrepan notablemente (una dispersión de al menos la mitad de la rúbrica) en { $objectives }.
summary-table-results = Cuadro 1 – Objetivos del proceso CTO/CxO
summary-table-indicators = Cuadro 2 – Indicadores con respecto a sus metas
summary-column-objective = Objetivo
summary-column-status = Estado
summary-column-median = Mediana
summary-column-spread = Dispersión
summary-column-reviewers = Revisores
summary-column-agreement = Concordancia
summary-column-indicator = Indicador
summary-column-value = Valor
summary-column-target = Meta
summary-column-met = Cumplido
summary-status-met = Cumplido
summary-status-partly-met = Parcialmente cumplido
summary-status-not-met = No cumplido
summary-status-insufficient = Pruebas insuficientes
summary-agreement-divided = Divergente
summary-agreement-consistent = Concordante
summary-yes = Sí
summary-no = No
summary-not-applicable = n/a
summary-heading-proposals = Mejoras propuestas
summary-action = Acción { $number }:
summary-no-proposal = El examen no propone ninguna mejora: todos los objetivos se han cumplido total o parcialmente, o carecen de pruebas.
summary-no-proposal-unmet = Aún no se ha redactado ninguna mejora para { $count ->
        [one] el objetivo no cumplido
       *[other] los objetivos no cumplidos
    } ({ $objectives }).
summary-no-proposal-draft = Redacte las propuestas antes de presentar este documento.
summary-annex-objectives = Anexo A: Objetivos y rúbrica
summary-annex-source = Fuente:
summary-annex-rubric = Rúbrica:
summary-annex-indicators = Indicadores:
summary-annex-statistics = Anexo B: { $statistics }, consultas con ejecutivos y Grupo de Relator del GANT sobre Participación de la Industria y Métricas (RG-IEM)
summary-statistics-title = Estadísticas de las reuniones, { $from } – { $to }
summary-no-meeting = No se celebró ninguna reunión durante el periodo.
summary-digest = Huella del contenido: { $digest }

## Rechazos que formula el núcleo: problema de un campo, lo que el estado de la base de datos no permite, datos almacenados que corregir, hallazgos de una comprobación; y problemas de las líneas de una captura rápida, las celdas de una hoja y el encabezado de un archivo

invalid-duplicates-kind = los duplicados se buscan entre las organizaciones y las personas, no entre «{ $kind }»
invalid-merge-into-itself = un registro no puede combinarse consigo mismo
invalid-no-record-named = ningún registro de «{ $kind }» se llama «{ $name }»
invalid-merge-kind = solo se combinan organizaciones y personas, no «{ $kind }»
invalid-sheet-empty = { $file }: el archivo está vacío
invalid-sheet-protected = { $file }: el libro está protegido con contraseña; guarde una copia sin proteger y utilice esa
invalid-sheet-damaged = { $file }: el libro no se puede leer ({ $reason }); puede estar dañado o no ser una hoja de cálculo
invalid-sheet-no-such-sheet = { $file }: el libro no tiene ninguna hoja llamada «{ $sheet }»; sus hojas: { $sheets }
invalid-sheet-no-sheet = { $file }: el libro no tiene ninguna hoja
invalid-sheet-unreadable = { $file }: { $reason }
invalid-no-meeting-key = ninguna reunión tiene la clave «{ $key }»
invalid-unknown-batch = ninguna importación tiene el número de lote «{ $batch }» (`cxo-review history --activity` los enumera)
invalid-batch-not-import = el lote «{ $batch }» contiene una entrada «{ $cause }», no una de importación ni de combinación
invalid-mapping-name = dé un nombre a la correspondencia para poder encontrarla
invalid-file-exists = { $path } ya existe; elija un nuevo nombre de archivo
invalid-not-a-field = no es un campo de «{ $kind }»; sus campos: { $fields }
invalid-not-a-number = «{ $value }» no es un número
invalid-not-true-or-false = «{ $value }» no es true (verdadero) ni false (falso)
invalid-no-record-key = ningún registro de «{ $kind }» tiene la clave «{ $key }»
invalid-key-ambiguous = { $count } registros de «{ $kind }» tienen la clave «{ $key }»
invalid-no-backups = { $path } no tiene copias de seguridad que restaurar
invalid-not-cycle-reviewer = «{ $name }» no es revisor del ciclo de examen «{ $cycle }»; sus revisores: { $reviewers }
invalid-no-keys-folder = no se encuentra una carpeta personal para la clave del revisor; defina CXO_REVIEW_KEYS
invalid-return-over-package = { $path } es el propio paquete de examen: escriba la respuesta en un archivo aparte (.cxoreturn)
invalid-cycle-table = «{ $table }» es una tabla de un ciclo de examen: indique el ciclo con --cycle
invalid-unknown-table = tabla desconocida «{ $table }»; tablas: { $tables }
invalid-unknown-cycle-table = tabla desconocida «{ $table }»; tablas de un ciclo: { $tables }
invalid-version = la versión es un número entero
invalid-proposal-number-taken = { $contribution } ya tiene una propuesta número { $number }
invalid-symbol-taken = ya hay registrada una contribución con la signatura «{ $symbol }»
invalid-objective-named-by-proposals = { $count ->
        [one] la propuesta { $names } menciona este objetivo: quítelo primero de esa propuesta, para que su eliminación pueda deshacerse
       *[other] las propuestas { $names } mencionan este objetivo: quítelo primero de esas propuestas, para que su eliminación pueda deshacerse
    }
invalid-action-plan-item-named-by-objectives = { $count ->
        [one] el objetivo { $names } menciona este elemento del plan de acción: quítelo primero de ese objetivo, para que su eliminación pueda deshacerse
       *[other] los objetivos { $names } mencionan este elemento del plan de acción: quítelo primero de esos objetivos, para que su eliminación pueda deshacerse
    }
invalid-team-name-too-long = el nombre de la base de datos «{ $name }» es demasiado largo para un equipo: sus roles de grupo (como «{ $role }») admiten como máximo { $longest } bytes, por lo que el nombre puede tener como máximo { $most } bytes
invalid-login-length = un nombre de inicio de sesión tiene de 1 a 63 caracteres
invalid-unknown-reviewer-add = revisor desconocido «{ $name }»; añada primero el revisor
invalid-new-login-password = «{ $login }» es un nuevo inicio de sesión: necesita una contraseña
invalid-postgres-url = { $url } no es una URL de PostgreSQL: { $reason }
invalid-memory-no-backups = una base de datos en memoria no tiene copias de seguridad
invalid-unknown-action-plan-item = elemento del plan de acción desconocido «{ $key }»
invalid-unknown-contribution = contribución desconocida «{ $key }»
invalid-unknown-country-code = código de país desconocido «{ $key }»
invalid-unknown-meeting = reunión desconocida «{ $key }»
invalid-unknown-objective = objetivo desconocido «{ $key }»
invalid-unknown-organization = organización desconocida «{ $key }»
invalid-unknown-person = persona desconocida «{ $key }»
invalid-unknown-cycle = ciclo de examen desconocido «{ $key }»
invalid-unknown-reviewer = revisor desconocido «{ $key }»
invalid-unknown-record = «{ $key }» desconocido ({ $entity })
invalid-no-home-folder = no se encuentra una carpeta personal para la base de datos; indique --db RUTA
invalid-meeting-key-taken = ya existe una reunión con la clave «{ $key }»
invalid-organization-taken = ya existe una organización llamada «{ $name }»
invalid-person-taken = ya hay registrada una persona llamada «{ $name }»; añada al nombre un dato que la distinga
invalid-objective-code-taken = ya existe un objetivo con el código «{ $code }»
invalid-action-plan-code-taken = el elemento del plan de acción { $code } ya existe
invalid-rubric-scored-level = hay revisores que han puntuado este objetivo en el nivel { $level }; mantenga la rúbrica hasta ese nivel
invalid-reviewer-taken = ya existe un revisor llamado «{ $name }»
invalid-cycle-taken = ya existe un ciclo de examen llamado «{ $name }»
invalid-meeting-keeps-counts = la reunión «{ $key }» registra la asistencia como recuentos por región; cambie primero su modo de asistencia a lista nominal
invalid-meeting-keeps-roster = la reunión «{ $key }» registra la asistencia como lista nominal; cambie primero su modo de asistencia a recuentos por región
invalid-mode-has-counts = tiene recuentos por región; elimínelos antes de pasar a una lista nominal
invalid-mode-has-roster = tiene una lista nominal; elimínela antes de pasar a recuentos por región
invalid-already-on-roster = { $person } ya figura en la lista de participantes de { $meeting }
invalid-count-taken = { $meeting } ya tiene un recuento para la región { $region }
invalid-rank-taken = { $meeting } ya tiene una prioridad en el puesto { $rank }
invalid-decision-twice = { $meeting } ya registra esta decisión
invalid-action-twice = { $meeting } ya registra esta acción
invalid-outcome-twice = { $meeting } ya registra este elemento ({ $table })
invalid-no-cycle-named = ningún ciclo de examen se llama «{ $cycle }»
invalid-document-options-taken = el ciclo de examen «{ $cycle }» ya tiene sus opciones de documento
invalid-still-referred = otros registros siguen haciendo referencia a este elemento ({ $entity }); elimínelos primero
invalid-objective-scored = el objetivo { $code } tiene puntuaciones en este ciclo y debe permanecer
invalid-reviewer-scored = { $name } ha puntuado en este ciclo y debe permanecer
invalid-new-cycle-signed-off = un ciclo nuevo no puede empezar aprobado; apruébelo una vez puntuado
invalid-sign-off-by-command = apruebe el ciclo con la orden de aprobación (sign-off), que registra su huella
invalid-not-reviewer-of = { $reviewer } no es revisor de { $cycle }
invalid-objective-out-of-scope = el objetivo { $objective } no está en el ámbito de { $cycle }
invalid-not-rubric-level = { $level } no es un nivel de la rúbrica de { $objective } ({ $levels })
invalid-already-scored = { $reviewer } ya ha puntuado { $objective } en { $cycle }
invalid-unknown-indicator = indicador desconocido «{ $key }»
invalid-proposal-title-taken = ya existe una propuesta con este título para este objetivo
invalid-objective-not-in-package = «{ $objective }» no está en este paquete de examen; sus objetivos: { $objectives }
invalid-not-package-level = { $level } no es un nivel de la rúbrica de { $objective }: { $levels }
invalid-evidence-not-in-package = { $evidence } no figura entre las pruebas de este paquete de examen
invalid-import-extension = { $path }: indique un archivo .csv o .json
invalid-demo-scale = «{ $scale }» debe ser un número de años como 10y (de 1y a 50y)
invalid-period-end = { $to } es anterior al inicio del período ({ $from })
precondition-batch-undone = el lote { $batch } ya se deshizo, por { $who } el { $at }
precondition-batch-built-on = el lote { $batch } no se puede deshacer: { $changed } ha cambiado desde entonces; deshaga o elimine primero ese cambio y luego deshaga el lote
precondition-batch-record-changed = { $kind } { $key } ya no está como lo dejó el lote
precondition-copy-target-not-empty = { $target } ya contiene registros: copie en una base de datos nueva y vacía
precondition-package-no-scores = { $path } aún no contiene puntuaciones; puntúe primero un objetivo
precondition-swap-meetings = las prioridades de dos reuniones distintas ({ $first } y { $second }) no pueden intercambiar sus puestos
precondition-server-empty = { $address } es una base de datos vacía: configúrela primero con `cxo-review --db { $address } team init`
precondition-no-team = { $address } aún no tiene equipo: configúrelo primero con `cxo-review --db { $address } team init`
precondition-server-test-schema = { $address } tiene la versión de esquema { $version }, de una versión de prueba de CxO Review anterior a la primera versión de las bases de datos de equipo; copie en su lugar sus datos a una base de datos nueva (`cxo-review copy`)
precondition-not-team = esta base de datos es un archivo: un equipo trabaja en una base de datos alojada en un servidor PostgreSQL (docs/team.md)
precondition-restore-open = { $path } está abierto en { $holder }; ciérrelo allí y vuelva a restaurar (no se cambió nada)
precondition-team-backup = una base de datos de equipo se respalda en su servidor, con pg_dump (docs/team.md, «Backups»)
precondition-sign-off-no-scores = «{ $cycle }» aún no tiene puntuaciones; no hay nada que aprobar
precondition-return-late = { $file } se devolvió el { $returned }, después de la fecha límite ({ $deadline }); combínelo con --accept-late para aceptarlo
precondition-return-older = { $file } se devolvió el { $returned }, antes de la respuesta ya combinada ({ $last }): desharía puntuaciones posteriores
precondition-generate-not-empty = la base de datos ya contiene datos; genere en una base de datos nueva (--db ARCHIVO-NUEVO)
precondition-demo-not-empty = la base de datos ya contiene datos; cargue la demostración en una base de datos nueva (--db ARCHIVO-NUEVO)
precondition-team-backups-command = una base de datos de equipo se respalda en su servidor, con pg_dump (docs/team.md); `backups` funciona con archivos de base de datos
inconsistent-unknown-kind = valor desconocido «{ $kind }»; valores esperados: { $expected }
inconsistent-history-record = { $kind } { $key }: { $reason }
inconsistent-history-fields = { $kind } { $key }: sus campos registrados no forman un registro
inconsistent-wrong-values = { $count ->
        [one] { $count } valor de la base de datos no es del tipo de su columna
       *[other] { $count } valores de la base de datos no son del tipo de su columna
    }, por lo que no todos sus registros pueden leerse: { $values }; `cxo-review check --repair` los aparta (y los conserva), y después la exportación funciona; no se escribió nada
inconsistent-copy-differs = la copia en { $copy } difiere de { $source } una vez exportada; no la utilice
inconsistent-trash-unreadable = el elemento eliminado { $label } no es un documento legible: { $reason }
inconsistent-trash-foreign-section = el elemento eliminado { $label } contiene { $section }, que la eliminación de «{ $kind }» nunca conserva: no lo puso en la papelera CxO Review, y no se restauró nada
inconsistent-trash-document-options = el elemento eliminado { $label } contiene las opciones de documento de un ciclo: no se restauró nada
inconsistent-trash-other-score = el elemento eliminado { $label } lo puso en la papelera la cuenta de { $reviewer }, pero contiene una puntuación de { $other }: no se restauró nada
inconsistent-trash-score-of-nobody = el elemento eliminado { $label } lo puso en la papelera la cuenta de { $reviewer }, pero contiene una puntuación sin revisor: no se restauró nada
inconsistent-trash-kind = la entrada n.º { $entry } de la papelera contiene registros de un tipo desconocido «{ $kind }»
inconsistent-counts-beyond-bounds = los recuentos registrados ({ $counts }) superan lo que se puede contar (ningún recuento puede superar { $most }; se escribieron fuera de CxO Review); corríjalos en la reunión
inconsistent-meeting-uncountable = reunión { $meeting }: la suma de los recuentos de participantes registrados supera lo que se puede contar; corrija la asistencia registrada para ella
inconsistent-year-uncountable = reuniones de { $year }: la suma de los recuentos de participantes registrados supera lo que se puede contar; corrija la asistencia registrada para ellas
inconsistent-meetings-year = hay reuniones contadas en el año { $year }
inconsistent-meeting-date = una reunión empieza el «{ $date }», que no es una fecha
inconsistent-signing-key = la clave de firma de la base de datos está dañada
inconsistent-package-scores = paquete de examen { $package }: sus puntuaciones emitidas no se pueden leer ({ $reason })
inconsistent-participants-overflow = reunión { $meeting }: la suma de sus participantes por región ({ $counts }) supera lo que se puede contar; corrija la asistencia registrada para ella
inconsistent-package-issue-time = el paquete de examen { $package } tiene una hora de emisión que no es una hora
discrepancies-check-problems = { $count ->
        [one] se encontró { $count } problema
       *[other] se encontraron { $count } problemas
    }
discrepancies-summary-differences = { $count ->
        [one] { $count } diferencia entre { $file } y la base de datos
       *[other] { $count } diferencias entre { $file } y la base de datos
    }
discrepancies-returns-refused = { $count ->
        [one] { $refused } de { $count } respuesta rechazada
       *[other] respuestas rechazadas: { $refused } de { $count }
    }
capture-not-a-date = «{ $date }» no es una fecha válida; escriba las fechas como AAAA-MM-DD
capture-action-form = escriba las acciones así: ACTION: responsable | texto | due AAAA-MM-DD
capture-no-owner = la acción no tiene responsable
capture-no-text = la línea no tiene texto después de su prefijo
sheet-problem-ambiguous-date = «{ $date }» puede leerse con el día primero o con el mes primero: indique cuál (--day-first o --month-first; en la aplicación, el orden de las fechas)
sheet-problem-not-a-date = «{ $date }» no es una fecha: escríbala como 2025-03-14, 14/03/2025 o 14 marzo 2025
sheet-problem-no-header = la hoja no tiene fila de encabezados: está vacía
sheet-problem-no-name-nor-organization-column = ninguna columna contiene un nombre (nombre completo, o apellidos y nombre) ni una organización; los encabezados son { $headers }: asígnelos en una correspondencia (--mapping) o cámbieles el nombre
sheet-problem-no-name-column = ninguna columna contiene un nombre (nombre completo, o apellidos y nombre); los encabezados son { $headers }: asígnelos en una correspondencia (--mapping) o cámbieles el nombre
sheet-problem-no-organization-column = ninguna columna contiene una organización; los encabezados son { $headers }: asígnelos en una correspondencia (--mapping) o cámbieles el nombre
sheet-problem-no-name = no hay ningún nombre en esta fila
sheet-problem-no-organization = { $name } no tiene organización
sheet-problem-unknown-country = «{ $country }» no es un país que este producto conozca: escriba su código ISO, o su nombre en uno de los seis idiomas oficiales de las Naciones Unidas, o asígnelo en los valores de la correspondencia
sheet-problem-participation = «{ $participation }» no indica si la persona asistió: escriba attended, registered o invited (o present, remote, inscrit, asistió…), o asígnelo en los valores de la correspondencia
sheet-problem-unknown-role = valor desconocido «{ $role }»; valores esperados: { $expected }
sheet-problem-chosen-organization = «{ $chosen }», elegido para «{ $name }», no es una organización del directorio
sheet-problem-new-organization = «{ $name }» sería una organización nueva, pero «{ $existing }» figura en el directorio: acepte la coincidencia (--accept-review)
sheet-problem-chosen-person = «{ $chosen }», elegido para «{ $name }», no es una persona del directorio
sheet-problem-new-person = { $name } sería una persona nueva, pero «{ $existing }» ({ $organization }) figura en el directorio: acepte la coincidencia (--accept-review)
sheet-problem-meeting-keeps-counts = la reunión { $meeting } registra su asistencia como recuentos por región, no como lista nominal; cambie primero su modo de asistencia a lista nominal
sheet-problem-counts-need-meeting = una hoja de recuentos por región rellena los recuentos de una reunión: indique la reunión (--meeting CLAVE)
sheet-problem-meeting-keeps-roster = la reunión { $meeting } registra una lista nominal, no recuentos por región; cambie primero su modo de asistencia a recuentos por región
sheet-problem-no-participants-column = ninguna columna contiene el número de participantes
sheet-problem-unknown-region = «{ $region }» no es una región de la UIT: escriba AFR, AMS, ARB, ASP, CIS, EUR o TSB, o el nombre de la región
sheet-problem-region-twice = la región { $region } ya se contó en la fila { $row }
sheet-problem-not-a-count = «{ $value }» no es un recuento: escriba un número entero, 0 o más
sheet-problem-no-key-column = un registro de reuniones necesita una columna de claves de reunión (key, code, référence, clave)
sheet-problem-no-key = no hay ninguna clave de reunión en esta fila
sheet-problem-key-twice = { $key } ya figura en la fila { $row }
sheet-problem-no-first-day = { $key } no tiene primer día
sheet-problem-meeting-kind = «{ $kind }» no es un tipo de reunión: escriba CTO meeting, CxO roundtable, bilateral, RG-IEM o workshop
sheet-problem-attendance-mode = «{ $mode }» no indica cómo se registra la asistencia: escriba roster o counts
sheet-problem-documents = «{ $value }» no es un número de documentos
import-looks-like-json = parece JSON, no CSV: dé al archivo la extensión .json
import-column-repeated = figura { $count } veces en el encabezado
import-no-header = la primera línea debe nombrar las columnas; columna(s) desconocida(s) { $unknown }; columnas esperadas: { $expected } (* obligatoria)
import-unknown-columns = columna(s) desconocida(s) { $unknown }; columnas esperadas: { $expected } (* obligatoria)
import-missing-column = falta el campo { $column }: el encabezado no tiene esta columna obligatoria
import-missing-columns = faltan los campos { $columns }: el encabezado no tiene estas columnas obligatorias
