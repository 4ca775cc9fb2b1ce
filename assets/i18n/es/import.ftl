# Lo que dicen los importadores de un archivo, una fila, un registro o una fuente: por qué se ha
# rechazado, o una nota sobre lo que se ha hecho con él. Los nombres de campo y de columna, el
# texto citado, las rutas y las direcciones se ponen tal cual. $x_shown es el número $x escrito
# como se escribe en el idioma.

## Texto dicho en otra parte (las palabras de un analizador), tal cual
import-as-said = { $text }
import-in-file = { $file }: { $why }

## Un archivo entero
import-file-unreadable = no se ha podido leer { $path }: { $error }
import-file-too-large = { $path } ocupa { $megabytes_shown } MB, más de los 100 MB que lee una importación; divídelo en archivos más pequeños
import-file-not-utf8 = { $path } no es texto UTF-8 (línea { $line_shown }); guárdalo como UTF-8 y vuelve a importarlo
import-file-not-imported = no se ha importado { $path }: { $why }
import-file-empty = está vacío; su primera línea debe nombrar las columnas ({ $columns })
import-header-not-csv = la línea 1 no se puede leer como CSV: { $why }
import-header-wrong = línea 1: { $problems }; las columnas son { $columns }
import-column-twice = la columna “{ $column }” aparece dos veces
import-not-a-column = “{ $name }” no es una columna de { $what }
import-required-column-missing = falta la columna obligatoria “{ $column }”
import-not-json = no es JSON válido: { $error }
import-json-not-a-list = el JSON debe ser una lista de { $what } o un objeto con una lista “{ $noun }”
import-channel-flag-own-format = --channel es para la exportación propia de una red; un archivo en el formato de cmdeck indica el canal de cada fila

## Lo que son las filas de un formato
import-noun-messages = mensajes
import-noun-mentions = menciones
import-noun-people = personas
import-noun-accounts = cuentas
import-noun-follower-counts = cifras de seguidores

## Una fila
import-quote-never-closes = el valor entre comillas de la columna { $column_shown } no se cierra nunca; una comilla dentro de un valor se escribe doble ("")
import-quote-then-text = el valor entre comillas de la columna { $column_shown } va seguido de más texto antes de la siguiente coma; una comilla dentro de un valor se escribe doble ("")
import-row-value-count = tiene { $values ->
    [one] 1 valor
   *[other] { $values_shown } valores
}, pero la cabecera nombra { $columns ->
    [one] 1 columna
   *[other] { $columns_shown } columnas
}; un valor que lleva una coma debe ir entre comillas
import-field-not-utf8 = “{ $field }” contiene bytes que no son UTF-8; guarda el archivo como UTF-8
import-json-not-an-object = no es un objeto con los campos de { $what }
import-json-not-a-field = “{ $name }” no es un campo de { $what }; los campos son { $fields }
import-field-not-text = “{ $field }” debe ser texto
import-field-too-long = “{ $field }” tiene { $length_shown } caracteres; un campo admite { $most_shown } como máximo
import-field-nul = “{ $field }” contiene un carácter NUL
import-field-missing = falta “{ $field }”
import-field-says = “{ $field }”: { $why }
import-unknown-choice = “{ $field }” no admite { $typed }; los valores posibles son { $names }
import-not-a-time = “{ $field }” { $typed } no es una fecha y hora; escribe 2026-11-23T09:30:00Z, 2026-11-23T10:30:00+01:00 o 2026-11-23 09:30 (se toma como UTC)
import-unknown-channel-none-yet = canal desconocido “{ $typed }”; aún no hay canales (añade uno con `cmdeck channel add NETWORK @HANDLE` o al configurar el escritorio)
import-unknown-channel = canal desconocido “{ $typed }”; los canales son { $channels }
import-channel-several = “{ $typed }” coincide con varios canales ({ $channels }); escríbelo como network:handle
import-snoozed = el estado “snoozed” necesita una hora para volver, y una importación no puede dársela; impórtalo como new u open y pospónlo en la bandeja
import-answered-before-received = “first_response_at” es anterior a “received_at”
import-not-a-reach = “reach” { $typed } no es un número entero de 0 o más
import-unknown-rule-none-yet = regla desconocida { $typed }; aún no hay reglas de escucha
import-unknown-rule = regla desconocida { $typed }; las reglas de escucha son { $rules }
import-not-a-handle = el usuario { $typed } no es network:handle (como instagram:@ana); las redes son { $networks }
import-not-a-follow-up-date = “next_follow_up” { $typed } no es una fecha; escríbela AAAA-MM-DD, como 2026-11-23
import-not-an-account-address = “Account address” { $typed } no es usuario@instancia (como ana@mastodon.social)
# $place es `line` o `item`.
import-count-twice = { $channel } ya tiene una cifra el { $day }, en { $place ->
    [item] el elemento
   *[other] la línea
} { $earlier_shown }; un canal tiene una cifra al día

## La exportación de una red sin canal al que ir; $what dice qué exportación es
import-export-no-network = es { $what } y no dice de qué red; indica el canal con --channel
import-export-no-channel = es { $what } y no hay ningún canal de { $network }; añádelo con `cmdeck channel add { $network } @HANDLE`
import-export-several-channels = es { $what } y hay varios canales de { $network }; indica cuál con --channel
import-export-account-not-a-channel = es { $what } de la cuenta @{ $account } y ningún canal de { $network } tiene ese usuario; añádelo con `cmdeck channel add { $network } @{ $account }` o indica el canal con --channel
import-what-meta-export = la exportación "Descargar tu información" de Meta
import-what-tiktok-followers = el historial de seguidores de TikTok (FollowerHistory.csv)

## Una fuente: por qué no es una fuente, y las notas sobre cómo se ha leído
import-feed-too-large = ocupa { $megabytes_shown } MB, más de los 10 MB que puede ocupar una fuente
import-feed-empty = está vacía
import-feed-json = es JSON, no una fuente RSS o Atom ({ $error })
import-feed-not-xml = no es XML: empieza por “{ $start }”
import-feed-web-page-links = es una página web (HTML), no una fuente; la página indica su fuente: { $link }
import-feed-web-page = es una página web (HTML), no una fuente; busca en la página su enlace RSS o Atom
import-feed-malformed-xml = no es XML bien formado: línea { $line_shown }, columna { $column_shown }: { $why }
import-feed-no-element = es XML sin ningún elemento
import-feed-other-root = es XML, pero no una fuente: su elemento raíz es <{ $root }> (el de una fuente es <rss>, <feed> o <rdf:RDF>)
import-feed-unreadable = no es una fuente RSS o Atom que cmdeck sepa leer ({ $error })
import-feed-unknown-encoding = dice estar en la codificación “{ $label }”, que cmdeck no conoce; se ha leído como UTF-8
import-feed-bytes-replaced = { $count ->
    [one] 1 byte no válido se ha sustituido
   *[other] { $count_shown } bytes no válidos se han sustituido
} por “�” (ahí la fuente no es { $encoding } válido)
import-feed-ampersands = { $count ->
    [one] un “&” que no empezaba ninguna referencia de carácter se ha leído
   *[other] { $count_shown } “&” que no empezaban ninguna referencia de carácter se han leído
} como “&amp;”
import-feed-cdata-closed = una sección CDATA que quedó abierta (línea { $line_shown }) se ha cerrado donde termina su elemento
import-feed-cdatas-closed = { $count_shown } secciones CDATA que quedaron abiertas (líneas { $lines }) se han cerrado donde terminan sus elementos
import-feed-rss-version = su <rss> dice la versión “{ $version }”, que cmdeck no conoce; se ha leído como RSS 2.0
import-feed-rss-no-version = su <rss> no dice ninguna versión; se ha leído como RSS 2.0
# $what es feed_title, id, link, title, author o text.
import-feed-field-cut = elemento { $item_shown }: { $what ->
    [feed_title] el título de la fuente
    [id] el id
    [link] el enlace
    [title] el título
    [author] el autor
   *[other] el texto
} se ha recortado a { $most_shown } caracteres

## La exportación de publicaciones o de seguidores de una red, entera
import-member-unopened = su archivo { $file } no se puede abrir ({ $error })
import-member-unreadable = no se ha podido leer ({ $error })
import-member-too-large = pasa de los 100 MB que lee una importación
import-zip-no-list = no se puede leer su lista de archivos ({ $error })
import-zip-without-posts = es un archivo zip sin el data/tweets.js de un archivo de X, el outbox.json de un archivo de Mastodon ni el Content.csv de TikTok
import-zip-unreadable = no es un archivo zip legible ({ $error })
import-not-an-export = cmdeck no lee publicaciones de un archivo en este formato (lee un archivo de X o su tweets.js, el CSV de estadísticas de X, un CSV de publicaciones de Meta Business Suite, un archivo de Mastodon o su outbox.json, un repositorio .car de Bluesky, el Content.csv de TikTok y el libro de contenido de LinkedIn)
import-daily-series = es la serie diaria “{ $metric }” de Meta Business Suite, una cifra por día de la página, no un recuento de seguidores ni publicaciones (la serie de seguimientos de Meta cuenta seguimientos nuevos, no seguidores); importa el CSV de publicaciones (Estadísticas → Contenido → Exportar datos) con `cmdeck import posts` y anota los seguidores con `cmdeck audience record`
