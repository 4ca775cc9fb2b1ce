# Las palabras del archivo del plan: cada fallo que encuentra la comprobación del plan
# (src/plan/validate.rs), en un archivo dado a `cmdeck plan import` o en un cambio hecho en la
# pantalla del plan, y los comentarios del archivo que escribe `cmdeck plan export`
# (src/plan/write.rs). Las claves (`objectives[2].deadline`), los nombres del TOML, los valores
# guardados (`competitor`, `balanced`), los comandos y el texto citado del archivo se ponen tal
# cual.

## Valores de cualquier tabla
plan-check-date = `{ $text }` no es una fecha que exista (AAAA-MM-DD)
plan-check-name-empty = el nombre está vacío
plan-check-name-twice = el nombre `{ $name }` está repetido
plan-check-money = un importe va en euros con dos decimales como mucho
plan-check-not-finite = debe ser un número finito

## Objetivos
plan-check-unknown-kpi = KPI desconocido `{ $kpi }`
plan-check-deadline-before-start = la fecha límite es anterior al inicio
plan-check-iso-week = `{ $week }` no es una semana ISO (AAAA-Www, como 2026-W47)
plan-check-week-twice = la semana `{ $week }` aparece dos veces
# $known es plan-check-channels-none o plan-check-channels-known.
plan-check-unknown-channel = canal desconocido `{ $channel }` ({ $known }); decláralo en una entrada [[channels]] de este archivo o añádelo con `cmdeck channel add NETWORK @HANDLE`
plan-check-channels-none = aún no hay ninguno
plan-check-channels-known = los que hay: { $channels }

## Canales
plan-check-channel-spelling = escribe el canal como `{ $channel }`
plan-check-channel-twice = el canal `{ $channel }` está dos veces en el plan
plan-check-char-limit = el límite de caracteres es de 1 como mínimo
plan-check-posts-per-week = las publicaciones por semana deben ser un número de 0 o más

## Pilares de contenido
plan-check-share-range = el peso { $share } no está entre 0 y 1

## Campañas
plan-check-no-objective = no hay ningún objetivo llamado `{ $objective }`
plan-check-campaign-ends-before = la campaña termina antes de empezar
plan-check-conversions-negative = las conversiones no pueden ser negativas

## Reglas de escucha
plan-check-unknown-rule-kind = tipo de regla desconocido `{ $kind }`
plan-check-competitor-missing = una regla de competidor tiene que decir qué competidor vigila
plan-check-no-competitor = no hay ningún competidor llamado `{ $name }`
plan-check-competitor-not-allowed = solo una regla de competidor nombra a un competidor
plan-check-terms-empty = la regla necesita términos que buscar
plan-check-unknown-sensitivity = sensibilidad desconocida `{ $sensitivity }` (sensitive, balanced o strict)
plan-check-threshold = min_count es 1 como mínimo y cooldown_hours, 0 como mínimo

## Protocolo de crisis
plan-check-step-empty = el paso está vacío
plan-check-statement-level = el nivel de crisis es 1, 2 o 3

## Los ajustes de la marca (src/clock.rs, src/analytics/response.rs, src/analytics/sentiment),
## que también se leen al abrir el escritorio y en el horario de atención de la configuración
plan-check-time-zone = «{ $typed }» no es el nombre de una zona horaria (como Europe/Madrid o America/Mexico_City)
plan-check-week-start = «{ $typed }» no es un primer día de la semana (lunes o domingo)
plan-check-hours-empty = el horario de atención está vacío: escríbelo como `lun-vie 09:00-18:00` o quítalo
plan-check-hours-part-empty = la parte { $index } está vacía: quita el separador de más o escribe `lun-vie 09:00-18:00`
plan-check-hours-shape = `{ $part }` debe llevar días y después el horario, como `lun-vie 09:00-18:00`
plan-check-hours-time = `{ $part }` tiene una hora no válida, `{ $time }`: escríbela como HH:MM, de 00:00 a 23:59
plan-check-hours-backwards = `{ $part }` cierra antes de abrir: la hora de apertura va primero
plan-check-hours-day-twice = `{ $day }` aparece dos veces: nombra cada día una sola vez
plan-check-hours-day = `{ $part }` tiene un día desconocido, `{ $day }`: usa lun mar mié jue vie sáb dom o mon tue wed thu fri sat sun
# Uno de los términos de sentimiento de la marca, por su lugar en la lista; $why es uno de los dos
# de abajo.
plan-check-term = término { $position }: { $why }
plan-check-term-weight = `{ $weight }` no es un peso de -3 a 3
plan-check-term-words = `{ $term }` no se lee como palabras

## Los nombres de canal, `red:usuario` (src/domain/channels.rs)
plan-check-channel-shape = «{ $text }» no tiene la forma RED:@USUARIO (por ejemplo, instagram:@mimarca)
plan-check-unknown-network = red desconocida «{ $network }» (las que hay: { $known })
plan-check-handle-empty = falta el nombre de usuario
plan-check-handle-space = el nombre de usuario «{ $handle }» tiene un espacio o un carácter de control
plan-check-handle-long = el nombre de usuario pasa de 100 caracteres

## Los comentarios de un archivo del plan exportado: cada línea de un mensaje pasa a ser una
## línea `# `
plan-file-header =
    Plan de cmdeck: la estrategia de la marca en un solo archivo.
    Expórtalo con `cmdeck plan export FILE`, edítalo y vuelve a cargarlo con
    `cmdeck plan import FILE`: primero se comprueba el archivo entero y después el plan se
    sustituye de una vez (cada entrada se empareja por su nombre; las que quites se borran).
    Las fechas van como AAAA-MM-DD, el dinero en euros con dos decimales y los canales como
    `red:usuario`.
plan-file-brand =
    La marca: su nombre, el objetivo de primera respuesta de la bandeja en minutos, el horario
    de atención con el que se cuentan los tiempos de respuesta (como "lun-vie 09:00-18:00"; si
    no está: el de la configuración), la guía de tono de voz, las reglas de escalado, la zona
    horaria ("Europe/Madrid"; si no está: la del ordenador) y el primer día de la semana
    ("lunes" o "domingo"; si no está: el de la configuración).
plan-file-sentiment-terms =
    Las palabras propias de la marca para estimar el sentimiento: `término` no cuenta nada y
    `término=peso` (de -3 a 3) sustituye el peso del léxico ("Bomba, Cremaet=+2").
# $kpis enumera los nombres de KPI que admite el archivo.
plan-file-objectives =
    Objetivos: un KPI que llevar de baseline a target entre starts_on y deadline (la fecha
    límite), si quieres en un solo canal (`red:usuario`). Los nombres no se repiten.
    kpi es uno de estos: { $kpis }.
    weekly guarda los valores introducidos a mano, por semana ISO (AAAA-Www, como 2026-W47).
plan-file-personas = Buyer personas: a quién se dirige la marca. Los nombres no se repiten.
plan-file-pillars =
    Pilares de contenido: share es el peso que deben tener en las publicaciones, de 0 a 1; los
    pesos deberían sumar 1 (cmdeck avisa si no es así). Los nombres no se repiten.
plan-file-channels =
    Canales (`red:usuario`) con su nombre visible, su límite de caracteres, si están archivados
    y su plan: papel, publicaciones por semana, tono y franjas de publicación. Una entrada con
    un canal que la base de datos no tiene lo crea; un canal que no aparezca se queda como está.
plan-file-campaigns =
    Campañas: de starts_on a ends_on, si quieres al servicio de un objetivo (por su nombre).
    budget (presupuesto), revenue (ingresos) y los importes de spend (gasto) van en euros con
    dos decimales. Los nombres no se repiten.
plan-file-competitors = Competidores que vigilan las reglas de escucha. Los nombres no se repiten.
# $kinds enumera los tipos de regla que admite el archivo.
plan-file-rules =
    Reglas de escucha: kind es uno de estos: { $kinds }; una regla de competidor nombra a uno de
    los competidores de arriba. threshold (opcional) lanza una alerta de crisis: sensitivity es
    sensitive, balanced o strict. Los nombres no se repiten.
plan-file-crisis = El protocolo de crisis: los pasos de cada nivel de crisis (1 a 3), en orden.
plan-file-contacts = Contactos de crisis: a quién llamar.
plan-file-statements = Comunicados de espera: level es el nivel de crisis, de 1 a 3.
plan-file-tiers = Niveles del programa de prescriptores: position los ordena, del más bajo al más alto. Los nombres no se repiten.
