# El informe semanal (Markdown y el panel Informes) y sus gráficos.

## El marco del documento
report-document-title = { $brand } — informe: { $period }
report-period-week = { $week } ({ $first } – { $last })
report-period-range = del { $first } al { $last }
# Cómo se escribe un día de un periodo que no es una semana (un patrón de chrono).
report-range-date = %-d %b %Y
# Una semana ISO: $year, $week tal como se escribe (07) y su $number (7).
report-week = semana { $number } de { $year }
report-charts = Gráficos
report-footer = Generado por cmdeck. Cada cifra sale de la base de datos local; las fórmulas están bajo cada tabla.
report-summary-lead = Resumen.
report-summary = { $posts_count ->
    [one] { $posts } publicación publicada
   *[other] { $posts } publicaciones publicadas
} ({ $change } respecto al periodo anterior); tasa de interacción: { $rate }; { $received_count ->
    [one] { $received } mensaje recibido
   *[other] { $received } mensajes recibidos
} y { $answered } con respuesta (mediana de primera respuesta: { $median }); { $mentions_count ->
    [one] { $mentions } mención
   *[other] { $mentions } menciones
}; cuota de voz: { $voice }. Objetivos: { $on_track } en camino, { $at_risk } en riesgo, { $off_track } { $off_track_count ->
    [one] desviado
   *[other] desviados
}.
report-vs-last-week = { $change } vs. semana anterior
report-vs-last-week-no-data = vs. semana anterior: sin datos
report-all-channels = Todos los canales
report-all-channels-pane = todos los canales
report-points = { $points } p. p.

## Objetivos y campañas del plan
report-objectives = Objetivos
report-objectives-aside = : KPI actual frente al valor objetivo
report-objectives-none = No hay objetivos en el plan.
report-objectives-none-pane = Aún no hay objetivos en el plan: O abre el plan.
report-objective-detail = { $kpi }: { $actual } actual · punto de partida { $baseline } → valor objetivo { $target } para el { $deadline }
report-column-objective = Objetivo
report-column-baseline = Punto de partida
report-column-actual = Valor actual
report-column-target = Valor objetivo
report-column-deadline = Fecha límite
report-column-status = Estado
report-traffic-light = Semáforo:
report-campaigns = Campañas
report-plan-campaigns-aside = : gasto, conversiones, coste por resultado, ROI
report-plan-campaigns-none = Aún no hay campañas en el plan.
report-plan-campaign-detail = gastado { $spent } de { $budget } · { $conversions_count ->
    [one] { $conversions } conversión
   *[other] { $conversions } conversiones
} · { $revenue } de ingresos · coste por resultado { $cost } · ROI { $roi }
report-campaigns-formula-pane = coste por resultado = gasto ÷ conversiones; ROI = (ingresos − gasto) ÷ gasto

## Publicaciones
report-publishing = Publicaciones
report-publishing-aside = : publicaciones previstas y publicadas por canal
report-column-channel = Canal
report-column-planned = Previstas
report-column-planned-pane = previstas
report-column-published = Publicadas
report-column-published-pane = publicadas
report-column-change = Cambio
report-publishing-formula-pane = previstas = programadas en la semana, en cualquier estado salvo cancelada; publicadas = publicadas en la semana
report-pillar-over = ▲ por encima del objetivo
report-pillar-under = ▼ por debajo del objetivo
report-column-pillar = Pilar
report-column-target-share = Peso objetivo
report-column-target-share-pane = objetivo
report-column-posts-planned = Publicaciones previstas
report-column-posts-planned-pane = previstas
report-column-actual-share = Peso real
report-column-actual-share-pane = peso
report-pillar-formula-pane = peso del pilar = publicaciones previstas del pilar ÷ todas las previstas en la semana
report-pillar-formula = Previstas = publicaciones programadas en el periodo, en cualquier estado salvo cancelada; peso real = publicaciones del pilar ÷ todas las previstas.

## Interacción
report-engagement = Interacción
report-engagement-aside = : publicaciones publicadas esta semana, últimas métricas
report-impressions = Impresiones
report-impressions-pane = impresiones
report-reach = Alcance
report-reach-pane = alcance
report-interactions = Interacciones
report-interactions-pane = interacciones
report-engagement-rate = Tasa de interacción
report-engagement-rate-pane = tasa de interacción
report-column-figure = Cifra
report-column-this-period = Este periodo
report-column-period-before = Periodo anterior
report-engagement-formula-pane = tasa de interacción = (me gusta + comentarios + compartidos + guardados) ÷ impresiones (alcance cuando faltan las impresiones)
report-engagement-formula = Tasa de interacción = (me gusta + comentarios + compartidos + guardados) ÷ impresiones (alcance cuando faltan las impresiones), últimas métricas de las publicaciones publicadas en el periodo.
report-top-posts = Mejores publicaciones
report-top-posts-pane = las 3 mejores
report-bottom-posts = Peores publicaciones
report-bottom-posts-pane = las 3 peores
report-no-posts-with-metrics = No hay publicaciones publicadas con métricas.
report-no-posts-with-metrics-pane = No hay publicaciones publicadas con métricas esta semana.
report-open-link = abrir
report-column-published-at = Publicada
report-column-post = Publicación
report-column-engagement = Tasa de interacción
report-column-link = Enlace

## Audiencia
report-audience = Audiencia
report-audience-aside = : seguidores por canal
report-column-followers-start = Seguidores al inicio
report-column-followers-start-pane = inicio
report-column-followers-end = Al final
report-column-followers-end-pane = final
report-column-growth = Crecimiento
report-column-growth-pane = variación
report-audience-formula-pane = seguidores = última instantánea de audiencia de ese día o anterior; inicio = el día antes de la semana

## Comunidad
report-community = Comunidad
report-community-aside = : mensajes y primeras respuestas (objetivo { $target })
report-column-received = Recibidos
report-column-received-pane = recibidos
report-column-answered = Respondidos
report-column-answered-pane = con resp.
report-column-median-response = Mediana de primera respuesta
report-column-median-response-pane = mediana
report-column-slowest = Más lenta
report-column-slowest-pane = más lenta
report-column-within = En { $target } o menos
report-column-within-pane = en plazo
report-received-vs-last-week = { $change } vs. sem. ant.
report-community-formula-pane = primera respuesta = primera contestación − recepción (solo horas de atención si hay horario); sobre los mensajes recibidos esta semana
report-community-formula = Primera respuesta = primera contestación − recepción (solo horas de atención cuando hay horario configurado), sobre los mensajes recibidos en el periodo y respondidos.

## Escucha
report-listening = Escucha
report-listening-aside = : menciones por regla, sentimiento, cuota de voz
report-column-rule = Regla
report-column-kind = Tipo
report-column-mentions = Menciones
report-column-mentions-pane = menciones
report-column-last-week-pane = sem. ant.
report-voice-lead = voz:
report-the-brand = la marca
report-column-voice = Voz
report-column-share-of-voice = Cuota de voz
report-voice-formula-pane = cuota de voz = menciones de la marca ÷ (menciones de la marca + de la competencia); manda el sentimiento corregido
report-voice-formula = Cuota de voz = menciones de la marca ÷ (menciones de la marca + de la competencia); un sentimiento corregido manda sobre el automático.
report-positive = Positivas
report-neutral = Neutras
report-negative = Negativas
report-column-sentiment = Sentimiento
report-column-share = Porcentaje
report-sentiment-pane = sentimiento
report-positive-share = { $share } positivas
report-spikes-and-crises = Picos y crisis
report-no-alerts = Ni alertas de pico ni crisis en el periodo.
report-no-alerts-pane = Ni alertas de pico ni crisis esta semana.
report-spike-on = Pico el { $day }:
report-spike-mentions = ({ $count ->
    [one] { $mentions } mención
   *[other] { $mentions } menciones
} en 24 h)
report-spike-pane = ⚠ pico { $day }
report-spike-mentions-pane = ({ $mentions } en 24 h)
report-crisis-still-open = sigue abierta
report-crisis = Crisis de nivel { $level } (apertura: { $opened }; cierre: { $closed }) —
report-crisis-pane = ⛑ crisis de nivel { $level } { $opened }
report-crisis-closed-pane = cerrada { $closed }

## Prescriptores y campañas del periodo
report-prescriptors = Prescriptores
report-prescriptors-active = Embajadores e influencers activos
report-prescriptors-active-pane = embajadores e influencers activos
report-prescriptors-new = Embajadores e influencers nuevos
report-prescriptors-new-pane = embajadores e influencers nuevos
report-follow-ups-done = Seguimientos hechos (interacciones anotadas)
report-follow-ups-done-pane = seguimientos hechos
report-follow-ups-done-remark = interacciones anotadas
report-follow-ups-overdue = Seguimientos atrasados al final del periodo
report-follow-ups-overdue-pane = seguimientos atrasados
report-follow-ups-overdue-remark = al final de la semana
report-watchlist = Actividad en la lista de vigilancia (mensajes y menciones)
report-watchlist-pane = actividad en vigilancia
report-watchlist-remark = mensajes y menciones de detractores y trols
report-column-value = Valor
report-prescriptors-formula-pane = activo = un embajador o influencer con un mensaje o una mención vinculados esta semana
report-campaigns-running-aside = activas esta semana
report-campaigns-none = Ninguna campaña activa en el periodo.
report-campaigns-none-pane = No hay campañas activas esta semana.
report-campaign-remark = esta semana · { $spent } de { $budget } hasta hoy · { $conversions_count ->
    [one] { $conversions } conversión
   *[other] { $conversions } conversiones
} · coste por resultado { $cost } · ROI { $roi }
report-column-campaign = Campaña
report-column-spent-in-period = Gasto en el periodo
report-column-spent-to-date = Gasto acumulado
report-column-budget = Presupuesto
report-column-conversions = Conversiones
report-column-cost-per-result = Coste por resultado
report-campaigns-formula = Coste por resultado = gasto acumulado ÷ conversiones; ROI = (ingresos − gasto) ÷ gasto.

## Entre semanas
report-trends = Tendencias, últimas 8 semanas
report-trends-span = { $first } a { $last }
report-trends-span-pane = { $first } → { $last }
report-trend-posts = publicaciones publicadas
report-trend-engagement = tasa de interacción
report-trend-followers = seguidores
report-trend-messages = mensajes recibidos
report-trend-response = mediana de primera respuesta (min)
report-trend-mentions = menciones
report-trend-voice = cuota de voz
report-column-trend = Tendencia
report-column-first-week = Primera semana
report-column-last-week = Última semana
report-notes = Pequeñas victorias y notas
report-notes-aside = (las escribes con n)
report-notes-none = No hay nada escrito para este periodo.
report-notes-none-pane = Aún no hay nada escrito para esta semana.
report-small-victories = Pequeñas victorias
report-notes-label = Notas
report-next-week = Próxima semana
report-next-week-aside = : { $count ->
    [one] { $posts } publicación programada
   *[other] { $posts } publicaciones programadas
}
report-next-week-none = Nada programado para los próximos siete días.
report-next-week-more = …y { $count ->
    [one] { $more } publicación programada más
   *[other] { $more } publicaciones programadas más
}.
report-next-week-more-pane = …y { $more } más
report-column-when = Cuándo

## Los gráficos
report-chart-planned = previstas
report-chart-published = publicadas
report-chart-posts-title = Publicaciones publicadas por canal frente al plan
# Una semana de la tendencia bajo un gráfico: $week tal como se escribe (W07) y su $number (7).
report-chart-week = sem. { $number }
report-chart-weekly-title = { $what }, { $count ->
    [one] última semana
   *[other] últimas { $weeks } semanas
}
report-chart-engagement-title = Tasa de interacción
report-chart-engagement-series = interacciones ÷ impresiones
report-chart-on-day = el { $day }
report-chart-followers-title = Seguidores por canal
report-chart-inbox-title = Mensajes recibidos
report-chart-inbox-series = mensajes recibidos
report-chart-target = objetivo
report-chart-response-title = Mediana de primera respuesta frente al objetivo
report-chart-response-series = mediana de primera respuesta
report-chart-voice-series = menciones en el periodo
report-chart-voice-title = Cuota de voz frente a la competencia
report-chart-progress-series = avance hacia el valor objetivo
report-chart-elapsed-series = tiempo transcurrido
report-chart-objectives-title = Objetivos: avance desde el punto de partida hasta el valor objetivo frente al tiempo transcurrido
report-chart-positive = positivas
report-chart-neutral = neutras
report-chart-negative = negativas
report-chart-spike-series = alerta de pico negativo por encima
report-chart-sentiment-title = Menciones de la marca por sentimiento y día, con el umbral de pico negativo

## El panel Informes
report-pane-title = Informes — semana { $number } ({ $first } – { $last }){ $current } · { $keys }
report-pane-this-week = esta semana
report-hint-week = semana
report-hint-now = ahora
report-hint-export = exportar
report-hint-notes = notas
report-hint-formulas = fórmulas
report-hint-followers = seguidores
report-pane-gathering = Reuniendo las cifras de la semana…
report-pane-week-in-figures = La semana en cifras
report-notes-form-title = { $week } ({ $first } – { $last }) — pequeñas victorias y notas · una por línea
report-notes-field-victories = Pequeñas victorias
report-notes-field-notes = Notas y decisiones
report-followers-form-title = Anotar seguidores — los seguidores de un canal en un día (sustituye a los de ese día)
report-followers-field-channel = Canal
report-followers-field-date = Fecha (AAAA-MM-DD)
report-followers-field-followers = Seguidores
report-followers-choose-channel = elige un canal
report-followers-empty = el número de seguidores está vacío; escribe un número entero, como 1200
report-followers-not-a-count = «{ $text }» no es un número de seguidores; escribe 1200, 1.200 o 1,200
report-followers-too-many = { $text } seguidores son más de los que cmdeck puede guardar
report-followers-future = { $day } es una fecha futura; los seguidores se anotan para hoy o un día anterior

## Lo que dice el panel Informes
report-nothing-written = No se ha escrito nada: { $error }
report-nothing-changed = No se ha cambiado nada: { $error }
report-still-gathering = El informe todavía se está reuniendo; vuelve a intentarlo.
report-no-folder = No hay carpeta de informes: configura data.reports_dir o usa `cmdeck report --out ARCHIVO`.
report-written = Informe guardado en { $file }
report-written-with-charts = Informe guardado en { $file } (y { $count ->
    [one] su gráfico
   *[other] sus { $charts } gráficos
} en { $folder }/)
report-not-written = No se ha guardado el informe: { $error }
report-undo-notes = las notas de la { $week }
report-notes-saved = Notas de la { $week } guardadas
report-no-channels = Aún no hay canales en uso: añade uno con `cmdeck channel add RED CUENTA`.
report-channel-number = canal n.º { $id }
report-followers-replaces = (sustituye a { $followers })
report-followers-recorded = { $count ->
    [one] Anotado { $followers } seguidor
   *[other] Anotados { $followers } seguidores
} de { $channel } el { $day }
report-undo-followers = los seguidores de { $channel } el { $day }

## `cmdeck report`
report-cli-bad-date = --{ $flag } `{ $text }` no es una fecha que exista (AAAA-MM-DD)
report-cli-bad-week = --week `{ $week }` no es una semana ISO que exista (como 2026-W47)
report-cli-to-before-from = --to es anterior a --from
report-cli-too-long = un informe abarca como mucho tres años
report-cli-no-folder = no hay carpeta de informes: pasa --out ARCHIVO o configura data.reports_dir
report-cli-wrote = Informe guardado en { $file }{ $charts }: { $period }.
report-cli-wrote-charts = , con { $count ->
    [one] { $charts } gráfico
   *[other] { $charts } gráficos
} en { $folder }
report-cli-wrote-charts-inline = , con { $count ->
    [one] { $charts } gráfico dentro
   *[other] { $charts } gráficos dentro
}
report-chart-error = no se ha podido dibujar el gráfico { $file }: { $reason }
