# La pantalla del plan: objetivos, buyer personas, canales, pilares, campañas, protocolo de crisis.

plan-section-objectives = Objetivos y KPI
plan-section-weekly-values = KPI manuales
plan-section-personas = Buyer personas
plan-section-pillars = Pilares de contenido
plan-section-channels = Canales
plan-section-campaigns = Campañas
plan-section-spend = Registro de gasto
plan-section-competitors = Competidores
plan-section-rules = Reglas de escucha
plan-section-crisis-steps = Pasos de crisis
plan-section-contacts = Contactos de crisis
plan-section-statements = Comunicados de espera
plan-section-tiers = Niveles de prescripción
plan-section-brand = Marca y tono

## Etiquetas de los formularios, una por campo de cada sección
plan-field-brand-name = Nombre de la marca
plan-field-brand-time-zone = Zona horaria (Europe/Madrid; vacío = la local)
plan-field-brand-week-start = La semana empieza el
plan-field-brand-response-target-minutes = Objetivo de respuesta (min; vacío = config.)
plan-field-brand-business-hours = Horario de atención (vacío = config.)
plan-field-brand-sentiment-terms = Términos de marca (Bomba, Cremaet=+2)
plan-field-brand-tone-guide = Guía del tono de voz
plan-field-brand-escalation-rules = Cuándo escalar
plan-field-campaigns-name = Nombre
plan-field-campaigns-objective = Objetivo
plan-field-campaigns-starts-on = Empieza (AAAA-MM-DD)
plan-field-campaigns-ends-on = Termina (AAAA-MM-DD)
plan-field-campaigns-budget = Presupuesto (€)
plan-field-campaigns-conversions = Conversiones
plan-field-campaigns-revenue = Ingresos (€)
plan-field-campaigns-utm-source = utm_source
plan-field-campaigns-utm-medium = utm_medium
plan-field-campaigns-utm-campaign = utm_campaign
plan-field-campaigns-notes = Notas
plan-field-channels-network = Red
plan-field-channels-channel = Usuario (@mimarca)
plan-field-channels-name = Nombre visible (vacío = el usuario)
plan-field-channels-char-limit = Límite de caracteres (vacío = el de la red)
plan-field-channels-archived = En uso
plan-field-channels-role = Papel en el mix
plan-field-channels-posts-per-week = Publicaciones por semana
plan-field-channels-tone = Tono
plan-field-channels-slots = Franjas horarias (lun-vie 08:30, sáb 11:00)
plan-field-competitors-name = Nombre
plan-field-competitors-notes = Notas
plan-field-contacts-name = Nombre
plan-field-contacts-role = Cargo
plan-field-contacts-phone = Teléfono
plan-field-contacts-email = Correo electrónico
plan-field-crisis-steps-level = Gravedad
plan-field-crisis-steps-step = Paso
plan-field-objectives-name = Nombre
plan-field-objectives-kpi = KPI
plan-field-objectives-channel = Canal
plan-field-objectives-baseline = Punto de partida
plan-field-objectives-target = Valor objetivo
plan-field-objectives-starts-on = Empieza (AAAA-MM-DD)
plan-field-objectives-deadline = Fecha límite (AAAA-MM-DD)
plan-field-objectives-owner-note = Nota para el responsable
plan-field-personas-name = Nombre
plan-field-personas-description = Quiénes son
plan-field-personas-goals = Qué buscan
plan-field-personas-pains = Qué les frustra
plan-field-personas-channels = Dónde están
plan-field-personas-content = Qué contenido les gusta
plan-field-pillars-name = Nombre
plan-field-pillars-share = Peso objetivo (%)
plan-field-pillars-colour = Color (nombre o #rrggbb)
plan-field-pillars-description = Qué abarca
plan-field-rules-name = Nombre
plan-field-rules-kind = Tipo
plan-field-rules-competitor = Competidor
plan-field-rules-terms = Términos (separados por comas)
plan-field-rules-exclusions = Exclusiones
plan-field-rules-source = Solo de la fuente
plan-field-rules-language = Solo en el idioma
plan-field-rules-sensitivity = Umbral de crisis
plan-field-rules-min-count = Mínimo de menciones
plan-field-rules-cooldown-hours = Horas entre alertas
plan-field-spend-campaign = Campaña
plan-field-spend-on = Día (AAAA-MM-DD)
plan-field-spend-amount = Importe (€)
plan-field-spend-note = Qué se pagó
plan-field-statements-level = Gravedad
plan-field-statements-title = Título
plan-field-statements-body = Comunicado
plan-field-tiers-name = Nombre
plan-field-tiers-position = Rango (1 = el más bajo)
plan-field-tiers-receives = Qué reciben sus miembros
plan-field-tiers-move-up = Cómo se sube de nivel
plan-field-weekly-values-objective = Objetivo
plan-field-weekly-values-week = Semana ISO (AAAA-Www)
plan-field-weekly-values-value = Valor

## Mensajes de la pantalla
plan-title = { " " }◆ ESTRATEGIA · Plan — medido en la semana { $number } ({ $from } – { $to }){ $this } · { $keys }{ " " }
plan-title-this-week = { " " }· esta semana
plan-key-week = semana
plan-key-this-week = esta semana
plan-key-closes = cierra
plan-key-part = sección
plan-key-entry = entrada
plan-key-new = nueva
plan-key-edit = editar
plan-key-delete = borrar
plan-key-utm = enlace UTM
plan-key-undo = deshacer
plan-key-close = cerrar
plan-objectives-heading = Objetivos — KPI actual frente al valor objetivo, avance hasta la fecha límite
plan-objectives-empty = Aún no hay objetivos: { $key } crea el primero (un KPI, un punto de partida, un valor objetivo y una fecha límite).
plan-entries-empty = Aún no hay nada aquí: { $key } añade la primera entrada.
plan-bar-percent = { $share } %
plan-objective-progress = { $kpi }: { $actual } de { $target }, desde { $baseline } · vence el { $due }
plan-formula = Fórmula — { $kpi }
plan-period = del { $from } al { $to }
plan-objective-channel = Canal
plan-objective-period = Periodo
plan-objective-owner-note = Nota para el responsable
plan-traffic-light = Semáforo
plan-results-heading = Resultados hasta ahora
plan-results = gastado { $spent } de { $budget } · { $posts ->
    [one] 1 publicación
   *[other] { $posts } publicaciones
} · coste por resultado { $cpr } · ROI { $roi }
plan-results-formula = coste por resultado = gasto ÷ conversiones · ROI = (ingresos − gasto) ÷ gasto
plan-form-edit = Editar — { $section }
plan-form-new = Nueva entrada — { $section }

## La línea de resumen de cada entrada
plan-line-objective = { $name } — { $kpi } { $baseline } → { $target } para el { $deadline }
plan-line-pillar = { $name } — { $share } % de las publicaciones{ $colour }
plan-line-channel = { $channel }{ $archived } — { $role } · { $pace } publicaciones/semana · franjas { $slots }
plan-line-archived = { " " }(archivado)
plan-line-no-role = sin papel
plan-line-none = ninguna
plan-line-campaign = { $name } — del { $starts } al { $ends } · presupuesto { $budget } · { $conversions_shown } { $conversions ->
    [one] conversión
   *[other] conversiones
}
plan-line-brand = { $name } · objetivo de respuesta { $target } · horario de atención { $hours }
plan-line-from-config = el de la configuración

## Opciones de los formularios
plan-option-none = ninguno
plan-option-all-channels = todos los canales
plan-option-no-threshold = sin umbral
plan-sensitivity-sensitive = sensible
plan-sensitivity-balanced = equilibrado
plan-sensitivity-strict = estricto
plan-level = nivel { $level }
plan-week-start-config = el de la configuración (lunes por defecto)
plan-week-start-monday = lunes
plan-week-start-sunday = domingo
plan-channel-in-use = sí: se ofrece en los formularios
plan-channel-archived = no: archivado, fuera de los formularios, con su historial

## Errores en un formulario
plan-error-number = «{ $text }» no es un número (como 1.234,5 o 1,234.5)
plan-error-whole = «{ $text }» no es un número entero (como 1.200 o 1200)
plan-error-minutes = «{ $text }» no es un número de minutos mayor que 0
plan-error-length-limit = «{ $text }» no es un límite de caracteres (un número entero, como { $limit })
plan-error-choose-network = elige la red del canal
plan-error-no-campaign = primero añade una campaña
plan-error-no-objective = primero añade un objetivo
plan-note-grouping = «{ $text }» se ha leído como { $value } ({ $separator ->
    [dot] el punto separa
   *[comma] la coma separa
} los miles)

## Borrar
plan-delete-missing = esa entrada no existe
plan-delete-channel = un canal conserva su historial: edítalo y pon En uso en no para sacarlo de los formularios (uno sin uso se puede eliminar con `cmdeck channel remove`)
plan-delete-watched-competitor = la regla de escucha `{ $rule }` vigila a este competidor: cámbiala o bórrala antes
plan-delete-brand = los ajustes de la marca se pueden editar, no borrar
plan-ask-delete = ¿Borrar la entrada seleccionada de { $section }? { $yes } la borra; cualquier otra tecla la conserva ({ $undo } deshace un borrado).
plan-nothing-deleted = No se ha borrado nada.
plan-nothing-deleted-because = No se ha borrado nada: { $why }.

## Guardar
plan-nothing-changed = No se ha cambiado nada: { $why }
plan-nothing-changed-because = No se ha cambiado nada: { $key }: { $why }.
plan-saved = Guardado en { $section }{ $undoes }
plan-saved-with-note = { $saved } Nota: { $note }.
plan-saved-unreadable = Guardado, pero no se ha podido volver a leer: { $why }
plan-unreadable = No se ha podido leer el plan: { $why }
plan-undo-label = cambio en { $section }

## El generador de enlaces UTM
plan-utm-title = Enlace UTM · el enlace aparece debajo mientras escribes
plan-utm-title-campaign = Enlace UTM — { $campaign } · el enlace aparece debajo mientras escribes
plan-utm-url = Página de destino (https://…)
plan-utm-content = utm_content (opcional)
plan-utm-not-a-link = `{ $link }` no es un enlace completo
plan-utm-not-http = la página de destino debe ser un enlace http o https
plan-utm-paste = Enlace para pegar en tus publicaciones:
plan-link-copied = Enlace copiado al portapapeles (si el terminal lo permite); también aparece debajo del formulario. { $back } cierra.

## La puesta en marcha de un escritorio nuevo
plan-setup-brand-title = Puesta en marcha 1 de 2 · tu marca
plan-setup-brand-note = { $save } guarda y pasa a los canales; { $back } se salta este paso.
plan-setup-channel-title = Puesta en marcha 2 de 2 · un canal ({ $count ->
    [one] 1 configurado
   *[other] { $count } configurados
} hasta ahora)
plan-setup-channel-note = { $save } lo guarda y abre el siguiente; { $back } cuando termines te lleva al Calendario.
plan-setup-done = { $count ->
    [0] Aún no hay ningún canal: { $setup } vuelve a abrir la puesta en marcha.
    [one] Listo, con 1 canal: { $new } escribe una publicación; { $setup } vuelve a abrir la puesta en marcha.
   *[other] Listo, con { $count } canales: { $new } escribe una publicación; { $setup } vuelve a abrir la puesta en marcha.
}
