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

## Valores guardados en la base de datos, como los lee la persona
post-status = { $status ->
    [idea] idea
    [draft] borrador
    [scheduled] programada
    [published] publicada
   *[cancelled] cancelada
}
message-kind = { $kind ->
    [dm] MD
    [comment] comentario
    [reply] respuesta
    [review] reseña
    [email] correo
   *[mention] mención
}
person-role = { $role ->
    [advocate] embajador
    [influencer] influencer
    [customer] cliente
    [journalist] periodista
    [partner] socio
    [detractor] detractor
    [troll] trol
   *[other] otro
}
