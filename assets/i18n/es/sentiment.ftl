# `cmdeck sentiment evaluate FILE…`: qué tal acierta la estimación automática con textos que
# etiquetaron personas. Las cifras llegan ya escritas; el código iguala el ancho de los nombres.

sentiment-eval-unreadable = no se puede leer { $file }: { $error }
sentiment-eval-file-error = { $file }: { $error }
sentiment-eval-no-column = { $file } no tiene la columna `{ $column }` (necesita `label` y `text`)
sentiment-eval-line-error = { $file }, línea { $line }: { $error }
sentiment-eval-bad-label = { $file }, línea { $line }: la etiqueta `{ $label }` no es positive, neutral ni negative
# $count es el número de textos, $total el mismo número escrito.
sentiment-eval-file = { $name }: { $count ->
    [one] 1 texto
   *[other] { $total } textos
} (idioma detectado: es { $es }, en { $en }, otro { $other }, sin decidir { $undecided })
sentiment-eval-accuracy = exactitud
sentiment-eval-macro-f1 = F1 macro
sentiment-eval-negative-recall = cobertura de negativos
sentiment-eval-negative-precision = precisión de negativos
sentiment-eval-target = (objetivo ≥ { $target }) { $verdict }
sentiment-eval-met = ✓
sentiment-eval-below = ✗ por debajo del objetivo
sentiment-eval-per-label = precisión { $precision } cobertura { $recall } F1 { $f1 }
# La esquina de la tabla: las filas son lo que dijeron las personas; las columnas, lo que estimó cmdeck.
sentiment-eval-matrix-corner = etiqueta \ cmdeck
sentiment-eval-miss = ✗ etiqueta { $label } · cmdeck { $guess } ({ $score }, { $language }): { $hits }
sentiment-eval-speed = velocidad: { $speed } textos por segundo en un núcleo ({ $texts } textos × { $passes } pasadas, con la detección de idioma; { $negatives_count ->
    [one] 1 negativo
   *[other] { $negatives } negativos
}) { $verdict }
