# `cmdeck sentiment evaluate FILE…`: how the automatic guess scores on texts people labelled.
# The figures come formatted; the names of the figures are padded to one width by the code.

sentiment-eval-unreadable = cannot read { $file }: { $error }
sentiment-eval-file-error = { $file }: { $error }
sentiment-eval-no-column = { $file } has no `{ $column }` column (it needs `label` and `text`)
sentiment-eval-line-error = { $file } line { $line }: { $error }
sentiment-eval-bad-label = { $file } line { $line }: the label `{ $label }` is not positive, neutral or negative
# $count is the number of texts, $total the same number as written.
sentiment-eval-file = { $name }: { $total } texts (language detected: es { $es }, en { $en }, other { $other }, undecided { $undecided })
sentiment-eval-accuracy = accuracy
sentiment-eval-macro-f1 = macro-F1
sentiment-eval-negative-recall = negative recall
sentiment-eval-negative-precision = negative prec.
sentiment-eval-target = (target ≥ { $target }) { $verdict }
sentiment-eval-met = ✓
sentiment-eval-below = ✗ below target
sentiment-eval-per-label = precision { $precision } recall { $recall } F1 { $f1 }
# The corner of the table: rows are what people said, columns what cmdeck guessed.
sentiment-eval-matrix-corner = people \ cmdeck
sentiment-eval-miss = ✗ people { $label } · cmdeck { $guess } ({ $score }, { $language }): { $hits }
sentiment-eval-speed = speed: { $speed } texts per second on one core ({ $texts } texts × { $passes } passes, language detection included; { $negatives } negative) { $verdict }
