# Lo que dicen los importadores de un archivo, una fila, un registro o un feed: por qué se ha
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
import-column-twice = la columna «{ $column }» aparece dos veces
import-not-a-column = «{ $name }» no es una columna de { $what }
import-required-column-missing = falta la columna obligatoria «{ $column }»
import-not-json = no es JSON válido: { $error }
import-json-not-a-list = el JSON debe ser una lista de { $what } o un objeto con una lista «{ $noun }»
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
import-field-not-utf8 = «{ $field }» contiene bytes que no son UTF-8; guarda el archivo como UTF-8
import-json-not-an-object = no es un objeto con los campos de { $what }
import-json-not-a-field = «{ $name }» no es un campo de { $what }; los campos son { $fields }
import-field-not-text = «{ $field }» debe ser texto
import-field-too-long = «{ $field }» tiene { $length_shown } caracteres; un campo admite { $most_shown } como máximo
import-field-nul = «{ $field }» contiene un carácter NUL
import-field-missing = falta «{ $field }»
import-field-says = «{ $field }»: { $why }
import-unknown-choice = «{ $field }» no admite «{ $typed }»; los valores posibles son { $names }
import-not-a-time = «{ $field }» «{ $typed }» no es una fecha y hora; escribe 2026-11-23T09:30:00Z, 2026-11-23T10:30:00+01:00 o 2026-11-23 09:30 (se toma como UTC)
import-unknown-channel-none-yet = canal desconocido «{ $typed }»; aún no hay canales (añade uno con `cmdeck channel add NETWORK @HANDLE` o al configurar el escritorio)
import-unknown-channel = canal desconocido «{ $typed }»; los canales son { $channels }
import-channel-several = «{ $typed }» coincide con varios canales ({ $channels }); escríbelo como red:usuario
import-snoozed = el estado «snoozed» necesita una hora para volver, y una importación no puede dársela; impórtalo como new u open y pospónlo en la bandeja
import-answered-before-received = «first_response_at» es anterior a «received_at»
import-not-a-reach = «reach» «{ $typed }» no es un número entero de 0 o más
import-unknown-rule-none-yet = regla desconocida «{ $typed }»; aún no hay reglas de escucha
import-unknown-rule = regla desconocida «{ $typed }»; las reglas de escucha son { $rules }
import-not-a-handle = la cuenta «{ $typed }» no tiene la forma red:usuario (como instagram:@ana); las redes son { $networks }
import-not-a-follow-up-date = «next_follow_up» «{ $typed }» no es una fecha; escríbela AAAA-MM-DD, como 2026-11-23
import-not-an-account-address = «Account address» «{ $typed }» no es usuario@instancia (como ana@mastodon.social)
# $place es `line` o `item`.
import-count-twice = «{ $channel }» ya tiene una cifra el { $day }, en { $place ->
    [item] el elemento
   *[other] la línea
} { $earlier_shown }; un canal tiene una cifra al día

## La exportación de una red sin canal al que ir; $what dice qué exportación es
import-export-no-network = es { $what } y no dice de qué red; indica el canal con --channel
import-export-no-channel = es { $what } y no hay ningún canal de { $network }; añádelo con `cmdeck channel add { $network } @HANDLE`
import-export-several-channels = es { $what } y hay varios canales de { $network }; indica cuál con --channel
import-export-account-not-a-channel = es { $what } de la cuenta @{ $account } y ningún canal de { $network } tiene ese usuario; añádelo con `cmdeck channel add { $network } @{ $account }` o indica el canal con --channel
import-what-meta-export = la exportación «Descargar tu información» de Meta
import-what-tiktok-followers = el historial de seguidores de TikTok (FollowerHistory.csv)

## Un feed: por qué no es un feed, y las notas sobre cómo se ha leído
import-feed-too-large = ocupa { $megabytes_shown } MB, más de los 10 MB que puede ocupar un feed
import-feed-empty = está vacío
import-feed-json = es JSON, no un feed RSS o Atom ({ $error })
import-feed-not-xml = no es XML: empieza por «{ $start }»
import-feed-web-page-links = es una página web (HTML), no un feed; la página indica su feed: { $link }
import-feed-web-page = es una página web (HTML), no un feed; busca en la página su enlace RSS o Atom
import-feed-malformed-xml = no es XML bien formado: línea { $line_shown }, columna { $column_shown }: { $why }
import-feed-no-element = es XML sin ningún elemento
import-feed-other-root = es XML, pero no un feed: su elemento raíz es <{ $root }> (el de un feed es <rss>, <feed> o <rdf:RDF>)
import-feed-unreadable = no es un feed RSS o Atom que cmdeck sepa leer ({ $error })
import-feed-unknown-encoding = dice estar en la codificación «{ $label }», que cmdeck no conoce; se ha leído como UTF-8
import-feed-bytes-replaced = { $count ->
    [one] 1 byte no válido se ha sustituido
   *[other] { $count_shown } bytes no válidos se han sustituido
} por «�» (ahí el feed no es { $encoding } válido)
import-feed-ampersands = { $count ->
    [one] un «&» que no empezaba ninguna referencia de carácter se ha leído
   *[other] { $count_shown } «&» que no empezaban ninguna referencia de carácter se han leído
} como «&amp;»
import-feed-cdata-closed = una sección CDATA que quedó abierta (línea { $line_shown }) se ha cerrado donde termina su elemento
import-feed-cdatas-closed = { $count_shown } secciones CDATA que quedaron abiertas (líneas { $lines }) se han cerrado donde terminan sus elementos
import-feed-rss-version = su <rss> dice la versión «{ $version }», que cmdeck no conoce; se ha leído como RSS 2.0
import-feed-rss-no-version = su <rss> no dice ninguna versión; se ha leído como RSS 2.0
# $what es feed_title, id, link, title, author o text.
import-feed-field-cut = elemento { $item_shown }: { $what ->
    [feed_title] el título del feed
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
import-daily-series = es la serie diaria «{ $metric }» de Meta Business Suite, una cifra por día de la página, no una cifra de seguidores ni publicaciones (la serie de seguimientos de Meta cuenta seguimientos nuevos, no seguidores); importa el CSV de publicaciones (Estadísticas → Contenido → Exportar datos) con `cmdeck import posts` y anota los seguidores con `cmdeck audience record`

## Un elemento o una fila de la exportación de publicaciones, mensajes o seguidores de una red
import-export-header-unreadable = no se puede leer su cabecera ({ $error })
import-export-not-a-csv-row = no es una fila CSV ({ $error })
import-export-not-a-count = «{ $typed }» no es un recuento
import-export-figure = una cifra: { $why }
import-x-analytics-header = a su cabecera le falta `Tweet id`, `Tweet permalink` o `time`
import-x-analytics-not-an-id = el Tweet id «{ $typed }» no es un id de tuit
import-x-analytics-not-a-time = el time «{ $typed }» no es una hora como 2026-10-01 10:00 +0000
import-tiktok-header = a su cabecera le falta `Video link`
import-tiktok-not-a-video = el Video link «{ $typed }» no es la dirección de un vídeo de TikTok
import-tiktok-id-without-time = el id de vídeo { $id } no contiene una hora
import-followers-header = a su cabecera le falta `Date` o `Followers`
import-followers-empty = Followers está vacío (TikTok escribe `undefined` el día que no tiene cifra)
import-followers-not-a-day = el Date «{ $typed }» no es un día como August 18
import-mastodon-not-an-outbox = no es un outbox de ActivityStreams ({ $error })
import-mastodon-not-an-activity = no es una actividad con un tipo
import-mastodon-not-a-note = su objeto no es una nota con un id y una hora de publicación
import-mastodon-not-a-time = el published «{ $typed }» no es una hora
import-linkedin-unreadable = no es una hoja de cálculo legible ({ $error })
import-linkedin-no-sheet = es una hoja de cálculo sin la hoja `All posts` de LinkedIn (ni la antigua `Update engagement`); sus hojas son { $sheets }
import-linkedin-sheet-unreadable = no se puede leer su hoja { $sheet } ({ $error })
import-linkedin-no-header = su hoja { $sheet } no tiene una cabecera con `Post link` e `Impressions` en sus { $rows_shown } primeras filas
import-linkedin-no-link = no tiene el enlace de la publicación
import-linkedin-not-a-day = el Created date «{ $typed }» no es una fecha como 11/24/2026
import-meta-posts-header = a su cabecera le falta `Post ID`, `Publish time` o `Permalink`
import-meta-posts-not-an-id = el Post ID «{ $typed }» no es un id de publicación
import-meta-posts-one-day = el Date «{ $typed }» da las cifras de un solo día, no las de toda la vida de la publicación; exporta con las cifras de por vida
import-meta-posts-not-a-time = el Publish time «{ $typed }» no es una hora como { $example }
import-x-archive-cut = no se ha podido leer hasta el final ({ $error })
import-x-archive-not-json = su lista de tuits no es JSON ({ $error })
import-x-archive-no-assignment = no tiene la asignación `window.YTD.tweets.part0 = [...]`
import-x-archive-not-a-tweet = no es un tuit con id_str, created_at y full_text
import-x-archive-not-an-id = el id_str «{ $typed }» no es un id de tuit
import-x-archive-not-a-time = el created_at «{ $typed }» no es una hora
import-x-archive-not-a-count = un recuento no es un número entero ({ $value })
import-bluesky-empty = está vacío
import-bluesky-no-commit = falta su bloque de commit
import-bluesky-no-did = su commit no nombra ninguna cuenta (did)
import-bluesky-no-tree = su commit no apunta a ningún árbol de registros
import-bluesky-record-missing = su registro no está en el archivo
import-bluesky-not-a-time = el createdAt «{ $typed }» no es una hora
import-bluesky-no-created-at = no tiene createdAt
import-bluesky-header-length = su cabecera está cortada o es demasiado larga
import-bluesky-not-a-car-header = su cabecera no es una cabecera CAR
import-bluesky-not-car-1 = no es un archivo CAR de la versión 1
import-bluesky-no-root = su cabecera no nombra ninguna raíz, así que no se encuentra su commit
import-bluesky-block-too-long = el bloque { $block_shown } dice que ocupa { $length_shown } bytes, más de lo que puede ocupar un bloque de un repositorio
import-bluesky-block-unreadable = no se puede leer el bloque { $block_shown } ({ $error })
import-bluesky-block-cut = el bloque { $block_shown } está cortado: el archivo termina dentro de él
import-bluesky-block-no-address = el bloque { $block_shown } no tiene una dirección válida ({ $error })
import-bluesky-block-damaged = el bloque { $block_shown } no coincide con su hash: el archivo está dañado
import-bluesky-length-cut = termina en mitad de una longitud
import-bluesky-unreadable = no se puede leer ({ $error })
import-bluesky-length-too-long = una de sus longitudes ocupa más de nueve bytes
import-bluesky-tree-loops = su árbol de registros vuelve sobre sí mismo
import-bluesky-node-missing = falta un nodo de su árbol de registros ({ $node })
import-bluesky-node-empty = un nodo de su árbol de registros ({ $node }) no tiene entradas
import-bluesky-entry-broken = una entrada de su árbol de registros ({ $node }) no es válida
import-bluesky-entry-shares = una entrada de su árbol de registros ({ $node }) comparte demasiado
import-meta-unopened = no se puede abrir ({ $error })
import-meta-zip-without-messages = es un archivo zip sin el messages/inbox/…/message_1.json de Meta
import-meta-member-not-utf8 = su archivo { $file } no es texto UTF-8 ({ $error })
import-meta-not-utf8 = no es texto UTF-8 (byte { $byte_shown })
import-meta-not-a-thread = { $file } no es una conversación de mensajes ({ $error })
import-meta-not-a-message = no es un mensaje con sender_name y timestamp_ms
import-meta-not-a-time = el timestamp_ms { $typed } no es una hora
import-meta-no-owner = no se ve qué participante es la cuenta (importa el zip entero de la exportación, o una conversación entre dos personas)
