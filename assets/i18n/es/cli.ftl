# Los subcomandos: su salida, sus errores y su --help.
## --help

cli-help-cmdeck = Un escritorio de terminal, todo con el teclado, para llevar en solitario la comunidad de una marca
cli-arg-db = El archivo SQLite que usar en lugar del de la carpeta de datos de la plataforma
cli-arg-config = El archivo de configuración que usar en lugar del de la carpeta de configuración de la plataforma
cli-arg-cmdeck-demo = Abre una base de datos de usar y tirar con la marca de demostración (se borra al salir)
cli-arg-lang = El idioma de esta ejecución: `es` o `en` (si no, el `language` de la configuración; si no, el del sistema)
cli-help-demo = Escribe la marca de demostración en la base de datos indicada con --db (que debe ser nueva o estar vacía)
cli-arg-demo-scale = `small`: ocho semanas de una marca pequeña; `large`: tres años a gran escala (1.000.000 de menciones); un número N: N veces la historia grande (`10`: 10.000.000 de menciones)
cli-help-today = Muestra la rutina de hoy (publicaciones pendientes, mensajes en espera, menciones nuevas, seguimientos) como texto
cli-help-post = Planifica y lista publicaciones del calendario desde scripts
cli-help-post-add = Planifica una publicación en uno o varios canales (una por canal; se guardan todas o ninguna)
cli-arg-post-add-channels = Una red (`instagram`), un usuario (`@cafelanora`) o ambos (`x:@cafelanora`); repítelo para planificar la misma publicación en varios canales
cli-arg-post-add-at = Cuándo sale, en hora local: `AAAA-MM-DD HH:MM` (o `AAAA-MM-DDTHH:MM`)
cli-arg-post-add-status = En qué estado queda [predeterminado: scheduled con --at, idea sin él]
cli-arg-post-add-pillar = El pilar de contenido al que sirve, por nombre (sin distinguir mayúsculas ni tildes)
cli-arg-post-add-campaign = La campaña a la que pertenece, por nombre (sin distinguir mayúsculas ni tildes)
cli-arg-post-add-text = El texto de la publicación
cli-help-post-list = Lista las publicaciones planificadas en un intervalo de días locales como texto, CSV o JSON
cli-arg-post-list-from = El primer día local, `AAAA-MM-DD` [predeterminado: hoy]
cli-arg-post-list-to = El último día local, `AAAA-MM-DD` [predeterminado: seis días después de --from]
cli-arg-post-list-channel = Solo este canal: una red, un usuario o `red:usuario`
cli-arg-post-list-status = Solo las publicaciones en este estado
cli-arg-post-list-format = Cómo mostrar las publicaciones
cli-help-import = Importa datos de archivos (todo el archivo o nada, salvo con --partial)
cli-help-import-messages = Mensajes de la bandeja en el formato de intercambio CSV o JSON de cmdeck (ver el README), o los mensajes directos de la exportación «Descargar tu información» de Meta
cli-arg-import-messages-file = El archivo CSV o JSON (el formato se deduce de la extensión o del contenido), o la exportación «Descargar tu información» de Meta de Instagram o Facebook (su zip, o el message_1.json de una conversación)
cli-arg-import-messages-channel = El canal (`instagram:@usuario`) de la exportación de la red, cuando hay varios
cli-arg-import-messages-partial = Guarda las filas buenas aunque algunas estén mal; se listan las erróneas
cli-arg-import-messages-rejects = Escribe cada fila rechazada en este archivo CSV (`line,reason,row`), tal como estaba en FILE
cli-help-import-mentions = Menciones en el formato de intercambio CSV o JSON de cmdeck (ver el README)
cli-arg-import-mentions-file = El archivo CSV o JSON (el formato se deduce de la extensión o del contenido)
cli-arg-import-mentions-partial = Guarda las filas buenas aunque algunas estén mal; se listan las erróneas
cli-arg-import-mentions-rejects = Escribe cada fila rechazada en este archivo CSV (`line,reason,row`), tal como estaba en FILE
cli-help-import-audience = Número de seguidores: CSV con la cabecera `channel,date,followers`, o la exportación de seguidores de la propia red (FollowerHistory.csv de TikTok), reconocida por el contenido (la cifra de un día sustituye a la registrada antes)
cli-arg-import-audience-file = El archivo CSV (también se leen objetos JSON con los mismos campos)
cli-arg-import-audience-channel = El canal (`tiktok:@usuario`) de la exportación de la red, cuando hay varios
cli-arg-import-audience-partial = Guarda las filas buenas aunque algunas estén mal; se listan las erróneas
cli-arg-import-audience-rejects = Escribe cada fila rechazada en este archivo CSV (`line,reason,row`), tal como estaba en FILE
cli-help-import-posts = Publicaciones con sus cifras desde la exportación de una red (un archivo de X, comprimido o su `tweets.js`; el CSV de estadísticas de X; el CSV de publicaciones de Meta Business Suite; un archivo de Mastodon o su `outbox.json`; un repositorio `.car` de Bluesky; el `Content.csv` de TikTok Studio; el libro de contenido de LinkedIn), con el formato reconocido por el contenido; se emparejan con las publicaciones que ya hay y las cifras se guardan como instantáneas
cli-arg-import-posts-files = Los archivos exportados
cli-arg-import-posts-channel = El canal (`x:@usuario`) cuando el archivo no lo dice y hay varios
cli-arg-import-posts-dry-run = Muestra lo que entraría (cifras, fechas, publicaciones emparejadas y nuevas, las primeras filas) sin guardar nada
cli-arg-import-posts-replies = Conserva las respuestas a otras cuentas (se omiten por defecto)
cli-arg-import-posts-partial = Guarda los elementos buenos aunque algunos estén mal; se listan los erróneos
cli-arg-import-posts-rejects = Escribe cada elemento o fila que no se pudo leer en este archivo CSV (`line,reason,row`)
cli-help-import-all = Una carpeta escrita por `cmdeck export` (CSV o JSON, según su manifiesto): cada tabla se vuelve a leer en una base de datos nueva y vacía en una sola transacción, y al exportar el resultado salen los mismos archivos. Se rechaza, sin guardar nada, si la base de datos ya tiene datos o si a la carpeta le falta un archivo o tiene uno desconocido, una cabecera incorrecta o una fila mala
cli-arg-import-all-dir = La carpeta que escribió `cmdeck export --out DIR`
cli-help-import-feed = Un feed RSS 2.0 o Atom: los elementos que coinciden con una regla de escucha pasan a ser menciones
cli-arg-import-feed-location = Una dirección http:// o https://, o un archivo
cli-help-people = Importa, lista y añade personas (prescriptores, lista de vigilancia, cuentas seguidas)
cli-help-people-import = Personas en el formato CSV o JSON de cmdeck, o el following_accounts.csv de Mastodon (ver el README)
cli-arg-people-import-file = El archivo CSV o JSON (una exportación de Mastodon se reconoce por su cabecera)
cli-arg-people-import-partial = Guarda las filas buenas aunque algunas estén mal; se listan las erróneas
cli-arg-people-import-rejects = Escribe cada fila rechazada en este archivo CSV (`line,reason,row`), tal como estaba en FILE
cli-help-people-list = Lista las personas guardadas, por nombre, como texto, CSV o JSON
cli-arg-people-list-role = Solo las personas con este rol
cli-arg-people-list-format = Cómo mostrar las personas
cli-help-people-add = Añade una persona y muestra lo guardado; se rechaza una cuenta o un nombre que ya tenga otra persona
cli-arg-people-add-name = Su nombre
cli-arg-people-add-role = El rol que tiene para la marca
cli-arg-people-add-tier = Su nivel de prescripción, uno de los del plan
cli-arg-people-add-handles = Una cuenta, `red:@usuario` (repítelo, o separa varios con comas)
cli-arg-people-add-tags = Etiquetas separadas por comas
cli-arg-people-add-reach = Su audiencia: un número entero, `12.400` o `12k`
cli-arg-people-add-notes = Notas libres
cli-arg-people-add-follow-up = Cuándo volver a contactar, AAAA-MM-DD
cli-help-channel = Configura los canales de la marca: añádelos, lístalos, edítalos, archívalos, recupéralos o elimínalos
cli-help-channel-add = Configura un canal: una red y el usuario de la cuenta (`cmdeck channel add instagram @mimarca`)
cli-arg-channel-add-network = La red: instagram, tiktok, x, threads, bluesky, mastodon, linkedin, facebook, youtube, email, web u other
cli-arg-channel-add-handle = El usuario de la cuenta; en las redes sociales se añade la `@` si falta
cli-arg-channel-add-name = El nombre que se muestra en las listas [predeterminado: el usuario]
cli-arg-channel-add-limit = La longitud máxima de una publicación, en caracteres [predeterminado: el límite de la red]
cli-help-channel-list = Lista los canales en uso (con --all, también los archivados) como texto, CSV o JSON
cli-arg-channel-list-all = Lista también los canales archivados (marcados con el día en que se archivaron)
cli-arg-channel-list-format = Cómo mostrar los canales
cli-help-channel-edit = Cambia el nombre, el límite de caracteres o el usuario de un canal (sus publicaciones y mensajes siguen en él)
cli-arg-channel-edit-channel = El canal: `red:@usuario`, o un usuario o una red que solo tenga un canal
cli-arg-channel-edit-name = El nuevo nombre que se muestra en las listas (`--name ""` vuelve a mostrar el usuario)
cli-arg-channel-edit-limit = La nueva longitud máxima de una publicación, en caracteres
cli-arg-channel-edit-handle = El nuevo usuario, en la misma red
cli-help-channel-archive = Archiva un canal que ya no usas: sale de los formularios y se conserva su historial
cli-arg-channel-archive-channel = El canal: `red:@usuario`, o un usuario o una red que solo tenga un canal
cli-help-channel-restore = Vuelve a poner en uso un canal archivado
cli-arg-channel-restore-channel = El canal: `red:@usuario`, o un usuario o una red que solo tenga un canal
cli-help-channel-remove = Elimina un canal añadido por error; solo uno sin publicaciones, mensajes ni cifras de seguidores (archiva los demás)
cli-arg-channel-remove-channel = El canal: `red:@usuario`, o un usuario o una red que solo tenga un canal
cli-help-audience = Registra el número de seguidores de los canales (la sección Audiencia del informe)
cli-help-audience-record = Registra los seguidores de un canal en un día (sustituye la cifra ya registrada ese día)
cli-arg-audience-record-channel = El canal: `red:@usuario`, o un usuario o una red que solo tenga un canal
cli-arg-audience-record-followers = Cuántos seguidores: `1200`, `1.200` o `1,200`
cli-arg-audience-record-date = El día en que se tomó la cifra, `AAAA-MM-DD` [predeterminado: hoy, en hora local]
cli-help-plan = Exporta el plan de estrategia a un archivo TOML comentado, o lo sustituye desde uno
cli-help-plan-export = Escribe el plan entero en FILE como TOML comentado
cli-arg-plan-export-file = El archivo TOML que escribir
cli-arg-plan-export-force = Sobrescribe FILE si ya existe
cli-help-plan-import = Comprueba cada entrada de FILE y luego sustituye el plan por él en una sola transacción
cli-arg-plan-import-file = El archivo TOML que leer
cli-help-fetch = Lee cada entrada [[feeds]] de la configuración como menciones (sale con 0 si al menos una ha funcionado)
cli-help-sentiment = Mide el sentimiento automático con publicaciones etiquetadas; consulta u olvida lo que le enseñaron las correcciones
cli-help-sentiment-evaluate = Puntúa archivos CSV de publicaciones etiquetadas (columnas `label` y `text`) y muestra la exactitud, el F1 macro, la precisión y la cobertura de los negativos frente a sus objetivos, y la velocidad
cli-arg-sentiment-evaluate-files = Los archivos CSV (uno por idioma, por ejemplo)
cli-arg-sentiment-evaluate-lexicon = Una carpeta con es.txt, en.txt, emoji.txt y modifiers.txt que usar en lugar del léxico incorporado (para probar un léxico editado sin recompilar)
cli-arg-sentiment-evaluate-misses = Muestra también los N primeros textos de cada archivo en los que la estimación falló, con sus indicios
cli-help-sentiment-learned = Lista las palabras que tus correcciones enseñaron a la estimación, y por qué
cli-help-sentiment-forget = Olvida lo que han enseñado las correcciones hasta ahora (las etiquetas corregidas se quedan)
cli-help-report = Escribe el informe de una semana (o de cualquier periodo) en Markdown con gráficos SVG, o en un único archivo HTML
cli-arg-report-week = La semana ISO, como 2026-W47 (predeterminado: esta semana)
cli-arg-report-from = Primer día de un periodo (con --to), como 2026-10-01
cli-arg-report-to = Último día de un periodo (con --from)
cli-arg-report-out = El archivo que escribir (predeterminado: la carpeta de informes, con el nombre del periodo)
cli-arg-report-format = Qué escribir: Markdown con sus gráficos en una carpeta al lado, o un único archivo HTML
cli-value-report-markdown = Markdown al estilo de GitHub que enlaza sus gráficos SVG, escritos en una carpeta al lado
cli-value-report-html = Un único archivo HTML autónomo, con los gráficos dentro, para adjuntarlo o pegarlo en un correo
cli-help-export = Escribe cada tabla como archivos CSV o JSON, para que ningún dato quede encerrado (`import all` los vuelve a leer)
cli-arg-export-format = El formato de los archivos
cli-arg-export-out = La carpeta donde escribir un archivo por tabla (se crea si no existe)
cli-help-check = Comprueba si la base de datos está dañada (las comprobaciones de integridad y de claves ajenas de SQLite) sin escribir en ella
cli-help-backup = Copia la base de datos, entera y comprobada, en FILE (predeterminado: la copia de hoy en la carpeta de copias)
cli-arg-backup-out = Dónde escribir la copia; se rechaza si el archivo existe
cli-help-backups = Lista las copias de seguridad de la base de datos (antes de actualizar, diarias, a petición) con fecha, tamaño y comprobación
cli-help-restore = Pone una copia de seguridad en lugar de la base de datos y guarda el archivo actual como FILE.before-restore.bak
cli-arg-restore-file = La copia que restaurar (ver `cmdeck backups`)
cli-value-status-idea = Una idea para desarrollar más adelante
cli-value-status-draft = Escrita pero aún no lista para salir
cli-value-status-scheduled = Lista y programada para su hora
cli-value-status-published = Ya ha salido
cli-value-status-cancelled = Descartada
cli-value-list-text = Una línea alineada por fila, para leer
cli-value-list-csv = CSV RFC 4180 con fila de cabecera; un texto que una hoja de cálculo ejecutaría como fórmula (`=`, `+`, `-`, `@` o un tabulador al principio) lleva una `'` delante
cli-value-list-json = Un array JSON de objetos
cli-value-list-raw-csv = CSV para scripts: los mismos textos saneados, pero sin `'` delante de las fórmulas
cli-value-export-csv = Un archivo CSV por tabla, con fila de cabecera; los textos que una hoja de cálculo ejecutaría como fórmulas llevan una `'` delante y los caracteres peligrosos para un terminal se escapan (import all deshace ambas cosas)
cli-value-export-json = Un archivo JSON por tabla: un array de objetos
cli-value-export-raw-csv = CSV con cada texto tal como está guardado, para scripts: sin `'` delante de las fórmulas ni escapes
cli-value-role-advocate = Habla bien de la marca
cli-value-role-influencer = Tiene una audiencia con la que vale la pena trabajar
cli-value-role-customer = Compra a la marca
cli-value-role-journalist = Escribe sobre la marca o su sector
cli-value-role-partner = Colabora con la marca
cli-value-role-detractor = Habla mal de la marca
cli-value-role-troll = Provoca por provocar
cli-value-role-other = Ninguno de los anteriores
cli-help-heading-usage = Uso:
cli-help-heading-commands = Comandos
cli-help-heading-arguments = Argumentos
cli-help-heading-options = Opciones
cli-help-print-help = Muestra la ayuda
cli-help-print-help-short = Muestra la ayuda (más detalle con '--help')
cli-help-print-help-long = Muestra la ayuda (un resumen con '-h')
cli-help-print-version = Muestra la versión
cli-help-help-subcommand = Muestra este mensaje o la ayuda de los comandos indicados
cli-help-help-subcommand-arg = Muestra la ayuda de los comandos indicados
cli-help-default = [predeterminado: { $value }]
cli-help-possible-values = [valores posibles: { $values }]
cli-help-possible-values-heading = Valores posibles:

## import

cli-import-not-imported = No se ha importado { $name }: { $why }
cli-import-refused = No se ha importado { $name }: { $count ->
    [one] 1 fila es errónea
   *[other] { $shown } filas son erróneas
} (no se ha cambiado nada); añade --partial para importar las demás
cli-imported-messages = { $count ->
    [one] 1 mensaje importado
   *[other] { $shown } mensajes importados
} de { $name }
cli-imported-mentions = { $count ->
    [one] 1 mención importada
   *[other] { $shown } menciones importadas
} de { $name }
cli-imported-people = { $count ->
    [one] 1 persona importada
   *[other] { $shown } personas importadas
} de { $name }
cli-imported-follower-counts = { $count ->
    [one] 1 cifra de seguidores importada
   *[other] { $shown } cifras de seguidores importadas
} de { $name }
cli-import-already-there = { $count ->
    [one] 1 ya estaba
   *[other] { $shown } ya estaban
}
cli-import-left-out = { $count ->
    [one] 1 fila se ha omitido
   *[other] { $shown } filas se han omitido
}:
cli-import-place-line = línea
cli-import-place-lines = líneas
cli-import-place-item = elemento
cli-import-place-items = elementos
cli-import-more-problems = … y { $count ->
    [one] 1 problema más
   *[other] { $shown } problemas más
}
cli-import-rejects-written = { $count ->
    [one] la fila rechazada, con su { $place } y sus motivos, está
   *[other] las { $shown } filas rechazadas, con su { $place } y sus motivos, están
} en { $file }
cli-import-keep-rejects = añade --rejects FILE para guardar { $count ->
    [one] la fila rechazada
   *[other] las { $shown } filas rechazadas
} con sus { $places } y motivos
cli-feed-read = Leído { $name }: { $items }, { $added }
cli-feed-items = { $count ->
    [one] 1 elemento
   *[other] { $shown } elementos
}
cli-feed-new-mentions = { $count ->
    [one] 1 mención nueva
   *[other] { $shown } menciones nuevas
}
cli-feed-unmatched = { $count ->
    [one] 1 no coincidía con ninguna regla de escucha
   *[other] { $shown } no coincidían con ninguna regla de escucha
}

## audience

cli-audience-same-count = ya estaba registrada la misma cifra
cli-audience-replaces = sustituye a los { $before } registrados antes
cli-audience-recorded = Registrados { $followers } seguidores de { $channel } el { $day }
cli-audience-replaced = { $count ->
    [one] 1 ha sustituido una cifra anterior del mismo día
   *[other] { $shown } han sustituido una cifra anterior del mismo día
}
cli-audience-imported = { $count ->
    [one] 1 cifra de seguidores registrada
   *[other] { $shown } cifras de seguidores registradas
} de { $name }{ $read_as }
cli-read-as = leído como { $format }
cli-format-tiktok-followers = historial de seguidores de TikTok (FollowerHistory.csv)

## post

cli-post-planned-for = Publicación #{ $id } planificada en { $channel } para el { $when }.
cli-post-planned-undated = Publicación #{ $id } planificada en { $channel }, aún sin fecha ({ $status }).
cli-post-range-backwards = --from { $first } es posterior a --to { $last }; pon primero el día anterior
cli-post-range-too-long = de { $first } a { $last } hay { $days } días; lista como mucho { $max } días cada vez
cli-post-none = No hay publicaciones del { $first } al { $last }.

## channel

cli-channel-limit-out-of-range = --limit { $typed } está fuera de rango; el límite de una publicación va de 1 a { $max } caracteres
cli-channel-name-control = el nombre «{ $name }» tiene un carácter de control; escríbelo en una sola línea
cli-channel-name-too-long = el nombre tiene más de { $max } caracteres
cli-channel-no-such-id = no hay ningún canal #{ $id }
cli-channel-added = Añadido { $channel } (límite de { $limit } caracteres) como canal #{ $id }.
cli-channel-added-named = Añadido { $channel } «{ $name }» (límite de { $limit } caracteres) como canal #{ $id }.
cli-channel-nothing-to-change = no hay nada que cambiar: indica --name, --limit o --handle
cli-channel-now = ahora { $channel }
cli-channel-no-name = sin nombre (se muestra el usuario)
cli-channel-new-name = nombre «{ $name }»
cli-channel-new-limit = límite { $before } → { $after } caracteres
cli-channel-unchanged = { $channel } ya tiene esos ajustes; no ha cambiado nada.
cli-channel-changed = Cambiado { $channel }: { $changes }.
cli-channel-already-archived = { $since ->
    [none] { $channel } ya estaba archivado; no ha cambiado nada.
   *[other] { $channel } ya estaba archivado desde el { $since }; no ha cambiado nada.
}
cli-channel-archived = Archivado { $channel }: sale de los formularios y se conserva su historial ({ $posts }, { $messages }, { $counts }); `cmdeck channel restore { $channel }` lo recupera.
cli-channel-restored = Recuperado { $channel }: los formularios vuelven a ofrecerlo.
cli-channel-not-archived = { $channel } está en uso, no archivado; no ha cambiado nada.
cli-channel-archive-instead = `cmdeck channel archive { $channel }` lo archiva
cli-channel-removed = Eliminado { $channel } (no tenía nada guardado).
cli-channel-posts = { $count ->
    [one] 1 publicación
   *[other] { $shown } publicaciones
}
cli-channel-messages = { $count ->
    [one] 1 mensaje
   *[other] { $shown } mensajes
}
cli-channel-follower-counts = { $count ->
    [one] 1 cifra de seguidores
   *[other] { $shown } cifras de seguidores
}
cli-channel-none-in-use = No hay canales en uso ({ $count ->
    [one] 1 archivado
   *[other] { $shown } archivados
}; --all los lista).
cli-channel-none-yet = Aún no hay canales; añade uno con `cmdeck channel add NETWORK HANDLE`.
cli-channel-followers-on = { $followers } seguidores ({ $day })
cli-channel-no-follower-count = sin cifra de seguidores
cli-channel-archived-on = archivado el { $day }
cli-channel-limit-column = límite

## people

cli-people-name-empty = NAME está vacío; ponle un nombre a la persona
cli-people-no-tiers = no hay ningún nivel «{ $tier }»; aún no hay niveles de prescripción (forman parte del plan)
cli-people-unknown-tier = no hay ningún nivel «{ $tier }»; los niveles son { $tiers }
cli-people-not-added = No se ha añadido «{ $name }»: { $why } (no se ha cambiado nada)
cli-people-not-read-back = «{ $name }» se ha guardado pero no se ha podido volver a leer
cli-people-added = Persona añadida: «{ $name }» (id { $id }).
cli-people-label-role = rol
cli-people-label-tier = nivel
cli-people-label-handles = cuentas
cli-people-label-reach = alcance
cli-people-label-tags = etiquetas
cli-people-label-follow-up = seguimiento
cli-people-label-notes = notas
cli-people-none-with-role = No hay personas con el rol { $role }.
cli-people-none-yet = Aún no hay personas.

## check, backup, backups, restore

cli-check-missing = { $file } no existe; no hay nada que comprobar
cli-check-sound = { $file } está en buen estado: las comprobaciones de integridad y de claves ajenas de SQLite no han encontrado ningún problema.
cli-check-problems = { $file } tiene { $count ->
    [one] { $shown } problema
   *[other] { $shown } problemas
} ({ $integrity } de la comprobación de integridad, { $keys } de la de claves ajenas):
cli-check-more = … y { $shown } más
cli-check-newest-good-backup = La copia buena más reciente es { $backup }: `cmdeck --db { $file } restore { $backup }` la vuelve a poner (se conserva el archivo dañado).
cli-check-no-good-backup = No se ha encontrado ninguna copia buena; `sqlite3 { $file } .recover` puede salvar lo legible en un archivo nuevo.
cli-backup-exists = { $file } ya existe; elige otro archivo con --out (no se ha escrito nada)
cli-could-not-create = no se ha podido crear { $folder }: { $why }
cli-backup-done = Copia de { $file } hecha en { $target } ({ $size }, versión del esquema { $version }, comprobada).
cli-backups-none = Aún no hay copias de { $file }: `cmdeck backup` hace una; el escritorio hace una al día en { $folder }.
cli-backups-good = buena (esquema { $version })
cli-backups-bad = MALA: { $why }
cli-restore-done-kept = Restaurado { $file } desde { $from } (versión del esquema { $version }); el archivo tal como estaba se guarda como { $kept }.
cli-restore-done = Restaurado { $file } desde { $from } (versión del esquema { $version }).

## sentiment

cli-sentiment-nothing-learned = Aún no se ha aprendido nada de { $count ->
    [one] 1 texto corregido
   *[other] { $shown } textos corregidos
}: una palabra se aprende cuando aparece en { $from } textos corregidos y el { $agreement } % de ellos coincide.
cli-sentiment-learned = Aprendido de { $count ->
    [one] 1 texto corregido
   *[other] { $shown } textos corregidos
} ({ $words_count ->
    [one] { $words } palabra
   *[other] { $words } palabras
}):
cli-sentiment-forget-hint = `cmdeck sentiment forget` vuelve a empezar (las correcciones se quedan).
cli-sentiment-forgot = Olvidado lo que enseñaron { $count ->
    [one] 1 texto corregido
   *[other] { $shown } textos corregidos
}; sus etiquetas se quedan como las pusiste y las nuevas correcciones vuelven a enseñar.

## the run's own failures

cli-demo-needs-db = `cmdeck demo` necesita --db FILE: el archivo donde escribir la marca de demostración
cli-demo-no-temporary-folder = no se ha podido crear una carpeta temporal para la demostración: { $why }
cli-no-data-directory = no se ha encontrado ninguna carpeta de datos para este usuario; indica el archivo de la base de datos con --db FILE
cli-could-not-write-output = no se ha podido escribir la salida: { $why }
cli-terminal-error = error del terminal: { $why }
cli-daily-backup-failed = no se ha hecho la copia de seguridad diaria: { $why }
cli-demo-not-empty = { $file } ya tiene datos; la demostración solo se escribe en una base de datos nueva o vacía
cli-demo-written = Marca de demostración escrita en { $file }: { $channels } canales, { $posts } publicaciones, { $messages } mensajes, { $mentions } menciones, { $people } personas.

## import posts

cli-posts-refused = No se ha importado { $name }: { $count ->
    [one] no se ha podido leer { $shown } { $place ->
        [item] elemento
       *[other] línea
    }
   *[other] no se han podido leer { $shown } { $place ->
        [item] elementos
       *[other] líneas
    }
} (no se ha guardado nada; --partial guarda el resto)
cli-posts-say-channel = indica de qué canal son las publicaciones con --channel NETWORK:@HANDLE
cli-posts-account-not-a-channel = el archivo es de la cuenta @{ $account } y ningún canal de { $network } tiene ese usuario; añádelo con `cmdeck channel add { $network } @{ $account }` o indica el canal con --channel
cli-posts-no-channel-of-network = no hay ningún canal de { $network } al que importar estas publicaciones; añádelo con `cmdeck channel add { $network } @HANDLE`
cli-posts-several-channels = hay varios canales de { $network } ({ $channels }); indica cuál con --channel
cli-posts-range = del { $first } al { $last }
cli-posts-dry-run = Simulación, no se ha guardado nada:
cli-posts-figures-added = ; { $count ->
    [one] { $shown } instantánea de cifras añadida
   *[other] { $shown } instantáneas de cifras añadidas
}, { $unchanged } sin cambios.
cli-posts-figures-would-be-added = ; se añadirían { $count ->
    [one] { $shown } instantánea de cifras
   *[other] { $shown } instantáneas de cifras
}, { $unchanged } sin cambios.
cli-posts-no-figures = (el archivo no tiene cifras).
cli-posts-summary = { $lead }{ $name } leído como { $format }: { $count ->
    [one] { $shown } publicación
   *[other] { $shown } publicaciones
}{ $range } en { $channel } — { $new } nuevas, { $matched } emparejadas con publicaciones que ya estaban{ $figures }
cli-posts-replies-left-out = { $count ->
    [one] Se ha omitido { $shown } respuesta
   *[other] Se han omitido { $shown } respuestas
} a otras cuentas (--replies las conserva).
cli-posts-reposts-left-out = { $count ->
    [one] Se ha omitido { $shown } republicación
   *[other] Se han omitido { $shown } republicaciones
} de publicaciones de otras cuentas.
cli-format-x-archive = archivo de X / Twitter (tweets.js)
cli-format-mastodon-outbox = archivo de Mastodon (outbox.json)
cli-format-x-analytics = CSV de estadísticas por publicación de X
cli-format-meta-instagram = CSV de publicaciones de Meta Business Suite (Instagram)
cli-format-meta-facebook = CSV de publicaciones de Meta Business Suite (Facebook)
cli-format-bluesky-repo = exportación del repositorio de Bluesky (.car)
cli-format-tiktok-content = exportación de contenido de TikTok Studio (Content.csv)
cli-format-linkedin-content = exportación de contenido de la página de LinkedIn (libro)

## export, import all

cli-rows = { $count ->
    [one] 1 fila
   *[other] { $shown } filas
}
cli-import-all-refused = No se ha importado { $name } (no se ha cambiado nada):
cli-import-all-more-tables = y { $shown } tablas más
cli-import-all-not-empty = la base de datos ya tiene datos ({ $found }); `cmdeck import all` solo llena una nueva y vacía: indica un archivo nuevo con --db
cli-import-all-done = Importadas { $tables } tablas ({ $rows } filas) de { $name }.
cli-export-manifest-unwritable = no se ha podido escribir el manifiesto: { $why }
cli-export-done = Exportadas { $tables } tablas ({ $rows } filas) a { $dir }:
cli-export-manifest-line = { $file }: lo que contiene la carpeta, para `cmdeck import all`

## fetch: feeds leídos de la red o de archivos

fetch-no-feeds = no hay feeds que leer: añade entradas [[feeds]] con su url al archivo de configuración (consulta config.example.toml)
fetch-feed-read = ✓ { $name } — { $items ->
    [one] 1 elemento
   *[other] { $items_shown } elementos
}, { $added ->
    [one] 1 mención nueva
   *[other] { $added_shown } menciones nuevas
}
fetch-feed-failed = ✕ { $name } — { $why }
fetch-more-notes = { $count ->
    [one] … y 1 nota más
   *[other] … y { $shown } notas más
}
fetch-none-worked = { $total ->
    [one] no se ha podido leer el único feed
   *[other] no se ha podido leer ninguno de los { $shown } feeds
}
fetch-closing = { $worked } de { $shown } feeds leídos, { $added ->
    [one] 1 mención nueva
   *[other] { $added_shown } menciones nuevas
}.
fetch-too-large = pasa de los 10 MB que puede ocupar un feed
fetch-cannot-read = no se puede leer: { $why }
fetch-timed-out = sin respuesta tras { $duration }
fetch-http-status = el servidor ha respondido HTTP { $code }
fetch-host-not-found = no se ha encontrado su servidor
fetch-connection-failed = ha fallado la conexión
fetch-not-an-address = no es una dirección válida: { $why }
fetch-too-many-redirects = redirige más de { $count } veces
fetch-redirect-nowhere = redirige sin decir adónde
fetch-redirect-scheme = redirige a una dirección { $scheme }, que no se sigue
fetch-redirect-host-not-found = redirige a { $host }, cuyo servidor no se ha encontrado
fetch-redirect-local = redirige a { $host } ({ $address }), una dirección local o privada a la que no puede llevar un feed público
fetch-not-a-file-url = no es una URL file:// de un archivo local (file:///ruta/a/feed.xml)

## plan export, plan import

cli-plan-exists = { $file } ya existe; añade --force para sobrescribirlo
cli-plan-not-read = no se ha podido leer { $file }: { $why }
cli-plan-exported = Plan exportado a { $file }: { $summary }.
cli-plan-imported = Plan importado de { $file }: { $summary }.
cli-plan-warning = Aviso: { $warning }.
cli-plan-shares-off = los pesos de los pilares suman un { $sum } %, no un 100 %: el reparto de pilares se mide frente a ellos tal cual
# Una cifra del resumen del plan; $what dice de qué clase de entrada.
cli-plan-counted = { $what ->
    [objectives] { $count ->
        [one] 1 objetivo
       *[other] { $shown } objetivos
    }
    [personas] { $count ->
        [one] 1 buyer persona
       *[other] { $shown } buyer personas
    }
    [pillars] { $count ->
        [one] 1 pilar
       *[other] { $shown } pilares
    }
    [channel-plans] { $count ->
        [one] 1 plan de canal
       *[other] { $shown } planes de canal
    }
    [campaigns] { $count ->
        [one] 1 campaña
       *[other] { $shown } campañas
    }
    [competitors] { $count ->
        [one] 1 competidor
       *[other] { $shown } competidores
    }
    [listening-rules] { $count ->
        [one] 1 regla de escucha
       *[other] { $shown } reglas de escucha
    }
    [crisis-steps] { $count ->
        [one] 1 paso de crisis
       *[other] { $shown } pasos de crisis
    }
    [crisis-contacts] { $count ->
        [one] 1 contacto de crisis
       *[other] { $shown } contactos de crisis
    }
    [holding-statements] { $count ->
        [one] 1 comunicado de espera
       *[other] { $shown } comunicados de espera
    }
   *[advocacy-tiers] { $count ->
        [one] 1 nivel de prescripción
       *[other] { $shown } niveles de prescripción
    }
}

## comandos rechazados

cli-refusal-unknown-language = «{ $value }» no es un idioma que cmdeck hable: usa es o en
cli-refusal-invalid-value = error: «{ $value }» no es un valor válido de { $arg }
cli-refusal-value-missing = error: { $arg } necesita un valor y no se dio ninguno
cli-refusal-unknown-argument = error: no se esperaba el argumento «{ $arg }»
cli-refusal-unknown-command = error: «{ $value }» no es un comando de cmdeck
cli-refusal-missing-argument = error: falta un argumento obligatorio: { $arg }
cli-refusal-missing-command = error: falta el comando
cli-refusal-conflict = error: { $arg } no se puede usar junto con { $other }
cli-refusal-value-refused = error: valor no válido «{ $value }» para { $arg }: { $why }
cli-refusal-wrong-values = error: valores de más para { $arg }
cli-refusal-not-understood = error: no se ha podido leer la línea de comandos
cli-refusal-valid-values =   valores posibles: { $values }
cli-refusal-suggestion =   ¿Querías decir «{ $suggested }»?
cli-refusal-more = Para más información, prueba «--help».
