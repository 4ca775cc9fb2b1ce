# Los mensajes que lee la persona cuando algo de lo que da está mal: un archivo de configuración
# roto, un archivo de importación que no se puede leer o una fila mal escrita, una base de datos
# que se niega. Las rutas, las claves, los nombres de campo, los comandos y el texto citado de los
# archivos de la persona se ponen tal cual.

## La base de datos (src/db)
error-db-damaged = { $path } está dañado (la comprobación de SQLite dice: { $finding }); no se ha tocado — { $next }
error-db-damaged-restore = restaura su copia de seguridad buena más reciente con `cmdeck --db { $path } restore { $backup }`
error-db-damaged-no-backup = no se ha encontrado ninguna copia de seguridad buena; `cmdeck --db { $path } check` enumera los problemas, y `sqlite3 { $path } .recover` puede salvar lo legible en un archivo nuevo
error-db-unknown-version = { $path } indica la versión de esquema { $found }, que ningún cmdeck escribe: está dañado o lo ha cambiado otro programa; no se ha tocado — ejecuta `cmdeck check --db { $path }` para saber más, o restaura una copia de seguridad con `cmdeck restore`
error-db-not-cmdeck = { $path } no es una base de datos de cmdeck (o está dañada); no se ha tocado — indica otro archivo con --db
error-db-too-new = { $path } usa la versión de esquema { $found }, más nueva de lo que entiende este cmdeck (versión { $known }); no se ha tocado — actualiza cmdeck para abrirlo
error-db-backup = no se ha podido hacer la copia de seguridad de { $path } antes de actualizarlo ({ $reason }); no se ha cambiado nada
error-db-backup-not-verified = la copia en { $copy } no ha superado la comprobación
error-db-foreign-keys-off = este SQLite no aplica las claves ajenas; cmdeck no funciona sin ellas
error-db-busy = la base de datos está ocupada: otro programa (otro cmdeck, o sqlite3) la ha tenido bloqueada más de { $seconds } s; cierra ese programa o espera a que termine y vuelve a intentarlo — no se ha cambiado nada
error-db-sqlite = error de la base de datos: { $error }
error-db-channel-exists = el canal { $channel } ya existe
error-db-no-channel = no hay ningún canal #{ $id }
error-db-channel-has-history = { $channel } tiene { $posts_shown } { $posts ->
    [one] publicación
   *[other] publicaciones
}, { $messages_shown } { $messages ->
    [one] mensaje
   *[other] mensajes
} y { $counts_shown } { $counts ->
    [one] cifra
   *[other] cifras
} de seguidores; archívalo en su lugar, así se conserva su historial
error-db-too-many-followers = { $followers } seguidores son más de los que cmdeck puede guardar
error-db-plan-channels = no se han podido enumerar los canales del plan: { $reason }

## El archivo de configuración (src/config): `<archivo>, línea <n>, clave `<clave>`: <qué falla>`
error-config-line = línea { $line }
error-config-key = clave `{ $key }`
# Un valor enorme escrito en la configuración nunca se repite entero.
error-config-cut = { $start }… ({ $shown } caracteres en total)
error-config-missing-file = el archivo de configuración no existe; revisa la ruta de --config
error-config-unreadable = no se puede leer el archivo de configuración: { $error }
error-config-unknown-language = idioma desconocido `{ $language }`; cmdeck habla "en" y "es"
error-config-unknown-network = red desconocida `{ $network }`; las redes que conoce son: { $known }
error-config-at-least-one = debe ser 1 como mínimo
error-config-empty-path = la ruta está vacía; quita la línea para usar la predeterminada
error-config-no-home = no se puede expandir `~`: no se sabe cuál es la carpeta personal
error-config-feed-no-url = un feed necesita `url`: una dirección http:// o https://, o la ruta de un archivo
error-config-feed-bad-url = debe ser una dirección http:// o https://, una URL file:// o la ruta de un archivo
error-config-feed-empty-name = el nombre está vacío; quita la línea para nombrar el feed por su dirección
error-config-feed-timeout = debe estar entre 1 y 300
error-config-half-life = debe ser más de 0 días: si no, la actividad dejaría de contar al instante
error-config-not-negative = debe ser 0 o más, no { $number }
error-config-not-finite = debe ser un número finito
error-config-rule-name-twice = el nombre de regla `{ $name }` está repetido: da a cada regla su propio nombre
error-config-rule-no-name = la regla no tiene nombre: añade `name = "…"`, se muestra en los mensajes que toca

## Las palabras del lector de TOML y de serde
error-toml-expected = { $what }; se esperaba { $expected }
error-toml-no-fields = campo desconocido { $name }; aquí no hay campos
error-toml-unknown-field = campo desconocido { $name }
error-toml-unknown-variant = valor desconocido { $name }
error-toml-missing-field = falta el campo { $name }
error-toml-duplicate-field = campo repetido { $name }
error-toml-invalid-type = tipo no válido: { $found }
error-toml-invalid-value = valor no válido: { $found }
error-toml-invalid-length = longitud no válida: { $length }
error-toml-cannot-extend = no se puede ampliar con una clave con puntos un valor que es { $kind }
error-toml-duplicate-key = clave repetida
error-toml-invalid-string = texto entre comillas no válido
error-toml-invalid-literal-string = texto literal entre comillas simples no válido
error-toml-invalid-number = número no válido
error-toml-invalid-boolean = booleano no válido (escribe true o false)
error-toml-invalid-date-time = fecha y hora no válidas
error-toml-invalid-comment = comentario no válido
error-toml-invalid-key = clave no válida
error-toml-invalid-key-value = par clave = valor no válido
error-toml-invalid-inline-table = tabla en línea no válida
error-toml-invalid-table = tabla no válida
error-toml-invalid-value-syntax = valor no válido
error-toml-missing-value = falta el valor de la clave
error-toml-invalid-array = lista no válida
error-toml-missing-escape = falta el carácter escapado tras la barra invertida
error-toml-missing-quote = falta la comilla de apertura
error-toml-unclosed-table = tabla sin cerrar
error-toml-unclosed-array-table = tabla de lista sin cerrar
error-toml-unclosed-array = lista sin cerrar
error-toml-unclosed-inline-table = tabla en línea sin cerrar
error-toml-unexpected-content = contenido inesperado
error-toml-one-of = uno de { $list }
error-toml-either = { $first } o { $second }
error-toml-a-whole-number = un número entero
error-toml-a-number = un número
error-toml-a-string = un texto
error-toml-a-boolean = true o false
error-toml-a-list = una lista
error-toml-a-table = una tabla
error-toml-a-newline = un salto de línea
error-toml-nothing = nada
error-toml-a-key = una clave
error-toml-a-value = un valor
error-toml-digits = cifras
error-toml-letters = letras
error-toml-a-quoted-string = un texto entre comillas
error-toml-found-string = el texto { $value }
error-toml-found-integer = el entero { $value }
error-toml-found-float = el número decimal { $value }
error-toml-found-boolean = el booleano { $value }

## Lo que dice el sistema de un archivo
error-io-not-found = no existe el archivo o la carpeta
error-io-permission-denied = permiso denegado
error-io-already-exists = el archivo ya existe
error-io-is-a-directory = es una carpeta
error-io-not-a-directory = no es una carpeta
error-io-storage-full = no queda espacio en el disco
error-io-read-only = el sistema de archivos es de solo lectura
error-io-invalid-data = datos no válidos
error-io-unexpected-end = el archivo termina antes de tiempo
error-io-timed-out = se ha agotado el tiempo de espera
error-io-interrupted = interrumpido
error-file-write = no se ha podido escribir { $path }: { $error }

## Entradas [keys] de la configuración

error-keys-unknown-scope = `{ $scope }` no es un ámbito de teclas; los que hay: { $known }
error-keys-unknown-command = `{ $command }` no es un comando; los que hay: { $known }
error-keys-unknown-key = `{ $key }` no es una tecla conocida
error-keys-taken = la tecla `{ $key }` ya está asignada a `{ $other }` en [keys.{ $scope }]
# $layer dice qué capa del escritorio se quedaría sin salida.
error-keys-way-out-lost = `{ $command }` debe conservar al menos una tecla; si no, { $layer ->
    [list] solo una señal podría cerrar cmdeck
    [form] de un formulario solo se saldría guardándolo
    [editor] del editor de respuestas solo se saldría enviando
    [picker] la búsqueda de respuestas guardadas no se podría cerrar
    [filter] un filtro no se podría quitar
    [help] la ayuda no se podría cerrar
    [plan] la pantalla del plan no se podría cerrar
   *[crisis] la vista de crisis no se podría cerrar
}; dale una tecla como "{ $suggested }"

## Los números tal como se escriben (src/domain/typed_number.rs)
error-number-not-a-number = «{ $typed }» no es un número (como 1.234,5 o 1,234.5)
error-number-not-whole = «{ $typed }» no es un número entero (como 1.200 o 1200)
# $separator es dot (punto) o comma (coma).
error-number-read-as = «{ $typed }» se ha leído como { $value } ({ $separator ->
    [dot] el punto
   *[comma] la coma
} separa los miles)
