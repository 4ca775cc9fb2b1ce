# Los mensajes que lee la persona cuando algo de lo que da está mal: un archivo de configuración
# roto, un archivo de importación que no se puede leer o una fila mal escrita, una base de datos
# que se niega. Las rutas, las claves, los nombres de campo, las órdenes y el texto citado de los
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
error-db-foreign-keys-off = este SQLite no aplica las claves foráneas; cmdeck no funciona sin ellas
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
    [one] recuento
   *[other] recuentos
} de seguidores; archívalo en su lugar, así se conserva su historial
error-db-too-many-followers = { $followers } seguidores son más de los que cmdeck puede guardar
error-db-plan-channels = no se han podido enumerar los canales del plan: { $reason }
