# El panel Menciones, sus dos caras, sus formularios, feeds y reglas de escucha.

## Views, list and titles
mentions-view-new = nuevas, negativas primero
mentions-view-all = todas, recientes primero
mentions-view-reviewed = revisadas
mentions-view-actioned = gestionadas
mentions-view-ignored = ignoradas
mentions-list-title = Menciones — { $view }{ $filter } · { $keys }
mentions-title-only = solo { $filter }
mentions-strategy-title = Menciones — escucha y crisis · reglas: { $keys }
mentions-detail-title = Menciones — mención
mentions-column-age = Hace
mentions-column-tone = Tono
mentions-column-source = Fuente
mentions-column-author = Autor
mentions-column-reach = Alcance
mentions-column-rule = Regla
mentions-column-mention = Mención
mentions-empty-new = No hay menciones nuevas que revisar.
mentions-empty = Aquí no hay nada.
mentions-count = { $count ->
    [one] { $shown } mención
   *[other] { $shown } menciones
}

## Hints
mentions-hint-choose = elegir
mentions-hint-new = nueva
mentions-hint-edit = editar
mentions-hint-delete = borrar
mentions-hint-reviewed = revisada
mentions-hint-ignore = ignorar
mentions-hint-to-inbox = a la bandeja
mentions-hint-post-idea = idea
mentions-hint-person = persona
mentions-hint-view = vista
mentions-hint-keys = teclas

## Detail
mentions-field-author = autor
mentions-field-person = persona
mentions-field-source = fuente
mentions-field-url = URL
mentions-field-published = publicada
mentions-field-reach = alcance
mentions-field-sentiment = sentimiento
mentions-field-why = por qué
mentions-field-rule = regla
mentions-field-status = estado
mentions-detail-no-person = sin vincular a ninguna persona
mentions-detail-corrected = (corregido; la estimación automática era { $guess })
mentions-detail-automatic = (automático)
mentions-detail-watchlist = el autor está en la lista de vigilancia
mentions-published-pattern = %A, %-d de %B de %Y, %H:%M
mentions-detail-back = { $key } vuelve atrás.

## Sentiment evidence
mentions-evidence-none = ninguna palabra del léxico ({ $language })
mentions-evidence-other-language = otro idioma
mentions-evidence-not-counted = { $key } ({ $reason }, no cuenta)
mentions-evidence-capitals = MAYÚSCULAS
mentions-evidence-before = antes de { $word }
mentions-evidence-after = después de { $word }
mentions-evidence-brand-term = término de marca
mentions-evidence-learned = { $count ->
    [one] aprendida: marcaste { $shown } texto que la contiene como { $label ->
        [positive] positivo
        [neutral] neutro
       *[negative] negativo
    }
   *[other] aprendida: marcaste { $shown } textos que la contienen como { $label ->
        [positive] positivos
        [neutral] neutros
       *[negative] negativos
    }
}
mentions-evidence-service-failure = fallo de servicio
mentions-evidence-frustration = pregunta de frustración
mentions-evidence-negation-alone = negación sin nada que invertir
mentions-evidence-changed = ; al llegar se estimó { $stored }, ahora { $now } con lo que has enseñado desde entonces

## Strategy face
mentions-sov-this-week = Cuota de voz esta semana: { $share }
mentions-sov-formula = cuota de voz = menciones de la marca ÷ (menciones de la marca + de la competencia)
mentions-sentiment-heading = Sentimiento, últimas 8 semanas (+ positivo · neutro − negativo)
mentions-sentiment-negative-share = negativas { $share }
mentions-sov-trend-heading = Cuota de voz, últimas 8 semanas
mentions-top-heading = Principales fuentes y autores esta semana, por alcance
mentions-top-reach = alcance
mentions-top-mentions = { $count ->
    [one] mención
   *[other] menciones
}
mentions-rules-heading = Reglas de escucha ({ $keys })
mentions-rules-none = Aún no hay reglas: n añade una (términos de marca, un competidor, el sector).
mentions-rules-not = excepto: { $exclusions }
mentions-rules-in-7-days = en 7 días
mentions-thresholds-heading = Umbrales de crisis
mentions-thresholds-formula = alerta si las últimas 24 h superan la media de los 7 días previos + k × desviación típica (k = 1,5 sensible, 2 equilibrada, 3 estricta) y el mínimo
mentions-threshold-line = mín. { $min } en 24 h, pausa de { $hours } h
mentions-sensitivity-sensitive = sensible
mentions-sensitivity-balanced = equilibrada
mentions-sensitivity-strict = estricta
mentions-protocol-heading = Protocolo de crisis
mentions-protocol-none = Aún no hay protocolo de crisis en el plan.
mentions-protocol-level = Nivel { $level }
mentions-crises-heading = Registro de crisis
mentions-crises-none = Ninguna crisis hasta ahora.
mentions-crisis-date-pattern = %-d %b %H:%M
mentions-crisis-open = aún abierta
mentions-crisis-closed = cerrada el { $when }
mentions-crisis-opened = nivel { $level }  abierta el { $when }

## What the sentiment guess learned
mentions-lessons-teaching = { $count ->
    [0] ningún texto corregido enseña
    [one] { $shown } texto corregido enseña
   *[other] { $shown } textos corregidos enseñan
}
mentions-lessons-heading = Lo que la estimación de sentimiento aprendió de tus correcciones ({ $teaching })
mentions-lessons-not-counted = { $term } (no cuenta)
mentions-lessons-brand-terms = términos de marca (plan): { $terms }
mentions-lessons-nothing-yet = nada aún: una palabra se aprende cuando { $from } textos corregidos la contienen y el { $agreement } % coincide ({ $key } corrige una mención)
mentions-lessons-counts-negative = cuentan como negativas
mentions-lessons-counts-positive = cuentan como positivas
mentions-lessons-counts-nothing = no cuentan (marcadas neutras)
mentions-lessons-more = { $count } más
mentions-lessons-footer = (n) = textos corregidos que enseñaron cada palabra · { $forget } olvida estas palabras, las correcciones se quedan ({ $undo } lo deshace)

## Questions and refusals of the pane
mentions-select-first = Primero selecciona una mención.
mentions-no-rule-to-edit = Aún no hay ninguna regla que editar.
mentions-no-rule-to-delete = No hay ninguna regla que borrar.
mentions-delete-rule-question = ¿Borrar la regla «{ $name }»? Sus menciones se quedan, sin regla
mentions-forget-lessons-question = ¿Olvidar las palabras que enseñaron tus correcciones de sentimiento? Las correcciones se quedan

## Forms
mentions-filter-title = Mostrar solo…
mentions-filter-any = cualquiera
mentions-filter-rule = Regla
mentions-filter-kind = Marca / competidor / sector
mentions-filter-sentiment = Sentimiento
mentions-person-title = Vincular al autor con una persona
mentions-person-new = — una persona nueva —
mentions-person-person = Persona
mentions-person-name = Nombre de la persona nueva
mentions-person-role = Como
mentions-person-as-advocate = posible prescriptor (embajador)
mentions-person-as-detractor = lista de vigilancia (detractor)
mentions-person-as-troll = lista de vigilancia (trol)
mentions-rule-new-title = Nueva regla de escucha
mentions-rule-edit-title = Editar regla de escucha
mentions-rule-name = Nombre
mentions-rule-kind = Tipo
mentions-rule-competitor = Competidor
mentions-rule-terms = Términos (a, b, c)
mentions-rule-exclusions = Excepto si (a, b)
mentions-rule-source = Solo la fuente
mentions-rule-language = Solo el idioma
mentions-rule-sensitivity = Sensibilidad de alerta
mentions-rule-min-count = Mínimo en 24 h
mentions-rule-cooldown = Pausa (horas)
mentions-new-title = Nueva mención
mentions-new-source = Fuente
mentions-new-url = URL
mentions-new-author = Autor
mentions-new-text = Qué se dijo
mentions-new-published = Cuándo (vacío = ahora)
mentions-new-reach = Alcance
mentions-error-person-name = ponle un nombre a la persona nueva
mentions-error-whole-number = escribe un número entero igual o mayor que 0
mentions-error-rule-name = ponle un nombre a la regla
mentions-error-rule-terms = escribe al menos un término que escuchar
mentions-error-rule-competitor = indica qué competidor escucha esta regla
mentions-error-text = escribe qué se dijo
mentions-error-url = la dirección debe empezar por https:// o http://
mentions-error-published = «{ $typed }» no es una hora; escríbela como AAAA-MM-DD HH:MM
mentions-error-reach = «{ $typed }» no es un número entero (como 1.200 o 1200)
mentions-error-rule-name-taken = otra regla ya tiene ese nombre
mentions-error-url-taken = ya hay una mención guardada con esta dirección

## What the app says
mentions-nothing-changed = No se ha cambiado nada: { $error }
mentions-channel-first = Añade antes un canal: { $what } necesita uno.
mentions-channel-for-inbox = el elemento de la bandeja
mentions-channel-for-idea = la idea de publicación
mentions-sentiment-corrected = Sentimiento corregido a { $sentiment } (la estimación automática se guarda aparte)
mentions-marked = Marcada como { $status }
mentions-linked = Vinculada a la persona
mentions-to-inbox-done = En la bandeja como mención vista en { $source }, para responder allí (registrada en { $channel })
mentions-to-idea-done = Idea de publicación para { $channel } en el calendario, con el enlace a la fuente
mentions-linked-author = Autor vinculado a la persona
mentions-added-to-watchlist = { $name } está ahora en la lista de vigilancia como { $role }
mentions-added-to-prescriptors = { $name } está ahora en Prescriptores como { $role }
mentions-nothing-to-forget = { $count ->
    [one] Nada que olvidar: aún no se ha aprendido ninguna palabra de { $shown } texto corregido
   *[other] Nada que olvidar: aún no se ha aprendido ninguna palabra de { $shown } textos corregidos
}
mentions-forgot-lessons = { $count ->
    [one] Se ha olvidado { $words } palabra, aprendida de { $texts } textos corregidos; las correcciones se quedan y las nuevas vuelven a enseñar
   *[other] Se han olvidado las { $words } palabras aprendidas de { $texts } textos corregidos; las correcciones se quedan y las nuevas vuelven a enseñar
}
mentions-search-failed = No se han podido buscar las menciones: { $error }
mentions-rule-saved = Regla «{ $name }» guardada
mentions-rule-deleted = Regla borrada
mentions-added-with-rule = Mención añadida (regla: { $rule })
mentions-added-without-rule = Mención añadida (no coincide con ninguna regla)
mentions-undo-reviewed = revisada
mentions-undo-ignored = ignorada
mentions-undo-sentiment-correction = corrección de sentimiento
mentions-undo-to-inbox = a la bandeja
mentions-undo-post-idea = idea de publicación
mentions-undo-link = vínculo
mentions-undo-new-person = persona nueva
mentions-undo-forget-lessons = olvido de lo que enseñaron las correcciones
mentions-undo-rule = regla
mentions-undo-new-mention = mención nueva

## Fetching the feeds
mentions-fetch-under-way = Ya hay una descarga en curso.
mentions-fetch-no-feeds = No hay feeds que descargar: añade entradas [[feeds]] con una url al archivo de configuración (consulta config.example.toml).
mentions-fetch-starting = { $count ->
    [one] Descargando { $shown } feed…
   *[other] Descargando { $shown } feeds…
}
mentions-fetch-stopped = La descarga se ha detenido
