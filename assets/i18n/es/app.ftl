# El marco de los paneles: pestañas, línea de estado, ayuda, bienvenida, confirmaciones, deshacer, crisis, pantallas de importación y de descarga, los nombres de los comandos del mapa de teclas.

## Barra de pestañas
app-tab-calendar = Calendario
app-tab-inbox = Bandeja
app-tab-mentions = Menciones
app-tab-prescriptors = Prescriptores
app-tab-reports = Informes
app-strategy-on = ◆ ESTRATEGIA ({ $key })
app-strategy-off = { $key } estrategia
# La marca delante del título de un panel en el modo estrategia.
app-strategy-marker = ◆ ESTRATEGIA

## Línea de estado: los contadores de hoy
app-status-crisis = ⛑ CRISIS nivel { $level } ({ $key })
app-status-crisis-paused = ⛑ CRISIS nivel { $level }, publicaciones en pausa ({ $key })
app-status-spike = ⚠ PICO: { $label } — { $shown } en 24 h{ $more } ({ $key }: protocolo de crisis)
app-status-spike-more = (+{ $shown } más)
app-status-due-today = ◷ { $shown } hoy
app-status-overdue = ({ $shown } con retraso)
app-status-waiting = ✉ { $shown } en espera
app-status-waiting-oldest = ✉ { $shown } en espera, máx. { $age }
app-status-new-mentions = { $count ->
    [one] ◎ { $shown } mención nueva
   *[other] ◎ { $shown } menciones nuevas
}
app-status-negative = { $count ->
    [one] ({ $shown } negativa)
   *[other] ({ $shown } negativas)
}
app-status-follow-ups = { $count ->
    [one] ☺ { $shown } seguimiento
   *[other] ☺ { $shown } seguimientos
}
app-status-waiting-oldest-short = ✉ { $shown }, máx. { $age }
app-status-new-mentions-short = { $count ->
    [one] ◎ { $shown } nueva
   *[other] ◎ { $shown } nuevas
}
app-status-negative-short = ({ $shown } neg.)
app-status-follow-ups-short = ☺ { $shown }
app-status-help = { $key } ayuda

## La ayuda
app-help-title = Ayuda — teclas { $layer } según tu mapa de teclas ({ $key } cierra)
app-help-layer-list = del escritorio
app-help-layer-filter = del filtro
app-help-layer-form = del formulario
app-help-layer-editor = del editor de respuestas
app-help-layer-picker = de la búsqueda de respuestas guardadas
app-help-layer-confirm = de la pregunta
app-help-layer-help = de la ayuda
app-help-layer-plan = de la pantalla del plan
app-help-layer-crisis = de la lista de pasos de crisis
app-help-scope-global = En todas partes
app-help-scope-calendar = En Calendario
app-help-scope-inbox = En Bandeja
app-help-scope-mentions = En Menciones
app-help-scope-prescriptors = En Prescriptores
app-help-scope-reports = En Informes
app-help-scope-strategy = En el modo estrategia
app-help-scope-form = En un formulario
app-help-scope-editor = En el editor de respuestas
app-help-scope-picker = En la búsqueda de respuestas guardadas
app-help-scope-filter = Mientras escribes un filtro
app-help-scope-confirm = Cuando se te pregunta algo
app-help-scope-help = En esta ayuda
app-help-scope-plan = En la pantalla del plan
app-help-scope-crisis = En la lista de pasos de crisis
app-help-layers-note = En un formulario, el editor o un filtro, { $key } muestra sus teclas.
app-typing-filter = Escribe para acotar la lista; Backspace borra una letra.
app-typing-form = Escribe en un campo; en un cuadro de texto, flechas, Enter y Backspace editan.
app-typing-editor = Escribe la respuesta; flechas, Enter y Backspace editan el texto.
app-typing-picker = Escribe para buscar respuestas guardadas; Backspace borra una letra.
app-typing-confirm = Cualquier otra tecla responde que no.

## Bienvenida de una base de datos vacía
app-welcome-title = Te damos la bienvenida a cmdeck
app-welcome-empty = Esta base de datos está vacía. Configura tu marca en dos pasos cortos:
app-welcome-setup = nombre de la marca, zona horaria, inicio de semana y canales
app-welcome-demo-intro = O echa antes un vistazo a un escritorio con datos:
app-welcome-demo = abre una marca de demostración desechable
app-welcome-cli = Canales, personas y seguidores también se cargan desde la línea de comandos
app-welcome-cli-commands = (`cmdeck channel add`, `cmdeck people add`, `cmdeck import …`, `cmdeck plan import`).
app-welcome-file = Todo lo que sabe cmdeck está en un único archivo SQLite (`--db ARCHIVO` usa otro).
app-welcome-keys = Cualquier otra tecla abre el escritorio vacío ({ $setup } configura luego), { $help } ayuda, { $quit } sale.

## Preguntas, deshacer y mensajes generales
app-confirm-title = Confirmar
app-confirm-answers = { $key }: sí   ·   otra tecla: no
app-undoes = { $key } deshace.
app-nothing-changed = No se ha cambiado nada.
app-nothing-changed-because = No se ha cambiado nada: { $error }
app-undo-nothing = No hay nada que deshacer
app-undo-done = Deshecho: { $what }
app-undo-changed = No se ha podido deshacer «{ $what }»: los datos han cambiado desde entonces; no se ha cambiado nada (se quita del historial).
app-undo-failed = No se ha podido deshacer «{ $what }»: { $error }
app-redo-nothing = No hay nada que rehacer
app-redo-done = Rehecho: { $what }
app-redo-changed = No se ha podido rehacer «{ $what }»: los datos han cambiado desde entonces; no se ha cambiado nada (se quita del historial).
app-redo-failed = No se ha podido rehacer «{ $what }»: { $error }
app-database-unreadable = No se ha podido leer la base de datos: { $error }
app-filter-unprepared = No se ha podido preparar el filtro: { $error }
app-any-key-closes = cualquier tecla cierra
app-hint-keys = teclas

## Formularios y listas
app-form-key-move = mueve
app-form-key-choose = elige
app-form-key-tick = marca
app-form-key-save = guarda
app-form-key-cancel = cancela
app-form-yes = sí
app-form-no = no
app-list-no-match = Nada coincide con el filtro.
app-list-position = { $at } de { $total }
app-list-filter = filtro
app-list-searching = buscando…
app-list-reading-plan = Leyendo el plan…

## Protocolo de crisis
app-crisis-title = ⛑ Crisis nivel { $level } — abierta { $opened }
app-crisis-paused = publicaciones EN PAUSA
app-crisis-key-tick = marca
app-crisis-key-pause = pausa
app-crisis-key-close = cierra
app-crisis-key-hide = oculta
app-crisis-steps = Pasos
app-crisis-no-steps = El plan aún no tiene pasos de crisis.
app-crisis-step-level = N{ $level }
app-crisis-statements = Comunicados de espera (también con { $key } en el editor de respuestas)
app-crisis-contacts = Contactos
app-crisis-about-spike = pico: { $label } ({ $shown } en 24 h)
app-crisis-level = nivel { $level }
app-crisis-severity = Gravedad
app-crisis-what-happens = Qué pasa
app-crisis-open-title = Abrir una crisis — después viene la lista de pasos del protocolo
app-crisis-unreadable = No se ha podido leer el protocolo de crisis: { $error }
app-crisis-opened = Crisis de nivel { $level } abierta y registrada — sigue la lista de pasos ({ $key })
app-crisis-posts-paused = Las publicaciones programadas quedan en pausa hasta que se cierre la crisis.
app-crisis-posts-resume = Las publicaciones programadas se reanudan.
app-crisis-closed = Crisis cerrada y registrada; las publicaciones programadas se reanudan
app-undo-open-crisis = abrir la crisis
app-undo-tick-step = marcar el paso
app-undo-pause-posts = pausar las publicaciones
app-undo-resume-posts = reanudar las publicaciones
app-undo-close-crisis = cerrar la crisis

## Importación y registro de la recogida
app-import-under-way = Ya hay una importación en curso.
app-import-form-title = Importar publicaciones — primero una vista previa, aún no se guarda nada
app-import-file = Archivo exportado (ruta)
app-import-channel = Canal, si el archivo no lo indica
app-import-replies = Respuestas a otras cuentas
app-import-replies-leave-out = dejarlas fuera
app-import-replies-keep = conservarlas
app-import-no-file = Escribe la ruta del archivo exportado que quieres importar.
app-import-reading = Leyendo { $file }…
app-import-storing = Guardando las publicaciones de { $file }: { $done } de { $total }…
app-import-nothing = No se ha importado nada.
app-import-importing = Importando…
app-import-imported = { $file } importado: { $summary }
app-import-preview-title = Importar publicaciones — vista previa de lo que entraría
app-import-preview-action = importar estas publicaciones   ·   otra tecla: cancelar, no se guarda nada
app-import-refused-title = Importar publicaciones — rechazado, no se ha guardado nada
app-fetch-running = Descargando los feeds… (puedes seguir trabajando)
app-fetch-finished = Descarga terminada — cualquier tecla oculta esto

## La ayuda: qué hace cada comando (una clave por comando del mapa de teclas).
app-command-quit = salir de cmdeck
app-command-help = mostrar u ocultar esta ayuda
app-command-next_pane = panel siguiente
app-command-prev_pane = panel anterior
app-command-go_calendar = ir a Calendario
app-command-go_inbox = ir a Bandeja
app-command-go_mentions = ir a Menciones
app-command-go_prescriptors = ir a Prescriptores
app-command-go_reports = ir a Informes
app-command-toggle_strategy = entrar o salir del modo estrategia (todos los paneles)
app-command-down = bajar
app-command-up = subir
app-command-top = ir al principio
app-command-bottom = ir al final
app-command-page_down = página siguiente
app-command-page_up = página anterior
app-command-open = abrir el elemento seleccionado
app-command-back = volver / cerrar
app-command-filter = filtrar la lista (cada palabra; sin importar acentos)
app-command-prev_period = periodo anterior (semana o mes)
app-command-next_period = periodo siguiente (semana o mes)
app-command-this_period = volver a hoy / esta semana
app-command-undo = deshacer el último cambio
app-command-redo = rehacer el último cambio deshecho
app-command-crisis = crisis: abrir, marcar pasos, pausar publicaciones, cerrar
app-command-export_report = guardar el informe semanal en Markdown (carpeta informes)
app-command-week_notes = escribir las pequeñas victorias y las notas de la semana
app-command-formulas = mostrar u ocultar la fórmula bajo cada cifra
app-command-record_followers = anotar los seguidores de un canal en un día (Audiencia)
app-command-plan = plan: objetivos y KPI con semáforos; editar la estrategia
app-command-setup = configurar la marca (nombre, zona, semana) y sus canales
app-command-cycle_view = cambiar de vista (agenda/semana/mes; por estado)
app-command-prev_day = día anterior
app-command-next_day = día siguiente
app-command-new = crear: publicación (varios canales), mensaje, mención…
app-command-edit = editar la publicación, respuesta guardada o regla
app-command-duplicate = duplicar la publicación seleccionada como borrador
app-command-cancel_post = cancelar la publicación seleccionada
app-command-delete = borrar publicación, respuesta guardada o regla (pregunta)
app-command-later_day = reprogramar un día más tarde
app-command-earlier_day = reprogramar un día antes
app-command-later_hour = reprogramar una hora más tarde
app-command-earlier_hour = reprogramar una hora antes
app-command-publish = marcar como publicada (hora y URL)
app-command-metrics = introducir o actualizar las métricas de la publicación
app-command-add_to_queue = añadir a la cola: siguiente franja libre
app-command-refill_evergreen = reponer publicaciones evergreen en las franjas libres
app-command-best_times = mejor hora para publicar (mapa de calor)
app-command-filter_posts = mostrar solo un canal, estado, campaña o pilar
app-command-reply = responder (queda en cmdeck; una mención pasa a la bandeja)
app-command-mark_done = marcar como cerrado (una mención: revisada)
app-command-fetch = descargar los feeds de la configuración (sin bloquear)
app-command-import_posts = importar publicaciones de una exportación (vista previa)
app-command-ignore = ignorar la mención
app-command-curate = crear una idea de publicación con la mención (y su enlace)
app-command-snooze = posponer: 1 h, mañana 9:00, el lunes o a una hora
app-command-escalate = escalar
app-command-cycle_priority = prioridad: baja → normal → alta → urgente
app-command-correct_sentiment = corregir el sentimiento: positivo → neutro → negativo
app-command-forget_lessons = olvidar lo aprendido de tus correcciones (u lo deshace)
app-command-link_person = vincular remitente o autor con una persona (o crearla)
app-command-toggle_mark = seleccionar / deseleccionar para una acción en bloque
app-command-toggle_order = más recientes primero / más antiguos primero
app-command-filter_messages = mostrar solo un canal, regla, sentimiento o persona
app-command-follow_up = fijar el próximo seguimiento
app-command-log_interaction = anotar una interacción (y fijar el próximo seguimiento)
app-command-suggestions = candidatos sugeridos y vigilancia (Enter acepta uno)
app-command-merge = fusionar con otro registro de la misma persona
app-command-filter_people = solo un rol, nivel, etiqueta o seguimientos; ordenar
app-command-saved_replies = gestionar las respuestas guardadas
app-command-next_field = campo siguiente
app-command-prev_field = campo anterior
app-command-save = guardar el formulario (en el editor: registrar respuesta)
app-command-choose_next = opción siguiente (en una lista: elemento siguiente)
app-command-choose_prev = opción anterior (en una lista: elemento anterior)
app-command-toggle = marcar/desmarcar casilla o elemento (elección: siguiente)
app-command-insert_saved_reply = buscar en las respuestas guardadas e insertar una
app-command-yes = sí: hacer lo que se pregunta (cualquier otra tecla: no)
app-command-next_section = parte siguiente del plan
app-command-prev_section = parte anterior del plan
app-command-utm_link = crear un enlace UTM para la campaña seleccionada
app-command-tick_step = marcar o desmarcar el paso resaltado (se anota la hora)
app-command-pause_posts = pausar o reanudar las publicaciones programadas
app-command-close_crisis = cerrar la crisis (se anota; se reanudan las publicaciones)

## Qué hace un comando donde significa algo más preciso.
app-command-form-down = campo siguiente (en un cuadro de texto: la línea de abajo)
app-command-form-up = campo anterior (en un cuadro de texto: la línea de arriba)
app-command-form-open = campo siguiente; en el último campo, guardar
app-command-form-back = cerrar el formulario sin guardar
app-command-form-help = mostrar las teclas de este formulario
app-command-editor-save = registrar la respuesta
app-command-editor-back = cerrar el editor sin registrar nada
app-command-editor-help = mostrar las teclas del editor de respuestas
app-command-picker-down = respuesta guardada o comunicado de espera siguiente
app-command-picker-up = respuesta guardada o comunicado de espera anterior
app-command-picker-open = insertar la respuesta resaltada (contiene lo escrito)
app-command-picker-back = volver al texto
app-command-picker-help = mostrar las teclas de la búsqueda de respuestas guardadas
app-command-filter-open = mantener el filtro y volver a la lista
app-command-filter-back = quitar el filtro
app-command-filter-help = mostrar las teclas del filtro
app-command-help-back = cerrar esta ayuda
app-command-plan-back = cerrar el plan
app-command-plan-down = entrada siguiente
app-command-plan-up = entrada anterior
app-command-plan-top = primera entrada
app-command-plan-bottom = última entrada
app-command-plan-prev_period = medir los objetivos en la semana anterior
app-command-plan-next_period = medir los objetivos en la semana siguiente
app-command-plan-this_period = medir los objetivos en esta semana
app-command-plan-new = nueva entrada en esta parte del plan
app-command-plan-edit = editar la entrada seleccionada
app-command-plan-delete = borrar la entrada (pregunta antes; se puede deshacer)
app-command-prescriptors-new = añadir una persona
app-command-prescriptors-edit = editar la persona seleccionada
app-command-prescriptors-delete = borrar la persona (pregunta antes; se puede deshacer)
app-command-crisis-back = ocultar la lista de pasos (la crisis sigue abierta)
app-command-crisis-down = paso siguiente
app-command-crisis-up = paso anterior
