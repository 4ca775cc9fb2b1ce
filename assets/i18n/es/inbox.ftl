# El panel Bandeja, sus dos caras, el editor de respuestas, las respuestas guardadas y las reglas de clasificación.
