## cmdeck today
today-title = cmdeck — { $date }
today-posts = Publicaciones: { $due } para hoy, { $overdue } con retraso
today-overdue = CON RETRASO
today-inbox = Bandeja: { $waiting } { $count ->
    [one] mensaje por responder
   *[other] mensajes por responder
}{ $oldest } (objetivo: responder en { $target } min)
today-inbox-oldest = , el más antiguo espera desde hace { $age }
today-mentions = Menciones: { $new } { $count ->
    [one] nueva
   *[other] nuevas
}, { $negative } { $negatives ->
    [one] negativa
   *[other] negativas
}
today-spike = PICO: { $label } — { $count } en las últimas 24 horas
today-follow-ups = Seguimientos pendientes: { $due }
