# El panel Calendario, sus dos caras, sus formularios y sus mensajes.

## Teclas y preguntas
calendar-select-post-first = Selecciona primero una publicación.
calendar-metrics-need-published = Las métricas van en publicaciones ya publicadas; márcala como publicada antes.
calendar-confirm-delete = ¿Borrar esta publicación ({ $status })?

## Título, agenda y detalle
calendar-view-name = { $view ->
    [agenda] agenda
    [week] semana
   *[month] mes
}
calendar-title = Calendario — { $view } desde { $cursor }{ $filter } · { $keys }
calendar-title-filter = solo { $label }
calendar-hint-view = vista
calendar-hint-new = nueva
calendar-hint-keys = teclas
calendar-strategy-title = Calendario — campañas, reparto de pilares, ritmo por canal
calendar-detail-title = Calendario — publicación
calendar-column-when = Cuándo
calendar-column-channel = Canal
calendar-column-status = Estado
calendar-column-pillar = Pilar
calendar-column-post = Publicación
calendar-agenda-empty = No hay publicaciones previstas desde este día. Pulsa n para escribir una.
calendar-status-paused = ⏸ pausada
calendar-status-overdue = ⚠ retrasada
calendar-detail-overdue = { $status } — con retraso
calendar-field-channel = canal
calendar-field-status = estado
calendar-field-scheduled = programada
calendar-field-published = publicada
calendar-field-url = URL
calendar-field-campaign = campaña
calendar-field-pillar = pilar
calendar-field-persona = persona
calendar-field-evergreen = evergreen
calendar-field-metrics = métricas
calendar-field-notes = notas
calendar-yes = sí
calendar-no = no
calendar-detail-metrics = { $impressions } impresiones · { $reach } de alcance · { $interactions } interacciones · interacción { $rate }
calendar-detail-formula = interacción = (me gusta + comentarios + compartidos + guardados) ÷ impr. (o alcance)
calendar-goes-back = { $key } vuelve atrás.

# Cómo se escriben las fechas (patrones de chrono; %a %A %b %B siguen el idioma).
calendar-date-detail = %A %d de %B de %Y, %H:%M
calendar-date-day = %A %d de %B
calendar-date-month = %B de %Y

## Cuadrículas de mes y semana
calendar-more = +{ $count } más
calendar-posts-at-hour = { $shown } publ.
calendar-hint-select = elegir
calendar-hint-open-agenda = abre en la agenda
calendar-day-empty = Nada previsto este día. Pulsa n para escribir una publicación.

## Contadores del editor y mapa de mejores horas
calendar-length = longitud
calendar-length-over = ✕ sobran { $count }
calendar-heatmap-title = Mejor hora para publicar — { $key } o { $back } cierra
calendar-heatmap-reading = Leyendo el historial…
calendar-heatmap-thin = No hay historial suficiente: { $posts } publicaciones medidas en las últimas { $weeks } semanas, y cada celda necesita { $min }.
calendar-heatmap-thin-advice = Publica y registra métricas unas semanas más; cmdeck no se inventa una mejor hora.
calendar-heatmap-best = Mejores:
calendar-heatmap-best-cell = { $day } { $hour } { $rate } ({ $posts } publ.)
calendar-heatmap-legend = · sin datos (menos de { $min } publ.)  ░ ▒ ▓ █ más interacción; { $posts } publ. en { $weeks } semanas
calendar-heatmap-formula = tasa de interacción de un día × hora (hora local) = Σ (me gusta + comentarios + compartidos + guardados) ÷ Σ impresiones (alcance si faltan las impresiones) de las publicaciones de la marca publicadas a esa hora en las últimas 16 semanas; una celda solo cuenta con al menos el mínimo de publicaciones

## Formularios
calendar-form-new-title = Nueva publicación
calendar-form-edit-title = Editar publicación
calendar-form-channels = Canales
calendar-form-channel = Canal
calendar-form-text = Texto
calendar-form-date = Fecha
calendar-form-time = Hora
calendar-form-status = Estado
calendar-form-campaign = Campaña
calendar-form-pillar = Pilar
calendar-form-persona = Buyer persona
calendar-form-evergreen = Evergreen
calendar-form-cooldown = Espera (días)
calendar-form-max-repeats = Máx. repeticiones
calendar-form-until = Repetir hasta
calendar-form-notes = Notas
calendar-option-none = sin asignar
calendar-option-any = cualquiera
calendar-form-publish-title = Marcar como publicada
calendar-form-publish-date = Fecha (vacía = ahora)
calendar-form-url = URL
calendar-form-metrics-title = Métricas (última captura)
calendar-metric = { $metric ->
    [impressions] Impresiones
    [reach] Alcance
    [likes] Me gusta
    [comments] Comentarios
    [shares] Compartidos
    [saves] Guardados
   *[clicks] Clics
}
calendar-form-filter-title = Mostrar solo…

## Errores en los formularios
calendar-error-url = la dirección debe empezar por https:// o http://
calendar-error-count-negative = la cifra debe ser 0 o más
calendar-error-date = «{ $text }» no es una fecha que exista; escríbela como AAAA-MM-DD
calendar-error-time = «{ $text }» no es una hora; escríbela como HH:MM, de 00:00 a 23:59
calendar-error-no-channel = elige al menos un canal
calendar-error-channel-gone = uno de los canales elegidos ya no existe; vuelve a elegirlo
calendar-error-no-text = la publicación no tiene texto; escríbelo o guárdala como idea
calendar-error-needs-date = una publicación { $status } necesita fecha
calendar-error-needs-time = indica también la hora (HH:MM)
calendar-error-too-long = { $count } caracteres superan el límite de { $limit } de { $channel }; acórtala antes de programarla
calendar-error-cooldown = la espera «{ $text }» debe ser un número entero de días
calendar-error-repeats = las repeticiones «{ $text }» deben ser un número entero
calendar-error-until = fecha final: { $why }
calendar-slot-empty = la franja { $index } está vacía: quita el separador de más o escribe una franja como `lun 09:30`
calendar-slot-shape = la franja `{ $part }` debe llevar días y después una hora, como `lun 09:30` o `lun/mié/vie 09:30`
calendar-slot-day = la franja `{ $part }` tiene un día desconocido, `{ $day }`: usa lun mar mié jue vie sáb dom o mon tue wed thu fri sat sun
calendar-slot-time = la franja `{ $part }` tiene una hora no válida, `{ $time }`: escríbela como HH:MM, de 00:00 a 23:59

## Cara de estrategia
calendar-strategy-campaigns = Campañas
calendar-strategy-no-campaigns = No hay campañas en el plan.
calendar-strategy-campaign-money = presupuesto { $budget }  gastado { $spent } ({ $share })  { $posts } publ.
calendar-strategy-mix-heading = Reparto de pilares de contenido, previsto frente al objetivo{ $period }
calendar-strategy-pillar-line = { $posts } publ.  { $share } del plan  objetivo { $target }
calendar-strategy-under = ▼ por debajo
calendar-strategy-over = ▲ por encima
calendar-strategy-on-target = ● en el objetivo
calendar-strategy-pace-heading = Frecuencia de publicación esta semana frente al plan de canales
calendar-strategy-channel-line = { $count ->
    [one] { $week } prevista esta semana / { $plan } en el plan
   *[other] { $week } previstas esta semana / { $plan } en el plan
}
calendar-strategy-under-served = ▼ por debajo
calendar-strategy-over-served = ▲ por encima
calendar-strategy-on-plan = ● según el plan
calendar-strategy-role = papel: { $role } · tono: { $tone }

## Mensajes de estado
calendar-nothing-changed = No se ha cambiado nada: { $error }
calendar-no-date = sin fecha
calendar-saved-post = Publicación guardada ({ $when })
calendar-undo-edit = edición de la publicación ({ $when })
calendar-new-posts = { $count ->
    [one] { $shown } publicación nueva
   *[other] { $shown } publicaciones nuevas
}
calendar-saved-new = Guardado: { $posts } ({ $when })
calendar-idea-no-date = Esta idea aún no tiene fecha; edítala ({ $key }) para ponerle una.
calendar-published-stays = Una publicación ya publicada se queda en la fecha en que salió.
calendar-moved = Movida al { $when }
calendar-undo-move = traslado al { $when }
calendar-duplicated = Duplicada como borrador
calendar-undo-duplicate = duplicado
calendar-cancelled = Publicación cancelada
calendar-undo-cancel = cancelación
calendar-deleted = Publicación borrada
calendar-undo-delete = borrado
calendar-best-thin = Mejores horas: aún no hay historial suficiente ({ $posts } publicaciones medidas en { $weeks } semanas).
calendar-best-none = Mejores horas: no queda ninguna buena franja libre en los próximos 7 días.
calendar-best-free = Mejores horas libres: { $times }
calendar-published-at = Marcada como publicada el { $when }
calendar-undo-publish = publicación
calendar-metrics-saved = Métricas guardadas
calendar-undo-metrics = métricas
calendar-slots-wrong = las franjas de publicación de { $channel } están mal: { $why }
calendar-no-slots = { $channel } no tiene franjas de publicación; añádelas al plan del canal o a slots de [channels.{ $network }] en la configuración.
calendar-no-free-slot = No hay ninguna franja libre para { $channel } en los próximos { $days } días.
calendar-kept-draft = se queda como borrador: el texto está vacío o supera el límite
calendar-queued = En cola para el { $when }{ $note }
calendar-undo-queue = añadir a la cola
calendar-automatically = Automáticamente:
calendar-refill-none = Ninguna publicación evergreen cabe en las { $free } franjas libres de los próximos { $days } días (espera, repeticiones o fecha final).
calendar-requeued = { $count ->
    [one] { $shown } publicación evergreen vuelve a la cola desde el { $first }
   *[other] { $shown } publicaciones evergreen vuelven a la cola desde el { $first }
}
calendar-undo-requeue = vuelta a la cola de evergreen
