# Los mensajes de cmdeck en español. Las claves son las de en.ftl; una prueba falla si a un
# archivo le falta una clave del otro. Los números llegan ya escritos para el idioma ($shown)
# junto al número que elige el plural ($count).

## Días y meses
weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
month = { $month ->
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
}
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
# Una fecha larga: jueves, 3 de diciembre de 2026.
date-long = { $weekday }, { $day } de { $month } de { $year }
# Una antigüedad en una columna: 3 h, 2 d.
age-minutes = { $count } min
age-hours = { $count } h
age-days = { $count } d
# Hace cuánto: hace 2 d.
ago = hace { $age }
# Una duración: 45 min, 2 h 05 min.
duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
week-number = semana { $week }
weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
# Donde una cifra no se puede calcular (sin publicaciones, sin respuestas).
no-data = sin datos

## Valores guardados en la base de datos, como los lee la persona (cada uno elige por el nombre guardado)
value-Network = { $value ->
    [x] X
    [bluesky] Bluesky
    [mastodon] Mastodon
    [threads] Threads
    [instagram] Instagram
    [linkedin] LinkedIn
    [facebook] Facebook
    [tiktok] TikTok
    [youtube] YouTube
    [email] correo
    [web] web
   *[other] otra
}
value-PostStatus = { $value ->
    [idea] idea
    [draft] borrador
    [scheduled] programada
    [published] publicada
   *[cancelled] cancelada
}
value-Sentiment = { $value ->
    [positive] positivo
    [neutral] neutro
   *[negative] negativo
}
value-MessageKind = { $value ->
    [dm] MD
    [comment] comentario
    [reply] respuesta
    [review] reseña
    [email] correo
   *[mention] mención
}
value-MessageStatus = { $value ->
    [new] nuevo
    [open] abierto
    [replied] respondido
    [done] cerrado
    [snoozed] pospuesto
   *[escalated] escalado
}
value-Priority = { $value ->
    [low] baja
    [normal] normal
    [high] alta
   *[urgent] urgente
}
value-MentionStatus = { $value ->
    [new] nueva
    [reviewed] revisada
    [actioned] gestionada
   *[ignored] ignorada
}
value-Role = { $value ->
    [advocate] embajador
    [influencer] influencer
    [customer] cliente
    [journalist] periodista
    [partner] socio
    [detractor] detractor
    [troll] trol
   *[other] otro
}
value-RuleKind = { $value ->
    [brand] marca
    [competitor] competidor
   *[sector] sector
}
value-Kpi = { $value ->
    [followers] seguidores
    [engagement_rate] tasa de interacción
    [posts_published] publicaciones publicadas
    [reach] alcance
    [mentions] menciones
    [share_of_voice] cuota de voz
    [positive_share] proporción de sentimiento positivo
    [median_first_response] mediana de primera respuesta
    [answered_within_target] respondidos en plazo
    [active_prescriptors] prescriptores activos
    [conversions] conversiones de campaña
    [cost_per_result] coste por resultado
    [roi] ROI
   *[manual] manual (anotado cada semana)
}
# Cómo se calcula el valor de un KPI a partir de los datos guardados, junto a la cifra.
kpi-formula = { $kpi ->
    [followers] seguidores el último día medido (la última instantánea de audiencia de cada canal, sumando todos los canales salvo que el objetivo nombre uno)
    [engagement_rate] interacciones (me gusta + comentarios + compartidos + guardados) ÷ impresiones (alcance cuando faltan las impresiones), publicaciones publicadas en la semana
    [posts_published] publicaciones con estado publicada y fecha de publicación en la semana
    [reach] suma del último alcance de cada publicación publicada en la semana
    [mentions] menciones publicadas en la semana, de todas las reglas
    [share_of_voice] menciones de la marca ÷ (menciones de la marca + de la competencia) en la semana
    [positive_share] positivas ÷ todas las menciones de la semana (el sentimiento corregido antes que el estimado)
    [median_first_response] mediana de minutos desde la recepción hasta la primera respuesta, mensajes recibidos en la semana
    [answered_within_target] mensajes respondidos dentro del objetivo de tiempo de respuesta ÷ mensajes respondidos, recibidos en la semana
    [active_prescriptors] embajadores e influencers con una mención o un mensaje en la semana
    [conversions] conversiones anotadas en las campañas del objetivo (todas las campañas si no enlaza ninguna)
    [cost_per_result] total del registro de gasto ÷ conversiones, en las campañas del objetivo (todas si no enlaza ninguna)
    [roi] (ingresos − gasto) ÷ gasto, en las campañas del objetivo (todas si no enlaza ninguna)
   *[manual] el valor anotado para la semana (el último anterior si no hay)
}
traffic-light-on-track = ● en camino
traffic-light-at-risk = ▲ en riesgo
traffic-light-off-track = ✕ desviado
traffic-light-rule = avance = (real − punto de partida) ÷ (valor objetivo − punto de partida); transcurrido = días pasados ÷ días previstos; en camino si avance ≥ transcurrido − 10 p. p., en riesgo si ≥ transcurrido − 25 p. p.; si no, desviado
# Cuánto esperó un mensaje frente al objetivo de tiempo de respuesta.
sla-on-time = ● a tiempo
sla-near = ▲ al límite
sla-late = ✕ tarde
# Un canal escrito en la línea de comandos que no nombra ninguno, o nombra varios.
channel-typed-none-yet = ningún canal coincide con «{ $typed }»; aún no hay canales (añade uno con `cmdeck channel add NETWORK @HANDLE` o al configurar el escritorio)
channel-typed-unknown = ningún canal coincide con «{ $typed }»; los canales son { $channels }
channel-typed-several = «{ $typed }» coincide con varios canales ({ $channels }); escríbelo como red:usuario
# Un pilar o una campaña escritos en la línea de comandos que no nombran ninguno.
name-typed-none-yet = { $kind ->
    [pillar] ningún pilar se llama «{ $typed }»; aún no hay ninguno
   *[campaign] ninguna campaña se llama «{ $typed }»; aún no hay ninguna
}
name-typed-unknown = { $kind ->
    [pillar] ningún pilar se llama «{ $typed }»; los pilares son { $names }
   *[campaign] ninguna campaña se llama «{ $typed }»; las campañas son { $names }
}
