# La Bandeja, sus dos caras, el editor de respuestas, las respuestas guardadas y las reglas de triaje.

## Vistas, lista y títulos
inbox-view-needs-answer = por responder
inbox-view-all = todos los mensajes
inbox-view-snoozed = pospuestos
inbox-view-done = respondidos y cerrados
inbox-view-escalated = escalados
inbox-list-title = Bandeja — { $view }, { $order }{ $filter }{ $marked } · { $keys }
inbox-order-newest = recientes primero
inbox-order-oldest = antiguos primero
inbox-title-only = solo { $filter }
inbox-title-marked = { $count ->
    [one] { $shown } seleccionado
   *[other] { $shown } seleccionados
}
inbox-strategy-title = Bandeja — objetivos de respuesta, tono de voz, escalado, reglas de triaje
inbox-detail-title = Bandeja — mensaje
inbox-column-age = Hace
inbox-column-net = Red
inbox-column-kind = Tipo
inbox-column-from = De
inbox-column-tone = Tono
inbox-column-priority = Prioridad
inbox-column-message = Mensaje
inbox-empty-zero = Bandeja al día: no hay nada pendiente de respuesta.
inbox-empty = Aquí no hay nada.
# Un valor guardado (red, tipo, prioridad…) tal como lo muestra la bandeja: en español, su palabra.
inbox-value = { $word }
inbox-kind-escalated = ⇡ escal.
inbox-kind-snoozed = ☾ posp.
inbox-kind-replied = ↩ resp.
inbox-kind-done = ✓ cerr.
inbox-priority-urgent = ‼ urgente
inbox-priority-high = ! alta
inbox-priority-normal = normal
inbox-priority-low = baja

## Atajos
inbox-hint-reply = responder
inbox-hint-done = cerrar
inbox-hint-snooze = posponer
inbox-hint-view = vista
inbox-hint-keys = teclas
inbox-hint-choose = elegir
inbox-hint-new = nueva
inbox-hint-edit = editar
inbox-hint-delete = borrar
inbox-hint-closes = cierra
inbox-hint-adds-one = añade una
inbox-hint-inserts = inserta
inbox-hint-back-to-text = vuelve al texto
inbox-hint-records = registra la respuesta
inbox-hint-saved-replies = respuestas guardadas
inbox-hint-cancels = cancela

## Detalle
inbox-field-from = de
inbox-field-person = persona
inbox-field-channel = canal
inbox-field-received = recibido
inbox-field-status = estado
inbox-field-priority = prioridad
inbox-field-sentiment = sentimiento
inbox-field-why = por qué
inbox-field-rule = regla
inbox-field-suggested = sugerida
inbox-field-response = respuesta
inbox-field-snoozed-to = pospuesto a
inbox-detail-date-pattern = %A, %-d de %B de %Y, %H:%M
inbox-sentiment-unknown = desconocido
inbox-sentiment-corrected = (corregido a mano)
inbox-sentiment-automatic = (automático)
inbox-person-watchlist = { $name } — ⚑ en la lista de vigilancia
inbox-person-none = sin vincular a ninguna persona
inbox-detail-channel-line = { $network } { $channel } · { $kind }
inbox-detail-heard-on = desde { $source } · { $kind } (responde allí; se registra en { $network } { $channel })
inbox-detail-suggested = respuesta guardada «{ $reply }» ({ $reply_key } y sale la primera en { $insert_key })
inbox-detail-in-business-hours = { $time } en horario de atención
inbox-detail-answered-after = respondido al cabo de { $time } — { $state } frente al objetivo de { $target }
inbox-detail-waiting-for = lleva { $time } esperando — { $state } frente al objetivo de { $target }
inbox-replies-heading = Respuestas registradas en cmdeck
inbox-detail-footer = { $reply_key } responde (queda registrada aquí; publícala tú en la red) · { $back_key } vuelve atrás.

## Cara de estrategia
inbox-sla-heading = Objetivo de tiempo de respuesta (SLA): primera respuesta en menos de { $target }
inbox-this-week = Esta semana
inbox-last-week = La semana pasada
inbox-stats-counts = recibidos { $received }  respondidos { $answered }  dentro del objetivo de { $target }: { $within } ({ $share })
inbox-stats-times = mediana de primera respuesta { $median }  la más lenta { $slowest }
inbox-response-formula = tiempo de primera respuesta = primera respuesta − recepción; mediana de los mensajes respondidos de la semana
inbox-volume-heading = Volumen de esta semana por canal y tipo
inbox-tone-heading = Tono de voz
inbox-tone-none = Aún no hay guía de tono de voz en el plan.
inbox-escalation-heading = Reglas de escalado
inbox-escalation-none = Aún no hay reglas de escalado en el plan.

## Reglas de triaje
inbox-rules-heading = Reglas de triaje, aplicadas en este orden ({ $keys })
inbox-rules-formula = se aplica toda regla cuyas condiciones se cumplen, en el orden en que están escritas; la acción de una regla posterior sustituye a la de otra anterior en el mismo campo; una palabra suelta solo coincide con palabras enteras, una frase coincide en cualquier parte; no importan las mayúsculas ni los acentos
inbox-rules-none = Aún no hay reglas de triaje: añade una para fijar la prioridad, el sentimiento o el estado de los mensajes al llegar.
inbox-rules-from-config = (configuración)
inbox-rules-line = { $marker } { $name } { $origin } si { $when } → { $then }
inbox-rules-contains = contiene
inbox-rules-channel = canal
inbox-rules-kind = tipo
inbox-rules-role = rol
inbox-rules-priority = prioridad
inbox-rules-sentiment = sentimiento
inbox-rules-status = estado
inbox-rules-reply = respuesta
inbox-rule-from-config = Esa regla viene de [[inbox.rules]] en el archivo de configuración: cámbiala allí.
inbox-rule-none-to-edit = Aún no hay ninguna regla de triaje que editar.
inbox-rule-none-to-delete = No hay ninguna regla de triaje que borrar.
inbox-rule-delete-question = ¿Borrar la regla de triaje «{ $name }»? Los mensajes que tocó conservan lo que les fijó
inbox-rule-new-title = Nueva regla de triaje
inbox-rule-edit-title = Editar regla de triaje
inbox-rule-field-name = Nombre (`name`)
inbox-rule-field-contains = Alguna de estas palabras (`contains`: a, b)
inbox-rule-field-channel = Red (`channel`)
inbox-rule-field-kind = Tipo de mensaje (`kind`)
inbox-rule-field-role = Rol del remitente (`role`)
inbox-rule-field-priority = Fijar prioridad (`priority`)
inbox-rule-field-sentiment = Fijar sentimiento (`sentiment`)
inbox-rule-field-status = Fijar estado (`status`)
inbox-rule-field-saved-reply = Sugerir respuesta guardada (`saved_reply`)
inbox-rule-name-in-config = una regla del archivo de configuración ya se llama así: ponle a esta otro nombre
inbox-rule-name-taken = otra regla de triaje ya se llama así
inbox-rule-saved = Regla de triaje «{ $name }» guardada
inbox-rule-deleted = Regla de triaje borrada
inbox-undo-triage-rule = la regla de triaje
# Los errores de una regla, los mismos en el formulario y en [[inbox.rules]] del archivo de configuración.
inbox-rule-error-no-name = la regla no tiene nombre: pónselo, se muestra en los mensajes que toca
inbox-rule-error-unknown = «{ $text }» no vale como { $what ->
    [network] red
    [kind] tipo de mensaje
    [role] rol
    [priority] prioridad
    [sentiment] sentimiento
   *[status] estado
}; usa uno de estos valores: `{ $known }`
inbox-rule-error-blank-word = la regla `{ $rule }` tiene una palabra en blanco: quítala de la lista
inbox-rule-error-empty-saved-reply = la regla `{ $rule }` tiene la respuesta guardada vacía: escribe el título de una respuesta guardada o quita la línea
inbox-rule-error-no-condition = la regla `{ $rule }` no tiene condiciones: indica al menos una de `contains`, `channel`, `kind`, `role`
inbox-rule-error-no-action = la regla `{ $rule }` no tiene acciones: indica al menos una de `priority`, `sentiment`, `status`, `saved_reply`
inbox-rule-error-blank-contains = la regla `{ $rule }` tiene una palabra en blanco en `contains`: quítala

## Formularios
inbox-not-a-time = «{ $text }» no es una hora; escríbela como AAAA-MM-DD HH:MM
inbox-snooze-title = { $count ->
    [one] Posponer { $shown } mensaje
   *[other] Posponer { $shown } mensajes
}
inbox-snooze-until = Hasta
inbox-snooze-time = Hora (AAAA-MM-DD HH:MM)
inbox-snooze-in-an-hour = dentro de 1 hora
inbox-snooze-tomorrow = mañana a las 9:00
inbox-snooze-next-monday = el lunes que viene a las 9:00
inbox-snooze-at-time = a la hora de abajo
inbox-snooze-passed = esa hora ya ha pasado
inbox-link-title = Vincular al remitente con una persona
inbox-link-person = Persona
inbox-link-new-person = — una persona nueva —
inbox-link-name = Nombre de la persona nueva
inbox-link-role = Rol
inbox-link-name-missing = ponle nombre a la persona nueva
inbox-filter-title = Mostrar solo…
inbox-filter-any = cualquiera
inbox-filter-channel = Canal
inbox-filter-sentiment = Sentimiento
inbox-filter-person = Persona
inbox-new-title = Mensaje nuevo
inbox-new-channel = Canal
inbox-new-kind = Tipo
inbox-new-from = De
inbox-new-body = Mensaje
inbox-new-received = Recibido (vacío = ahora)
inbox-new-channel-missing = elige el canal por el que llegó
inbox-new-from-missing = di quién lo envió
inbox-new-body-missing = el mensaje no tiene texto
inbox-saved-reply-new-title = Nueva respuesta guardada
inbox-saved-reply-edit-title = Editar respuesta guardada
inbox-saved-reply-name = Nombre
inbox-saved-reply-body = Texto ({"{"}nombre{"}"} {"{"}canal{"}"} {"{"}hoy{"}"})
inbox-saved-reply-name-missing = ponle nombre a la respuesta
inbox-saved-reply-body-missing = la respuesta no tiene texto
inbox-saved-reply-name-taken = otra respuesta guardada ya se llama así

## Biblioteca de respuestas guardadas
inbox-library-title = Respuestas guardadas — { $keys }
inbox-library-empty = Aún no hay respuestas guardadas{ $add }. Usa {"{"}nombre{"}"}, {"{"}canal{"}"} y {"{"}hoy{"}"} en el texto.
inbox-library-delete-question = ¿Borrar la respuesta guardada «{ $name }»?

## Editor de respuestas
inbox-reply-title = Responder a { $to }
inbox-reply-note = cmdeck registra la respuesta y su hora; publicarla en la red se hace allí (o con un conector más adelante).
inbox-reply-suggestion = Una regla sugiere la respuesta guardada «{ $name }».
inbox-reply-no-match = Ninguna respuesta guardada coincide con «{ $typed }»; no se ha insertado nada.
inbox-reply-empty = La respuesta está vacía; escríbela o inserta una respuesta guardada.
inbox-picker-prompt = respuesta guardada:
inbox-picker-search = escribe palabras para buscar
inbox-picker-none = Aún no hay respuestas guardadas ni comunicados de espera.
inbox-picker-no-match = Nada contiene todas las palabras de «{ $typed }».
inbox-picker-saved = Respuestas guardadas
inbox-picker-holding = Comunicados de espera (protocolo de crisis)
inbox-picker-holding-crisis = Comunicados de espera (protocolo de crisis; hay una crisis abierta)

## Preguntas y mensajes de estado
inbox-select-first = Primero selecciona un mensaje.
inbox-marked-done = Marcado como cerrado
inbox-set-to = Pasado a { $status }
inbox-priority-set = Prioridad { $priority }
inbox-sentiment-set = Sentimiento corregido a { $sentiment } (la estimación automática se guarda aparte)
inbox-changed = Cambiado
inbox-messages-count = { $count ->
    [one] { $shown } mensaje
   *[other] { $shown } mensajes
}
inbox-snoozed-until = Pospuesto hasta el { $when }
inbox-added-message = Mensaje añadido
inbox-added-message-rule = Mensaje añadido (regla: { $rule })
inbox-reply-recorded = Respuesta registrada; publícala tú en la red
inbox-reply-recorded-first = Respuesta registrada — primera respuesta al cabo de { $after }; publícala tú en la red
inbox-linked = Vinculado a la persona
inbox-linked-new-person = { $name } añadido a Prescriptores como { $role } y vinculado
inbox-saved-reply-saved = «{ $name }» guardada
inbox-saved-reply-deleted = Respuesta guardada borrada

## Etiquetas de deshacer
inbox-undo-mark-done = cerrar
inbox-undo-escalate = escalar
inbox-undo-priority = cambiar la prioridad
inbox-undo-sentiment = corregir el sentimiento
inbox-undo-snooze = posponer
inbox-undo-new-message = añadir el mensaje
inbox-undo-reply = registrar la respuesta
inbox-undo-link = vincular a la persona
inbox-undo-new-person = añadir la persona
inbox-undo-saved-reply = guardar la respuesta
inbox-undo-delete-saved-reply = borrar la respuesta guardada
