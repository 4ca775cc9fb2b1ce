# El panel de Prescriptores, en sus dos caras, y la ficha de una persona.

## La lista
people-title = Prescriptores — { $sort }{ $only } · { $keys }
people-title-only = solo { $what }
people-title-due = seguimientos pendientes
people-hint-profile = ficha
people-hint-add-edit-delete = añadir/editar/borrar
people-hint-follow-up = seguimiento
people-hint-log = anotar
people-hint-merge = fusionar
people-hint-filter = filtrar
people-column-name = Nombre
people-column-role = Rol
people-column-tier = Nivel
people-column-follow-up = Seguimiento
people-column-reach = Alcance
people-column-handles = Cuentas
people-column-tags = Etiquetas
people-empty = Aún no hay personas.
people-empty-key = Aún no hay personas. { $key } añade una.
people-follow-up-late = ⚠ { $days } d tarde
people-follow-up-today = ⚠ hoy
people-sort-follow-ups = seguimientos pendientes primero
people-sort-name = por nombre
people-sort-reach = por alcance
people-sort-advocacy = por puntuación de prescripción
people-sort-risk = por puntuación de riesgo
people-select-first = Primero selecciona una persona.
people-confirm-delete = ¿Borrar a «{ $name }», sus cuentas y sus interacciones?

## Sugerencias
people-suggestions-title = Sugerencias — { $keys }
people-hint-choose = elegir
people-hint-accepts = acepta
people-hint-closes = cierra
people-suggestion-candidate = ★ posible prescriptor
people-suggestion-watchlist = ⚑ en vigilancia
people-suggestion-score = puntuación { $score }

# Los datos detrás de una sugerencia, separados por comas: «4 menciones positivas, alcance
# 12.000, última actividad hace 2 días». $count elige el plural, $shown es el número escrito.
people-evidence-positive-mentions = { $count ->
    [one] 1 mención positiva
   *[other] { $shown } menciones positivas
}
people-evidence-positive-messages = { $count ->
    [one] 1 mensaje positivo
   *[other] { $shown } mensajes positivos
}
people-evidence-defences = { $count ->
    [one] 1 defensa
   *[other] { $shown } defensas
}
people-evidence-shares = { $count ->
    [one] compartido 1 vez
   *[other] compartido { $shown } veces
}
people-evidence-negative-mentions = { $count ->
    [one] 1 mención negativa
   *[other] { $shown } menciones negativas
}
people-evidence-hostile-messages = { $count ->
    [one] 1 mensaje hostil
   *[other] { $shown } mensajes hostiles
}
people-evidence-reach = alcance { $shown }
people-evidence-active-today = con actividad hoy
people-evidence-last-active = { $count ->
    [one] última actividad hace 1 día
   *[other] última actividad hace { $shown } días
}

## La ficha
people-profile-title = Prescriptores — ficha
people-field-role = rol
people-field-tier = nivel
people-field-handles = cuentas
people-field-tags = etiquetas
people-field-reach = alcance
people-field-follow-up = seguimiento
people-field-activity = actividad
people-on-watchlist = { " " }— ⚑ en vigilancia
people-follow-up-none = sin fecha
people-activity = { $messages ->
        [one] 1 mensaje
       *[other] { $messages_shown } mensajes
    } · { $mentions ->
        [one] 1 mención
       *[other] { $mentions_shown } menciones
    } · { $positive } positivas · { $negative } negativas
people-score-advocacy = Prescripción
people-score-risk = Riesgo
people-score-no-activity = sin actividad
people-score-from = a partir de { $positive_mentions } menciones positivas, { $positive_messages } mensajes positivos, { $defences } defensas, compartido { $shares } veces, { $negative_mentions } menciones negativas, { $hostile_messages } mensajes hostiles, alcance { $reach }
people-formula-advocacy = prescripción = (positivo × (menciones positivas + mensajes positivos) + defensa × defensas + compartir × compartidos) × actualidad + alcance × log10(1 + alcance); 0 sin actividad positiva; actualidad = 0,5 ^ (días desde la última actividad ÷ recency_half_life_days)
people-formula-risk = riesgo = (negativo × menciones negativas + hostil × mensajes hostiles) × actualidad + alcance × log10(1 + alcance); 0 sin actividad negativa; actualidad = 0,5 ^ (días desde la última actividad ÷ recency_half_life_days)
people-part-positive = positivas
people-part-defences = defensas
people-part-shares = compartidos
people-part-reach = alcance
people-part-negative-mentions = menciones negativas
people-part-hostile-messages = mensajes hostiles
people-notes = Notas
people-notes-none = Sin notas.
people-log = Historial de interacciones, lo más reciente primero
people-log-empty = Aún no hay nada anotado.
people-goes-back = { $key } vuelve atrás.
# Los tipos de interacción del historial, por su nombre guardado.
people-interaction = { $kind ->
    [dm] MD
    [call] llamada
    [email] correo
    [meeting] reunión
    [gift] regalo
    [collaboration] colaboración
    [share] compartido
   *[other] otra
}

## La cara de estrategia
people-strategy-title = Prescriptores — buyer personas y niveles de prescripción
people-strategy-tiers = Niveles del programa de prescriptores
people-strategy-no-tiers = Aún no hay niveles en el plan.
people-strategy-receives = recibe:
people-strategy-moving-up = para subir:
people-strategy-personas = Segmentos de público / buyer personas
people-strategy-no-personas = Aún no hay buyer personas en el plan.
people-head-count = { $count ->
    [one] 1 persona
   *[other] { $shown } personas
}
people-persona-who = quién
people-persona-goals = objetivos
people-persona-pains = problemas
people-persona-channels = canales
people-persona-content = contenido

## Los formularios
people-any = cualquiera
people-filter-title = Mostrar solo…
people-filter-role = Rol
people-filter-tier = Nivel
people-filter-tag = Etiqueta
people-filter-due = Solo seguimientos pendientes
people-filter-sort = Orden
people-follow-up-title = Próximo seguimiento
people-follow-up-date = Próximo seguimiento (AAAA-MM-DD)
people-interaction-title = Anotar una interacción
people-interaction-kind = Qué
people-interaction-date = Cuándo (AAAA-MM-DD)
people-interaction-note = Nota
people-interaction-next = Próximo seguimiento (vacío: ninguno)
people-merge-title = Fusionar dos fichas de la misma persona
people-merge-other = Fusionar esta ficha con
people-merge-same-handle = { $name } (misma cuenta)
people-form-new = Nueva persona
people-form-edit = Editar persona
people-form-name = Nombre
people-form-role = Rol
people-form-tier = Nivel
people-form-no-tier = — ninguno —
people-form-handles = Cuentas (red:@cuenta, …)
people-form-reach = Alcance (seguidores)
people-form-tags = Etiquetas (separadas por comas)
people-form-follow-up = Próximo seguimiento (AAAA-MM-DD)
people-form-notes = Notas
people-error-name = ponle un nombre a la persona
people-error-merge-choose = elige la ficha que quieres fusionar
people-error-reach = «{ $text }» no es un número de seguidores; escribe 12400, 12.400 o 12k
people-error-handle-form = «{ $word }» no es red:cuenta (como instagram:@ana)
people-error-handle-network = «{ $name }» en «{ $word }» no es una red; las redes son { $networks }
people-error-handle-empty = «{ $word }» no tiene cuenta después de la red
people-error-handle-taken = { $handle } ya es de { $owner }
people-error-name-taken = ya hay una persona llamada { $owner }; edita esa ficha

## Lo que dice un cambio en la línea de estado
people-nothing-changed = No se ha cambiado nada: { $error }
people-profile-error = No se ha podido abrir la ficha: { $error }
people-gone = Esa persona ya no está guardada.
people-follow-up-cleared = Seguimiento quitado
people-follow-up-set = Próximo seguimiento el { $when }
people-logged = Anotado: { $kind }{ $then }
people-logged-next = ; próximo seguimiento el { $when }
people-merged = Se ha fusionado «{ $name }» con esta persona; no se ha perdido nada
people-no-suggestions = No hay sugerencias: nadie supera los umbrales (prescripción { $advocacy } para posibles prescriptores, riesgo { $risk } para vigilancia; [scores] en la configuración).
people-now-watchlist = Ahora en vigilancia ({ $role })
people-now-prescriptor = Ahora es prescriptor ({ $role })
people-deleted = Se ha borrado a «{ $name }» con { $handles ->
        [one] 1 cuenta
       *[other] { $handles_shown } cuentas
    } y { $interactions ->
        [one] 1 interacción
       *[other] { $interactions_shown } interacciones
    }; se conservan { $messages ->
        [one] 1 mensaje
       *[other] { $messages_shown } mensajes
    } y { $mentions ->
        [one] 1 mención
       *[other] { $mentions_shown } menciones
    }, ya sin vincular
people-saved = Ficha de «{ $name }» guardada
people-added = Se ha añadido a «{ $name }»
people-undo-follow-up = seguimiento
people-undo-interaction = interacción
people-undo-merge = fusión
people-undo-accept = aceptar sugerencia
people-undo-delete = borrar persona
people-undo-edit = editar persona
people-undo-add = añadir persona
